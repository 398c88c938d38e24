package io.github.smtpstatus;

import java.util.Objects;
import java.util.Optional;

/**
 * What a status code means to a receiver that applies RFC 3463's rule for codes it does not know: the
 * registered entry when there is one; else, for an unregistered detail, the subject (its
 * {@code X.s.0} "other or undefined" entry, or the subject's own description); else the class alone.
 * RFC 3463 section 2 makes class and subject meaningful on their own for exactly this reason.
 *
 * <p>Immutable and thread-safe.
 */
public final class StatusMeaning {

  /** How specific the meaning is. */
  public enum Level {
    /** The code is registered: its own entry applies. */
    CODE,
    /** The detail is unregistered but the subject is known: the subject's {@code X.s.0} entry or description applies. */
    SUBJECT,
    /** Neither detail nor subject is registered: only the class applies. */
    CLASS
  }

  private final StatusCode statusCode;
  private final Level level;
  private final EnhancedStatusCode entry;
  private final StatusSubject subject;

  StatusMeaning(StatusCode statusCode, Level level, EnhancedStatusCode entry, StatusSubject subject) {
    this.statusCode = statusCode;
    this.level = level;
    this.entry = entry;
    this.subject = subject;
  }

  /** {@return the code this is the meaning of} */
  public StatusCode statusCode() {
    return statusCode;
  }

  /** {@return which level the meaning fell back to} */
  public Level level() {
    return level;
  }

  /**
   * {@return the registry entry that applies} That is the code's own ({@link Level#CODE}) or its
   * subject's {@code X.s.0}.
   */
  public Optional<EnhancedStatusCode> entry() {
    return Optional.ofNullable(entry);
  }

  /** {@return the subject, when the registry knows it} */
  public Optional<StatusSubject> statusSubject() {
    return Optional.ofNullable(subject);
  }

  /** {@return the class, always known} */
  public StatusClass statusClass() {
    return statusCode.statusClass();
  }

  /**
   * {@return the sample text of the most specific level} For example "Mailbox full", "Security or
   * Policy Status" or "Permanent Failure".
   */
  public String sampleText() {
    if (entry != null && (level == Level.CODE || !entry.sampleText().isEmpty())) {
      return entry.sampleText();
    }
    return subject != null ? subject.sampleText() : statusClass().sampleText();
  }

  /** {@return the description of the most specific level} */
  public String description() {
    if (entry != null) {
      return entry.description();
    }
    return subject != null ? subject.description() : statusClass().description();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StatusMeaning that && statusCode.equals(that.statusCode);
  }

  @Override
  public int hashCode() {
    return Objects.hash(statusCode, level);
  }

  /** For example {@code 5.7.606: Other or undefined security status (subject X.7.0, detail 606 unregistered)}. */
  @Override
  public String toString() {
    return switch (level) {
      case CODE -> statusCode + ": " + sampleText();
      case SUBJECT -> statusCode + ": " + sampleText() + " (subject "
          + (entry != null ? entry.code() : "X." + statusCode.subject() + ".XXX") + ", detail "
          + statusCode.detail() + " unregistered)";
      case CLASS -> statusCode + ": " + sampleText() + " (class only, subject " + statusCode.subject()
          + " unregistered)";
    };
  }
}
