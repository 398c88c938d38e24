/** {@code summary}: results counted by several dimensions in bounded memory, and the tables. */
package io.github.smtpstatus.cli.summary;
