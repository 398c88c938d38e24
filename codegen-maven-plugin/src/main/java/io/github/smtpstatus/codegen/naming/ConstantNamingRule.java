package io.github.smtpstatus.codegen.naming;

import java.text.Normalizer;

/**
 * The one rule that turns a registry row's sample text into a Java constant name in UPPER_SNAKE case.
 *
 * <ol>
 *   <li>Letters are folded to ASCII by compatibility decomposition, dropping accents ("Délai" gives
 *       DELAI); letters with no ASCII form count as separators.
 *   <li>Apostrophes (', ’, ‘, `) vanish: "Bad sender's system address" gives BAD_SENDERS_SYSTEM_ADDRESS.
 *   <li>Every other run of characters that are not ASCII letters or digits becomes one underscore:
 *       "UTF-8 string reply is required, but not permitted" gives
 *       UTF_8_STRING_REPLY_IS_REQUIRED_BUT_NOT_PERMITTED. Leading and trailing underscores are dropped.
 *   <li>Letters are upper-cased.
 *   <li>A name that would start with a digit is prefixed with {@value #DIGIT_PREFIX}: "8bit MIME
 *       required" gives STATUS_8BIT_MIME_REQUIRED.
 * </ol>
 *
 * <p>Text with no ASCII letter or digit gives the empty string: such a row needs a pinned name. Names
 * are derived once and then pinned in {@code names.properties}; see {@link ConstantNameResolver}.
 */
public final class ConstantNamingRule {

  /** Prepended to a name that would otherwise start with a digit. */
  public static final String DIGIT_PREFIX = "STATUS_";

  /** Prepended to the replacement's name for a deprecated row without sample text. */
  public static final String DEPRECATED_PREFIX = "DEPRECATED_";

  /** Longer derived names draw a warning: pin a shorter, faithful name instead. */
  public static final int UNWIELDY_LENGTH = 50;

  private ConstantNamingRule() {}

  /**
   * {@return the constant name for a sample text; empty if the text has no ASCII letter or digit}
   *
   * @param sampleText the sample text, as the registry writes it
   */
  public static String derive(String sampleText) {
    String decomposed = Normalizer.normalize(sampleText, Normalizer.Form.NFKD);
    StringBuilder name = new StringBuilder(decomposed.length());
    boolean separator = false;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (isApostrophe(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        if (separator && name.length() > 0) {
          name.append('_');
        }
        separator = false;
        name.append(c >= 'a' ? (char) (c - ('a' - 'A')) : c);
      } else {
        separator = true;
      }
    }
    if (name.length() > 0 && name.charAt(0) <= '9') {
      name.insert(0, DIGIT_PREFIX);
    }
    return name.toString();
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u2018' || c == '`';
  }
}
