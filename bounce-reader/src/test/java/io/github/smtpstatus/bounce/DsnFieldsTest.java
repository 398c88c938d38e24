package io.github.smtpstatus.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The groups of a delivery status report, and the repairs of damaged ones. */
class DsnFieldsTest {

  private final List<BounceFinding> findings = new ArrayList<>();

  private DsnFields.Report parse(String text) {
    return DsnFields.parse(text, findings);
  }

  @Test
  void perMessageGroupThenOneGroupPerRecipient() {
    DsnFields.Report report = parse("Reporting-MTA: dns; mx.example.net\nArrival-Date: Tue, 1 Dec 2026\n\n"
        + "Final-Recipient: rfc822; a@example.org\nStatus: 5.1.1\n\nFinal-Recipient: rfc822; b@example.org\n"
        + "Status: 4.2.2\n");

    assertThat(report.perMessage().get("reporting-mta")).isEqualTo("dns; mx.example.net");
    assertThat(report.recipients()).extracting(group -> group.get("final-recipient"))
        .containsExactly("rfc822; a@example.org", "rfc822; b@example.org");
    assertThat(findings).isEmpty();
  }

  @Test
  void foldedLinesAreJoinedKeepingTheirWhiteSpace() {
    DsnFields.Report report = parse("Reporting-MTA: dns; mx\n\nFinal-Recipient: rfc822; a@example.org\n"
        + "Diagnostic-Code: smtp; 550 first\n\tsecond\r\n  third\n");

    assertThat(report.recipients().get(0).get("diagnostic-code")).isEqualTo("smtp; 550 first\tsecond  third");
  }

  @Test
  void fieldNamesAreCaseInsensitiveAndMayHaveSpaceBeforeTheColon() {
    DsnFields.Report report = parse("reporting-mta : dns; mx\n\nFINAL-RECIPIENT:rfc822;a@example.org\n");

    assertThat(report.perMessage().get("reporting-mta")).isEqualTo("dns; mx");
    assertThat(report.recipients().get(0).get("final-recipient")).isEqualTo("rfc822;a@example.org");
  }

  @Test
  void postfixOrderFinalThenOriginalRecipientIsOneGroup() {
    DsnFields.Report report = parse("Reporting-MTA: dns; mx\n\nFinal-Recipient: rfc822; a@example.org\n"
        + "Original-Recipient: rfc822;a@example.org\nAction: failed\nStatus: 5.0.0\n");

    assertThat(report.recipients()).hasSize(1);
    assertThat(findings).isEmpty();
  }

  @Test
  void actionBeforeTheRecipientFieldsStaysInTheGroup() {
    DsnFields.Report report = parse("Reporting-MTA: dns; mx\n\nAction: failed\nFinal-Recipient: rfc822; a@example.org\n"
        + "Original-Recipient: rfc822; a@example.org\nStatus: 5.1.1\n");

    assertThat(report.recipients()).singleElement().satisfies(group -> assertThat(group.get("action")).isEqualTo("failed"));
  }

  @Test
  void aSecondFinalRecipientWithoutABlankLineStartsAnotherGroup() {
    DsnFields.Report report = parse("Reporting-MTA: dns; mx\n\nFinal-Recipient: rfc822; a@example.org\nStatus: 5.1.1\n"
        + "Final-Recipient: rfc822; b@example.org\nStatus: 5.2.2\n");

    assertThat(report.recipients()).extracting(group -> group.get("status")).containsExactly("5.1.1", "5.2.2");
    assertThat(findings).extracting(BounceFinding::toString).containsExactly("MISSING_GROUP_SEPARATOR: no blank line"
        + " before the Final-Recipient field at line 5 of the delivery status; read as the start of another group");
  }

  @Test
  void anOriginalRecipientAfterACompleteRecipientStartsAnotherGroup() {
    DsnFields.Report report = parse("Reporting-MTA: dns; mx\n\nFinal-Recipient: rfc822; a@example.org\nStatus: 5.1.1\n"
        + "Original-Recipient: rfc822; b@example.org\nFinal-Recipient: rfc822; b@example.org\nStatus: 5.2.2\n");

    assertThat(report.recipients()).extracting(group -> group.get("original-recipient"))
        .containsExactly(null, "rfc822; b@example.org");
  }

  @Test
  void recipientFieldsRightAfterThePerMessageFieldsStartTheFirstRecipient() {
    DsnFields.Report report = parse("Reporting-MTA: dns; mx\nFinal-Recipient: rfc822; a@example.org\nStatus: 5.1.1\n");

    assertThat(report.perMessage().get("reporting-mta")).isEqualTo("dns; mx");
    assertThat(report.recipients()).singleElement()
        .satisfies(group -> assertThat(group.get("final-recipient")).isEqualTo("rfc822; a@example.org"));
    assertThat(findings).extracting(BounceFinding::kind).containsExactly(BounceFinding.Kind.MISSING_GROUP_SEPARATOR);
  }

  @Test
  void anUnindentedContinuationJoinsTheFieldBeforeIt() {
    DsnFields.Report report = parse("Reporting-MTA: dns; mx\n\nFinal-Recipient: rfc822; a@example.org\n"
        + "Diagnostic-Code: smtp; 550 5.1.1 Recipient address\nrejected: User unknown\nin virtual table\nStatus: 5.1.1\n");

    assertThat(report.recipients().get(0).get("diagnostic-code"))
        .isEqualTo("smtp; 550 5.1.1 Recipient address rejected: User unknown in virtual table");
    assertThat(report.recipients().get(0).get("status")).isEqualTo("5.1.1");
    assertThat(findings).extracting(BounceFinding::toString).containsExactly("UNINDENTED_CONTINUATION: line 5 of the"
        + " delivery status neither starts a field nor is indented; read as a continuation of the Diagnostic-Code field");
  }

  @Test
  void aGroupWithoutRecipientAfterARecipientIsJoinedToIt() {
    DsnFields.Report report = parse("Reporting-MTA: dns; mx\n\nFinal-Recipient: rfc822; a@example.org\nStatus: 4.2.2\n\n"
        + "Diagnostic-Code: smtp; 452 4.2.2 Mailbox full\n");

    assertThat(report.recipients()).singleElement()
        .satisfies(group -> assertThat(group.get("diagnostic-code")).isEqualTo("smtp; 452 4.2.2 Mailbox full"));
    assertThat(findings).extracting(BounceFinding::kind).containsExactly(BounceFinding.Kind.STRAY_GROUP_SEPARATOR);
  }

  @Test
  void extensionFieldsAreFieldsNotContinuations() {
    DsnFields.Report report = parse("Reporting-MTA: dns; mx\nX-Postfix-Queue-ID: 4F2A\nX-Postfix-Sender: rfc822; s@example.com\n");

    assertThat(report.perMessage().get("x-postfix-queue-id")).isEqualTo("4F2A");
    assertThat(findings).isEmpty();
  }

  @Test
  void textBeforeAnyFieldIsIgnored() {
    DsnFields.Report report = parse("this is not a field\nReporting-MTA: dns; mx\n");

    assertThat(report.perMessage().fields).extracting(DsnFields.Field::name).containsExactly("reporting-mta");
  }

  @Test
  void fieldNamesAreWrittenAsRfc3464WritesThem() {
    assertThat(DsnFields.display("final-recipient")).isEqualTo("Final-Recipient");
    assertThat(DsnFields.display("remote-mta")).isEqualTo("Remote-MTA");
    assertThat(DsnFields.display("dsn-gateway")).isEqualTo("DSN-Gateway");
    assertThat(DsnFields.display("final-log-id")).isEqualTo("Final-Log-ID");
  }
}
