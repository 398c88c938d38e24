package io.github.smtpstatus.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Damaged messages read as far as their content allows, each repair a finding. */
class DamagedMessagesTest {

  @Test
  void boundaryParameterMatchingNoDelimiterIsRepairedFromTheBody() {
    Bounce bounce = Fixtures.read("damaged-boundary.eml");

    assertThat(bounce.kind()).isEqualTo(BounceKind.DELIVERY_STATUS_NOTIFICATION);
    assertThat(bounce.recipients()).extracting(RecipientResult::toString)
        .containsExactly("lost@example.org: failed 5.1.2 (STATUS_FIELD) 550 Host unknown");
    assertThat(bounce.findings()).extracting(BounceFinding::toString).containsExactly("BOUNDARY_MISMATCH: the"
        + " multipart/report part has the boundary parameter \"declared-boundary\", which matches no delimiter line;"
        + " its parts were read at the delimiter lines --actual-boundary");
  }

  @Test
  void missingBoundaryParameterIsRepairedFromTheBody() {
    String message = new String(Fixtures.bytes("damaged-boundary.eml"), java.nio.charset.StandardCharsets.US_ASCII)
        .replace("; boundary=\"declared-boundary\"", "");

    Bounce bounce = Fixtures.readText(message);

    assertThat(bounce.recipients()).extracting(RecipientResult::recipient).containsExactly("lost@example.org");
    assertThat(bounce.findings()).extracting(BounceFinding::message).containsExactly("the multipart/report part has"
        + " no boundary parameter; its parts were read at the delimiter lines --actual-boundary");
  }

  @Test
  void indentedDelimiterLineIsReadAsADelimiter() {
    Bounce bounce = Fixtures.read("damaged-indented.eml");

    assertThat(bounce.kind()).isEqualTo(BounceKind.DELIVERY_STATUS_NOTIFICATION);
    assertThat(bounce.recipients()).extracting(RecipientResult::toString)
        .containsExactly("lost@example.org: failed 5.1.1 (STATUS_FIELD)");
    assertThat(bounce.findings()).extracting(BounceFinding::kind).containsExactly(BounceFinding.Kind.INDENTED_DELIMITER);
  }

  @Test
  void recipientGroupsWithoutSeparatorsAndUnindentedContinuationsAreRepaired() {
    Bounce bounce = Fixtures.read("damaged-groups.eml");

    assertThat(bounce.recipients()).extracting(RecipientResult::toString).containsExactly(
        "one@example.org: failed 5.1.1 (STATUS_FIELD) 550 <one@example.org>: Recipient address rejected: User unknown"
            + " in virtual mailbox table",
        "two@example.org: delayed 4.2.2 (STATUS_FIELD) 452 Mailbox full");
    assertThat(bounce.findings()).extracting(BounceFinding::kind).containsExactly(
        BounceFinding.Kind.MISSING_GROUP_SEPARATOR, BounceFinding.Kind.UNINDENTED_CONTINUATION,
        BounceFinding.Kind.MISSING_GROUP_SEPARATOR, BounceFinding.Kind.STRAY_GROUP_SEPARATOR);
  }

  /**
   * RFC 2046 section 5.1.1: a delimiter line is the boundary followed only by white space, so
   * {@code --b-not-7} is text. Thousands of such lines put one at the end of some mime4j buffer fill,
   * where mime4j 0.8.14 took it for a delimiter and lost the rest of the part (see LineAlignedInput).
   */
  @Test
  void lineThatOnlyStartsLikeTheDelimiterNeverEndsThePart() {
    StringBuilder message = new StringBuilder("From: MAILER-DAEMON@mx.example.net\nSubject: Undelivered Mail\n"
        + "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b\"\n\n--b\nContent-Type: text/plain\n\n");
    for (int i = 0; i < 20_000; i++) {
      message.append("--b-not-").append(i).append('\n');
    }
    message.append("<last@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 User unknown\n--b--\n");

    Bounce bounce = Fixtures.readText(message.toString());

    assertThat(bounce.recipients()).extracting(RecipientResult::toString)
        .containsExactly("last@example.org: - 5.1.1 (PROSE) 550 User unknown");
  }

