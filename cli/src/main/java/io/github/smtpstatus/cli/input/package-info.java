/** Input: files and standard input read once, in chunks of whole lines, with bounded memory; the progress line. */
package io.github.smtpstatus.cli.input;
