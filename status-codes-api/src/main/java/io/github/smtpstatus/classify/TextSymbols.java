package io.github.smtpstatus.classify;

/**
 * How text becomes the symbols the phrase automaton reads; the plugin's rule compiler applies the same
 * rule to phrases, so a generated automaton and this class must agree (format version
 * {@value #FORMAT}).
 *
 * <ul>
 *   <li>ASCII letters are folded to lower case; every ASCII character a phrase uses has a symbol of its
 *       own, numbered from {@link #FIRST_CHAR} in the order of the rule set's alphabet.
 *   <li>A run of whitespace is one {@link #SPACE}.
 *   <li>A word character is an ASCII letter, digit or {@code _}, or a non-ASCII letter or digit; where
 *       the text passes from non-word to word or back (the start and the end count as non-word), a
 *       {@link #BOUNDARY} is inserted. A phrase starting or ending with a word character starts or ends
 *       with a boundary, so {@code "user unknown"} matches in {@code "<User  Unknown>"} but not in
 *       {@code "superuser unknowns"}.
 *   <li>Any other character is {@link #OTHER_WORD} or {@link #OTHER}, which no phrase contains.
 * </ul>
 */
final class TextSymbols {

  /** The version of this rule and of the generated table layout. */
  static final int FORMAT = 1;

  static final int BOUNDARY = 0;
  static final int SPACE = 1;
  static final int OTHER_WORD = 2;
  static final int OTHER = 3;
  static final int FIRST_CHAR = 4;

  /** The longest phrase accepted, in characters. */
  static final int MAX_PHRASE_LENGTH = 200;

  private TextSymbols() {}

  static boolean isAsciiWord(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  static boolean isWord(char c) {
    return c < 0x80 ? isAsciiWord(c) : Character.isLetterOrDigit(c);
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b
        || (c >= 0x80 && (Character.isWhitespace(c) || Character.isSpaceChar(c)));
  }

  static char fold(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /**
   * Why a phrase can never match, or {@code null} if it can: the same checks the plugin's validator
   * makes, worded for an {@link IllegalArgumentException}.
   */
  static String phraseProblem(String phrase) {
    if (phrase.isEmpty() || phrase.isBlank()) {
      return "is blank";
    }
    if (phrase.length() > MAX_PHRASE_LENGTH) {
      return "is longer than " + MAX_PHRASE_LENGTH + " characters";
    }
    boolean hasWord = false;
    for (int i = 0; i < phrase.length(); i++) {
      char c = phrase.charAt(i);
      if (c < 0x20 || c > 0x7e) {
        return String.format("contains the character U+%04X at index %d; phrases are printable ASCII, since "
            + "text outside ASCII never matches a phrase character", (int) c, i);
      }
      hasWord |= isAsciiWord(c);
    }
    if (isSpace(phrase.charAt(0)) || isSpace(phrase.charAt(phrase.length() - 1))) {
      return "starts or ends with whitespace";
    }
    if (!hasWord) {
      return "has no letter or digit";
    }
    return null;
  }

  /**
   * The phrase as a string of symbol characters: {@code '\u0001'} for a boundary, {@code ' '} for a
   * space run, the folded character otherwise. The phrase must have passed {@link #phraseProblem}.
   */
  static String normalize(String phrase) {
    StringBuilder out = new StringBuilder(phrase.length() + 8);
    boolean previousWord = false;
    boolean previousSpace = false;
    for (int i = 0; i < phrase.length(); i++) {
      char c = phrase.charAt(i);
      boolean word = isAsciiWord(c);
      if (word != previousWord) {
        out.append('\u0001');
      }
      boolean space = isSpace(c);
      if (!(space && previousSpace)) {
        out.append(space ? ' ' : fold(c));
      }
      previousWord = word;
      previousSpace = space;
    }
    if (previousWord) {
      out.append('\u0001');
    }
    return out.toString();
  }
}
