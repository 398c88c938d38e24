package io.github.smtpstatus.cli;

import io.github.smtpstatus.EnhancedStatusCode;
import io.github.smtpstatus.RegistryReference;
import io.github.smtpstatus.ReplyFinding;
import io.github.smtpstatus.StatusCode;
import io.github.smtpstatus.StatusMeaning;
import io.github.smtpstatus.StatusSubject;
import io.github.smtpstatus.classify.Classification;
import io.github.smtpstatus.cli.output.ClassificationFields;
import io.github.smtpstatus.cli.output.EnumNames;
import io.github.smtpstatus.cli.output.Style;
import io.github.smtpstatus.cli.output.TerminalText;
import java.io.PrintWriter;

/** {@code explain}'s text for people: the input, then one labelled line per fact, descriptions wrapped. */
final class ExplanationText {

  private static final int WIDTH = 100;
  private static final String INDENT = "  ";
  private static final int LABEL = 14;

  private final PrintWriter out;
  private final Style style;
  private String lastInput;
  private int printed;

  ExplanationText(PrintWriter out, Style style) {
    this.out = out;
    this.style = style;
  }

  /** Prints one explanation; the input is printed once for the explanations of one input. */
  void print(Explanation explanation) {
    if (!explanation.input().equals(lastInput)) {
      if (printed > 0) {
        out.println();
      }
      out.println(style.bold(TerminalText.escape(explanation.input())));
      lastInput = explanation.input();
    }
    printed++;
    switch (explanation.kind()) {
      case "none" -> {
        out.println(INDENT + "no enhanced status code and no SMTP reply");
        return;
      }
      case "reply", "nested" -> line(explanation.kind().equals("reply") ? "reply" : "nested reply",
          explanation.reply().code() + (explanation.code() == null ? "  (no enhanced status code)" : ""));
      case "text" -> line("found in text", explanation.code().toString());
      default -> { }
    }
    if (explanation.code() != null) {
      codeLines(explanation.code());
    }
    Classification classification = explanation.classification();
    if (classification != null) {
      wrapped("classified", ClassificationFields.human(classification) + ", "
          + EnumNames.lower(classification.permanence())
          + (classification.addressDead() ? ", address dead" : "") + ": " + classification.reason().description()
          + "; rule " + classification.decidedBy());
      classification.provider().ifPresent(provider -> wrapped("provider", provider
          + classification.providerMeaning().map(meaning -> ": " + meaning).orElse("")));
    }
    if (explanation.reply() != null && explanation.kind().equals("reply")) {
      for (ReplyFinding finding : explanation.reply().findings()) {
        wrapped("finding", finding.kind().name() + ": " + finding.message());
      }
    }
  }

  private void codeLines(StatusCode code) {
    StatusMeaning meaning = code.meaning();
    int statusClass = code.statusClass().number();
    line("code", style.forClass(statusClass, pad(code.toString(), 8)) + meaning.sampleText());
    line("class", pad(Integer.toString(statusClass), 8) + code.statusClass().sampleText());
    line("subject", pad(Integer.toString(code.subject()), 8) + StatusSubject.find(code.subject())
        .map(StatusSubject::sampleText).orElse("not in the registry: only the class applies (RFC 3463 section 2)"));
    String detail = switch (meaning.level()) {
      case CODE -> "registered as " + meaning.entry().map(e -> e.code() + " " + e.name()).orElseThrow();
      case SUBJECT -> "not in the registry: " + meaning.entry()
          .map(e -> "the subject's " + e.code() + " entry applies (" + e.name() + ")")
          .orElse("the subject's description applies");
      case CLASS -> "not in the registry";
    };
    line("detail", pad(Integer.toString(code.detail()), 8) + detail);
    wrapped("description", meaning.description());
    meaning.entry().filter(EnhancedStatusCode::isDeprecated).ifPresent(entry -> line("deprecated",
        "the registry deprecates " + entry.code() + entry.replacement().map(r -> ": use " + r.code()).orElse("")));
    meaning.entry().ifPresent(entry -> line("reply codes", RegistryRow.replyCodesColumn(
        entry.associatedReplyCodes())));
    for (RegistryReference reference : meaning.entry().map(EnhancedStatusCode::references)
        .orElseGet(() -> code.statusClass().references())) {
      line("reference", reference.text() + reference.url().map(url -> "  " + url).orElse(""));
    }
  }

  private void line(String label, String value) {
    out.println(INDENT + pad(label, LABEL) + value);
  }

  /** A long value folded at word boundaries, continuation lines aligned under the first. */
  private void wrapped(String label, String value) {
    String text = TerminalText.escape(value);
    int room = WIDTH - INDENT.length() - LABEL;
    StringBuilder current = new StringBuilder();
    boolean first = true;
    for (String word : text.split(" ")) {
      if (current.length() > 0 && current.length() + 1 + word.length() > room) {
        out.println(INDENT + pad(first ? label : "", LABEL) + current);
        first = false;
        current.setLength(0);
      }
      if (current.length() > 0) {
        current.append(' ');
      }
      current.append(word);
    }
    out.println(INDENT + pad(first ? label : "", LABEL) + current);
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
  }
}
