/**
 * Bounce messages to per-recipient delivery results: {@link io.github.smtpstatus.bounce.BounceReader}
 * reads a message (bytes, stream, file, mbox, maildir) into a {@link io.github.smtpstatus.bounce.Bounce}
 * with one {@link io.github.smtpstatus.bounce.RecipientResult} per recipient. Every type is immutable and
 * thread-safe.
 *
 * <h2>The status of a recipient: one rule</h2>
 *
 * <p>Grounds: RFC 3464 section 2.3.4 makes {@code Status} the reporting MTA's summary and section 2.3.6
 * makes {@code Diagnostic-Code} the code the remote system actually issued; RFC 3463 section 2 gives
 * {@code X.0.0} for "nothing more specific is known". MTAs follow it: Postfix and Sendmail copy the
 * reply's enhanced code into {@code Status} and write {@code 5.0.0} or {@code 4.0.0} when the reply has
 * none; a relay that quotes the remote reply inside its own ({@code 554 4.4.7 expired <421 4.4.2 timed
 * out>}) carries the remote's answer inside.
 *
 * <ol>
 *   <li>The <b>remote code</b> is the enhanced code of the innermost reply that has one: a reply nested in
 *       the diagnostic's reply, else the diagnostic's reply (a code written in its text, qmail's
 *       {@code (#5.1.1)}, counts), else, when the diagnostic holds no reply, what the bounce's
 *       human-readable part quotes for that recipient. In a prose bounce: the first exact code among
 *       the replies and codes quoted for the recipient, else the first code.
 *   <li>Without a remote code the {@code Status} field decides; without a {@code Status} field, the
 *       remote code.
 *   <li>A disagreement in <b>class</b> is reported
 *       ({@link io.github.smtpstatus.bounce.BounceFinding.Kind#STATUS_CONTRADICTS_REPLY}) and the
 *       {@code Status} field decides: it is the reporting MTA's final verdict (a server that answered
 *       {@code 421} for days has become a failure).
 *   <li>Within a class the more specific code decides: a generic {@code Status} yields to the exact
 *       reply ({@link io.github.smtpstatus.bounce.BounceFinding.Kind#STATUS_LESS_SPECIFIC_THAN_REPLY}),
 *       a generic reply ({@code 550 5.0.0}) to an exact {@code Status}; two different exact codes: the
 *       remote server's own word
 *       ({@link io.github.smtpstatus.bounce.BounceFinding.Kind#STATUS_DIFFERS_FROM_REPLY}).
 * </ol>
 *
 * <p>Every candidate stays in {@link io.github.smtpstatus.bounce.RecipientResult#candidates()}.
 *
 * <h2>What never counts</h2>
 *
 * <p>The returned message ({@code message/rfc822}, {@code message/global}, {@code text/rfc822-headers},
 * {@code message/global-headers}, or text after a marker such as
 * {@code ------ This is a copy of the message, including all the headers. ------}) gives its identifying
 * headers ({@link io.github.smtpstatus.bounce.OriginalMessage}) and nothing else: no code, no recipient.
 * The one exception is a bounce that names no recipient at all: it reports the returned message's
 * {@code To} addresses, each with a
 * {@link io.github.smtpstatus.bounce.BounceFinding.Kind#RECIPIENT_INFERRED} finding.
 *
 * <h2>Damaged and hostile input</h2>
 *
 * <p>Repairs are findings ({@link io.github.smtpstatus.bounce.BounceFinding.Kind}); caps are
 * {@link io.github.smtpstatus.bounce.Limit}s with documented defaults. Nothing is thrown for any input
 * but the documented exceptions; work is linear in the message size.
 */
package io.github.smtpstatus.bounce;
