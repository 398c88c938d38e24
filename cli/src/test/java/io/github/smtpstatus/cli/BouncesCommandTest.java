package io.github.smtpstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BouncesCommandTest {

  @TempDir
  Path temp;

  static String sampleText(String name) throws IOException {
    return Files.readString(Path.of(Golden.sample("bounces/" + name)), StandardCharsets.UTF_8);
  }

  @Test
  void theSampleBouncesGiveTheGoldenText() {
    Run run = Run.of("bounces", Golden.sample("bounces"));
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    Golden.assertMatches("bounces-samples.txt", run.out());
  }

  @Test
  void theSampleBouncesGiveTheGoldenJsonLines() {
    Run run = Run.of("bounces", "--json", Golden.sample("bounces"));
    assertThat(run.exitCode()).isZero();
    Golden.assertMatches("bounces-samples.jsonl", run.out());
  }

  @Test
  void oneResultPerRecipientTheReturnedMessageContributingNothing() {
    Run run = Run.of("bounces", "--csv", Golden.sample("bounces/postfix-dsn.eml"));
    assertThat(run.out().split("\r\n")).hasSize(3);
    assertThat(run.out()).contains(",bob@example.com,", ",dave@outlook.example,").doesNotContain("5.1.1,prose");
  }

  @Test
  void standardInputMayHoldAnMboxOfSeveralMessages() throws IOException {
    String mbox = "From MAILER-DAEMON Mon Mar  3 09:14:05 2025\n" + sampleText("postfix-dsn.eml")
        + "\nFrom MAILER-DAEMON Mon Mar  3 10:02:15 2025\n" + sampleText("exim-prose.eml");
    Run run = Run.withStdin(mbox, "bounces", "--json");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines()).hasSize(3);
    assertThat(run.out().lines().toList().get(2)).contains("\"source\":\"<stdin>\",\"message\":2,");
  }

  @Test
  void aMaildirIsReadFromNewAndCurNeverTmp() throws IOException {
    Path maildir = temp.resolve("Maildir");
    for (String sub : new String[] {"new", "cur", "tmp"}) {
      Files.createDirectories(maildir.resolve(sub));
    }
    Files.writeString(maildir.resolve("new/1.eml"), sampleText("exim-prose.eml"));
    Files.writeString(maildir.resolve("cur/2.eml"), sampleText("mailbox-full-delayed.eml"));
    Files.writeString(maildir.resolve("tmp/3.eml"), sampleText("postfix-dsn.eml"));
    Run run = Run.of("bounces", "--json", maildir.toString());
    assertThat(run.out().lines()).hasSize(2);
    assertThat(run.out()).contains("\"file\":\"" + maildir.resolve("new/1.eml") + "\"",
        "\"file\":\"" + maildir.resolve("cur/2.eml") + "\"").doesNotContain("3.eml");
  }

  @Test
  void aMissingPathIsReportedTheOthersAreReadAndTheExitCodeIsOne() {
    Run run = Run.of("bounces", temp.resolve("missing.eml").toString(), Golden.sample("bounces/exim-prose.eml"));
    assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREADABLE_INPUT);
    assertThat(run.out()).contains("leo@example.net");
    assertThat(run.err()).isEqualTo("smtp-status: cannot read " + temp.resolve("missing.eml") + ": no such file\n"
        + "smtp-status: 1 messages read, 1 recipient results, 0 messages were no bounce; 1 inputs or messages could "
        + "not be read\n");
  }

  @Test
  void aMessageThatIsNoBounceGivesNoResultAndIsCounted() {
    long[] clock = {0};
    Environment terminal = new Environment(new java.io.ByteArrayInputStream(
        "From: alice@example.com\r\nSubject: lunch?\r\n\r\nAt 12:30, room 5.1.1?\r\n".getBytes(StandardCharsets.UTF_8)),
        false, true, false, () -> clock[0]++);
    Run run = Run.in(terminal, "bounces");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("smtp-status: 1 messages read, 0 recipient results, 1 messages were no bounce\n");
  }

  @Test
  void failOnPermanentExitsWithThree() {
    assertThat(Run.of("bounces", "--fail-on", "permanent", Golden.sample("bounces")).exitCode())
        .isEqualTo(ExitCodes.FAIL_ON_MATCHED);
    assertThat(Run.of("bounces", "--fail-on", "permanent", Golden.sample("bounces/mailbox-full-delayed.eml"))
        .exitCode()).isZero();
  }

  @Test
  void hostileHeaderAndDiagnosticTextNeverReachTheTerminal() {
    String bounce = "From: MAILER-DAEMON@example.org\r\nSubject: Undelivered Mail Returned to Sender\r\n"
        + "MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n"
        + "--b\r\nContent-Type: text/plain\r\n\r\nfailed\r\n--b\r\nContent-Type: message/delivery-status\r\n\r\n"
        + "Reporting-MTA: dns; mx.example.org\r\n\r\nFinal-Recipient: rfc822; evil\u001b[2J@example.com\r\n"
        + "Action: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 gone\u0007\u009b6n\r\n\r\n--b--\r\n";
    Run run = Run.withStdin(bounce, "bounces");
    assertThat(run.out()).contains("5.1.1").doesNotContain("\u001b", "\u0007", "\u009b");
  }
}
