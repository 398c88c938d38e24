package io.github.smtpstatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The API example of README.md, statement by statement, so that the README cannot drift from the code. */
class ReadmeExamplesTest {

  @Test
  void oneCode() {
    StatusCode code = StatusCode.parse("5.1.1");

    assertThat(code.isPermanent()).isTrue();
    assertThat(code.registered()).contains(EnhancedStatusCode.BAD_DESTINATION_MAILBOX_ADDRESS);
    assertThat(StatusCode.parse("5.1.1")).isSameAs(code);
    assertThat(StatusCode.parse("5.7.606").meaning())
        .hasToString("5.7.606: Other or undefined security status (subject X.7.0, detail 606 unregistered)");
    assertThat(StatusCode.tryParse("5.01.1")).isEmpty();
    assertThatThrownBy(() -> StatusCode.parse("5.01.1"))
        .isInstanceOf(StatusCodeFormatException.class)
        .hasMessage("Invalid status code \"5.01.1\": leading zero in subject at index 2");
  }

  @Test
  void aWholeReply() {
    SmtpReply reply = SmtpReply.parse("452-4.2.2 The recipient's inbox is out of storage space.\r\n"
        + "452 4.2.2 Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp");

    assertThat(reply.code()).isEqualTo(452);
    assertThat(reply.enhancedCode()).contains(StatusCode.parse("4.2.2"));
    assertThat(reply.text()).startsWith("The recipient's inbox is out of storage space. Please direct ");
    assertThat(reply.findings()).extracting(ReplyFinding::toString).containsExactly(
        "REPLY_CODE_NOT_ASSOCIATED: the IANA registry associates X.2.2 with reply codes 552, not 452");
  }

  @Test
  void dsnFields() {
    assertThat(DeliveryStatus.parseStatus("5.1.1 (bad destination mailbox address)").code())
        .isEqualTo(StatusCode.parse("5.1.1"));
    assertThat(DeliveryStatus.parseDiagnosticCode("smtp; 550 5.1.1 <nobody@example.com>: User unknown")
        .smtpReply().flatMap(SmtpReply::enhancedCode)).contains(StatusCode.parse("5.1.1"));
  }

  @Test
  void codesInFreeText() {
    assertThat(StatusCodes.findAll(
        "dsn=5.1.1, status=bounced (host mx.example.com[203.0.113.5] said: 550 5.1.1 unknown)"))
        .extracting(StatusCode::toString).containsExactly("5.1.1", "5.1.1");
  }

  @Test
  void generatedTypes() {
    EnhancedStatusCode code = EnhancedStatusCode.MAILBOX_FULL;

    assertThat(code.code()).isEqualTo("X.2.2");
    assertThat(code.code(StatusClass.PERSISTENT_TRANSIENT_FAILURE)).isEqualTo("4.2.2");
    assertThat(code.associatedReplyCodes().permits(552)).isTrue();
    assertThat(EnhancedStatusCode.find(1, 1)).contains(EnhancedStatusCode.BAD_DESTINATION_MAILBOX_ADDRESS);
    assertThat(EnhancedStatusCode.find(7, 606)).isEmpty();
  }
}
