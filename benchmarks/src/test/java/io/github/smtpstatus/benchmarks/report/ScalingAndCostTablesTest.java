package io.github.smtpstatus.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpstatus.benchmarks.corpus.AdversarialReplies;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The two tables are computed from the CSV's numbers alone, and judged against their targets. */
class ScalingAndCostTablesTest {

  private static final String HEADER = "\"Benchmark\",\"Mode\",\"Threads\",\"Samples\",\"Score\",\"Score Error (99.9%)\","
      + "\"Unit\",\"Param: code\",\"Param: kind\",\"Param: length\",\"Param: reply\",\"Param: shape\"";

  private static String line(String benchmark, String unit, double score, String code, String kind, String length,
      String reply, String shape) {
    return String.join(",", "\"io.github.smtpstatus.benchmarks." + benchmark + "\"", "\"thrpt\"", "1", "5",
        String.valueOf(score), "NaN", "\"" + unit + "\"", code, kind, length, reply, shape);
  }

  /** Scaling rows where the library does {@code library} times the work on two threads and the regex 1.5 times. */
  private static List<String> scaling(double library) {
    List<String> csv = new ArrayList<>();
    for (String[] input : new String[][] {{"code", "5.1.1", "", ""}, {"code", "5.7.606", "", ""},
        {"code", "5.01.1", "", ""}, {"reply", "", "", "oneLine"}, {"reply", "", "", "gmailThreeLines"},
        {"findAll", "", "realistic", ""}, {"findAll", "", "adversarial", ""}}) {
      for (String threads : new String[] {"OneThread", "TwoThreads"}) {
        double factor = threads.equals("OneThread") ? 1 : library;
        double regexFactor = threads.equals("OneThread") ? 1 : 1.5;
        String name = "ThreadScalingBenchmark." + threads + "." + input[0];
        csv.add(line(name + "Library", "ops/ms", 1000 * factor, input[1], input[2], "", input[3], ""));
        csv.add(line(name + "Library:gc.alloc.rate.norm", "B/op", 0, input[1], input[2], "", input[3], ""));
        csv.add(line(name + "Regex", "ops/ms", 100 * regexFactor, input[1], input[2], "", input[3], ""));
      }
    }
    return csv;
  }

  private static List<String> render(List<String> lines) {
    List<String> csv = new ArrayList<>(List.of(HEADER));
    csv.addAll(lines);
    List<String> out = new ArrayList<>();
    new ScalingAndCostTables(new ResultsTable(csv)).render(out);
    return out;
  }

  @Test
  void scalingIsTwoThreadsOverOneAndMeetsItsTargetFromOnePointEight() {
    assertThat(render(scaling(1.9))).contains("| ThreadScalingBenchmark.codeLibrary | 5.1.1 | 1,000 ops/ms | 1,900 | 1.90×"
        + " | 0 (0e+00) / 0 (0e+00) | 100 | 150 | 1.50× | ≥ 1.8× | yes |");
  }

  @Test
  void aScalingBelowTargetIsAMissAndSaysWhenTheBaselineScaledNoBetter() {
    assertThat(render(scaling(1.6))).anyMatch(row -> row.startsWith("| ThreadScalingBenchmark.replyLibrary | oneLine |")
        && row.endsWith("| 1.60× | 0 (0e+00) / 0 (0e+00) | 100 | 150 | 1.50× | ≥ 1.8× | **no**, as the baseline |"));
    assertThat(render(scaling(1.2))).anyMatch(row -> row.startsWith("| ThreadScalingBenchmark.findAllLibrary |")
        && row.endsWith("| 1.50× | ≥ 1.8× | **no** |"));
  }

  @Test
  void costPerByteIsTimeOverLengthAndMeetsItsTargetWithinOnePointFiveTimes() {
    List<String> csv = new ArrayList<>(scaling(2));
    for (String method : new String[] {"reply", "diagnosticCode", "status"}) {
      String[] shapes = method.equals("status") ? AdversarialReplies.STATUS_SHAPES : AdversarialReplies.REPLY_SHAPES;
      for (String shape : shapes) {
        // 1 ns/byte at 1 KiB and 1 MiB; at 16 MiB 1.4 ns/byte, except 1.6 for the distinct codes.
        double at16 = shape.equals("distinctCodes") ? 1.6 : 1.4;
        csv.add(line("AdversarialReplyBenchmark." + method, "ns/op", 1024, "", "", "1024", "", shape));
        csv.add(line("AdversarialReplyBenchmark." + method, "us/op", 1048.576, "", "", "1048576", "", shape));
        csv.add(line("AdversarialReplyBenchmark." + method, "ms/op", 16.777216 * at16, "", "", "16777216", "", shape));
      }
    }

    List<String> out = render(csv);

    assertThat(out).contains("| `SmtpReply.parse` | distinctCodes | 1.000 | 1.000 | 1.00 | 1.600 | 1.60 | ≤ 1.5× | **no** |",
        "| `DeliveryStatus.parseDiagnosticCode` | manyLines | 1.000 | 1.000 | 1.00 | 1.400 | 1.40 | ≤ 1.5× | yes |",
        "| `DeliveryStatus.parseStatus` | quotedPairs | 1.000 | 1.000 | 1.00 | 1.400 | 1.40 | ≤ 1.5× | yes |");
  }

  @Test
  void aRunWithoutTheseBenchmarksRendersNothing() {
    assertThat(render(List.of())).isEmpty();
  }
}
