package io.github.smtpstatus.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeerTest {

  /** Postfix's {@code relay=} and reject-line clients: {@code host[address]:port}, each part optional. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      mx.example.net[192.0.2.1]:25             | mx.example.net | 192.0.2.1               | 25
      mx.example.net[192.0.2.1]:65535          | mx.example.net | 192.0.2.1               | 65535
      mail.example.net[private/dovecot-lmtp]   | mail.example.net | private/dovecot-lmtp  |
      mx.example.net[2001:db8::25]:25          | mx.example.net | 2001:db8::25            | 25
      unknown[192.0.2.9]                       | unknown        | 192.0.2.9               |
      [192.0.2.1]:25                           |                | 192.0.2.1               | 25
      [192.0.2.1]                              |                | 192.0.2.1               |
      local                                    | local          |                         |
      mx.example.net[192.0.2.1]:               | mx.example.net | 192.0.2.1               |
      """)
  void postfixRelaysGiveHostAddressAndPort(String value, String host, String address, Integer port) {
    Peer peer = Peer.postfix(value);

    assertThat(peer.host().orElse(null)).isEqualTo(host);
    assertThat(peer.address().orElse(null)).isEqualTo(address);
    assertThat(peer.port()).isEqualTo(port == null ? OptionalInt.empty() : OptionalInt.of(port));
  }

  @Test
  void postfixWritesNoneForNoRelay() {
    assertThat(Peer.postfix("none")).isNull();
    assertThat(Peer.postfix("")).isNull();
  }

  /** Exim's {@code H=} and the HELO name in parentheses, which is not the host. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      mx.example.net [192.0.2.1]:25                 | mx.example.net | 192.0.2.1    | 25
      mx.example.net [2001:db8::25]:25              | mx.example.net | 2001:db8::25 | 25
      [192.0.2.1]                                   |                | 192.0.2.1    |
      (helo.example) [192.0.2.9]:41000              |                | 192.0.2.9    | 41000
      client.example (helo.example) [192.0.2.9]     | client.example | 192.0.2.9    |
      mx.example.net [192.0.2.1]*                   | mx.example.net | 192.0.2.1    |
      ~ [192.0.2.1]~                                |                | 192.0.2.1    |
      ~mx.example.net  [192.0.2.1]~                 | mx.example.net | 192.0.2.1    |
      mx.example.net                                | mx.example.net |              |
      """)
  void eximHostsGiveHostAddressAndPort(String value, String host, String address, Integer port) {
    Peer peer = Peer.exim(value);

    assertThat(peer.host().orElse(null)).isEqualTo(host);
    assertThat(peer.address().orElse(null)).isEqualTo(address);
    assertThat(peer.port()).isEqualTo(port == null ? OptionalInt.empty() : OptionalInt.of(port));
  }

  @Test
  void anEximHeloNameAloneIsNoPeer() {
    assertThat(Peer.exim("(helo.example)")).isNull();
  }

  /** Sendmail's {@code relay=}: {@code host. [address]}, maybe followed by {@code (may be forged)}. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      mx.example.net. [192.0.2.1]                  | mx.example.net. | 192.0.2.1
      client.example [192.0.2.9] (may be forged)   | client.example  | 192.0.2.9
      [192.0.2.1]                                  |                 | 192.0.2.1
      [192.0.2.1] [192.0.2.1]                      |                 | 192.0.2.1
      [IPv6:2001:db8::1]                           |                 | IPv6:2001:db8::1
      mx.example.net                               | mx.example.net  |
      localhost (may be forged)                    | localhost       |
      """)
  void sendmailRelaysGiveHostAndAddress(String value, String host, String address) {
    Peer peer = Peer.sendmail(value);

    assertThat(peer.host().orElse(null)).isEqualTo(host);
    assertThat(peer.address().orElse(null)).isEqualTo(address);
    assertThat(peer.port()).isEmpty();
  }

  @Test
  void anEmptySendmailRelayIsNoPeer() {
    assertThat(Peer.sendmail(" ")).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      mx.example.net[192.0.2.1]:25   | mx.example.net[192.0.2.1]:25
      [192.0.2.1]:25                 | [192.0.2.1]:25
      mx.example.net                 | mx.example.net
      mx.example.net[192.0.2.1]      | mx.example.net[192.0.2.1]
      """)
  void toStringIsPostfixsForm(String value, String written) {
    assertThat(Peer.postfix(value)).hasToString(written);
  }

  @Test
  void peersAreEqualWhenHostAddressAndPortAre() {
    Peer peer = new Peer("mx.example.net", "192.0.2.1", 25);

    assertThat(peer).isEqualTo(new Peer("mx.example.net", "192.0.2.1", 25))
        .hasSameHashCodeAs(new Peer("mx.example.net", "192.0.2.1", 25))
        .isNotEqualTo(new Peer("mx.example.org", "192.0.2.1", 25))
        .isNotEqualTo(new Peer("mx.example.net", "192.0.2.2", 25))
        .isNotEqualTo(new Peer("mx.example.net", "192.0.2.1", 587))
        .isNotEqualTo("mx.example.net[192.0.2.1]:25");
    assertThat(peer.hashCode()).isNotEqualTo(new Peer("mx.example.net", "192.0.2.1", 587).hashCode());
  }
}
