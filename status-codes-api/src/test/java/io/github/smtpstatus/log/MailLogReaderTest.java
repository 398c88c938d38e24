package io.github.smtpstatus.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smtpstatus.QuotedReply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MailLogReaderTest {

  private static final String LINE = "Mar  1 12:00:00 mx1 postfix/smtp[4242]: 2D3C41234: to=<bob@example.net>,"
      + " relay=mx.example.net[192.0.2.1]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=5.1.1, status=bounced (host"
      + " mx.example.net[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command))";

  @Test
  void aLineGivesOneEntryHoweverOftenItsCodeAppears() {
    assertThat(MailLogReader.read(LINE)).hasValueSatisfying(entry -> {
      assertThat(entry.recipients()).hasSize(1);
      assertThat(entry.reply().map(QuotedReply::code)).hasValue(550);
    });
  }

  @Test
  void aTrailingLineBreakIsNotPartOfTheLine() {
    assertThat(MailLogReader.read(LINE + "\r\n")).isEqualTo(MailLogReader.read(LINE));
    assertThat(MailLogReader.read(new StringBuilder(LINE))).isEqualTo(MailLogReader.read(LINE));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "hello", "550 5.1.1 User unknown", "dsn=5.1.1, status=bounced", ":", "A: ", "A: to=",
      "A: to=<", "A: to=<b, status=", "A: from=<", "Mar  1 12:00:00", "<999999>", "2024-03-01 12:00:00 1rAbCd-0001Xy-Zq =>"})
  void textThatIsNoLogLineGivesNothing(String line) {
    assertThat(MailLogReader.read(line)).isEmpty();
  }

  @Test
  void aLineOverTheLimitIsNotRead() {
    String padded = LINE.replace("User unknown", "User unknown" + " ".repeat(MailLogReader.MAX_LINE_LENGTH));

    assertThat(MailLogReader.read(padded)).isEmpty();
    assertThat(MailLogReader.read(LINE.substring(0, LINE.length() - 2) + "x".repeat(
        MailLogReader.MAX_LINE_LENGTH - LINE.length() - 1) + "))")).isPresent();
  }

  @Test
  void atMostTheCappedNumberOfFieldsIsKept() {
    StringBuilder line = new StringBuilder("Mar  1 12:00:00 mx1 postfix/smtp[1]: 2D3C41234: to=<a@b.example>");
    for (int i = 0; i < 1000; i++) {
      line.append(", k").append(i).append('=').append(i);
    }
    line.append(", status=sent (ok)");

    MailLogEntry entry = MailLogReader.read(line).orElseThrow();

    assertThat(entry.fields()).hasSize(MailLogReader.MAX_FIELDS).containsKey("to");
  }

  @Test
  void entriesAreEqualWhenTheirFieldsAre() {
    MailLogEntry one = MailLogReader.read(LINE).orElseThrow();

    assertThat(one).isEqualTo(MailLogReader.read(LINE).orElseThrow())
        .hasSameHashCodeAs(MailLogReader.read(LINE).orElseThrow())
        .isNotEqualTo(MailLogReader.read(LINE.replace("mx1", "mx2")).orElseThrow())
        .isNotEqualTo(MailLogReader.read(LINE.replace("[4242]", "[4243]")).orElseThrow())
        .hasToString("POSTFIX BOUNCED 2D3C41234 to=[bob@example.net] dsn=5.1.1 relay=mx.example.net[192.0.2.1]:25"
            + " reply=550 5.1.1 User unknown");
  }

  @Test
  void nullIsRefusedWithItsName() {
    assertThatThrownBy(() -> MailLogReader.read(null)).isInstanceOf(NullPointerException.class).hasMessage("line == null");
  }
}
