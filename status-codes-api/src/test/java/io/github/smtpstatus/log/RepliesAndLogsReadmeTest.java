package io.github.smtpstatus.log;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpstatus.QuotedReply;
import io.github.smtpstatus.ReplyFinding;
import io.github.smtpstatus.SmtpCommand;
import io.github.smtpstatus.SmtpReplies;
import io.github.smtpstatus.StatusCode;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The examples of README.md's section "Replies and log lines as MTAs write them", statement by statement. */
class RepliesAndLogsReadmeTest {

  @Test
  void quotedReplies() {
    QuotedReply quoted = QuotedReply.parse("550-5.7.1 [192.0.2.1] Our system has detected that this message is"
        + " 550-5.7.1 likely unsolicited mail. 550 5.7.1 Please visit https://support.google.com/mail/ - gsmtp");

    assertThat(quoted.reply().lines()).hasSize(3);
    assertThat(quoted.repairs()).extracting(ReplyFinding::toString)
        .singleElement().asString().startsWith("FLATTENED: the lines of a multi-line reply were joined");
    assertThat(QuotedReply.parse("554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection"
        + " timed out>").innermost().enhancedCode()).contains(StatusCode.parse("4.4.2"));
    assertThat(QuotedReply.tryParse("  550 5.1.1 x", Set.of())).isEmpty();
  }

  @Test
  void repliesInProse() {
    assertThat(SmtpReplies.findAll("host mx.example.net[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO"
        + " command)").get(0).command()).contains(SmtpCommand.RCPT);
  }

  @Test
  void logLines() {
    assertThat(MailLogReader.read("Mar  1 12:00:00 mx1 postfix/smtp[4242]: 2D3C41234: to=<bob@example.net>,"
        + " relay=mx.example.net[192.0.2.1]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=5.1.1, status=bounced"
        + " (host mx.example.net[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command))")
        .map(MailLogEntry::outcome)).contains(Outcome.BOUNCED);
  }
}
