package io.github.smtpstatus.cli.scan;

import io.github.smtpstatus.ReplyFinding;
import io.github.smtpstatus.StatusCode;
import io.github.smtpstatus.cli.output.Schema;
import java.util.List;
import java.util.Locale;

/**
 * One result of {@code scan}: what one input line says about one delivery.
 *
 * @param source the input's name
 * @param line the line number, from 1
 * @param evidence what the result was read from: {@code reply} (the line is an SMTP reply) or
 *     {@code text} (codes found in free text)
 * @param replyCode the SMTP reply code, or null
 * @param code the enhanced status code the result rests on, or null
 * @param codes every distinct enhanced code the line holds, in order
 * @param text the reply's text, or the line itself for evidence {@code text}
 * @param findings what a careful receiver notices about the reply
 * @param cut whether the line was longer than the longest line read and was cut
 */
public record ScanResult(String source, long line, String evidence, Integer replyCode, StatusCode code,
    List<StatusCode> codes, String text, List<ReplyFinding> findings, boolean cut) {

  /** The {@code finding} record of docs/CLI.md: one {@link ReplyFinding}. */
  public static final Schema<ReplyFinding> FINDING = Schema.<ReplyFinding>builder("finding")
      .string("kind", "what was noticed: CLASS_MISMATCH, UNREGISTERED, REPLY_CODE_NOT_ASSOCIATED, ...",
          f -> f.kind().name())
      .string("message", "the same for people", ReplyFinding::message)
      .build();

  /** The {@code scan} record of docs/CLI.md. */
  public static final Schema<ScanResult> SCHEMA = Schema.<ScanResult>builder("scan")
      .string("source", "the input: the file name as given, or \"<stdin>\"", ScanResult::source)
      .integer("line", "the line number in that input, from 1", ScanResult::line)
      .string("evidence", "what the result was read from: \"reply\" (the line is an SMTP reply) or \"text\" "
          + "(codes in free text)", ScanResult::evidence)
      .integer("reply_code", "the SMTP reply code: 550", ScanResult::replyCode)
      .string("code", "the enhanced status code: \"5.1.1\"", r -> r.code() == null ? null : r.code().toString())
      .integer("class", "the code's class: 2 success, 4 transient failure, 5 permanent failure",
          r -> r.code() == null ? null : r.code().statusClass().number())
      .string("meaning", "what the registry says the code means (its sample text, or its subject's for an "
          + "unregistered detail)", r -> r.code() == null ? null : r.code().meaning().sampleText())
      .strings("codes", "every distinct enhanced code in the line, in order", ScanResult::codeTexts)
      .string("text", "the reply's text, or the whole line for evidence \"text\"", ScanResult::text)
      .objects("findings", "what a careful receiver notices about the reply", FINDING, ScanResult::findings,
          f -> f.kind().name())
      .bool("cut", "whether the line was longer than --max-line-length and only its start was read",
          ScanResult::cut)
      .build();

  List<String> codeTexts() {
    return codes.stream().map(StatusCode::toString).toList();
  }

  /** {@return whether the result is a permanent failure: its code's class, else its reply code's first digit} */
  public boolean isPermanent() {
    return statusClass() == 5;
  }

  /** {@return the class of the code, else the first digit of the reply code, else 0} */
  public int statusClass() {
    return code != null ? code.statusClass().number() : replyCode != null ? replyCode / 100 : 0;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s:%d %s %s", source, line, evidence, code);
  }
}
