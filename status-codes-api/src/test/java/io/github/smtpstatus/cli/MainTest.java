package io.github.smtpstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code java -jar status-codes-api.jar}. */
class MainTest {

  @Test
  void printsTheRegistryTableToStandardOutput() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      Main.main(new String[0]);
    } finally {
      System.setOut(original);
    }

    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .startsWith("IANA SMTP Enhanced Status Codes (RFC 3463, RFC 5248): 3 classes, 8 subjects, 81 codes")
        .contains("  X.1.1    BAD_DESTINATION_MAILBOX_ADDRESS");
  }
}
