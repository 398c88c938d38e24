package io.github.smtpstatus;

import java.util.Objects;
import java.util.Optional;

/**
 * One enhanced status code, {@code class.subject.detail}, as RFC 3463 section 2 defines it:
 *
 * <pre>{@code
 * status-code = class "." subject "." detail
 * class       = "2" / "4" / "5"
 * subject     = 1*3digit
 * detail      = 1*3digit
 * }</pre>
 *
 * <p>Parsing is strict: ASCII digits only, no leading zeros (a lone {@code 0} is fine), nothing before
 * or after the code (no whitespace, no {@code #}, no trailing {@code .}). Codes the IANA registry
 * holds come back as cached instances, so parsing {@code 5.1.1} allocates nothing and returns the same
 * object every time; other valid codes (Microsoft's {@code 5.7.606}) parse fine and report
 * {@link #registered()} empty, and a small cache of recent ones makes a repeat allocate nothing either
 * (usually: compare codes with {@code equals}, never {@code ==}).
 *
 * <pre>{@code
 * StatusCode code = StatusCode.parse("5.1.1");
 * code.isPermanent();                       // true
 * code.registered();                        // Optional[BAD_DESTINATION_MAILBOX_ADDRESS]
 * StatusCode.parse("5.7.606").meaning();    // falls back to X.7.0, "Other or undefined security status"
 * StatusCode.tryParse("5.01.1");            // Optional.empty
 * }</pre>
 *
 * <p>Value semantics: {@code equals}, {@code hashCode} and {@code compareTo} go by class, subject and
 * detail; {@code toString()} is the canonical form, and {@code parse(c.toString()).equals(c)} for every
 * code. Immutable and thread-safe.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3463#section-2">RFC 3463 section 2</a>
 */
public final class StatusCode implements Comparable<StatusCode> {

  private static final int CLASSES = 6;

  /** Registered codes by class digit and registry ordinal, built once. */
  private static final StatusCode[][] REGISTERED = new StatusCode[CLASSES][];

  static {
    EnhancedStatusCode[] entries = EnhancedStatusCode.values();
    for (StatusClass statusClass : StatusClass.values()) {
      StatusCode[] codes = new StatusCode[entries.length];
      for (EnhancedStatusCode entry : entries) {
        codes[entry.ordinal()] = new StatusCode(statusClass, entry.subject(), entry.detail(), Optional.of(entry));
      }
      REGISTERED[statusClass.number()] = codes;
    }
  }

  /** log2 of the number of slots of {@link #RECENT}. */
  private static final int RECENT_BITS = 10;

  /**
   * Unregistered codes seen lately, one slot per hash of class, subject and detail: a repeat (Microsoft's
   * 5.7.606 in every bounce of a run) finds its instance and allocates nothing; another code that hashes
   * to the slot replaces it. Racy by design and safe: a {@code StatusCode} is immutable and its fields
   * are final, so any thread may read any slot written by any other.
   */
  private static final StatusCode[] RECENT = new StatusCode[1 << RECENT_BITS];

  private final StatusClass statusClass;
  private final int subject;
  private final int detail;
  private final Optional<EnhancedStatusCode> registered;
  private final Optional<StatusCode> self;
  /**
   * The canonical form: built once for the cached registered codes, and on first use for the others, so
   * that parsing an unregistered code does not pay for a string it may never need. A racy cache, like
   * {@code String.hash}: a String is safely published, at worst two threads build equal ones.
   */
  private String text;

  private StatusCode(StatusClass statusClass, int subject, int detail, Optional<EnhancedStatusCode> registered) {
    this.statusClass = statusClass;
    this.subject = subject;
    this.detail = detail;
    this.registered = registered;
    this.self = Optional.of(this);
    if (registered.isPresent()) {
      this.text = canonical();
    }
  }

  private String canonical() {
    return statusClass.number() + "." + subject + "." + detail;
  }

  /**
   * Parses a status code.
   *
   * @param text exactly one code, such as {@code 5.1.1}, without surrounding spaces
   * @return the code; the same instance for every parse of a registered code
   * @throws StatusCodeFormatException if {@code text} is not exactly one code; its message quotes the
   *     input and names the index and reason
   * @throws NullPointerException if {@code text} is null
   */
  public static StatusCode parse(CharSequence text) {
    Objects.requireNonNull(text, "text == null");
    long result = CodeScanner.whole(text, 0, text.length());
    if (result < 0) {
      long reason = CodeScanner.scanExact(text, 0, text.length());
      throw new StatusCodeFormatException(text, CodeScanner.errorIndex(reason), CodeScanner.describe(text, reason));
    }
    return of(result);
  }

  /**
   * Parses a status code, or returns empty; never throws for any non-null input. A registered code
   * allocates nothing, not even its {@code Optional}.
   *
   * @param text the text to parse, as for {@link #parse(CharSequence)}
   * @return the code, or empty if {@code text} is not exactly one code
   * @throws NullPointerException if {@code text} is null
   */
  public static Optional<StatusCode> tryParse(CharSequence text) {
    Objects.requireNonNull(text, "text == null");
    long result = CodeScanner.whole(text, 0, text.length());
    return result < 0 ? Optional.empty() : of(result).self;
  }

  /**
   * {@return whether {@code text} is exactly one status code} The same as
   * {@code tryParse(text).isPresent()}, without the lookup.
   *
   * @param text the text to check
   * @throws NullPointerException if {@code text} is null
   */
  public static boolean isValid(CharSequence text) {
    Objects.requireNonNull(text, "text == null");
    return CodeScanner.whole(text, 0, text.length()) >= 0;
  }

