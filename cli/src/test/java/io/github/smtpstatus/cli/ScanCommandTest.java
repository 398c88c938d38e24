package io.github.smtpstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScanCommandTest {

  @TempDir
  Path temp;

  @Test
  void theSampleLogGivesTheGoldenText() {
    Run run = Run.of("scan", Golden.sample("mail.log"));
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    Golden.assertMatches("scan-mail-log.txt", run.out());
  }

  @Test
  void theSampleLogGivesTheGoldenJsonLines() {
    Run run = Run.of("scan", "--json", Golden.sample("mail.log"));
    assertThat(run.exitCode()).isZero();
    Golden.assertMatches("scan-mail-log.jsonl", run.out());
  }

  @Test
  void csvHasTheSchemaAsHeader() {
    Run run = Run.withStdin("452 4.2.2 Over quota\n", "scan", "--csv");
    assertThat(run.out()).isEqualTo("source,line,evidence,mta,timestamp,queue_id,recipient,original_recipient,"
        + "outcome,dsn,relay,relay_address,reply_code,code,code_source,class,meaning,reason,sisimai_reason,"
        + "sender_action,permanence,address_dead,provider,provider_meaning,decided_by,command,text,findings,cut\r\n"
        + "<stdin>,1,reply,,,,,,,,,,452,4.2.2,reply,4,Mailbox full,mailbox_full,mailboxfull,retry_later,transient,"
        + "false,,,phrases.csv:125,,Over quota,REPLY_CODE_NOT_ASSOCIATED,false\r\n");
  }

  @Test
  void readsStandardInputWithoutFilesAndForADash() {
    String line = "dsn=5.1.1, status=bounced\n";
    assertThat(Run.withStdin(line, "scan").out()).startsWith("<stdin>:1");
    assertThat(Run.withStdin(line, "scan", "-").out()).startsWith("<stdin>:1");
  }

  @Test
  void oneResultPerLineNotPerCodeOccurrence() {
    Run run = Run.withStdin("dsn=5.1.1, status=bounced (said: 550 5.1.1 unknown; 550 5.1.1 again)\n", "scan",
        "--json");
    assertThat(run.out().lines()).hasSize(1);
    assertThat(run.out()).contains("\"evidence\":\"reply\"", "\"reply_code\":550", "\"code\":\"5.1.1\"");
  }

  @Test
  void linesWithoutCodesGiveNoResultAndExitZero() {
    Run run = Run.withStdin("connect from client.example.net[198.51.100.20]\nIPv4 192.168.5.1.1\n", "scan");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aMissingFileIsReportedTheOthersAreReadAndTheExitCodeIsOne() throws IOException {
    Path log = Files.writeString(temp.resolve("ok.log"), "status=bounced dsn=5.1.1\n");
    Run run = Run.of("scan", temp.resolve("missing.log").toString(), log.toString(), temp.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREADABLE_INPUT);
    assertThat(run.out()).startsWith(log + ":1");
    assertThat(run.err()).isEqualTo("smtp-status: cannot read " + temp.resolve("missing.log") + ": no such file\n"
        + "smtp-status: cannot read " + temp + ": is a directory\n"
        + "smtp-status: 1 lines read, 1 results (1 permanent failures); 2 of 3 inputs could not be read\n");
  }

  @Test
  void failOnPermanentExitsWithThreeWhenAPermanentFailureIsFound() {
    assertThat(Run.withStdin("dsn=4.2.2\ndsn=5.1.1\n", "scan", "--fail-on", "permanent").exitCode())
        .isEqualTo(ExitCodes.FAIL_ON_MATCHED);
    assertThat(Run.withStdin("dsn=4.2.2\n", "scan", "--fail-on", "permanent").exitCode()).isZero();
    assertThat(Run.withStdin("dsn=4.2.2\n", "scan", "--fail-on", "FAILURE").exitCode())
        .isEqualTo(ExitCodes.FAIL_ON_MATCHED);
    assertThat(Run.withStdin("dsn=2.0.0\n", "scan", "--fail-on", "failure").exitCode()).isZero();
  }

  @Test
  void failOnHardExitsWithThreeForADeadAddressNeverForAPolicyBlock() {
    assertThat(Run.withStdin("550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown\n", "scan",
        "--fail-on", "hard").exitCode()).isEqualTo(ExitCodes.FAIL_ON_MATCHED);
    assertThat(Run.withStdin("550 5.7.1 Service unavailable, client host blocked using Spamhaus\n452 4.2.2 Mailbox "
        + "full\n", "scan", "--fail-on", "hard").exitCode()).isZero();
  }

  @Test
  void unreadableInputWinsOverFailOn() {
    Run run = Run.withStdin("dsn=5.1.1\n", "scan", "--fail-on", "permanent", "-", temp.resolve("none").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREADABLE_INPUT);
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 8})
  void threadsKeepTheOutputInInputOrder(int threads) throws IOException {
    StringBuilder log = new StringBuilder();
    for (int i = 0; i < 60_000; i++) {
      log.append("line ").append(i).append(i % 3 == 0 ? " dsn=5.1.1" : i % 3 == 1 ? " dsn=4.4.1" : " nothing")
          .append('\n');
    }
    Path file = Files.writeString(temp.resolve("big.log"), log);
    Run one = Run.of("scan", "--json", file.toString());
    Run many = Run.of("scan", "--json", "--threads", Integer.toString(threads), "--chunk-bytes=4096",
        file.toString());
    assertThat(one.out().lines()).hasSize(40_000);
    assertThat(many.out()).isEqualTo(one.out());
    assertThat(Files.size(file) / 4096).as("chunks").isGreaterThan(200);
  }

  @Test
  void longLinesAreCutCountedAndMarked() {
    Run run = Run.withStdin("dsn=5.1.1 " + "x".repeat(200) + "\n", "scan", "--max-line-length", "100", "--json");
    assertThat(run.out()).contains("\"cut\":true");
    assertThat(run.err()).isEqualTo("smtp-status: 1 lines read, 1 results (1 permanent failures); 1 lines were "
        + "longer than --max-line-length and were cut\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--threads=0", "--threads=257", "--max-line-length=10"})
  void outOfRangeNumbersAreUsageErrors(String option) {
    Run run = Run.of("scan", option);
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).matches("(?s)--(threads|max-line-length) must be between .*");
  }

  @Test
  void hostileBytesNeverReachTheTerminal() {
    Run run = Run.withStdin("dsn=5.1.1 \u001b]2;title\u0007 \u009b6n \u202egnp.exe\n", "scan");
    assertThat(run.out()).doesNotContain("\u001b", "\u0007", "\u009b", "\u202e")
        .contains("\\x1b]2;title\\x07 \\u009b6n \\u202egnp.exe");
  }

  @Test
  void colourMarksTheCodeByClassOnATerminal() {
    Run run = Run.in(Run.terminal(new java.io.ByteArrayInputStream("dsn=4.2.2\n".getBytes(StandardCharsets.UTF_8))),
        "scan");
    assertThat(run.out()).contains("\u001b[33m4.2.2\u001b[0m");
  }

  @Test
  void theCountsGoToStandardErrorOnATerminal() {
    Run run = Run.in(Run.terminal(new java.io.ByteArrayInputStream("dsn=4.2.2\nx\n".getBytes(StandardCharsets.UTF_8))),
        "scan");
    assertThat(run.err()).isEqualTo("smtp-status: 2 lines read, 1 results (0 permanent failures)\n");
  }

  @Test
  void theProgressLineIsDrawnForAFileOnATerminalAndErased() throws IOException {
    StringBuilder log = new StringBuilder();
    for (int i = 0; i < 200_000; i++) {
      log.append("Mar  1 00:00:00 mx postfix/smtp[1]: ABC: to=<a@example.com>, dsn=2.0.0, status=sent\n");
    }
    Path file = Files.writeString(temp.resolve("progress.log"), log);
    long[] clock = {0};
    Environment environment = new Environment(java.io.InputStream.nullInputStream(), false, true, false,
        () -> clock[0] += 100_000_000L);
    Run run = Run.in(environment, "scan", file.toString());
    assertThat(run.err()).contains("\r\u001b[Ksmtp-status: ", " lines/s, ", "ETA ");
    assertThat(run.err()).endsWith("\r\u001b[Ksmtp-status: 200,000 lines read, 200,000 results (0 permanent failures)\n");
  }

  @Test
  void noProgressLineForStandardInput() {
    long[] clock = {0};
    Environment environment = new Environment(new java.io.ByteArrayInputStream("dsn=2.0.0\n".repeat(100_000)
        .getBytes(StandardCharsets.UTF_8)), false, true, false, () -> clock[0] += 1_000_000_000L);
    assertThat(Run.in(environment, "scan").err()).doesNotContain("ETA");
  }
}
