package io.github.smtpstatus.codegen.model;

import java.util.List;
import java.util.Objects;

/**
 * The "Associated basic status code" of an enumerated row: the SMTP reply codes (RFC 5321 section
 * 4.2) the registry pairs with the enhanced code, parsed from IANA's free-form text.
 *
 * @param kind whether the registry lists codes, allows any, or gives none
 * @param replyCodes the explicit reply codes, in the order written, without duplicates
 * @param replyClasses the reply classes allowed wholesale ({@code 5XX} gives 5), in the order written
 * @param text the text as the registry writes it, whitespace runs collapsed
 */
public record AssociatedReplyCodes(Kind kind, List<Integer> replyCodes, List<Integer> replyClasses, String text) {

  /** How the registry constrains the reply code. */
  public enum Kind {
    /** Explicit reply codes and/or reply classes are listed. */
    LISTED,
    /** {@code Any}: every reply code may accompany the enhanced code. */
    ANY,
    /** {@code Not given}, empty, or junk such as {@code .}: no constraint is known. */
    NOT_GIVEN
  }

  /**
   * Copies the lists; only {@link Kind#LISTED} lists codes or classes, and it lists at least one.
   *
   * @param kind whether the registry lists codes, allows any, or gives none
   * @param replyCodes the explicit reply codes, in the order written, without duplicates
   * @param replyClasses the reply classes allowed wholesale ({@code 5XX} gives 5), in the order written
   * @param text the text as the registry writes it, whitespace runs collapsed
   */
  public AssociatedReplyCodes {
    Objects.requireNonNull(kind, "kind == null");
    replyCodes = List.copyOf(replyCodes);
    replyClasses = List.copyOf(replyClasses);
    Objects.requireNonNull(text, "text == null");
    if (kind != Kind.LISTED && !(replyCodes.isEmpty() && replyClasses.isEmpty())) {
      throw new IllegalArgumentException(kind + " must not list codes");
    }
    if (kind == Kind.LISTED && replyCodes.isEmpty() && replyClasses.isEmpty()) {
      throw new IllegalArgumentException("LISTED needs at least one code or class");
    }
  }

  /**
   * {@return the entry for {@code Any}: every reply code may accompany the enhanced code}
   *
   * @param text the text as the registry writes it
   */
  public static AssociatedReplyCodes any(String text) {
    return new AssociatedReplyCodes(Kind.ANY, List.of(), List.of(), text);
  }

  /**
   * {@return the entry for no known constraint: {@code Not given}, empty, or junk}
   *
   * @param text the text as the registry writes it
   */
  public static AssociatedReplyCodes notGiven(String text) {
    return new AssociatedReplyCodes(Kind.NOT_GIVEN, List.of(), List.of(), text);
  }
}
