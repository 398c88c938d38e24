package io.github.smtpstatus;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Fuzz targets for every parser of the API (Jazzer). Each checks properties, not just "no crash": only
 * the documented exception comes out, and what comes out agrees with {@link IndependentGrammar}.
 *
 * <p>In {@code mvn verify} each target runs once per seed in {@code ParserFuzzTestInputs} (shared seeds
 * at the top, each target's regression inputs in its own folder); {@code docs/HOSTILE-INPUT.md} gives
 * the command that fuzzes one target for real.
 */
class ParserFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void statusCode(byte[] bytes) {
    String text = FuzzText.decode(bytes);
    Optional<StatusCode> tried = StatusCode.tryParse(text);

    assertThat(StatusCode.isValid(text)).isEqualTo(tried.isPresent());
    assertThat(tried.isPresent()).as("valid by the grammar: %s", text).isEqualTo(IndependentGrammar.isStatusCode(text));
    StatusCode parsed;
    try {
      parsed = StatusCode.parse(text);
    } catch (StatusCodeFormatException e) {
      assertThat(tried).isEmpty();
      assertThat(e.getInput()).isEqualTo(text);
      assertThat(e).hasMessage("Invalid status code " + InputText.quote(text) + ": " + e.getReason() + " at index "
          + e.getIndex());
      // The index is where no code can go on: the end of the longest viable prefix, or, for a leading
      // zero, the zero just before it.
      int viable = IndependentGrammar.viablePrefixLength(text);
      int expected = e.getReason().startsWith("leading zero") ? viable - 1 : viable;
      assertThat(e.getIndex()).as("index in %s", text).isEqualTo(expected);
      return;
    }
    assertThat(tried).contains(parsed);
    assertThat(parsed).hasToString(text);
    StatusCode fromBuilder = StatusCode.parse(new StringBuilder(text));
    assertThat(fromBuilder).isEqualTo(parsed);
    assertThat(parsed.registered()).isEqualTo(EnhancedStatusCode.find(parsed.subject(), parsed.detail()));
    parsed.registered().ifPresent(entry -> {
      assertThat(parsed).isSameAs(StatusCode.of(parsed.statusClass(), entry));
      assertThat(fromBuilder).isSameAs(parsed);
      assertThat(tried).containsSame(parsed);
    });
  }

  @FuzzTest(maxDuration = "10m")
  void smtpReply(byte[] bytes) {
    String text = FuzzText.decode(bytes);
    List<IndependentGrammar.ReplyLine> expected = IndependentGrammar.replyLines(text);
    Optional<SmtpReply> tried = SmtpReply.tryParse(text);
    SmtpReply reply;
    try {
      reply = SmtpReply.parse(text);
    } catch (SmtpReplyFormatException e) {
      assertThat(expected).as("a reply by the grammar: %s", text).isNull();
      assertThat(tried).isEmpty();
      assertThat(e.getInput()).isEqualTo(text);
      assertThat(e.getIndex()).isBetween(0, text.length());
      boolean endsAfterContinuation = e.getIndex() == text.length() && text.endsWith("\n");
      assertThat(e.getLine()).as("line of index %d", e.getIndex())
          .isEqualTo(IndependentGrammar.lineFeedsBefore(text, e.getIndex()) + (endsAfterContinuation ? 0 : 1));
      assertThat(e).hasMessage("Invalid SMTP reply " + InputText.quote(text) + ": " + e.getReason() + " at line "
          + e.getLine() + ", index " + e.getIndex());
      return;
    }
    assertThat(expected).as("not a reply by the grammar: %s", text).isNotNull();
    assertThat(tried).contains(reply);
    IndependentGrammar.ReplyLine last = expected.get(expected.size() - 1);
    assertThat(reply.code()).isEqualTo(last.code());
    assertThat(reply.lines()).isEqualTo(expected.stream().map(IndependentGrammar.ReplyLine::textWithoutCode).toList());
    assertThat(reply.isMultiline()).isEqualTo(expected.size() > 1);
    assertThat(reply.enhancedCode().map(StatusCode::toString)).isEqualTo(Optional.ofNullable(last.enhancedCode()));

    SmtpReply again = SmtpReply.parse(reply.toString());
    assertThat(again).isEqualTo(reply).hasSameHashCodeAs(reply).hasToString(reply.toString());
    assertThat(again.lines()).isEqualTo(reply.lines());
    assertThat(again.enhancedCode()).isEqualTo(reply.enhancedCode());
    assertThat(again.findings()).isEqualTo(reply.findings());
  }

  @FuzzTest(maxDuration = "10m")
  void deliveryStatusField(byte[] bytes) {
    String text = FuzzText.decode(bytes);
    DeliveryStatus.Status status;
    try {
      status = DeliveryStatus.parseStatus(text);
    } catch (DeliveryStatusFormatException e) {
      assertDocumentedFailure(e, "Status", text);
      return;
    }
    // The code stands after the optional field name and white space, followed by white space, a
    // comment or nothing: 5.1.1. and #5.1.1 never pass.
    Matcher code = IndependentGrammar.CODE.matcher(text);
    assertThat(code.find()).as("a code in %s", text).isTrue();
    assertThat(StatusCode.parse(code.group())).isEqualTo(status.code());
    assertThat(text.substring(0, code.start())).matches("(?i:status:)?[ \\t\\r\\n]*");
    assertThat(text.substring(code.end())).matches("(?s)([ \\t\\r\\n(].*)?");

    assertThat(DeliveryStatus.parseStatus(status.toString())).isEqualTo(status).hasToString(status.toString());
  }

  @FuzzTest(maxDuration = "10m")
  void diagnosticCodeField(byte[] bytes) {
    String text = FuzzText.decode(bytes);
    DeliveryStatus.DiagnosticCode diagnostic;
    try {
      diagnostic = DeliveryStatus.parseDiagnosticCode(text);
    } catch (DeliveryStatusFormatException e) {
      assertDocumentedFailure(e, "Diagnostic-Code", text);
      return;
    }
    assertThat(diagnostic.type()).matches("[A-Za-z0-9._-]+");
    // Only folds are unfolded; any other line break or a bare CR is refused (issue 10).
    String unfolded = IndependentGrammar.unfold(text.substring(text.indexOf(';') + 1));
    assertThat(unfolded).as("every line break of %s is a fold", text).isNotNull();
    assertThat(diagnostic.text()).isEqualTo(unfolded.strip());
    assertThat(diagnostic.isSmtp()).isEqualTo(diagnostic.type().equalsIgnoreCase("smtp"));
    if (!diagnostic.isSmtp()) {
      assertThat(diagnostic.smtpReply()).isEmpty();
    } else if (diagnostic.text().length() < 4 || diagnostic.text().charAt(3) != '-') {
      // Only a flattened multi-line reply is split again; any other text is parsed as it is.
      assertThat(diagnostic.smtpReply()).isEqualTo(SmtpReply.tryParse(diagnostic.text()));
    }
    diagnostic.smtpReply().ifPresent(reply -> assertThat(SmtpReply.parse(reply.toString())).isEqualTo(reply));

    DeliveryStatus.DiagnosticCode again = DeliveryStatus.parseDiagnosticCode(diagnostic.toString());
    assertThat(again).isEqualTo(diagnostic).hasToString(diagnostic.toString());
    assertThat(again.smtpReply()).isEqualTo(diagnostic.smtpReply());
  }

  @FuzzTest(maxDuration = "10m")
  void findAll(byte[] bytes) {
    String text = FuzzText.decode(bytes);

    List<StatusCode> found = StatusCodes.findAll(text);

    assertThat(found).extracting(StatusCode::toString).as("codes in %s", text)
        .isEqualTo(IndependentGrammar.boundedCodes(text));
    for (StatusCode code : found) {
      assertThat(StatusCode.parse(code.toString())).isEqualTo(code);
    }
    assertThat(StatusCodes.findFirst(text)).isEqualTo(found.stream().findFirst());
    assertThat(StatusCodes.findAll(new StringBuilder(text))).isEqualTo(found);
  }

  private static void assertDocumentedFailure(DeliveryStatusFormatException e, String field, String text) {
    assertThat(e.getField()).isEqualTo(field);
    assertThat(e.getInput()).isEqualTo(text);
    assertThat(e.getIndex()).isBetween(0, text.length());
    assertThat(e.getLine()).isEqualTo(1 + lineBreaksBefore(text, e.getIndex()));
    assertThat(e).hasMessage("Invalid " + field + " field " + InputText.quote(text) + ": " + e.getReason()
        + " at line " + e.getLine() + ", index " + e.getIndex());
  }

  /** Line breaks that end before {@code index}: CRLF (counted at its LF), LF and a lone CR. */
  private static int lineBreaksBefore(String text, int index) {
    int count = 0;
    for (int i = 0; i < index; i++) {
      char c = text.charAt(i);
      boolean crBeforeLf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
      if (c == '\n' || (c == '\r' && !crBeforeLf)) {
        count++;
      }
    }
    return count;
  }
}
