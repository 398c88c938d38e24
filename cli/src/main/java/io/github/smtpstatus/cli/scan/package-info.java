/** {@code scan}: lines classified into results, on many threads in input order, and formatted. */
package io.github.smtpstatus.cli.scan;
