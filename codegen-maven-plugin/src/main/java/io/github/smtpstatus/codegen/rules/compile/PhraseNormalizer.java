package io.github.smtpstatus.codegen.rules.compile;

/**
 * Turns a phrase into the symbols the API's automaton reads, by the rule the API applies to text
 * ({@code io.github.smtpstatus.classify.TextSymbols}, format {@value #FORMAT}): ASCII letters folded
 * to lower case, a whitespace run as one space, and a boundary mark wherever the phrase passes between
 * word characters (ASCII letters, digits, {@code _}) and others, at its start and end included when
 * it starts or ends with a word character. A change here is a change of {@link #FORMAT}.
 */
public final class PhraseNormalizer {

  /** The layout version of the generated tables, checked by the API when it loads them. */
  public static final int FORMAT = 1;

  /** The boundary mark in a normalized phrase. */
  public static final char BOUNDARY = '\u0001';

  /** The longest phrase accepted, in characters. */
  public static final int MAX_LENGTH = 200;

  private PhraseNormalizer() {}

  /**
   * {@return why the phrase can never match any text, or {@code null} if it can}
   *
   * @param phrase a phrase as a rules file writes it
   */
  public static String problem(String phrase) {
    if (phrase.isBlank()) {
      return "is blank";
    }
    if (phrase.length() > MAX_LENGTH) {
      return "is longer than " + MAX_LENGTH + " characters";
    }
    boolean hasWord = false;
    for (int i = 0; i < phrase.length(); i++) {
      char c = phrase.charAt(i);
      if (c < 0x20 || c > 0x7e) {
        return String.format("can never match: it contains U+%04X at index %d, and text outside printable ASCII "
            + "never matches a phrase character", (int) c, i);
      }
      hasWord |= isWord(c);
    }
    if (phrase.charAt(0) == ' ' || phrase.charAt(phrase.length() - 1) == ' ') {
      return "starts or ends with whitespace";
    }
    if (!hasWord) {
      return "has no letter or digit";
    }
    return null;
  }

  /**
   * {@return the normalized phrase}
   *
   * @param phrase a phrase that has no {@link #problem}
   */
  public static String normalize(String phrase) {
    StringBuilder out = new StringBuilder(phrase.length() + 8);
    boolean previousWord = false;
    boolean previousSpace = false;
    for (int i = 0; i < phrase.length(); i++) {
      char c = phrase.charAt(i);
      boolean word = isWord(c);
      if (word != previousWord) {
        out.append(BOUNDARY);
      }
      boolean space = c == ' ';
      if (!(space && previousSpace)) {
        out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
      }
      previousWord = word;
      previousSpace = space;
    }
    if (previousWord) {
      out.append(BOUNDARY);
    }
    return out.toString();
  }

  private static boolean isWord(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }
}
