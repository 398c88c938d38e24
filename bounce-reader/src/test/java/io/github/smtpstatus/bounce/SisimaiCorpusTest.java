package io.github.smtpstatus.bounce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.smtpstatus.StatusCode;
import io.github.smtpstatus.StatusCodes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.MimeTokenStream;
import org.apache.james.mime4j.stream.RecursionMode;
import org.junit.jupiter.api.Test;

/**
 * The reader against Sisimai's expected results on the real bounces of {@code ../shared/corpora/sisimai/}
 * (resolved from the project root; never copied into the project). Prints the three figures and every
 * mismatch, and enforces the floors. Skipped, saying why, where the folder is absent.
 */
class SisimaiCorpusTest {

  /** Messages whose recipient count equals the expected one. */
  private static final double RECIPIENTS_FLOOR = 0.99;
  /** Recipients whose status equals the expected one, where the expected code is written in the message. */
  private static final double STATUS_FLOOR = 0.98;
  /** Recipients whose reply code equals the expected one, where one is expected. */
  private static final double REPLY_CODE_FLOOR = 0.95;

  record Expected(String file, int index, String status, String replyCode) {}

  static Path corpus() {
    Path root = Path.of("").toAbsolutePath();
    while (root != null && !Files.exists(root.resolve("bounce-reader"))) {
      root = root.getParent();
    }
    return root == null ? null : root.resolve("../shared/corpora/sisimai").normalize();
  }

