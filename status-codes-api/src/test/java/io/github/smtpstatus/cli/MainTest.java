package io.github.smtpstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpstatus.StatusCode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code java -jar status-codes-api.jar}. */
class MainTest {

  /** What {@code main(args)} prints to standard output. */
  private static String mainPrints(String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      Main.main(args);
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printsTheRegistryTableToStandardOutput() {
    assertThat(mainPrints())
        .startsWith("IANA SMTP Enhanced Status Codes (RFC 3463, RFC 5248): 3 classes, 8 subjects, 81 codes")
        .contains("  X.1.1    BAD_DESTINATION_MAILBOX_ADDRESS");
  }

  private static String classified(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Main.classify(text, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void classifiesAReplyWithItsCodeMeaningAndFindings() {
    String n = System.lineSeparator();
    assertThat(classified("550 4.2.2 Mailbox full")).isEqualTo("550 4.2.2 Mailbox full" + n
        + "  SMTP reply 550, enhanced code 4.2.2 = " + StatusCode.parse("4.2.2").meaning() + n
        + "  finding CLASS_MISMATCH: the enhanced status code 4.2.2 is class 4 but the reply code 550 is 5yz;"
        + " RFC 2034 requires them to agree" + n
        + "  finding REPLY_CODE_NOT_ASSOCIATED: the IANA registry associates X.2.2 with reply codes 552, not 550" + n);
  }

  @Test
  void aReplyWithoutAnEnhancedCodeSaysNone() {
    assertThat(classified("250 OK")).contains("SMTP reply 250, enhanced code none");
  }

  @Test
  void classifiesFreeTextByTheCodesInIt() {
    assertThat(classified("dsn=5.7.606, status=bounced")).isEqualTo(("dsn=5.7.606, status=bounced\n"
        + "  found " + StatusCode.parse("5.7.606").meaning() + "\n").replace("\n", System.lineSeparator()));
  }

  @Test
  void saysWhenTextHoldsNoCode() {
    assertThat(classified("connection timed out")).endsWith("  no status code" + System.lineSeparator());
  }

  @Test
  void escapesEscapeAndBellInTheArgumentItEchoes() {
    String printed = classified("dsn=5.1.1 \u001b[2J\u001b]0;owned\u0007 done");

    assertThat(printed).doesNotContain("\u001b", "\u0007").isEqualTo(("dsn=5.1.1 \\u001b[2J\\u001b]0;owned\\u0007 done\n"
        + "  found " + StatusCode.parse("5.1.1").meaning() + "\n").replace("\n", System.lineSeparator()));
  }

  @Test
  void everyLineItPrintsHoldsNoControlCharacterWhateverTheArgument() {
    StringBuilder argument = new StringBuilder("550 5.1.1 ");
    for (char c = 0; c < 0xa0; c++) {
      argument.append(c);
    }
    String printed = mainPrints(argument.toString(), "550 5.1.1 ok\u009b31m", "\u0085\r\n\t");

    assertThat(printed.replace(System.lineSeparator(), "")).doesNotContainPattern("\\p{Cntrl}|[\u0080-\u009f]");
    assertThat(printed).contains("550 5.1.1 ok\\u009b31m", "\\u0085\\r\\n\\t");
  }

  @Test
  void classifiesEachArgument() {
    assertThat(mainPrints("250 2.0.0 OK", "nothing here")).contains("SMTP reply 250, enhanced code 2.0.0").contains("no status code");
  }
}
