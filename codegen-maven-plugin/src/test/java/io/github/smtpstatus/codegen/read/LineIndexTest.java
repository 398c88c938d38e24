package io.github.smtpstatus.codegen.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Offsets to lines, with CRLF, LF and lone CR line ends. */
class LineIndexTest {

  /** a LF b CRLF c CR d CR: lines start at offsets 0, 2, 5, 7 and 9. Built per test, not once per class. */
  private final LineIndex index = new LineIndex("a\nb\r\nc\rd\r");

  @ParameterizedTest(name = "offset {0} is on line {1}")
  @CsvSource({"0, 1", "1, 1", "2, 2", "3, 2", "4, 2", "5, 3", "6, 3", "7, 4", "8, 4", "9, 5", "1000, 5"})
  void givesTheLineOfAnOffset(long offset, int line) {
    assertThat(index.lineOf(offset)).isEqualTo(line);
  }

  @ParameterizedTest(name = "{0} lines")
  @CsvSource({"17", "40"})
  void growsPastItsFirstSixteenLines(int lines) {
    LineIndex many = new LineIndex("x\n".repeat(lines - 1) + "x");

    assertThat(many.lineOf(2L * (lines - 1))).isEqualTo(lines);
    assertThat(many.lineOf(2L * (lines - 1) - 1)).isEqualTo(lines - 1);
  }
}
