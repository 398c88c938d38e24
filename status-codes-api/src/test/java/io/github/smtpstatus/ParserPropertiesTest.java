package io.github.smtpstatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of the parsers over generated input. */
class ParserPropertiesTest {

  /** Characters that make codes, replies and near misses: digits, dots, separators, line ends, letters, Unicode digits. */
  private static final String NEAR_MISS_CHARS = "0123456789012345.....-- #()=;:\r\n\t\u0000aXx\u0661\uff15";

  @Provide
  Arbitrary<StatusClass> classes() {
    return Arbitraries.of(StatusClass.values());
  }

  @Provide
  Arbitrary<String> nearMisses() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars(NEAR_MISS_CHARS).ofMaxLength(40),
        Arbitraries.strings().all().ofMaxLength(40),
        codeLikeText());
  }

  /** Text made of codes, near codes and separators glued together in every order. */
  @Provide
  Arbitrary<String> codeLikeText() {
    Arbitrary<String> piece = Arbitraries.oneOf(
        Combinators.combine(Arbitraries.of("2", "4", "5", "3", "1"), Arbitraries.integers().between(0, 1200),
            Arbitraries.integers().between(0, 1200)).as((c, s, d) -> c + "." + s + "." + d),
        Arbitraries.of("550-", "550 ", "dsn=", "(#", ")", "[", "]", ".", "..", "-", " ", "\r\n", "a", "v", "192.168.",
            "0", "01", "_", "\u00e9", ","));
    return piece.list().ofMaxSize(12).map(pieces -> String.join("", pieces));
  }

  @Property
  void everyValidCodeRoundTrips(@ForAll("classes") StatusClass statusClass,
      @ForAll @IntRange(min = 0, max = 999) int subject, @ForAll @IntRange(min = 0, max = 999) int detail) {
    StatusCode code = StatusCode.of(statusClass, subject, detail);

    assertThat(StatusCode.parse(code.toString())).isEqualTo(code);
    assertThat(code.toString()).isEqualTo(statusClass.number() + "." + subject + "." + detail);
  }

  @Property
  void statusCodeParseEitherSucceedsOrThrowsItsDocumentedException(@ForAll("nearMisses") String text) {
    Optional<StatusCode> tried = StatusCode.tryParse(text);
    try {
      StatusCode parsed = StatusCode.parse(text);
      assertThat(tried).contains(parsed);
      assertThat(parsed.toString()).isEqualTo(text);
    } catch (StatusCodeFormatException e) {
      assertThat(tried).isEmpty();
      assertThat(e.getIndex()).isBetween(0, text.length());
    }
    assertThat(StatusCode.isValid(text)).isEqualTo(tried.isPresent());
  }

  @Property
  void smtpReplyParseEitherSucceedsOrThrowsItsDocumentedException(@ForAll("nearMisses") String text) {
    try {
      SmtpReply reply = SmtpReply.parse(text);
      assertThat(SmtpReply.parse(reply.toString())).isEqualTo(reply);
      assertThat(SmtpReply.tryParse(text)).contains(reply);
    } catch (SmtpReplyFormatException e) {
      assertThat(SmtpReply.tryParse(text)).isEmpty();
      assertThat(e.getIndex()).isBetween(0, text.length());
      assertThat(e.getLine()).isPositive();
    }
  }

  @Property
  void deliveryStatusParsersEitherSucceedOrThrowTheirDocumentedException(@ForAll("nearMisses") String text) {
    try {
      DeliveryStatus.Status status = DeliveryStatus.parseStatus(text);
      assertThat(DeliveryStatus.parseStatus(status.toString())).isEqualTo(status);
    } catch (DeliveryStatusFormatException e) {
      assertThat(e.getIndex()).isBetween(0, text.length());
    }
    try {
      DeliveryStatus.parseDiagnosticCode(text);
    } catch (DeliveryStatusFormatException e) {
      assertThat(e.getIndex()).isBetween(0, text.length());
    }
  }

  @Property
  void findAllReturnsCodesThatStandInTheTextAtABoundaryInOrder(@ForAll("nearMisses") String text) {
    List<StatusCode> found = StatusCodes.findAll(text);

    int from = 0;
    for (StatusCode code : found) {
      int at = nextBoundedOccurrence(text, code.toString(), from);
      assertThat(at).as("%s in %s after %d", code, text, from).isGreaterThanOrEqualTo(0);
      from = at + code.toString().length();
    }
    assertThat(StatusCodes.findFirst(text)).isEqualTo(found.stream().findFirst());
  }

  @Property
  void findAllFindsCodesSeparatedBySpaces(@ForAll("classes") StatusClass statusClass,
      @ForAll @IntRange(min = 0, max = 999) int subject, @ForAll @IntRange(min = 0, max = 999) int detail,
      @ForAll @IntRange(min = 1, max = 5) int copies) {
    StatusCode code = StatusCode.of(statusClass, subject, detail);
    List<StatusCode> expected = new ArrayList<>();
    StringBuilder text = new StringBuilder("said:");
    for (int i = 0; i < copies; i++) {
      text.append(' ').append(code);
      expected.add(code);
    }

    assertThat(StatusCodes.findAll(text)).isEqualTo(expected);
  }

  @Property
  void nullIsTheOnlyInputThatFailsFindAll(@ForAll String text) {
    assertThat(StatusCodes.findAll(text)).isNotNull();
    assertThatThrownBy(() -> StatusCodes.findAll(null)).isInstanceOf(NullPointerException.class);
  }

  /**
   * The next occurrence of {@code code} at or after {@code from} that stands at a token boundary, judged
   * here independently of the implementation: not glued to letters, digits, '_' or '.' before, nor to
   * letters, digits or '_' after (a '.' or '-' after only when no letter or digit follows it).
   */
  private static int nextBoundedOccurrence(String text, String code, int from) {
    for (int at = text.indexOf(code, from); at >= 0; at = text.indexOf(code, at + 1)) {
      int end = at + code.length();
      boolean left = at == 0 || okBefore(text, at);
      boolean right = end == text.length() || okAfter(text, end);
      if (left && right) {
        return at;
      }
    }
    return -1;
  }

  private static boolean okBefore(String text, int at) {
    char c = text.charAt(at - 1);
    if (c == '-') {
      return at < 2 || !(Character.isLetter(text.charAt(at - 2)) || text.charAt(at - 2) == '_');
    }
    return !Character.isLetterOrDigit(c) && c != '_' && c != '.';
  }

  private static boolean okAfter(String text, int end) {
    char c = text.charAt(end);
    if (c == '.' || c == '-') {
      return end + 1 == text.length() || !(Character.isLetterOrDigit(text.charAt(end + 1)) || text.charAt(end + 1) == '_');
    }
    return !Character.isLetterOrDigit(c) && c != '_';
  }
}
