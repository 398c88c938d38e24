package io.github.smtpstatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the parsers over generated input: each test runs {@value RandomInputs#PER_SEED} inputs
 * for each of the seeds of {@link RandomInputs#seeds()}, and a failure names the seed, the input's
 * number and the input itself.
 */
class ParserPropertiesTest {

  private static final String SEEDS = "io.github.smtpstatus.RandomInputs#seeds";

  /** The longest a finding may be: ten lines or codes named, the rest counted, and one sentence. */
  static final int MAX_FINDING_LENGTH = 1_000;

  /** Runs {@code property} on each input {@code generator} makes from {@code seed}. */
  private static <T> void forAll(long seed, Function<RandomInputs, T> generator, Consumer<T> property) {
    RandomInputs inputs = new RandomInputs(seed);
    for (int i = 0; i < RandomInputs.PER_SEED; i++) {
      T input = generator.apply(inputs);
      try {
        property.accept(input);
      } catch (AssertionError | RuntimeException e) {
        String shown = input instanceof CharSequence text ? InputText.quote(text) : String.valueOf(input);
        throw new AssertionError("seed " + seed + ", input " + i + ": " + shown + ": " + e, e);
      }
    }
  }

  private static StatusCode anyCode(RandomInputs inputs) {
    return StatusCode.of(inputs.pick(StatusClass.values()), inputs.between(0, 999), inputs.between(0, 999));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource(SEEDS)
  void everyValidCodeRoundTrips(long seed) {
    forAll(seed, ParserPropertiesTest::anyCode, code -> {
      assertThat(StatusCode.parse(code.toString())).isEqualTo(code);
      assertThat(code.toString())
          .isEqualTo(code.statusClass().number() + "." + code.subject() + "." + code.detail());
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource(SEEDS)
  void statusCodeParseEitherSucceedsOrThrowsItsDocumentedException(long seed) {
    forAll(seed, RandomInputs::nearMiss, text -> {
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
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource(SEEDS)
  void smtpReplyParseEitherSucceedsOrThrowsItsDocumentedException(long seed) {
    forAll(seed, RandomInputs::nearMiss, text -> {
      try {
        SmtpReply reply = SmtpReply.parse(text);
        assertThat(SmtpReply.parse(reply.toString())).isEqualTo(reply);
        assertThat(SmtpReply.tryParse(text)).contains(reply);
      } catch (SmtpReplyFormatException e) {
        assertThat(SmtpReply.tryParse(text)).isEmpty();
        assertThat(e.getIndex()).isBetween(0, text.length());
        assertThat(e.getLine()).isPositive();
      }
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource(SEEDS)
  void deliveryStatusParsersEitherSucceedOrThrowTheirDocumentedException(long seed) {
    forAll(seed, RandomInputs::nearMiss, text -> {
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
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource(SEEDS)
  void findAllReturnsCodesThatStandInTheTextAtABoundaryInOrder(long seed) {
    forAll(seed, RandomInputs::nearMiss, text -> {
      List<StatusCode> found = StatusCodes.findAll(text);

      int from = 0;
      for (StatusCode code : found) {
        int at = nextBoundedOccurrence(text, code.toString(), from);
        assertThat(at).as("%s after %d", code, from).isGreaterThanOrEqualTo(0);
        from = at + code.toString().length();
      }
      assertThat(StatusCodes.findFirst(text)).isEqualTo(found.stream().findFirst());
    });
  }

  /** One code and how many times it is written. */
  private record Repeated(StatusCode code, int copies) {}

  @ParameterizedTest(name = "seed {0}")
  @MethodSource(SEEDS)
  void findAllFindsCodesSeparatedBySpaces(long seed) {
    forAll(seed, inputs -> new Repeated(anyCode(inputs), inputs.between(1, 5)), repeated -> {
      String text = "said:" + (" " + repeated.code()).repeat(repeated.copies());

      assertThat(StatusCodes.findAll(text)).isEqualTo(Collections.nCopies(repeated.copies(), repeated.code()));
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource(SEEDS)
  void nullIsTheOnlyInputThatFailsFindAll(long seed) {
    forAll(seed, inputs -> inputs.anyChars(40), text -> assertThat(StatusCodes.findAll(text)).isNotNull());
    assertThatThrownBy(() -> StatusCodes.findAll(null)).isInstanceOf(NullPointerException.class);
  }

  /**
   * Issue 10's class of bug, findings that grow with the reply: whatever the lines carry (codes that
   * differ, alternate or are missing, lines over 512 octets), each kind is found at most once and no
   * finding is longer than {@value #MAX_FINDING_LENGTH} characters.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource(SEEDS)
  void findingsStayBoundedWhateverTheLinesCarry(long seed) {
    forAll(seed, ParserPropertiesTest::multiLineReply, wire -> {
      SmtpReply reply = SmtpReply.parse(wire);

      Set<ReplyFinding.Kind> kinds = EnumSet.noneOf(ReplyFinding.Kind.class);
      for (ReplyFinding finding : reply.findings()) {
        assertThat(kinds.add(finding.kind())).as("%s found once", finding.kind()).isTrue();
        assertThat(finding.message().length()).as(finding.message()).isLessThanOrEqualTo(MAX_FINDING_LENGTH);
      }
      assertThat(SmtpReply.parse(reply.toString()).findings()).isEqualTo(reply.findings());
    });
  }

  /** A reply of 1 to 400 lines, each with one code of a few, a random code, no code, or a long text. */
  private static String multiLineReply(RandomInputs inputs) {
    int lines = inputs.between(1, 400);
    String[] few = {"5.1.1 ", "5.1.2 ", "4.2.2 ", "5.7.606 "};
    StringBuilder wire = new StringBuilder();
    for (int i = 0; i < lines; i++) {
      wire.append(i == lines - 1 ? "550 " : "550-");
      switch (inputs.random().nextInt(4)) {
        case 0 -> wire.append(inputs.pick(few));
        case 1 -> wire.append(anyCode(inputs)).append(' ');
        case 2 -> wire.append("y".repeat(inputs.between(500, 700)));
        default -> { }
      }
      wire.append("text").append(i == lines - 1 ? "" : "\r\n");
    }
    return wire.toString();
  }

  /**
   * Issue 10's other class, line breaks that were deleted: {@code parseStatus} (in a comment) and
   * {@code parseDiagnosticCode} (in the text) unfold exactly the folds, refuse every other line break
   * with the same reason at the same place, and agree with the independent unfolding.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource(SEEDS)
  void statusAndDiagnosticCodeTreatLineBreaksAlike(long seed) {
    forAll(seed, inputs -> inputs.over("ab5.-  \t\t\r\n\r\n", 30) + "x", text -> {
      Throwable status = catchThrowable(() -> DeliveryStatus.parseStatus("5.1.1 (" + text + ")"));
      Throwable diagnostic = catchThrowable(() -> DeliveryStatus.parseDiagnosticCode("smtp; " + text));
      String unfolded = IndependentGrammar.unfold(text);

      if (unfolded != null) {
        assertThat(status).isNull();
        assertThat(diagnostic).isNull();
        assertThat(DeliveryStatus.parseStatus("5.1.1 (" + text + ")").comment()).contains(unfolded.strip());
        assertThat(DeliveryStatus.parseDiagnosticCode("smtp; " + text).text()).isEqualTo(unfolded.strip());
      } else {
        DeliveryStatusFormatException inStatus = (DeliveryStatusFormatException) status;
        DeliveryStatusFormatException inDiagnostic = (DeliveryStatusFormatException) diagnostic;
        assertThat(inDiagnostic.getReason()).isEqualTo(inStatus.getReason());
        assertThat(inDiagnostic.getLine()).isEqualTo(inStatus.getLine());
        assertThat(inDiagnostic.getIndex() - "smtp; ".length()).isEqualTo(inStatus.getIndex() - "5.1.1 (".length());
      }
    });
  }

  /** A control character anywhere in a reply's text is refused at its index; any other character is text. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource(SEEDS)
  void aReplyIsRefusedExactlyWhereItsTextHoldsAControlCharacter(long seed) {
    forAll(seed, inputs -> {
      StringBuilder text = new StringBuilder("550 ");
      int length = inputs.between(1, 600);
      for (int i = 0; i < length; i++) {
        char c = (char) inputs.random().nextInt(0x10000);
        text.append(isControl(c) || c == '\r' || c == '\n' ? 'a' : c);
      }
      char c = (char) (inputs.random().nextBoolean() ? inputs.random().nextInt(0x100) : inputs.random().nextInt(0x10000));
      text.insert(4 + inputs.random().nextInt(length + 1), c == '\r' || c == '\n' ? '\u0000' : c);
      return text.toString();
    }, wire -> {
      int control = -1;
      for (int i = 0; i < wire.length() && control < 0; i++) {
        control = isControl(wire.charAt(i)) ? i : -1;
      }
      if (control < 0) {
        assertThat(SmtpReply.parse(wire).lines()).containsExactly(wire.substring(4));
      } else {
        int at = control;
        assertThat(catchThrowable(() -> SmtpReply.parse(wire))).isInstanceOf(SmtpReplyFormatException.class)
            .hasMessageEndingWith(String.format(": control character U+%04X in the text at line 1, index %d",
                (int) wire.charAt(at), at));
      }
    });
  }

  /** RFC 5321's textstring: no character below U+0020 but TAB, and no DEL. */
  private static boolean isControl(char c) {
    return c < 0x20 && c != '\t' || c == 0x7f;
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
