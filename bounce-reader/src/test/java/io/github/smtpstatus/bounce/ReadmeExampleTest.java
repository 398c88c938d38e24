package io.github.smtpstatus.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpstatus.StatusCode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example of docs/BOUNCE-READER.md, run on a fixture, prints exactly what that page shows. */
class ReadmeExampleTest {

  @TempDir
  Path folder;

  /** That page's code, with System.out passed in. */
  static void printRecipients(Path file, PrintStream out) throws IOException {
    Bounce bounce = BounceReader.create().read(file);
    out.println(bounce.kind() + " from " + bounce.reportingMta().orElse("?"));
    for (RecipientResult recipient : bounce.recipients()) {
      out.println(recipient.recipient() + ": " + recipient.action().map(Action::name).orElse("-") + " "
          + recipient.status().map(StatusCode::toString).orElse("-") + " from "
          + recipient.statusEvidence().map(Evidence::name).orElse("-") + ", reply "
          + (recipient.replyCode().isPresent() ? recipient.replyCode().getAsInt() : "-") + ": "
          + recipient.diagnosticText());
      recipient.findings().forEach(finding -> out.println("  " + finding));
    }
  }

  @Test
  void printsWhatTheReadmeShows() throws IOException {
    Path file = folder.resolve("bounce.eml");
    Files.write(file, Fixtures.bytes("exchange-generic-status.eml"));
    ByteArrayOutputStream printed = new ByteArrayOutputStream();

    printRecipients(file, new PrintStream(printed, true, StandardCharsets.UTF_8));

    assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualToNormalizingNewlines("""
        DELIVERY_STATUS_NOTIFICATION from DB8PR01MB0001.eurprd01.prod.outlook.example
        ghost@contoso.example: FAILED 5.1.10 from DIAGNOSTIC_REPLY, reply 550: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
          STATUS_LESS_SPECIFIC_THAN_REPLY: the Status field 5.0.0 is less specific than 5.1.10 in the diagnostic's reply; 5.1.10 is used
        full@contoso.example: FAILED 5.2.2 from STATUS_FIELD, reply 550: 550 5.0.0 mailbox unavailable
        moved@contoso.example: FAILED 5.1.6 from DIAGNOSTIC_REPLY, reply 550: 550 5.1.6 Recipient has moved
          STATUS_DIFFERS_FROM_REPLY: the Status field 5.1.1 differs from 5.1.6 in the diagnostic's reply; the remote server's 5.1.6 is used
        """);
  }
}