  @Test
  void eightBitHeaderAndWrongOrUnknownCharsetsAreReadAndReported() {
    Bounce bounce = Fixtures.read("damaged-8bit.eml");

    assertThat(bounce.findings()).extracting(BounceFinding::toString).containsExactly(
        "EIGHT_BIT_HEADER: the Subject header holds 8-bit octets that are not UTF-8; read as windows-1252",
        "CHARSET_REPAIRED: the text/plain part holds 8-bit octets but its octets are not valid US-ASCII; read as UTF-8",
        "CHARSET_REPAIRED: the text/plain part holds 8-bit octets but its charset \"x-unknown-charset\" is unknown;"
            + " read as windows-1252");
    assertThat(bounce.recipients()).extracting(RecipientResult::toString)
        .containsExactly("müller@example.org: - 5.1.1 (PROSE) 550 Benutzer unbekannt");
  }

  @Test
  void multipartWithoutAnyDelimiterIsReadAsTextWithItsInlineReport() {
    String message = "From: MAILER-DAEMON@mx.example.net\nSubject: Returned mail\nMIME-Version: 1.0\n"
        + "Content-Type: multipart/report; boundary=\"never-used\"\n\n"
        + "Your message could not be delivered to <a@example.org>.\n\n"
        + "Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; a@example.org\nAction: failed\n"
        + "Status: 5.0.0\nDiagnostic-Code: smtp; 550 5.7.1 550 Rejected: a@example.org\n\n"
        + "Return-path: sender@example.com\nReceived: from x by y\nSubject: Hello\nMessage-ID: <m@example.com>\n\nbody\n";

    Bounce bounce = Fixtures.readText(message);

    assertThat(bounce.kind()).isEqualTo(BounceKind.DELIVERY_STATUS_NOTIFICATION);
    assertThat(bounce.recipients()).extracting(RecipientResult::toString)
        .containsExactly("a@example.org: failed 5.7.1 (DIAGNOSTIC_REPLY) 550 Rejected: a@example.org");
    // PMDF writes its own code, then the remote reply: "550 5.7.1 550 Rejected": the inner reply is the remote's.
    assertThat(bounce.recipients().get(0).candidates()).extracting(StatusCandidate::evidence)
        .containsExactly(Evidence.STATUS_FIELD, Evidence.DIAGNOSTIC_REPLY, Evidence.NESTED_REPLY);
    assertThat(bounce.original()).map(original -> original.messageId().orElseThrow()).contains("<m@example.com>");
    assertThat(bounce.findings()).extracting(BounceFinding::kind)
        .containsExactly(BounceFinding.Kind.BOUNDARY_MISMATCH, BounceFinding.Kind.INLINE_REPORT);
  }

  @Test
  void messageWithoutContentTypeWhoseBodyIsMimePartsIsReadAsMultipart() {
    Bounce bounce = Fixtures.read("headerless-mime.eml");

    assertThat(bounce.kind()).isEqualTo(BounceKind.DELIVERY_STATUS_NOTIFICATION);
    assertThat(bounce.recipients()).extracting(RecipientResult::toString)
        .containsExactly("cron@box.example.jp: failed 4.4.7 (STATUS_FIELD)");
    assertThat(bounce.findings()).extracting(BounceFinding::message).containsExactly("the message has no Content-Type"
        + " but its body is MIME parts delimited by --hdrless.1/box.example.jp; read as multipart/mixed");
  }

  @Test
  void malformedStatusIsReadLeniently() {
    String message = "From: MAILER-DAEMON@mx.example.net\nMIME-Version: 1.0\n"
        + "Content-Type: multipart/report; boundary=\"b\"\n\n--b\nContent-Type: message/delivery-status\n\n"
        + "Reporting-MTA: dns; mx\n\nFinal-Recipient: rfc822; a@example.org\nAction: bounced\nStatus: #5.1.1\n\n--b--\n";

    RecipientResult recipient = Fixtures.readText(message)
        .recipients().get(0);

    assertThat(recipient.status()).hasToString("Optional[5.1.1]");
    assertThat(recipient.action()).isEmpty();
    assertThat(recipient.findings()).extracting(BounceFinding::toString).containsExactly(
        "MALFORMED_FIELD: the Action field \"bounced\" is none of failed, delayed, delivered, relayed, expanded",
        "MALFORMED_FIELD: Invalid Status field \"#5.1.1\": expected the class digit 2, 4 or 5, found '#' at line 1,"
            + " index 0;"
            + " read as 5.1.1");
  }
}
