package io.github.smtpstatus.bounce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.smtpstatus.classify.Classification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The figures of issue 15 that count: each recipient's {@link RecipientResult#classification()}, as the
 * reader gives it on the bounces of {@code ../shared/corpora/sisimai/}, against Sisimai's reason
 * (through {@code BounceReason.sisimaiReasons()}) and its {@code hardbounce}. Issue 15 asks for 90% and
 * 97%; the floors are the figures reached, so that no change to the reader or the rules lowers them
 * unnoticed. Prints the confusion table and every disagreement. Skipped, saying why, where the folder is
 * absent.
 */
class ClassifiedCorpusTest {

  private static final double REASON_TARGET = 0.90;
  private static final double HARD_BOUNCE_TARGET = 0.97;
  private static final double REASON_FLOOR = 0.852;
  private static final double HARD_BOUNCE_FLOOR = 0.945;

  record Row(String file, int index, String expected, boolean expectedHard, Classification got, String text) {
    boolean reasonAgrees() {
      return got.reason().sisimaiReasons().contains(expected);
    }

    boolean hardAgrees() {
      return got.addressDead() == expectedHard;
    }
  }

  @Test
  void theReadersClassificationsAgreeWithSisimai() throws IOException {
    Path corpus = SisimaiCorpusTest.corpus();
    assumeTrue(corpus != null && Files.isRegularFile(corpus.resolve("expectations.tsv")),
        "the Sisimai corpus is not at ../shared/corpora/sisimai/ (from the project root): skipped");
    List<String> lines = Files.readAllLines(corpus.resolve("expectations.tsv"), StandardCharsets.UTF_8);
    BounceReader reader = BounceReader.create();
    List<Row> rows = new ArrayList<>();
    String file = null;
    List<RecipientResult> found = List.of();
    for (String line : lines.subList(1, lines.size())) {
      String[] columns = line.split("\t", -1);
      if (!columns[1].equals(file)) {
        file = columns[1];
        byte[] bytes = Files.readAllBytes(corpus.resolve("emails").resolve(file));
        List<Bounce> bounces = SisimaiCorpusTest.startsWithEnvelope(bytes)
            ? reader.readMbox(new ByteArrayInputStream(bytes)).toList() : List.of(reader.read(bytes));
        found = bounces.stream().flatMap(each -> each.recipients().stream()).toList();
      }
      int index = Integer.parseInt(columns[3]);
      RecipientResult recipient = index <= found.size() ? found.get(index - 1) : null;
      if (recipient == null) {
        rows.add(new Row(file, index, columns[6], Boolean.parseBoolean(columns[8]), null, "no recipient"));
        continue;
      }
      rows.add(new Row(file, index, columns[6], Boolean.parseBoolean(columns[8]), recipient.classification(),
          recipient.toString()));
    }
    List<Row> classified = rows.stream().filter(row -> row.got() != null).toList();
    long reasons = classified.stream().filter(Row::reasonAgrees).count();
    long hard = classified.stream().filter(Row::hardAgrees).count();
    printConfusionTable(classified);
    rows.stream().filter(row -> row.got() == null || !row.reasonAgrees() || !row.hardAgrees())
        .forEach(row -> System.out.printf("  %-32s #%d expected %-16s hardbounce=%-5s got %s%n      %s%n", row.file(),
            row.index(), row.expected(), row.expectedHard(), row.got() == null ? "no recipient" : row.got(),
            snippet(row.text())));
    int total = rows.size();
    System.out.printf("through the bounce reader: reason %d of %d (%.1f%%, target %.0f%%, floor %.1f%%), hardbounce %d"
        + " of %d (%.1f%%, target %.0f%%, floor %.1f%%)%n", reasons, total, 100.0 * reasons / total,
        100 * REASON_TARGET, 100 * REASON_FLOOR, hard, total, 100.0 * hard / total, 100 * HARD_BOUNCE_TARGET,
        100 * HARD_BOUNCE_FLOOR);
    assertThat((double) reasons / total).as("reason agreement").isGreaterThanOrEqualTo(REASON_FLOOR);
    assertThat((double) hard / total).as("hardbounce agreement").isGreaterThanOrEqualTo(HARD_BOUNCE_FLOOR);
  }

  private static void printConfusionTable(List<Row> rows) {
    Map<String, Map<String, Integer>> table = new TreeMap<>();
    TreeSet<String> columns = new TreeSet<>();
    for (Row row : rows) {
      String got = row.reasonAgrees() ? row.expected() : row.got().reason().sisimaiReasons().get(0);
      columns.add(got);
      table.computeIfAbsent(row.expected(), key -> new TreeMap<>()).merge(got, 1, Integer::sum);
    }
    System.out.println("confusion table: rows Sisimai's reason, columns the reader's (through"
        + " BounceReason.sisimaiReasons)");
    StringBuilder header = new StringBuilder(String.format("%-16s", ""));
    columns.forEach(column -> header.append(String.format(" %5.5s", column)));
    System.out.println(header);
    table.forEach((expected, counts) -> {
      StringBuilder line = new StringBuilder(String.format("%-16s", expected));
      columns.forEach(column -> line.append(String.format(" %5s", counts.containsKey(column) ? counts.get(column) : ".")));
      System.out.println(line);
    });
  }

  private static String snippet(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() > 160 ? flat.substring(0, 160) + "..." : flat;
  }
}
