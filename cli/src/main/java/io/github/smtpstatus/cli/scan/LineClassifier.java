package io.github.smtpstatus.cli.scan;

import io.github.smtpstatus.SmtpReply;
import io.github.smtpstatus.StatusCode;
import io.github.smtpstatus.StatusCodes;
import io.github.smtpstatus.cli.input.Chunk;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Reads one line of a log or of free text into at most one {@link ScanResult}: the line as an SMTP
 * reply; else the codes found in it as text, the first one deciding. A line with no code and no reply
 * gives no result. Stateless and thread-safe.
 */
public final class LineClassifier {

  /**
   * Reads one line.
   *
   * @param source the input's name
   * @param line the line
   * @return its result, or empty when it holds no reply and no code
   */
  public Optional<ScanResult> classify(String source, Chunk.Line line) {
    String text = line.text();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    char first = text.charAt(0);
    if (first >= '2' && first <= '5') {
      Optional<SmtpReply> reply = SmtpReply.tryParse(text);
      if (reply.isPresent()) {
        SmtpReply parsed = reply.get();
        List<StatusCode> codes = parsed.enhancedCode().map(List::of).orElse(List.of());
        return Optional.of(new ScanResult(source, line.number(), "reply", parsed.code(),
            parsed.enhancedCode().orElse(null), codes, parsed.text(), parsed.findings(), line.cut()));
      }
    }
    List<StatusCode> found = StatusCodes.findAll(text);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    List<StatusCode> distinct = found.size() == 1 ? found : new ArrayList<>(new LinkedHashSet<>(found));
    return Optional.of(new ScanResult(source, line.number(), "text", null, distinct.get(0), List.copyOf(distinct),
        text, List.of(), line.cut()));
  }
}
