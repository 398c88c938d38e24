package io.github.smtpstatus.cli;

import io.github.smtpstatus.EnhancedStatusCode;
import io.github.smtpstatus.RegistryReference;
import io.github.smtpstatus.QuotedReply;
import io.github.smtpstatus.StatusCode;
import io.github.smtpstatus.StatusCodes;
import io.github.smtpstatus.StatusMeaning;
import io.github.smtpstatus.StatusSubject;
import io.github.smtpstatus.classify.Classification;
import io.github.smtpstatus.classify.Classifier;
import io.github.smtpstatus.cli.output.ClassificationFields;
import io.github.smtpstatus.cli.output.EnumNames;
import io.github.smtpstatus.cli.output.Schema;
import io.github.smtpstatus.cli.scan.ScanResult;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What {@code explain} says about one code: where it came from in the input, and what the registry
 * says of its class, subject and detail.
 *
 * @param input the argument or input line, as given
 * @param kind {@code code} (the input is a code), {@code reply} (an SMTP reply, read leniently as MTAs
 *     quote them), {@code nested} (a reply quoted inside that reply: the remote server's own answer),
 *     {@code text} (a code found in free text) or {@code none} (no code and no reply: the other
 *     fields are null)
 * @param reply the reply, for kinds {@code reply} and {@code nested}
 * @param code the enhanced status code, or null (a reply without one, or kind {@code none})
 */
record Explanation(String input, String kind, QuotedReply reply, StatusCode code) {

  private static final Classifier CLASSIFIER = Classifier.standard();

  static final Schema<Explanation> SCHEMA = ClassificationFields.add(Schema.<Explanation>builder("explain")
      .string("input", "the argument or input line as given", Explanation::input)
      .string("kind", "\"code\", \"reply\", \"nested\" (a reply quoted inside the reply: the remote server's), "
          + "\"text\" (a code found in free text) or \"none\"", Explanation::kind)
      .integer("reply_code", "the SMTP reply code (kinds \"reply\" and \"nested\")",
          e -> e.reply() == null ? null : e.reply().code())
      .string("code", "the enhanced status code: \"5.1.1\"", e -> e.code() == null ? null : e.code().toString())
      .integer("class", "its class: 2, 4 or 5", e -> e.code() == null ? null : e.code().statusClass().number())
      .string("class_text", "the class's sample text: \"Permanent Failure\"",
          e -> e.code() == null ? null : e.code().statusClass().sampleText())
      .integer("subject", "its subject number", e -> e.code() == null ? null : e.code().subject())
      .string("subject_text", "the subject's sample text, or null when the registry has no such subject",
          e -> e.subjectEntry() == null ? null : e.subjectEntry().sampleText())
      .integer("detail", "its detail number", e -> e.code() == null ? null : e.code().detail())
      .bool("registered", "whether the registry lists the code itself",
          e -> e.code() == null ? null : e.code().registered().isPresent())
      .string("level", "what the meaning rests on: \"code\" (its own entry), \"subject\" (an unregistered detail: "
          + "the subject's X.s.0 entry) or \"class\" (an unregistered subject)",
          e -> e.code() == null ? null : EnumNames.lower(e.meaning().level()))
      .string("entry", "the registry entry that applies: \"X.1.1\", or null at level \"class\"",
          e -> e.code() == null ? null : e.meaning().entry().map(EnhancedStatusCode::code).orElse(null))
      .string("constant", "that entry's Java constant: \"BAD_DESTINATION_MAILBOX_ADDRESS\"",
          e -> e.code() == null ? null : e.meaning().entry().map(EnhancedStatusCode::name).orElse(null))
      .string("sample_text", "the sample text of the most specific level",
          e -> e.code() == null ? null : e.meaning().sampleText())
      .string("description", "the description of the most specific level",
          e -> e.code() == null ? null : e.meaning().description())
      .string("reply_codes", "the basic reply codes the registry associates with the entry (\"451, 550\")",
          e -> e.code() == null ? null : e.meaning().entry().map(x -> x.associatedReplyCodes().text()).orElse(null)),
      Explanation::classification)
      .objects("references", "the documents the entry cites", RegistryRow.REFERENCE, Explanation::references,
          RegistryReference::text)
      .objects("findings", "what the lenient reading repaired and what a careful receiver notices about the reply",
          ScanResult.FINDING,
          e -> e.reply() == null ? null : e.reply().findings(), f -> f.kind().name())
      .build();

  /** {@return what the code (with the reply's code and text) means for the sender; null for kind none} */
  Classification classification() {
    if (code == null && reply == null) {
      return null;
    }
    return CLASSIFIER.classify(code, reply == null ? 0 : reply.code(), reply == null ? null : reply.reply().text(),
        null);
  }

  StatusMeaning meaning() {
    return code.meaning();
  }

  StatusSubject subjectEntry() {
    return code == null ? null : StatusSubject.find(code.subject()).orElse(null);
  }

  List<RegistryReference> references() {
    if (code == null) {
      return null;
    }
    return meaning().entry().map(EnhancedStatusCode::references)
        .orElseGet(() -> code.statusClass().references());
  }

  /**
   * What one input says: itself as a code; else as an SMTP reply read leniently (flattened, truncated,
   * {@code #5.1.0} forms: each repair a finding), followed by the reply nested in it if that one has an
   * enhanced code; else each distinct code found in it as free text, in order; else one explanation of
   * kind {@code none}.
   */
  static List<Explanation> of(String input) {
    String trimmed = input.strip();
    var code = StatusCode.tryParse(trimmed);
    if (code.isPresent()) {
      return List.of(new Explanation(input, "code", null, code.get()));
    }
    var reply = QuotedReply.tryParse(trimmed);
    if (reply.isPresent()) {
      QuotedReply outer = reply.get();
      Explanation first = new Explanation(input, "reply", outer, outer.enhancedCode().orElse(null));
      QuotedReply inner = outer.innermost();
      if (inner != outer && inner.enhancedCode().isPresent()) {
        return List.of(first, new Explanation(input, "nested", inner, inner.enhancedCode().get()));
      }
      return List.of(first);
    }
    Set<StatusCode> found = new LinkedHashSet<>(StatusCodes.findAll(input));
    if (found.isEmpty()) {
      return List.of(new Explanation(input, "none", null, null));
    }
    List<Explanation> explanations = new ArrayList<>();
    for (StatusCode each : found) {
      explanations.add(new Explanation(input, "text", null, each));
    }
    return explanations;
  }
}
