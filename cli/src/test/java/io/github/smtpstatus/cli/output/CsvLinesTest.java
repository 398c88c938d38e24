package io.github.smtpstatus.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvLinesTest {

  private static String csv(JsonLinesTest.Item... items) {
    StringBuilder out = new StringBuilder();
    CSVPrinter printer = CsvLines.open(out);
    CsvLines.writeHeader(printer, JsonLinesTest.ITEM);
    for (JsonLinesTest.Item item : items) {
      CsvLines.write(printer, JsonLinesTest.ITEM, item);
    }
    return out.toString();
  }

  @Test
  void writesAHeaderAndOneRecordPerItemWithCrlf() {
    assertThat(csv(new JsonLinesTest.Item("a, b", 7, false, List.of("x", "y"),
        List.of(new JsonLinesTest.Item("c1", null, null, null, null), new JsonLinesTest.Item("c2", null, null, null,
            null))), new JsonLinesTest.Item(null, null, null, null, null)))
        .isEqualTo("text,number,flag,tags,children\r\n\"a, b\",7,false,x; y,c1; c2\r\n\"\",,,,\r\n");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      =HYPERLINK("http://x") | '=HYPERLINK("http://x")
      +1+1                   | '+1+1
      -2+3                   | '-2+3
      @SUM(A1)               | '@SUM(A1)
      5.1.1                  | 5.1.1
      a=b                    | a=b
      """)
  void guardsCellsASpreadsheetWouldRunAsFormulas(String text, String expected) {
    assertThat(CsvLines.safe(text)).isEqualTo(expected);
  }

  @Test
  void escapesControlCharactersSoARecordStaysOnOneLine() {
    assertThat(csv(new JsonLinesTest.Item("line\r\nnext\u001b", null, null, null, null)))
        .endsWith("\r\nline\\r\\nnext\\x1b,,,,\r\n");
  }
}
