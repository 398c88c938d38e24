package io.github.smtpstatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The boundary rule of {@link StatusCodes}, as a table of real-looking text. */
class StatusCodesTest {

  @ParameterizedTest(name = "[{index}] {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      dsn=5.1.1, status=bounced                                                                    | 5.1.1         | Postfix dsn field
      ~Nov 28 10:01:02 mx1 postfix/smtp[12345]: 4Xc9Kd1b2Hz9vNP: to=<nobody@example.com>, relay=mx.example.com[203.0.113.5]:25, delay=1.2, delays=0.1/0.01/0.5/0.6, dsn=5.1.1, status=bounced (host mx.example.com[203.0.113.5] said: 550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command))~ | 5.1.1 5.1.1 | Postfix bounce log line with IP, delays and reply
      ~postfix/smtp[2211]: 9F2C3A0: to=<a@example.net>, relay=none, delay=30, delays=0.02/0/30/0, dsn=4.4.1, status=deferred (connect to mx.example.net[198.51.100.7]:25: Connection timed out)~ | 4.4.1 | Postfix deferral
      ~dsn=2.0.0, status=sent (250 2.0.0 OK  1732788062 d2-20020a05600c4c0200b0043123456si1234567wmq.123 - gsmtp)~ | 2.0.0 2.0.0 | Postfix delivery to Gmail with queue id
      ~said: 550 5.7.1 Service unavailable; Client host [198.51.100.23] blocked using zen.spamhaus.org~ | 5.7.1 | Postfix said: with RBL text
      ~2026-11-28 10:01:02 1rAbCd-0001Xy-Ab ** nobody@example.com R=dnslookup T=remote_smtp H=mx.example.com [203.0.113.5] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes: SMTP error from remote mail server after RCPT TO:<nobody@example.com>: 550 5.1.1 <nobody@example.com>: Recipient address rejected~ | 5.1.1 | Exim main log line
      ~2026-11-28 10:02:00 1rAbCe-0002Zz-Cd == slow@example.org R=dnslookup T=remote_smtp defer (-44) H=mx.example.org [192.0.2.10]: SMTP error from remote mail server after RCPT TO:<slow@example.org>: 451 4.7.1 Greylisting in action, please come back later~ | 4.7.1 | Exim defer with negative errno
      ~Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'~ | 5.1.10 | Microsoft 365 NDR
      ~Remote Server returned '554 5.2.0 STOREDRV.Deliver.Exception:StoragePermanentException.MapiExceptionNoReplicaHere; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Store ID 16.55847:0x00000000 [EndDiagnosticData]'~ | 5.2.0 | Exchange store error with diagnostic numbers
      ~550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(1430) [DM6NAM12FT037.eop-nam12.prod.protection.outlook.com 2026-11-28T10:01:02.123Z 08DC70E3F4D5C6B7]~ | 5.7.708 | Exchange Online Protection block with timestamp
      ~#550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found ##~                                     | 5.1.1 | Exchange NDR hash-delimited line
      ~#< #5.1.1 smtp;550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found> #SMTP#~                  | 5.1.1 5.1.1 | Outlook NDR diagnostic line
      ~550 5.7.1 Unfortunately, messages from [198.51.100.7] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150).~ | 5.7.1 | Outlook.com block list
      ~Delivery has failed to these recipients or groups: The email address you entered couldn't be found. 4.4.7 Message delayed~ | 4.4.7 | Exchange delay notice
      ~550-5.1.1 The email account that you tried to reach does not exist. Please try~           | 5.1.1 | Gmail continuation line
      ~550 5.1.1  https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-5d8b3e4d9a1si1234567a12.123 - gsmtp~ | 5.1.1 | Gmail last line with message id
      ~452-4.2.2 The recipient's inbox is out of storage space. Please direct the~                | 4.2.2 | Gmail over quota
      ~421-4.7.0 [203.0.113.9      15] Our system has detected an unusual rate of~                | 4.7.0 | Gmail rate limit with bracketed IP
      ~550-5.7.26 This mail has been blocked because the sender is unauthenticated.~            | 5.7.26 | Gmail DMARC
      ~554 5.7.9 Message not accepted for policy reasons.  See https://help.yahoo.com/kb/postmaster/SLN7253.html~ | 5.7.9 | Yahoo policy
      ~Sorry, no mailbox here by that name. (#5.1.1)~                                              | 5.1.1 | qmail hash in parentheses
      ~Remote host said: 550 5.1.1 <x@example.com>... User unknown~                                | 5.1.1 | sendmail via qmail
      Status: 4.4.7                                                                                | 4.4.7 | DSN Status field
      ~Status: 5.1.1 (bad destination mailbox address)~                                            | 5.1.1 | DSN Status with comment
      ~Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist~ | 5.1.1 | DSN Diagnostic-Code with Gmail continuation
      ~Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound~                            | 5.1.10 | Diagnostic-Code without space after semicolon
      ~Action: failed\\nStatus: 5.2.2\\nDiagnostic-Code: smtp; 552 5.2.2 Mailbox full~           | 5.2.2 5.2.2 | Sisimai-style DSN block
      [5.2.2]                                                                                      | 5.2.2 | code in brackets
      <5.1.1>                                                                                      | 5.1.1 | code in angle brackets
      "5.1.1"                                                                                      | 5.1.1 | code in quotes
      ~'5.7.1'~                                                                                    | 5.7.1 | code in single quotes
      code:5.1.1                                                                                   | 5.1.1 | after a colon without space
      ~failed with 5.1.1.~                                                                         | 5.1.1 | sentence-ending period
      ~5.1.1, 5.1.2 and 4.2.2~                                                                     | 5.1.1 5.1.2 4.2.2 | a list
      5.1.1/5.1.2                                                                                  | 5.1.1 5.1.2 | slash-separated pair
      ~5.1.1\\t4.4.7~                                                                              | 5.1.1 4.4.7 | tab-separated
      5.1.1                                                                                        | 5.1.1 | the whole text
      ~ 2.0.0 ~                                                                                    | 2.0.0 | surrounded by spaces
      5.0.0                                                                                        | 5.0.0 | zeros
      4.999.999                                                                                    | 4.999.999 | three-digit subject and detail
      ~5.5.5.5 or 5.5.4~                                                                           | 5.5.4 | four parts then a code
      ~reply: 550 5.7.606 Access denied, banned sending IP [203.0.113.4]~                          | 5.7.606 | unregistered Microsoft code
      192.168.5.1.1                                                                                | ~~ | IPv4 prefix glued to a code
      [92.5.1.10]                                                                                  | ~~ | IPv4 address in brackets
      ~relay=mx.example.com[10.5.1.1]:25~                                                          | ~~ | IPv4 ending in a code shape
      4.2.2.2                                                                                      | ~~ | public DNS resolver address
      5.1.1.1                                                                                      | ~~ | IPv4 starting with a code shape
      ~version 5.5.1960.3~                                                                         | ~~ | four-part version
      ~OpenSSL 1.1.1w~                                                                             | ~~ | version glued to a letter
      ~dovecot-2.3.19.1~                                                                           | ~~ | four-part version after a hyphen
      ~build-5.1.1~                                                                                | ~~ | hyphen after a word
      5.1.2024                                                                                     | ~~ | date with four-digit year
      ~28.5.2026~                                                                                  | ~~ | European date
      5.11.2026                                                                                    | ~~ | date with two-digit month
      5.01.1                                                                                       | ~~ | leading zero in subject
      5.1.01                                                                                       | ~~ | leading zero in detail
      15.1.1                                                                                       | ~~ | digit glued before
      5.1.1a                                                                                       | ~~ | letter glued after
      v5.1.1                                                                                       | ~~ | letter glued before
      x5.1.1y                                                                                      | ~~ | letters on both sides
      5.1.1_1                                                                                      | ~~ | underscore after
      _5.1.1                                                                                       | ~~ | underscore before
      5.1.1.a                                                                                      | ~~ | dotted word after
      5.1.1-beta                                                                                   | ~~ | hyphenated suffix
      3.1.1                                                                                        | ~~ | class 3
      6.1.1                                                                                        | ~~ | class 6
      5.1000.1                                                                                     | ~~ | four-digit subject
      5.1.1000                                                                                     | ~~ | four-digit detail
      5..1.1                                                                                       | ~~ | empty subject
      ~5. 1. 1~                                                                                    | ~~ | spaces inside
      5,1,1                                                                                        | ~~ | commas instead of dots
      \u07c5-5.1.2                                                                                | 5.1.2 | a digit of another script before a hyphen (found by fuzzing)
      \u4e2d5.1.1                                                                                 | ~~ | a CJK letter before
      \ud840\udc005.1.1                                                                          | ~~ | a letter outside the BMP before
      5.1.1\ud835\udc00                                                                          | ~~ | a letter outside the BMP after
      5.1.1.\ud835\udfce                                                                         | ~~ | a dot and a digit outside the BMP after
      5.1.1._                                                                                      | ~~ | a dot and an underscore after
      \ud835\udc00-5.1.1                                                                         | ~~ | a letter outside the BMP before a hyphen
      ~550 User unknown~                                                                           | ~~ | reply without enhanced code
      ~a5.1.1 z5.1.1 A5.1.1 Z5.1.1 05.1.1 95.1.1~                                                  | ~~ | glued after the first and last letters and digits
      ~5.1.1a 5.1.1z 5.1.1A 5.1.1Z 5.1.1009 5.1.1000~                                              | ~~ | glued before the first and last letters and digits
      ~@5.1.1 `5.1.2 {5.1.3} /5.1.4 [5.1.5~                                                       | 5.1.1 5.1.2 5.1.3 5.1.4 5.1.5 | after the ASCII characters next to letters and digits
      ~a-5.1.1 z-5.1.1 A-5.1.1 Z-5.1.1 _-5.1.1 x-5.1.1~                                           | ~~ | a letter or underscore before the hyphen
      ~@-5.1.1 `-5.1.2 {-5.1.3 [-5.1.4 9-5.1.5~                                                   | 5.1.1 5.1.2 5.1.3 5.1.4 5.1.5 | no letter before the hyphen
      ~«5.1.1» 5.1.2\u00a0~                                                                        | 5.1.1 5.1.2 | guillemets and no-break space around
      ~v5 4.4.7~                                                                                   | 4.4.7 | after a digit run glued to a letter
      ~5.1.1. Retry 4.4.7- later~                                                                  | 5.1.1 4.4.7 | a dot or hyphen and a space after
      ~delay=1.2, delays=0.1/0.01/0.5/0.6~                                                         | ~~ | Postfix delays
      ~TLS1.3 X=TLSv1.2:ECDHE-RSA-AES256-GCM-SHA384:256~                                           | ~~ | TLS versions
      5.1.1é                                                                                       | ~~ | non-ASCII letter after
      é5.1.1                                                                                       | ~~ | non-ASCII letter before
      5.1.\u0661                                                                                   | ~~ | non-ASCII digit
      ~~                                                                                           | ~~ | empty text
      """)
  void findsCodesAtTokenBoundariesOnly(String text, String expected, String description) {
    String input = text == null ? "" : text.replace("\\n", "\n").replace("\\t", "\t");
    List<String> codes = expected == null || expected.isBlank() ? List.of() : Arrays.asList(expected.split(" "));

    assertThat(StatusCodes.findAll(input)).extracting(StatusCode::toString).as(description).isEqualTo(codes);
    assertThat(StatusCodes.findFirst(input).map(StatusCode::toString))
        .isEqualTo(codes.stream().findFirst());
  }

  @Test
  void returnsCachedInstancesForRegisteredCodes() {
    assertThat(StatusCodes.findAll("dsn=5.1.1 (550 5.1.1 ...)"))
        .allSatisfy(code -> assertThat(code).isSameAs(StatusCode.parse("5.1.1")));
  }

  @Test
  void resultIsImmutable() {
    List<StatusCode> found = StatusCodes.findAll("5.1.1");

    assertThatThrownBy(() -> found.add(StatusCode.parse("4.4.7"))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void noCodeGivesTheSharedEmptyList() {
    assertThat(StatusCodes.findAll("no codes here")).isSameAs(List.of());
  }

  @Test
  void findsTheSameCodesInAnyCharSequenceAsInAString() {
    // Ends inside a run of digits and dots, so that the skip over such runs meets the end of the text.
    String text = "relay=192.0.2.1[192.0.2.1]:25, delay=0.12, dsn=5.7.606, 5.1.1.4 said: 550 5.1.1 (#4.4.7) v15.20.7472.38";
    assertThat(StatusCodes.findAll(new StringBuilder(text))).isEqualTo(StatusCodes.findAll(text))
        .extracting(StatusCode::toString).containsExactly("5.7.606", "5.1.1", "4.4.7");
  }

  @Test
  void worksOnAnyCharSequence() {
    assertThat(StatusCodes.findAll(new StringBuilder("x 4.4.7 y"))).extracting(StatusCode::toString).containsExactly("4.4.7");
  }

  @Test
  void nullTextIsANullPointer() {
    assertThatThrownBy(() -> StatusCodes.findAll(null)).isInstanceOf(NullPointerException.class).hasMessage("text == null");
    assertThatThrownBy(() -> StatusCodes.findFirst(null)).isInstanceOf(NullPointerException.class);
  }

  /**
   * Symbols above U+007F whose low six bits are those of a digit or a dot ({@code ®}, {@code °},
   * {@code ±}, {@code ·}, {@code ¸}) are neither letters nor digits: a code right after one is found,
   * as after a space. (PIT: the digit-and-dot test must not look at a character's low bits alone.)
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"\u00ae", "\u00b0", "\u00b1", "\u00b7", "\u00b8"})
  void aCodeRightAfterASymbolOutsideAsciiIsFound(String symbol) {
    assertThat(StatusCodes.findAll("temp " + symbol + "5.1.1 and " + symbol + "4.4.7"))
        .containsExactly(StatusCode.parse("5.1.1"), StatusCode.parse("4.4.7"));
  }
}
