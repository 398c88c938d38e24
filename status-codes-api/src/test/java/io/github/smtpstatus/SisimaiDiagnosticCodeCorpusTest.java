package io.github.smtpstatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The lenient reading over the {@code Diagnostic-Code: smtp;} fields of the real bounces in
 * {@code ../shared/corpora/sisimai/emails} (resolved from the project root; skipped where absent). The
 * fields are taken from the raw messages with a plain header unfolding (a line that starts with a space
 * or tab continues the field): no MIME decoding, which is the bounce reader's job.
 */
class SisimaiDiagnosticCodeCorpusTest {

  private static final String FIELD = "diagnostic-code:";

  @Test
  void everyDiagnosticThatStartsWithAReplyCodeIsReadAsAReply() throws IOException {
    Path emails = corpus();
    assumeTrue(Files.isDirectory(emails), "skipped: the Sisimai corpus is not at " + emails);

    List<String> values = new ArrayList<>();
    int messages = 0;
    try (Stream<Path> files = Files.list(emails)) {
      for (Path file : files.filter(path -> path.toString().endsWith(".eml")).sorted().toList()) {
        messages++;
        values.addAll(smtpDiagnostics(Files.readString(file, StandardCharsets.ISO_8859_1)));
      }
    }
    int startsWithCode = 0;
    int readWhole = 0;
    int foundInside = 0;
    List<String> missed = new ArrayList<>();
    Map<String, Integer> repairs = new TreeMap<>();
    for (String value : values) {
      boolean codeFirst = value.length() >= 3 && isReplyCodeStart(value);
      QuotedReply whole = QuotedReply.tryParse(value).orElse(null);
      if (codeFirst) {
        startsWithCode++;
        if (whole == null) {
          missed.add(value);
        }
      }
      if (whole != null) {
        readWhole++;
        whole.repairs().forEach(repair -> repairs.merge(repair.kind().toString(), 1, Integer::sum));
      } else if (SmtpReplies.findFirst(value).isPresent()) {
        foundInside++;
      }
    }
    System.out.printf(Locale.ROOT, "Sisimai corpus: %d messages, %d Diagnostic-Code fields of type smtp;"
        + " %d start with a reply code, %d are read as a reply (%d of them repaired: %s), %d more hold a quoted"
        + " reply that SmtpReplies finds, %d hold none%n", messages, values.size(), startsWithCode, readWhole,
        readWhole - (int) values.stream().map(QuotedReply::tryParse).filter(q -> q.isPresent() && !q.get().isRepaired())
            .count(), repairs, foundInside, values.size() - readWhole - foundInside);

    assertThat(values).isNotEmpty();
    assertThat(missed).as("diagnostics that start with a reply code but are not read as one").isEmpty();
  }

  /** The values after {@code smtp;} of every {@code Diagnostic-Code} field of type smtp, unfolded and trimmed. */
  static List<String> smtpDiagnostics(String message) {
    List<String> values = new ArrayList<>();
    String[] lines = message.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (!line.regionMatches(true, 0, FIELD, 0, FIELD.length())) {
        continue;
      }
      StringBuilder value = new StringBuilder(line.substring(FIELD.length()));
      while (i + 1 < lines.length && !lines[i + 1].isEmpty()
          && (lines[i + 1].charAt(0) == ' ' || lines[i + 1].charAt(0) == '\t')) {
        value.append(lines[++i]);
      }
      String field = value.toString().strip();
      int semicolon = field.indexOf(';');
      if (semicolon > 0 && field.substring(0, semicolon).strip().equalsIgnoreCase("smtp")) {
        values.add(field.substring(semicolon + 1).strip());
      }
    }
    return values;
  }

  private static boolean isReplyCodeStart(String value) {
    char first = value.charAt(0);
    char second = value.charAt(1);
    return first >= '2' && first <= '5' && second >= '0' && second <= '5' && CodeScanner.isDigit(value.charAt(2))
        && (value.length() == 3 || value.charAt(3) == ' ' || value.charAt(3) == '-');
  }

  /** {@code ../shared/corpora/sisimai/emails} from the project root (the parent of this module's directory). */
  private static Path corpus() {
    Path module = Path.of("").toAbsolutePath();
    Path root = Files.exists(module.resolve("status-codes-api")) ? module : module.getParent();
    return root.resolve("../shared/corpora/sisimai/emails").normalize();
  }
}
