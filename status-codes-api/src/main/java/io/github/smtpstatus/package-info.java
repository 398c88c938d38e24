/**
 * SMTP enhanced status codes (RFC 3463) from the IANA registry (RFC 5248), and parsers for the places
 * they appear.
 *
 * <ul>
 *   <li>Generated from the registry by the build: {@link io.github.smtpstatus.EnhancedStatusCode} (one
 *       constant per registered code, such as {@code MAILBOX_FULL}), {@link io.github.smtpstatus.StatusClass},
 *       {@link io.github.smtpstatus.StatusSubject}, {@link io.github.smtpstatus.AssociatedReplyCodes},
 *       {@link io.github.smtpstatus.RegistryReference} and {@link io.github.smtpstatus.StatusCodeRegistry}.
 *   <li>{@link io.github.smtpstatus.StatusCode}: one code, {@code 5.1.1}, strictly parsed, with its
 *       registry entry and RFC 3463's fallback meaning.
 *   <li>{@link io.github.smtpstatus.SmtpReply}: a complete SMTP reply, one or many lines (RFC 5321
 *       section 4.2, RFC 2034), with what a careful receiver notices about it.
 *   <li>{@link io.github.smtpstatus.DeliveryStatus}: the {@code Status} and {@code Diagnostic-Code}
 *       fields of a DSN (RFC 3464).
 *   <li>{@link io.github.smtpstatus.StatusCodes}: codes inside free text such as bounce bodies and logs.
 *   <li>{@link io.github.smtpstatus.QuotedReply}: a reply as another MTA quoted it (flattened, truncated,
 *       wrapped, nested, {@code #5.1.0}), read leniently with every repair reported;
 *       {@link io.github.smtpstatus.SmtpReplies}: the replies quoted in prose;
 *       {@link io.github.smtpstatus.SmtpCommand}: the command a reply answered.
 *   <li>Package {@code io.github.smtpstatus.log}: Postfix, Exim and Sendmail mail log lines.
 * </ul>
 *
 * <p>Parsers scan characters by index (no regular expressions), accept only ASCII digits, never throw
 * anything but their documented {@link java.lang.IllegalArgumentException} subclasses, and quote the
 * input in every message. Every public type is immutable and thread-safe. The package has no runtime
 * dependencies.
 */
package io.github.smtpstatus;
