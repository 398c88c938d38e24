package io.github.smtpstatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The scanner against the independent grammar, on every string of a small alphabet up to the longest
 * code: digits at both ends of their range and next to it ({@code /} and {@code :} are the characters on
 * either side of {@code 0} and {@code 9}), a dot, a letter and a non-ASCII digit. Every shape a code or
 * a near miss can take is among them.
 */
class CodeScannerTest {

  private static final char[] WIDE = {'0', '1', '2', '4', '5', '9', '.', '/', ':', 'x', '\u0661'};
  private static final char[] NARROW = {'0', '1', '5', '.', 'x'};

  @Test
  void scanExactAcceptsExactlyTheGrammarsCodesUpToSixCharacters() {
    int[] valid = {0};
    every(WIDE, 0, 6, text -> valid[0] += agree(text) ? 1 : 0);
    assertThat(valid[0]).as("codes among the strings").isEqualTo(expectedShortCodes());
  }

  @Test
  void scanExactAcceptsExactlyTheGrammarsCodesOfSevenToNineCharacters() {
    int[] valid = {0};
    every(NARROW, 7, 9, text -> valid[0] += agree(text) ? 1 : 0);
    assertThat(valid[0]).as("codes among the strings").isPositive();
  }

  /**
   * Every part of up to three characters over WIDE (1,463 of them: so three-digit parts meet the digits
   * at both ends of their range and the characters beside it), as subject and as detail of a code of each
   * class character: {@code whole} and {@code scanExact} accept the same and give the same result.
   */
  @Test
  void wholeAndScanExactAgreeOnEveryPartOfUpToThreeCharacters() {
    List<String> parts = new ArrayList<>();
    every(WIDE, 1, 3, parts::add);
    int codes = 0;
    for (char c : WIDE) {
      for (String part : parts) {
        codes += agree(c + "." + part + ".1") ? 1 : 0;
        codes += agree(c + ".1." + part) ? 1 : 0;
        codes += agree(c + "." + part + "." + part) ? 1 : 0;
      }
    }
    // Valid parts: 6 of one digit, 5 * 6 of two, 5 * 6 * 6 of three = 216; classes 2, 4 and 5; three shapes.
    assertThat(codes).isEqualTo(3 * (216 + 216 + 216));
  }

  @Test
  void wholeRefusesWhatIsNotExactlyItsRegion() {
    assertThat(CodeScanner.whole("x5.7.606y", 1, 8)).isEqualTo(CodeScanner.scanExact("x5.7.606y", 1, 8));
    assertThat(CodeScanner.whole("x5.7.606y", 1, 9)).isEqualTo(-1);
    assertThat(CodeScanner.whole("x5.7.606y", 0, 8)).isEqualTo(-1);
    assertThat(CodeScanner.whole("5.1.1", 0, 4)).isEqualTo(-1);
    assertThat(CodeScanner.whole("5.123.1234", 0, 10)).isEqualTo(-1);
  }

  @Test
  void scanExactReadsOnlyItsRegionOfALongerText() {
    assertThat(CodeScanner.scanExact("x5.7.606y", 1, 8)).isEqualTo(CodeScanner.scan("x5.7.606y", 1, 9)).isPositive();
    assertThat(CodeScanner.scanExact("x5.7.606y", 1, 9)).isNegative();
    assertThat(CodeScanner.scanExact("x5.7.606y", 0, 8)).isNegative();
    assertThat(CodeScanner.scanExact("xxxxx5.1.1", 5, 10)).isEqualTo(CodeScanner.scan("xxxxx5.1.1", 5, 10)).isPositive();
    assertThat(CodeScanner.scan("5.1.123", 0, 6)).isEqualTo(CodeScanner.scanExact("5.1.12", 0, 6));
  }

  /**
   * Checks one string and returns whether it is a code: {@code scanExact} agrees with the grammar and,
   * where it accepts, gives the code's numbers and end; where it refuses, an index inside the string
   * and a reason {@code describe} can put in words.
   */
  private static boolean agree(String text) {
    boolean code = IndependentGrammar.isStatusCode(text);
    long exact = CodeScanner.scanExact(text, 0, text.length());
    assertThat(exact >= 0).as("scanExact(\"%s\") accepts", text).isEqualTo(code);
    if (code) {
      String[] parts = text.split("\\.");
      assertThat(CodeScanner.end(exact)).isEqualTo(text.length());
      assertThat(CodeScanner.statusClass(exact)).isEqualTo(Integer.parseInt(parts[0]));
      assertThat(CodeScanner.subject(exact)).isEqualTo(Integer.parseInt(parts[1]));
      assertThat(CodeScanner.detail(exact)).isEqualTo(Integer.parseInt(parts[2]));
      assertThat(exact).isEqualTo(CodeScanner.scan(text, 0, text.length()));
      assertThat(CodeScanner.whole(text, 0, text.length())).as("whole(\"%s\")", text).isEqualTo(exact);
    } else {
      assertThat(CodeScanner.whole(text, 0, text.length())).as("whole(\"%s\")", text).isEqualTo(-1);
      assertThat(CodeScanner.errorIndex(exact)).as("index in \"%s\"", text).isBetween(0, text.length());
      assertThat(CodeScanner.describe(text, exact)).isNotBlank();
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
