package io.github.smtpstatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The straight-line {@link CodeScanner#exact} against the independent grammar, on every string of a
 * small alphabet up to the longest code: digits at both ends of their range and next to it ({@code /}
 * and {@code :} are the characters on either side of {@code 0} and {@code 9}), a dot, a letter and a
 * non-ASCII digit. Every shape a code or a near miss can take is among them.
 */
class CodeScannerTest {

  private static final char[] WIDE = {'0', '1', '2', '4', '5', '9', '.', '/', ':', 'x', '\u0661'};
  private static final char[] NARROW = {'0', '1', '5', '.', 'x'};

  @Test
  void exactAcceptsExactlyTheGrammarsCodesUpToSixCharacters() {
    int[] valid = {0};
    every(WIDE, 0, 6, text -> valid[0] += agree(text) ? 1 : 0);
    assertThat(valid[0]).as("codes among the strings").isEqualTo(expectedShortCodes());
  }

  @Test
  void exactAcceptsExactlyTheGrammarsCodesOfSevenToNineCharacters() {
    int[] valid = {0};
    every(NARROW, 7, 9, text -> valid[0] += agree(text) ? 1 : 0);
    assertThat(valid[0]).as("codes among the strings").isPositive();
  }

  @Test
  void exactReadsOnlyItsRegionOfALongerText() {
    assertThat(CodeScanner.exact("x5.7.606y", 1, 8)).isEqualTo(CodeScanner.scan("x5.7.606y", 1, 8));
    assertThat(CodeScanner.exact("x5.7.606y", 1, 9)).isNegative();
    assertThat(CodeScanner.exact("x5.7.606y", 0, 8)).isNegative();
    assertThat(CodeScanner.exact("xxxxx5.1.1", 5, 10)).isEqualTo(CodeScanner.scan("xxxxx5.1.1", 5, 10)).isPositive();
  }

  /**
   * Checks one string and returns whether it is a code: {@code exact} agrees with the grammar and,
   * where it accepts, with the general scanner's numbers; {@code scanExact} fails exactly where
   * {@code exact} does (and finds a reason, never the "disagreement" error).
   */
  private static boolean agree(String text) {
    boolean code = IndependentGrammar.isStatusCode(text);
    long exact = CodeScanner.exact(text, 0, text.length());
    assertThat(exact >= 0).as("exact(\"%s\") accepts", text).isEqualTo(code);
    long scanned = CodeScanner.scanExact(text, 0, text.length());
    if (code) {
      assertThat(exact).as("exact(\"%s\")", text).isEqualTo(scanned).isEqualTo(CodeScanner.scan(text, 0, text.length()));
    } else {
      assertThat(scanned).as("scanExact(\"%s\")", text).isNegative();
    }
    return code;
  }

  /** Codes over WIDE of at most 6 characters, counted: class 2, 4 or 5; parts 0, 1, 2, 4, 5, 9 or two digits. */
  private static int expectedShortCodes() {
    List<String> parts1 = List.of("0", "1", "2", "4", "5", "9");
    List<String> parts2 = new ArrayList<>();
    for (String first : List.of("1", "2", "4", "5", "9")) {
      for (String second : parts1) {
        parts2.add(first + second);
      }
    }
    // 5 characters: both parts one digit; 6: one of them two digits.
    return 3 * (parts1.size() * parts1.size() + 2 * parts1.size() * parts2.size());
  }

  private static void every(char[] alphabet, int minLength, int maxLength, Consumer<String> check) {
    for (int length = minLength; length <= maxLength; length++) {
      char[] text = new char[length];
      int[] digits = new int[length];
      while (true) {
        for (int i = 0; i < length; i++) {
          text[i] = alphabet[digits[i]];
        }
        check.accept(new String(text));
        int i = length - 1;
        while (i >= 0 && ++digits[i] == alphabet.length) {
          digits[i--] = 0;
        }
        if (i < 0) {
          break;
        }
      }
    }
  }
}
