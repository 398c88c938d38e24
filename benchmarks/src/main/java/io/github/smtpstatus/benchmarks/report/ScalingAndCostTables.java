package io.github.smtpstatus.benchmarks.report;

import io.github.smtpstatus.benchmarks.corpus.AdversarialReplies;
import io.github.smtpstatus.benchmarks.corpus.Corpora;
import java.util.List;
import java.util.Locale;

/**
 * The tables of issues 10 and 12 in BENCHMARKS.md, from the same run's CSV as {@link ResultsTable}: the
 * scaling of the parsers from one thread to two ({@code ThreadScalingBenchmark}), with the regex
 * baseline's own scaling beside it, and the cost per byte of the reply and DSN parsers over adversarial
 * inputs of 1 KiB, 1 MiB and 16 MiB ({@code AdversarialReplyBenchmark}). A benchmark the CSV lacks
 * leaves its table out, so that a run of a few benchmarks still renders.
 */
final class ScalingAndCostTables {

  /** Issue 12: two threads on two cores should do at least this much more work than one. */
  static final double MIN_SCALING = 1.8;

  /** Issue 10: the cost per byte at a larger size within this factor of the 1 KiB figure. */
  static final double MAX_GROWTH = 1.5;

  private static final String SCALING = "ThreadScalingBenchmark";
  private static final String COST = "AdversarialReplyBenchmark";
  private static final int[] LENGTHS = {Corpora.KB, Corpora.MB, 16 * Corpora.MB};

  private final ResultsTable results;

  ScalingAndCostTables(ResultsTable results) {
    this.results = results;
  }

  void render(List<String> out) {
    if (present(SCALING + ".OneThread", "codeLibrary", "code=5.1.1")) {
      scaling(out);
    }
    if (present(COST, "reply", "length=1024,shape=distinctCodes")) {
      costPerByte(out);
    }
  }

  private boolean present(String benchmark, String method, String params) {
    try {
      results.row(benchmark, method, "", params);
      return true;
    } catch (IllegalArgumentException absent) {
      return false;
    }
  }

  private void scaling(List<String> out) {
    out.add("");
    out.add("Scaling from one thread to two (`ThreadScalingBenchmark`, throughput, inputs shared by the threads):");
    out.add("");
    out.add("| benchmark | input | library, 1 thread | 2 threads | scaling | library B/op, 1 / 2 threads"
        + " | regex, 1 thread | 2 threads | regex scaling | target | met |");
    out.add("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |");
    for (String code : List.of("5.1.1", "5.7.606", "5.01.1")) {
      scalingRow(out, "code", "code=" + code, code);
    }
    for (String reply : List.of("oneLine", "gmailThreeLines")) {
      scalingRow(out, "reply", "reply=" + reply, reply);
    }
    for (String kind : List.of("realistic", "adversarial")) {
      scalingRow(out, "findAll", "kind=" + kind, kind + " 1 MiB");
    }
  }

  private void scalingRow(List<String> out, String parser, String params, String input) {
    ResultsTable.Row one = results.row(SCALING + ".OneThread", parser + "Library", "", params);
    ResultsTable.Row two = results.row(SCALING + ".TwoThreads", parser + "Library", "", params);
    ResultsTable.Row regexOne = results.row(SCALING + ".OneThread", parser + "Regex", "", params);
    ResultsTable.Row regexTwo = results.row(SCALING + ".TwoThreads", parser + "Regex", "", params);
    double bytesOne = results.row(SCALING + ".OneThread", parser + "Library", "gc.alloc.rate.norm", params).score();
    double bytesTwo = results.row(SCALING + ".TwoThreads", parser + "Library", "gc.alloc.rate.norm", params).score();
    double scaling = two.score() / one.score();
    double regexScaling = regexTwo.score() / regexOne.score();
    out.add(String.format(Locale.ROOT, "| %s.%sLibrary | %s | %s %s | %s | %.2f× | %s / %s | %s | %s | %.2f× | ≥ %.1f× |"
            + " %s |", SCALING, parser, input, ResultsTable.number(one.score()), one.unit(),
        ResultsTable.number(two.score()), scaling, ResultsTable.bytes(bytesOne), ResultsTable.bytes(bytesTwo),
        ResultsTable.number(regexOne.score()), ResultsTable.number(regexTwo.score()), regexScaling, MIN_SCALING,
        scaling >= MIN_SCALING ? "yes" : scaling >= regexScaling ? "**no**, as the baseline" : "**no**"));
  }

  private void costPerByte(List<String> out) {
    out.add("");
    out.add("Cost per byte of the reply and DSN parsers over adversarial inputs (`AdversarialReplyBenchmark`;"
        + " each size reads 16 MiB of distinct inputs in turn):");
    out.add("");
    out.add("| parser | shape | 1 KiB ns/byte | 1 MiB ns/byte | × the 1 KiB figure | 16 MiB ns/byte"
        + " | × the 1 KiB figure | target | met |");
    out.add("| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | --- |");
    for (String shape : AdversarialReplies.REPLY_SHAPES) {
      costRow(out, "reply", "`SmtpReply.parse`", shape);
    }
    for (String shape : AdversarialReplies.REPLY_SHAPES) {
      costRow(out, "diagnosticCode", "`DeliveryStatus.parseDiagnosticCode`", shape);
    }
    for (String shape : AdversarialReplies.STATUS_SHAPES) {
      costRow(out, "status", "`DeliveryStatus.parseStatus`", shape);
    }
  }

  private void costRow(List<String> out, String method, String parser, String shape) {
    double[] perByte = new double[LENGTHS.length];
    for (int k = 0; k < LENGTHS.length; k++) {
      ResultsTable.Row row = results.row(COST, method, "", "length=" + LENGTHS[k] + ",shape=" + shape);
      perByte[k] = ResultsTable.toNanos(row.score(), row.unit()) / LENGTHS[k];
    }
    double growth = Math.max(perByte[1], perByte[2]) / perByte[0];
    out.add(String.format(Locale.ROOT, "| %s | %s | %.3f | %.3f | %.2f | %.3f | %.2f | ≤ %.1f× | %s |", parser, shape,
        perByte[0], perByte[1], perByte[1] / perByte[0], perByte[2], perByte[2] / perByte[0], MAX_GROWTH,
        growth <= MAX_GROWTH ? "yes" : "**no**"));
  }
}