  static Map<String, List<Expected>> expectations(Path corpus) throws IOException {
    Map<String, List<Expected>> byFile = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(corpus.resolve("expectations.tsv"), StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] columns = line.split("\t", -1);
      byFile.computeIfAbsent(columns[1], file -> new ArrayList<>())
          .add(new Expected(columns[1], Integer.parseInt(columns[3]), columns[4], columns[5]));
    }
    byFile.values().forEach(rows -> rows.sort((a, b) -> Integer.compare(a.index(), b.index())));
    return byFile;
  }

  @Test
  void agreesWithSisimaiOnTheCorpus() throws IOException {
    Path corpus = corpus();
    assumeTrue(corpus != null && Files.isRegularFile(corpus.resolve("expectations.tsv")),
        "the Sisimai corpus is not at ../shared/corpora/sisimai/ (from the project root): skipped");
    BounceReader reader = BounceReader.create();
    int messages = 0;
    int countEqual = 0;
    int statusTotal = 0;
    int statusEqual = 0;
    int pseudo = 0;
    int empty = 0;
    int notWritten = 0;
    int replyTotal = 0;
    int replyEqual = 0;
    List<String> mismatches = new ArrayList<>();
    for (Map.Entry<String, List<Expected>> entry : expectations(corpus).entrySet()) {
      byte[] bytes = Files.readAllBytes(corpus.resolve("emails").resolve(entry.getKey()));
      // Some files are mboxes of more than one bounce (they start with an envelope "From " line).
      List<Bounce> bounces = startsWithEnvelope(bytes)
          ? reader.readMbox(new ByteArrayInputStream(bytes)).toList() : List.of(reader.read(bytes));
      Bounce bounce = bounces.get(0);
      List<Expected> rows = entry.getValue();
      List<RecipientResult> found = bounces.stream().flatMap(each -> each.recipients().stream()).toList();
      messages++;
      if (found.size() == rows.size()) {
        countEqual++;
      } else {
        mismatches.add(entry.getKey() + ": " + found.size() + " recipients, expected " + rows.size() + " ("
            + bounce.kind() + " " + found + ")");
      }
      Set<StatusCode> written = null;
      for (int i = 0; i < rows.size(); i++) {
        Expected row = rows.get(i);
        RecipientResult result = i < found.size() ? found.get(i) : null;
        if (row.status().isEmpty()) {
          empty++;
        } else if (isPseudo(row.status())) {
          pseudo++;
        } else {
          if (written == null) {
            written = writtenCodes(bytes);
          }
          StatusCode expected = StatusCode.parse(row.status());
          if (!written.contains(expected)) {
            notWritten++;
          } else {
            statusTotal++;
            String got = result == null ? "none" : result.status().map(StatusCode::toString).orElse("none");
            if (got.equals(row.status())) {
              statusEqual++;
            } else {
              mismatches.add(entry.getKey() + "#" + row.index() + ": status " + got + ", expected " + row.status()
                  + " (" + (result == null ? "no recipient" : result.candidates()) + ")");
            }
          }
        }
        if (!row.replyCode().isEmpty()) {
          replyTotal++;
          String got = result == null || result.replyCode().isEmpty() ? "none"
              : String.valueOf(result.replyCode().getAsInt());
          if (got.equals(row.replyCode())) {
            replyEqual++;
          } else {
            mismatches.add(entry.getKey() + "#" + row.index() + ": reply code " + got + ", expected "
                + row.replyCode() + " (" + (result == null ? "no recipient" : result.candidates()) + ")");
          }
        }
      }
    }
    System.out.printf("Sisimai corpus (%s): %d messages%n", corpus, messages);
    System.out.printf("  recipients per message equal: %d of %d (%.1f%%, floor %.0f%%)%n", countEqual, messages,
        100.0 * countEqual / messages, 100 * RECIPIENTS_FLOOR);
    System.out.printf("  status equal: %d of %d recipients whose expected code is written in the message (%.1f%%,"
        + " floor %.0f%%); not counted: %d Sisimai pseudo-codes X.0.9NN, %d empty, %d not written in the message%n",
        statusEqual, statusTotal, 100.0 * statusEqual / statusTotal, 100 * STATUS_FLOOR, pseudo, empty, notWritten);
    System.out.printf("  reply code equal: %d of %d (%.1f%%, floor %.0f%%)%n", replyEqual, replyTotal,
        100.0 * replyEqual / replyTotal, 100 * REPLY_CODE_FLOOR);
    mismatches.forEach(mismatch -> System.out.println("  mismatch " + mismatch));
    assertThat((double) countEqual / messages).as("recipients per message").isGreaterThanOrEqualTo(RECIPIENTS_FLOOR);
    assertThat((double) statusEqual / statusTotal).as("status").isGreaterThanOrEqualTo(STATUS_FLOOR);
    assertThat((double) replyEqual / replyTotal).as("reply code").isGreaterThanOrEqualTo(REPLY_CODE_FLOOR);
  }

  static boolean startsWithEnvelope(byte[] bytes) {
    return bytes.length > 5 && new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).equals("From ");
  }

  /** Sisimai's own codes, made from its reason when the message carries none: {@code 5.0.910} to {@code 5.0.999}. */
  static boolean isPseudo(String status) {
    StatusCode code = StatusCode.parse(status);
    return code.subject() == 0 && code.detail() >= 900;
  }

  /** Every code written anywhere in the message, every part transfer-decoded (independently of the reader). */
  static Set<StatusCode> writtenCodes(byte[] message) throws IOException {
    Set<StatusCode> codes = new HashSet<>(StatusCodes.findAll(new String(message, StandardCharsets.ISO_8859_1)));
    MimeTokenStream tokens = new MimeTokenStream(MimeConfig.PERMISSIVE);
    tokens.setRecursionMode(RecursionMode.M_RECURSE);
    tokens.parse(new ByteArrayInputStream(message));
    try {
      for (EntityState state = tokens.getState(); state != EntityState.T_END_OF_STREAM; state = tokens.next()) {
        if (state == EntityState.T_BODY) {
          try (InputStream body = tokens.getDecodedInputStream()) {
            codes.addAll(StatusCodes.findAll(new String(body.readAllBytes(), StandardCharsets.UTF_8)));
          }
        }
      }
    } catch (MimeException e) {
      throw new IOException(e);
    }
    return codes;
  }
}
