package io.github.smtpstatus.codegen.validate;

/** Whitespace handling for IANA's free text, which wraps lines inside quoted fields. */
public final class Texts {

  private Texts() {}

  /**
   * Collapses every run of whitespace (line breaks included) into one space and trims the ends.
   *
   * @param text the text
   * @return the text on one line
   */
  public static String collapse(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The first ISO control character other than tab, CR and LF, or -1. */
  static int controlCharacter(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\t' && c != '\r' && c != '\n') {
        return c;
      }
    }
    return -1;
  }

  /** A character for a message: {@code 'a'} when printable ASCII, else {@code U+00E9}. */
  static String describe(char c) {
    return c >= 0x20 && c < 0x7f ? "'" + c + "'" : String.format("U+%04X", (int) c);
  }
}