  /**
   * {@return the code {@code class.subject.detail}}
   *
   * @param statusClass the class
   * @param subject the subject number, 0 to 999
   * @param detail the detail number, 0 to 999
   * @throws IllegalArgumentException if subject or detail is outside 0 to 999
   * @throws NullPointerException if {@code statusClass} is null
   */
  public static StatusCode of(StatusClass statusClass, int subject, int detail) {
    Objects.requireNonNull(statusClass, "statusClass == null");
    if (subject < 0 || subject > 999 || detail < 0 || detail > 999) {
      throw new IllegalArgumentException(
          "subject and detail must be 0 to 999: " + statusClass.number() + "." + subject + "." + detail);
    }
    return of(statusClass.number(), subject, detail);
  }

  /**
   * {@return the registered code in a class} {@code of(PERMANENT_FAILURE, MAILBOX_FULL)} is
   * {@code 5.2.2}.
   *
   * @param statusClass the class
   * @param code the class-independent registry entry
   * @throws NullPointerException if {@code statusClass} or {@code code} is null
   */
  public static StatusCode of(StatusClass statusClass, EnhancedStatusCode code) {
    Objects.requireNonNull(statusClass, "statusClass == null");
    Objects.requireNonNull(code, "code == null");
    return REGISTERED[statusClass.number()][code.ordinal()];
  }

  /** The code a successful scan found. */
  static StatusCode of(long scanned) {
    return of(CodeScanner.statusClass(scanned), CodeScanner.subject(scanned), CodeScanner.detail(scanned));
  }

  /** The registered instance through the registry's table, else {@link #unregistered}. */
  private static StatusCode of(int classDigit, int subject, int detail) {
    Optional<EnhancedStatusCode> entry = EnhancedStatusCode.find(subject, detail);
    return entry.isPresent() ? REGISTERED[classDigit][entry.get().ordinal()] : unregistered(classDigit, subject, detail);
  }

  /** The slot of {@link #RECENT} for a code: a multiplicative hash of its packed numbers. */
  static int recentSlot(int classDigit, int subject, int detail) {
    return (((classDigit << 20) | (subject << 10) | detail) * 0x9E3779B1) >>> (32 - RECENT_BITS);
  }

  /** An unregistered code: the recent instance when the slot holds this code, else a new one put there. */
  private static StatusCode unregistered(int classDigit, int subject, int detail) {
    int slot = recentSlot(classDigit, subject, detail);
    StatusCode recent = RECENT[slot];
    if (recent != null && recent.detail == detail && recent.subject == subject
        && recent.statusClass.number() == classDigit) {
      return recent;
    }
    StatusCode created = new StatusCode(StatusClass.of(classDigit), subject, detail, Optional.empty());
    RECENT[slot] = created;
    return created;
  }

  /** {@return the class: success, persistent transient failure or permanent failure} */
  public StatusClass statusClass() {
    return statusClass;
  }

  /** {@return the subject number, 0 to 999} */
  public int subject() {
    return subject;
  }

  /** {@return the detail number, 0 to 999} */
  public int detail() {
    return detail;
  }

  /** {@return whether this is class 2}: the DSN reports a positive delivery action. */
  public boolean isSuccess() {
    return statusClass.number() == 2;
  }

  /** {@return whether this is class 4}: a persistent transient failure; sending later may succeed. */
  public boolean isTransient() {
    return statusClass.number() == 4;
  }

  /** {@return whether this is class 5}: a permanent failure; resending as is will not succeed. */
  public boolean isPermanent() {
    return statusClass.number() == 5;
  }

  /**
   * {@return the registry entry for exactly this subject and detail, if IANA registers one} Allocates
   * nothing.
   */
  public Optional<EnhancedStatusCode> registered() {
    return registered;
  }

  /**
   * {@return what the code means under RFC 3463's fallback rule} That is the registered entry; else,
   * for an unregistered detail, the subject's {@code X.s.0} entry (or the subject description); else
   * the class.
   */
  public StatusMeaning meaning() {
    StatusSubject statusSubject = StatusSubject.find(subject).orElse(null);
    if (registered.isPresent()) {
      return new StatusMeaning(this, StatusMeaning.Level.CODE, registered.get(), statusSubject);
    }
    if (statusSubject != null) {
      return new StatusMeaning(this, StatusMeaning.Level.SUBJECT, EnhancedStatusCode.find(subject, 0).orElse(null),
          statusSubject);
    }
    return new StatusMeaning(this, StatusMeaning.Level.CLASS, null, null);
  }

  @Override
  public int compareTo(StatusCode other) {
    int byClass = Integer.compare(statusClass.number(), other.statusClass.number());
    if (byClass != 0) {
      return byClass;
    }
    int bySubject = Integer.compare(subject, other.subject);
    return bySubject != 0 ? bySubject : Integer.compare(detail, other.detail);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StatusCode that
        && statusClass == that.statusClass && subject == that.subject && detail == that.detail;
  }

  @Override
  public int hashCode() {
    return (statusClass.number() * 1000 + subject) * 1000 + detail;
  }

  /** The canonical form, {@code 5.1.1}. */
  @Override
  public String toString() {
    String canonical = text;
    if (canonical == null) {
      canonical = canonical();
      text = canonical;
    }
    return canonical;
  }
}
