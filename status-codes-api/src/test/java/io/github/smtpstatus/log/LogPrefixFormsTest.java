package io.github.smtpstatus.log;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The edges of each prefix form of RFC 3164, RFC 5424, ISO 8601 (rsyslog's high-precision stamps) and Exim. */
class LogPrefixFormsTest {

  private static final String POSTFIX = "2D3C41234: to=<bob@example.net>, relay=local, delay=0, delays=0/0/0/0,"
      + " dsn=2.0.0, status=sent (delivered to mailbox)";

  private static final String EXIM = "1rAbCd-0001Xy-Zq => bob@example.net R=dnslookup T=remote_smtp"
      + " H=mx.example.net [192.0.2.1]";

  /** Prefixes that are read, with the time stamp, host, tag and process id as written. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      ~Apr  1 12:00:00 mx1 postfix/local[77]: ~                          | Apr  1 12:00:00               | mx1  | postfix/local | 77
      ~Aug 31 00:00:00 mx1 postfix/local[77]: ~                          | Aug 31 00:00:00               | mx1  | postfix/local | 77
      ~Mar 1 12:00:00 mx1 postfix/local[77]: ~                           | Mar 1 12:00:00                | mx1  | postfix/local | 77
      ~Mar  1 12:00:00 mx1 postfix/local[12345678901234567890]: ~        | Mar  1 12:00:00               | mx1  | postfix/local | 12345678901234567890
      ~2024-03-01T12:00:00-05:00 mx1 postfix/local[77]: ~                | 2024-03-01T12:00:00-05:00     | mx1  | postfix/local | 77
      ~2024-03-01T12:00:00,123Z mx1 postfix/local[77]: ~                 | 2024-03-01T12:00:00,123Z      | mx1  | postfix/local | 77
      ~2024-03-01T12:00:00 mx1 postfix/local[77]: ~                      | 2024-03-01T12:00:00           | mx1  | postfix/local | 77
      ~2024-03-01T12:00:00.123456789Z mx1 postfix/local[77]: ~           | 2024-03-01T12:00:00.123456789Z | mx1 | postfix/local | 77
      ~<22>1 2024-03-01T12:00:00Z mx1 postfix/local - - - ~              | 2024-03-01T12:00:00Z          | mx1  | postfix/local |
      ~<22>1 2024-03-01T12:00:00Z - postfix/local 77 - - ~               | 2024-03-01T12:00:00Z          |      | postfix/local | 77
      ~<22>1 - mx1 postfix/local 77 - - ~                                |                               | mx1  | postfix/local | 77
      ~<22>1 2024-03-01T12:00:00Z mx1 postfix/local 77 - [a@1 x="1"][b@2 y="2"] ~ | 2024-03-01T12:00:00Z | mx1  | postfix/local | 77
      ~<22>1 2024-03-01T12:00:00Z mx1 postfix/local 77 - -\uFEFF~        | 2024-03-01T12:00:00Z          | mx1  | postfix/local | 77
      ~<22>1 2024-03-01T12:00:00Z mx1 postfix/local 77 - - \uFEFF~       | 2024-03-01T12:00:00Z          | mx1  | postfix/local | 77
      """)
  void readsTheEdgesOfEachForm(String prefix, String timestamp, String host, String process, String pid) {
    MailLogEntry entry = MailLogReader.read(prefix + POSTFIX).orElseThrow();

    assertThat(entry.timestamp().orElse(null)).isEqualTo(timestamp);
    assertThat(entry.host().orElse(null)).isEqualTo(host);
    assertThat(entry.process()).hasValue(process);
    assertThat(entry.pid().orElse(null)).isEqualTo(pid);
    assertThat(entry.queueId()).hasValue("2D3C41234");
  }

  /** A prefix that is almost one of the forms is not skipped, so the line gives no entry. */
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      ~1ar  1 12:00:00 mx1 postfix/local[77]: ~
      ~Mar  1 12:00:00 mx1 postfix/local[123456789012345678901]: ~
      ~2024-03-01T12:00:00+1:00 mx1 postfix/local[77]: ~
      ~2024-03-01T12:00:00+01:0 mx1 postfix/local[77]: ~
      ~2024-03-01T12:00:00+01 mx1 postfix/local[77]: ~
      ~2024-03-01T12:00:00Zmx1 postfix/local[77]: ~
      ~2024-03-01 12:00 mx1 postfix/local[77]: ~
      ~<>Mar  1 12:00:00 mx1 postfix/local[77]: ~
      ~<22>1 2024-03-01T12:00:00Z mx1 postfix/local 77 - [a@1 x="1" ~
      ~<22>1 2024-03-01T12:00:00Z mx1 postfix/local 77 - x ~
      """)
  void anAlmostPrefixGivesNoEntry(String prefix) {
    assertThat(MailLogReader.read(prefix + POSTFIX)).isEmpty();
  }

  /** Exim's own time stamp: with or without a fraction, a time zone ({@code log_timezone}) and a process id. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      ~2024-03-01 12:00:00 ~                  | 2024-03-01 12:00:00           |
      ~2024-03-01 12:00:00 -0500 ~            | 2024-03-01 12:00:00 -0500     |
      ~2024-03-01 12:00:00.123 +0100 ~        | 2024-03-01 12:00:00.123 +0100 |
      ~2024-03-01 12:00:00 [4711] ~           | 2024-03-01 12:00:00           | 4711
      ~2024-03-01 12:00:00 -0500 [4711] ~     | 2024-03-01 12:00:00 -0500     | 4711
      """)
  void readsEximsOwnTimeStamp(String prefix, String timestamp, String pid) {
    MailLogEntry entry = MailLogReader.read(prefix + EXIM).orElseThrow();

    assertThat(entry.timestamp()).hasValue(timestamp);
    assertThat(entry.pid().orElse(null)).isEqualTo(pid);
    assertThat(entry.queueId()).hasValue("1rAbCd-0001Xy-Zq");
  }

  /** A time zone or process id that is not quite one is not part of the prefix, and then no id follows it. */
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      ~2024-03-01 12:00:00 +05 ~
      ~2024-03-01 12:00:00 +05000 ~
      ~2024-03-01 12:00:00 [] ~
      ~2024-03-01 12:00:00 [47x] ~
      ~2024-03-01 12:00:00x ~
      ~2024-03-01x12:00:00 ~
      """)
  void anAlmostEximPrefixGivesNoEntry(String prefix) {
    assertThat(MailLogReader.read(prefix + EXIM)).isEmpty();
  }

  /** Lines cut short inside a prefix are no entries (and nothing reads past their end). */
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      ~<22~
      ~<22>1 2024-03-01T12:00:00Z mx1~
      ~Mar  1 12:00:00 mx1~
      ~Mar  1 12:00:00 mx1 postfix/local~
      ~Mar  1 12:00:00 mx1 postfix/local[77~
      ~2024-03-01T12:00:00+01:00~
      ~2024-03-01 12:00:00 +0100~
      ~2024-03-01 12:00:00 [4711~
      ~2024-03-01 12:00:00 1rAbCd-0001Xy-Zq~
      """)
  void aLineCutInsideItsPrefixGivesNoEntry(String line) {
    assertThat(MailLogReader.read(line)).isEmpty();
  }
}
