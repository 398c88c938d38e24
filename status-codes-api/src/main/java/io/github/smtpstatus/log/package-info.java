/**
 * Mail log lines as Postfix, Exim and Sendmail write them, read into plain values:
 * {@link io.github.smtpstatus.log.MailLogReader#read(CharSequence)} gives one
 * {@link io.github.smtpstatus.log.MailLogEntry} per delivery line (MTA, time stamp, host, process and
 * queue id, recipients, {@link io.github.smtpstatus.log.Outcome}, the MTA's {@code dsn=}, the relay as a
 * {@link io.github.smtpstatus.log.Peer}, delays, and the remote reply read leniently as an
 * {@link io.github.smtpstatus.QuotedReply}).
 */
package io.github.smtpstatus.log;
