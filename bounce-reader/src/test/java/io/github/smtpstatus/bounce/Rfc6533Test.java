package io.github.smtpstatus.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * RFC 6533: the {@code utf-8} address type, {@code message/global-delivery-status} (UTF-8 throughout)
 * and {@code message/global-headers}.
 */
class Rfc6533Test {

  @Test
  void globalDeliveryStatusIsReadAsUtf8() {
    Bounce bounce = Fixtures.read("rfc6533-global.eml");

    assertThat(bounce.kind()).isEqualTo(BounceKind.GLOBAL_DELIVERY_STATUS_NOTIFICATION);
    assertThat(bounce.originalEnvelopeId()).contains("envid-7734");
    assertThat(bounce.arrivalDate()).contains("Tue, 1 Dec 2026 10:00:00 +0000");
    assertThat(bounce.recipients()).singleElement().satisfies(recipient -> {
      assertThat(recipient.recipient()).isEqualTo("jürgen@bücher.example");
      assertThat(recipient.addressType()).isEqualTo("utf-8");
      assertThat(recipient.originalRecipient()).contains("jürgen@bücher.example");
      assertThat(recipient.remoteMta()).contains("mx.bücher.example");
      assertThat(recipient.diagnosticText()).isEqualTo("550 5.1.1 Postfach unbekannt: jürgen");
      assertThat(recipient.status()).hasToString("Optional[5.1.1]");
    });
    assertThat(bounce.findings()).isEmpty();
  }

  @Test
  void globalHeadersGiveTheReturnedMessagesUtf8Header() {
    OriginalMessage original = Fixtures.read("rfc6533-global.eml").original().orElseThrow();

    assertThat(original.source()).isEqualTo(OriginalMessage.Source.HEADERS);
    assertThat(original.from()).contains("Søren <sender@example.com>");
    assertThat(original.subject()).contains("Grüße aus Köln");
    assertThat(original.messageId()).contains("<global-1@example.com>");
  }

  @Test
  void utf8AddressEscapedInAnAsciiReportReadsAsTheSameAddress() {
    Bounce bounce = Fixtures.read("rfc6533-xtext.eml");

    assertThat(bounce.kind()).isEqualTo(BounceKind.DELIVERY_STATUS_NOTIFICATION);
    assertThat(bounce.recipients()).singleElement().satisfies(recipient -> {
      assertThat(recipient.recipient()).isEqualTo("jürgen@bücher.example");
      assertThat(recipient.originalRecipient()).contains("jürgen@bücher.example");
      assertThat(recipient.status()).hasToString("Optional[5.6.7]");
    });
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "j\\x{FC}rgen@example.de            | jürgen@example.de",
      "\\x{7528}\\x{6237}@example.cn      | 用户@example.cn",
      "\\x{1F600}@example.org             | \uD83D\uDE00@example.org",
      "plain@example.org                  | plain@example.org",
      "bad\\x{}@example.org               | bad\\x{}@example.org",
      "bad\\x{D800}@example.org           | bad\\x{D800}@example.org",
      "bad\\x{110000}@example.org         | bad\\x{110000}@example.org",
      "open\\x{FC@example.org             | open\\x{FC@example.org"})
  void embeddedUnicodeCharactersAreDecodedAndMalformedOnesKept(String written, String read) {
    assertThat(Utf8Address.decode(written)).isEqualTo(read);
  }
}
