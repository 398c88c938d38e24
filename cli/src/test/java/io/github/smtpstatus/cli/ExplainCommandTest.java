package io.github.smtpstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExplainCommandTest {

  @Test
  void explainsCodesRepliesAndTextAsTheGoldenText() {
    Run run = Run.of("explain", "5.1.1", "550 4.2.2 Mailbox full", "5.7.606", "5.9.1",
        "dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.10] said: 550 5.1.1 unknown)", "5.6.10");
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    Golden.assertMatches("explain.txt", run.out());
  }

  @Test
  void jsonFollowsTheGoldenSchema() {
    Run run = Run.of("explain", "--json", "550 4.2.2 Mailbox full", "5.7.606", "nothing here");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREADABLE_INPUT);
    Golden.assertMatches("explain.jsonl", run.out());
  }

  @Test
  void csvHasAHeaderAndARowPerCode() {
    Run run = Run.of("explain", "--csv", "5.1.1", "codes 4.4.7 and 5.4.7");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().split("\r\n")).hasSize(4);
    assertThat(run.out()).startsWith("input,kind,reply_code,code,class,class_text,subject,subject_text,detail,")
        .contains("\r\n5.1.1,code,,5.1.1,5,Permanent Failure,1,Addressing Status,1,true,code,X.1.1,")
        .contains("\r\ncodes 4.4.7 and 5.4.7,text,,4.4.7,4,")
        .contains("\r\ncodes 4.4.7 and 5.4.7,text,,5.4.7,5,");
  }

  @Test
  void aReplyQuotedByAnMtaIsReadLenientlyWithTheRepairAsAFinding() {
    Run run = Run.of("explain", "--json", "550-5.7.1 Our system has detected 550-5.7.1 likely unsolicited mail 550 5.7.1 "
        + "see the help page - gsmtp");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("{\"input\":").contains("\"kind\":\"reply\",\"reply_code\":550,\"code\":\"5.7.1\"",
        "{\"kind\":\"FLATTENED\"");
  }

  @Test
  void aNestedReplyIsExplainedAfterTheRelaysOwn() {
    Run run = Run.of("explain", "--csv", "554 4.4.7 Message expired: unable to deliver in 840 minutes."
        + "<421 4.4.2 Connection timed out>");
    assertThat(run.out().split("\r\n")).hasSize(3);
    assertThat(run.out()).contains(",reply,554,4.4.7,", ",nested,421,4.4.2,");
  }

  @Test
  void anInputWithoutCodeOrReplyExitsWithOneAndSaysSo() {
    Run run = Run.of("explain", "5.1.1", "hello");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREADABLE_INPUT);
    assertThat(run.out()).contains("hello\n  no enhanced status code and no SMTP reply\n");
    assertThat(run.err()).isEqualTo("smtp-status: 1 of 2 inputs hold no status code and no SMTP reply\n");
  }

  @Test
  void withoutArgumentsEachLineOfStandardInputIsAnInput() {
    Run run = Run.withStdin("550 5.1.1 User unknown\n\n452 4.2.2 Over quota\r\n", "explain", "--json");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines()).hasSize(2);
    assertThat(run.out()).contains("\"input\":\"550 5.1.1 User unknown\",\"kind\":\"reply\",\"reply_code\":550")
        .contains("\"input\":\"452 4.2.2 Over quota\",\"kind\":\"reply\",\"reply_code\":452");
  }

  @Test
  void aDashReadsStandardInputToo() {
    Run run = Run.withStdin("5.2.2\n", "explain", "-");
    assertThat(run.out()).startsWith("5.2.2\n  code          5.2.2   Mailbox full\n");
  }

  @Test
  void controlCharactersFromTheInputAreEscaped() {
    Run run = Run.of("explain", "550 5.1.1 \u001b]0;pwned\u0007 user\u001b[2J");
    assertThat(run.out()).doesNotContain("\u001b", "\u0007")
        .startsWith("550 5.1.1 \\x1b]0;pwned\\x07 user\\x1b[2J\n  found in text 5.1.1\n");
  }

  @Test
  void colourOnlyOnATerminal() {
    Run plain = Run.of("explain", "5.1.1");
    Run terminal = Run.in(Run.terminal(java.io.InputStream.nullInputStream()), "explain", "5.1.1");
    Run noColor = Run.in(Run.terminal(java.io.InputStream.nullInputStream()), "explain", "--no-color", "5.1.1");
    Run noColorEnv = Run.in(new Environment(java.io.InputStream.nullInputStream(), true, true, true,
        System::nanoTime), "explain", "5.1.1");
    assertThat(plain.out()).doesNotContain("\u001b[");
    assertThat(terminal.out()).startsWith("\u001b[1m5.1.1\u001b[0m\n  code          \u001b[31m5.1.1   \u001b[0m");
    assertThat(noColor.out()).isEqualTo(plain.out());
    assertThat(noColorEnv.out()).isEqualTo(plain.out());
  }
}
