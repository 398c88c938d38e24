package io.github.smtpstatus.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The input mime4j reads: every chunk ends at a line break when the space asked for holds one. */
class LineAlignedInputTest {

  @ParameterizedTest(name = "\"{0}\" read {1} octets at a time gives {2}")
  @CsvSource(delimiter = '|', value = {
      // text (\n written as /) | chunk size | chunks (/ for \n)
      "ab/cd/ef        | 4  | ab/,cd/,ef",
      "ab/cd/ef        | 6  | ab/cd/,ef",
      "abcdef/g        | 4  | abcd,ef/g",
      "abcdef/gh/ij    | 4  | abcd,ef/,gh/,ij",
      "--b-not-1/x     | 8  | --b-not-,1/x",
      "--b/--b-not-1/x | 7  | --b/,--b-not,-1/x",
      "ab/             | 3  | ab/",
      "ab/c            | 99 | ab/c",
  })
  void eachChunkEndsAtTheLastLineBreakItHolds(String text, int size, String chunks) {
    byte[] bytes = text.strip().replace('/', '\n').getBytes(StandardCharsets.US_ASCII);
    LineAlignedInput in = new LineAlignedInput(bytes, 0, bytes.length);
    List<String> read = new ArrayList<>();
    byte[] buffer = new byte[size];
    for (int n = in.read(buffer, 0, size); n >= 0; n = in.read(buffer, 0, size)) {
      read.add(new String(buffer, 0, n, StandardCharsets.US_ASCII).replace('\n', '/'));
    }
    assertThat(String.join(",", read)).isEqualTo(chunks.strip());
  }

  @Test
  void readsOnlyItsRangeOfTheArray() {
    byte[] bytes = "xxab\ncdyy".getBytes(StandardCharsets.US_ASCII);
    LineAlignedInput in = new LineAlignedInput(bytes, 2, 5);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int b = in.read(); b >= 0; b = in.read()) {
      out.write(b);
    }
    assertThat(out.toString(StandardCharsets.US_ASCII)).isEqualTo("ab\ncd");
  }

  @Test
  void readOfNothingReturnsZeroBeforeTheEnd() {
    LineAlignedInput in = new LineAlignedInput("a\n".getBytes(StandardCharsets.US_ASCII), 0, 2);
    assertThat(in.read(new byte[4], 0, 0)).isZero();
    assertThat(in.available()).isEqualTo(2);
  }
}
