package io.github.smtpstatus.log;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LogPrefixTest {

  private static final String MESSAGE = "2D3C41234: to=<bob@example.net>, relay=local, delay=0, delays=0/0/0/0,"
      + " dsn=2.0.0, status=sent (delivered to mailbox)";

  /** Each syslog form the reader documents: the prefix, then time stamp, host, tag and process id as written. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      ~Mar  1 12:00:00 mx1 postfix/local[77]: ~                                | Mar  1 12:00:00                  | mx1              | postfix/local            | 77
      ~Mar 01 12:00:00 mx1 postfix/local[77]: ~                                | Mar 01 12:00:00                  | mx1              | postfix/local            | 77
      ~Dec 31 23:59:59.123456 mx1 postfix/local[77]: ~                         | Dec 31 23:59:59.123456           | mx1              | postfix/local            | 77
      ~<22>Mar  1 12:00:00 mx1 postfix/local[77]: ~                            | Mar  1 12:00:00                  | mx1              | postfix/local            | 77
      ~2024-03-01T12:00:00.123456+01:00 mx1 postfix/local[77]: ~               | 2024-03-01T12:00:00.123456+01:00 | mx1              | postfix/local            | 77
      ~2024-03-01T12:00:00+0100 mx1 postfix/local[77]: ~                       | 2024-03-01T12:00:00+0100         | mx1              | postfix/local            | 77
      ~2024-03-01T11:00:00Z mx1 postfix-out/local[77]: ~                       | 2024-03-01T11:00:00Z             | mx1              | postfix-out/local        | 77
      ~<22>1 2024-03-01T12:00:00.003Z mail.example.com postfix/local 77 - - ~  | 2024-03-01T12:00:00.003Z         | mail.example.com | postfix/local            | 77
      ~<22>1 2024-03-01T12:00:00Z mx1 postfix/local 77 ID47 [a@1 k="v\\]"] ~   | 2024-03-01T12:00:00Z             | mx1              | postfix/local            | 77
      ~Mar  1 12:00:00 mx1 postfix/submission/local: ~                         | Mar  1 12:00:00                  | mx1              | postfix/submission/local |
      """)
  void readsEachPrefixFormAsWritten(String prefix, String timestamp, String host, String process, String pid) {
    MailLogEntry entry = MailLogReader.read(prefix + MESSAGE).orElseThrow();

    assertThat(entry.timestamp()).hasValue(timestamp);
    assertThat(entry.host()).hasValue(host);
    assertThat(entry.process()).hasValue(process);
    assertThat(entry.pid().orElse(null)).isEqualTo(pid);
    assertThat(entry.queueId()).hasValue("2D3C41234");
  }

  /** A line without a prefix is its message alone; a broken prefix is not skipped, so the line is no entry. */
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      ~~                                          | true  |
      ~<22>~                                      | true  |
      ~2024-03-01 12:00:00 ~                      | true  | 2024-03-01 12:00:00
      ~Mar  1 12:00 mx1 postfix/local[77]: ~      | false |
      ~Mar  1 12:00:00 ~                          | false |
      ~Mar  1 12:00:00 mx1 postfix/local[77 ~     | false |
      """)
  void aMissingPrefixLeavesTheMessageAndABrokenOneNoEntry(String prefix, boolean read, String timestamp) {
    var entry = MailLogReader.read(prefix + MESSAGE);

    assertThat(entry.isPresent()).isEqualTo(read);
    entry.ifPresent(e -> {
      assertThat(e.timestamp().orElse(null)).isEqualTo(timestamp);
      assertThat(e.host()).isEmpty();
      assertThat(e.process()).isEmpty();
    });
  }
}
