/** Work on a pool of threads with the results kept in input order. */
package io.github.smtpstatus.cli.pipeline;
