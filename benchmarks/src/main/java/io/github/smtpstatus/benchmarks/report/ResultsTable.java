package io.github.smtpstatus.benchmarks.report;

import io.github.smtpstatus.StatusCode;
import io.github.smtpstatus.StatusCodes;
import io.github.smtpstatus.benchmarks.corpus.Corpora;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one JMH run's CSV ({@code -rf csv}, with {@code -prof gc}) into the Markdown tables of
 * BENCHMARKS.md: each benchmark with its baseline side by side, the ratio, the allocation per op, the
 * target and whether the run met it. It computes only from the CSV it is given (and, for the expected
 * size of {@code findAll}'s results, from the same pinned texts the benchmarks read); it never measures.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar
 * io.github.smtpstatus.benchmarks.report.ResultsTable jmh-result.csv [plugin-timings.txt]}
 */
public final class ResultsTable {

  private static final String PACKAGE = "io.github.smtpstatus.benchmarks.";
  private static final String API_PACKAGE = "io.github.smtpstatus.";

  /** The time at the end of the goal's log line: {@code (458 ms)}. */
  private static final Pattern MILLIS = Pattern.compile("\\((\\d+) ms\\)$");

  /**
   * Bytes of an {@code ImmutableArrayList} with its array of {@code count} references, on a 64-bit JVM
   * with compressed class pointers and oops (the default below 32 GiB of heap): 12-byte headers,
   * 4-byte references, 8-byte alignment.
   */
  static long listBytes(int count) {
    long wrapper = 24; // header 12 + modCount 4 + array reference 4, aligned
    long array = align(16 + 4L * count);
    return wrapper + array;
  }

  private static long align(long bytes) {
    return (bytes + 7) / 8 * 8;
  }

  /** One row of the CSV: a benchmark, its parameters, a metric. */
  record Row(String benchmark, String metric, String params, double score, double error, String unit, int samples) {}

  private final Map<String, Row> rows = new LinkedHashMap<>();
  private final List<String> out = new ArrayList<>();

  ResultsTable(List<String> csv) {
    List<String> header = fields(csv.get(0));
    for (String line : csv.subList(1, csv.size())) {
      if (line.isBlank()) {
        continue;
      }
      List<String> f = fields(line);
      // ScratchChoiceBenchmark lives in the API's own package.
      String name = f.get(0).startsWith(PACKAGE) ? f.get(0).substring(PACKAGE.length())
          : f.get(0).substring(API_PACKAGE.length());
      String metric = "";
      int colon = name.indexOf(':');
      if (colon >= 0) {
        metric = name.substring(colon + 1);
        name = name.substring(0, colon);
      }
      StringBuilder params = new StringBuilder();
      for (int i = 7; i < f.size(); i++) {
        if (!f.get(i).isEmpty()) {
          params.append(params.length() == 0 ? "" : ",").append(header.get(i).substring("Param: ".length()))
              .append('=').append(f.get(i));
        }
      }
      Row row = new Row(name, metric, params.toString(), Double.parseDouble(f.get(4)), parse(f.get(5)), f.get(6),
          Integer.parseInt(f.get(3)));
      rows.put(key(name, metric, row.params()), row);
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: ResultsTable jmh-result.csv [plugin-timings.txt]");
      System.exit(2);
    }
    ResultsTable table = new ResultsTable(Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8));
    List<String> plugin = args.length > 1 ? Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8) : List.of();
    table.render(plugin).forEach(System.out::println);
  }

  List<String> render(List<String> pluginTimings) {
    out.add("| benchmark | input | library | baseline | baseline score | ratio | library B/op | baseline B/op"
        + " | target | met |");
    out.add("| --- | --- | ---: | --- | ---: | ---: | ---: | ---: | --- | --- |");
    for (String code : List.of("5.1.1", "5.7.606", "5.01.1")) {
      String params = "code=" + code;
      pair("CodeParseBenchmark", "library", params, "regex", code, "≥ 20× regex" + (code.equals("5.1.1") ? ", 0 B/op" : ""),
          20, code.equals("5.1.1"));
      pair("CodeParseBenchmark", "library", params, "split", code, "", 0, false);
    }
    single("CodeParseBenchmark", "libraryParse", "", "5.1.1 (`parse`)", "0 B/op", true, -1);
    for (String reply : List.of("oneLine", "gmailThreeLines")) {
      pair("ReplyParseBenchmark", "library", "reply=" + reply, "regex", reply, "≥ 10× regex", 10, false);
      pair("ReplyParseBenchmark", "libraryLines", "reply=" + reply, "regex", reply + ", then `lines()`", "", 0, false);
    }
    findAll("FindAllBenchmark", "", "realistic 1 MiB", Corpora.realistic(Corpora.MB), Corpora.MB);
    for (int length : new int[] {Corpora.KB, 64 * Corpora.KB, Corpora.MB}) {
      findAll("AdversarialFindAllBenchmark", "length=" + length, "adversarial " + size(length),
          Corpora.adversarial(Corpora.MB), length);
    }
    for (String pair : List.of("1.1", "7.606")) {
      pair("LookupBenchmark", "library", "pair=" + pair, "hashMap", "(" + pair.replace('.', ',') + ")", "0 B/op",
          0, true);
    }
    for (String reply : List.of("oneLine", "gmailThreeLines")) {
      // Lenient within 1.5x of strict: strict's time over lenient's at least 1 / 1.5.
      pair("QuotedReplyBenchmark", "lenient", "reply=" + reply, "strict", reply + " (well formed)", "within 1.5× strict",
          1 / 1.5, false);
      single("QuotedReplyBenchmark", "lenientFlattened", "reply=" + reply, reply + " flattened onto one line", "",
          false, -1);
    }
    pair("MailLogBenchmark", "library", "", "grok", "4,096 generated log lines, one per op", "≥ 10× grok", 10, false);
    pair("MailLogBenchmark", "libraryTwoThreads", "", "grokTwoThreads", "the same, 2 threads (ns/op per thread)", "",
        0, false);
    single("CodeGenerationBenchmark", "render", "", "bundled registry, model → source", "", false, -1);
    single("CodeGenerationBenchmark", "generate", "", "bundled registry into an empty directory", "< 1 s", false,
        1000);
    single("CodeGenerationBenchmark", "noOp", "", "unchanged inputs", "< 100 ms", false, 100);
    single("CodeGenerationColdBenchmark", "firstGenerate", "", "first run in a fresh JVM", "< 1 s", false, 1000);
    pair("ClassifyBenchmark", "library", "", "regex", "16 replies, the shipped rules", "≥ 10× regex, 0 B/op", 10, true);
    pair("ClassifyBenchmark", "libraryTwoThreads", "", "regex", "the same, 2 threads (ns/op per thread)", "", 0, false);

    out.add("");
    out.add("Cost per byte of `findAll` over the adversarial text (each size reads the same 1 MiB):");
    out.add("");
    out.add("| length | library ns/byte | × the 1 KiB figure | regex ns/byte | × the 1 KiB figure | target | met |");
    out.add("| ---: | ---: | ---: | ---: | ---: | --- | --- |");
    double libraryBase = perByte("library", Corpora.KB);
    double regexBase = perByte("regex", Corpora.KB);
    for (int length : new int[] {Corpora.KB, 64 * Corpora.KB, Corpora.MB}) {
      double library = perByte("library", length);
      double regex = perByte("regex", length);
      boolean met = library / libraryBase <= 1.5;
      out.add(String.format(Locale.ROOT, "| %s | %.3f | %.2f | %.3f | %.2f | %s | %s |", size(length), library,
          library / libraryBase, regex, regex / regexBase, length == Corpora.KB ? "" : "library ≤ 1.5×",
          length == Corpora.KB ? "" : met ? "yes" : "**no**"));
    }
    new ScalingAndCostTables(this).render(out);
    classificationCostPerByte();
    Row logLines = row("MailLogBenchmark", "library", "", "");
    out.add("");
    out.add(String.format(Locale.ROOT, "`MailLogReader` reads %,.0f lines per second on one thread (10^9 / %s).",
        1e9 / toNanos(logLines.score(), logLines.unit()), score(logLines)));
    out.add("");
    out.add("Cost per byte of the lenient reading and the prose scanner over adversarial text (each size reads the"
        + " same 16 MiB):");
    out.add("");
    out.add("| method | length | ns/byte | × the 1 KiB figure | target | met |");
    out.add("| --- | ---: | ---: | ---: | --- | --- |");
    for (String method : List.of("lenient", "scanner")) {
      double base = perByte("AdversarialLenientBenchmark", method, Corpora.KB);
      for (int length : new int[] {Corpora.KB, 64 * Corpora.KB, Corpora.MB, 16 * Corpora.MB}) {
        double perByte = perByte("AdversarialLenientBenchmark", method, length);
        out.add(String.format(Locale.ROOT, "| %s | %s | %.3f | %.2f | %s | %s |", method, size(length), perByte,
            perByte / base, length == Corpora.KB ? "" : "≤ 1.5×",
            length == Corpora.KB ? "" : perByte / base <= 1.5 ? "yes" : "**no**"));
      }
    }
    bounceReader();
    if (!pluginTimings.isEmpty()) {
      out.add("");
      out.add("The `generate` goal in real `mvn` builds of status-codes-api: the time in its own log line (the"
          + " whole goal, plugin jar digest included, in Maven's JVM):");
      out.add("");
      out.add("| build | what the goal did | time | target | met |");
      out.add("| ---: | --- | ---: | --- | --- |");
      int build = 0;
      for (String line : pluginTimings) {
        Matcher time = MILLIS.matcher(line);
        if (!time.find()) {
          continue;
        }
        long millis = Long.parseLong(time.group(1));
        boolean noOp = line.contains("up to date");
        long limit = noOp ? 100 : 1000;
        out.add(String.format(Locale.ROOT, "| %d | %s | %d ms | < %s | %s |", ++build,
            noOp ? "nothing to do (inputs unchanged)" : "generated the bundled registry (6 files written)", millis,
            noOp ? "100 ms" : "1 s", millis < limit ? "yes" : "**no**"));
      }
      out.add("");
      out.add("```text");
      out.addAll(pluginTimings);
      out.add("```");
    }
    return out;
  }

  /** Cost per byte of classifying a text with the shipped rules, 100 B to 64 KiB, against the 100 B figure. */
  private void classificationCostPerByte() {
    out.add("");
    out.add("Cost per byte of `Classifier.standard().classify` (each size reads the same 64 KiB):");
    out.add("");
    out.add("| text | length | ns/byte | × the 100 B figure | B/op | target | met |");
    out.add("| --- | ---: | ---: | ---: | ---: | --- | --- |");
    for (String shape : List.of("prose", "adversarial")) {
      double base = 0;
      for (int length : new int[] {100, 1024, 16384, 65536}) {
        String params = "length=" + length + ",shape=" + shape;
        Row row = row("ClassifyCostPerByteBenchmark", "library", "", params);
        double perByte = toNanos(row.score(), row.unit()) / length;
        base = length == 100 ? perByte : base;
        double bytes = row("ClassifyCostPerByteBenchmark", "library", "gc.alloc.rate.norm", params).score();
        out.add(String.format(Locale.ROOT, "| %s | %s | %.3f | %.2f | %s | %s | %s |", shape, size(length), perByte,
            perByte / base, bytes(bytes), length == 100 ? "" : "≤ 1.5×",
            length == 100 ? "" : perByte / base <= 1.5 ? "yes" : "**no**"));
      }
    }
  }

  /**
   * The bounce reader: messages per second on one thread (target 20,000, more than 10× Sisimai's
   * published 1,200) with B/op, and its cost per byte over adversarial messages, each size against the
   * 1 KiB figure (target ≤ 1.5×). Rendered from the rows the run has: the corpus benchmark fails its setup
   * where {@code ../shared} is absent.
   */
  private void bounceReader() {
    out.add("");
    out.add("The bounce reader, one thread, messages held in memory:");
    out.add("");
    out.add("| messages | messages/s | B/op | target | met |");
    out.add("| --- | ---: | ---: | --- | --- |");
    for (String source : List.of("sisimai", "generated")) {
      Row row = rows.get(key("BounceReadBenchmark.read", "", "source=" + source));
      if (row != null) {
        double bytes = row("BounceReadBenchmark", "read", "gc.alloc.rate.norm", "source=" + source).score();
        out.add(String.format(Locale.ROOT, "| %s | %s | %s | ≥ 20,000 messages/s | %s |", source.equals("sisimai")
            ? "the 316 Sisimai corpus bounces" : "512 generated bounces", score(row), bytes(bytes),
            row.score() >= 20_000 ? "yes" : "**no**"));
      }
    }
    out.add("");
    out.add("| shape | length | ns/byte | × the 1 KiB figure | target | met |");
    out.add("| --- | ---: | ---: | ---: | --- | --- |");
    for (String shape : List.of("prose", "report", "mime", "layout")) {
      Row base = rows.get(key("AdversarialBounceBenchmark.read", "", "length=" + Corpora.KB + ",shape=" + shape));
      for (int length : new int[] {Corpora.KB, 64 * Corpora.KB, Corpora.MB, 16 * Corpora.MB}) {
        Row row = rows.get(key("AdversarialBounceBenchmark.read", "", "length=" + length + ",shape=" + shape));
        if (row == null || base == null) {
          continue;
        }
        double perByte = toNanos(row.score(), row.unit()) / length;
        double ratio = perByte / (toNanos(base.score(), base.unit()) / Corpora.KB);
        out.add(String.format(Locale.ROOT, "| %s | %s | %.1f | %.2f | %s | %s |", shape, size(length), perByte, ratio,
            length == Corpora.KB ? "" : "≤ 1.5×", length == Corpora.KB ? "" : ratio <= 1.5 ? "yes" : "**no**"));
      }
    }
  }

  private double perByte(String method, int length) {
    return perByte("AdversarialFindAllBenchmark", method, length);
  }

  private double perByte(String benchmark, String method, int length) {
    Row row = row(benchmark, method, "", "length=" + length);
    return toNanos(row.score(), row.unit()) / length;
  }

  /** Library against one baseline; {@code minRatio} 0 means no ratio target. */
  private void pair(String benchmark, String library, String params, String baseline, String input, String target,
      double minRatio, boolean zeroAllocation) {
    Row lib = row(benchmark, library, "", params);
    Row base = row(benchmark, baseline, "", params);
    double ratio = toNanos(base.score(), base.unit()) / toNanos(lib.score(), lib.unit());
    double libBytes = row(benchmark, library, "gc.alloc.rate.norm", params).score();
    double baseBytes = row(benchmark, baseline, "gc.alloc.rate.norm", params).score();
    boolean met = (minRatio <= 0 || ratio >= minRatio) && (!zeroAllocation || libBytes < 0.01);
    out.add(String.format(Locale.ROOT, "| %s.%s | %s | %s | %s | %s | %.1f× | %s | %s | %s | %s |", benchmark, library,
        input, score(lib), baseline, score(base), ratio, bytes(libBytes), bytes(baseBytes), target,
        target.isEmpty() ? "" : met ? "yes" : "**no**"));
  }

  /** A benchmark without a baseline; {@code maxMillis} below 0 means no time target. */
  private void single(String benchmark, String method, String params, String input, String target,
      boolean zeroAllocation, double maxMillis) {
    Row row = row(benchmark, method, "", params);
    double bytes = row(benchmark, method, "gc.alloc.rate.norm", params).score();
    boolean met = (maxMillis < 0 || toNanos(row.score(), row.unit()) / 1e6 < maxMillis)
        && (!zeroAllocation || bytes < 0.01);
    out.add(String.format(Locale.ROOT, "| %s.%s | %s | %s | | | | %s | | %s | %s |", benchmark, method, input,
        score(row), bytes(bytes), target, target.isEmpty() ? "" : met ? "yes" : "**no**"));
  }

  /**
   * findAll against the find() loop, and its allocation against the bytes of its results: the list and
   * its array, plus each unregistered code, which costs what parsing one costs (CodeParseBenchmark.library
   * on 5.7.606 in the same run). Over {@code length}-long slices of {@code text}, averaged per call.
   */
  private void findAll(String benchmark, String params, String input, String text, int length) {
    double perUnregistered = row("CodeParseBenchmark", "library", "gc.alloc.rate.norm", "code=5.7.606").score();
    int slices = text.length() / length;
    double expected = 0;
    for (int k = 0; k < slices; k++) {
      List<StatusCode> found = StatusCodes.findAll(text.substring(k * length, (k + 1) * length));
      if (!found.isEmpty()) {
        long unregistered = found.stream().filter(code -> code.registered().isEmpty()).count();
        expected += listBytes(found.size()) + unregistered * perUnregistered;
      }
    }
    expected /= slices;
    Row lib = row(benchmark, "library", "", params);
    Row base = row(benchmark, "regex", "", params);
    double ratio = toNanos(base.score(), base.unit()) / toNanos(lib.score(), lib.unit());
    double libBytes = row(benchmark, "library", "gc.alloc.rate.norm", params).score();
    double baseBytes = row(benchmark, "regex", "gc.alloc.rate.norm", params).score();
    // JMH's own bookkeeping adds a few KB per iteration, spread over its ops: a few B/op on 1 ms ops.
    boolean onlyResult = Math.abs(libBytes - expected) <= expected * 0.01 + 16;
    out.add(String.format(Locale.ROOT, "| %s.library | %s | %s | regex | %s | %.1f× | %s (result: %s) | %s |"
            + " ≥ 10× regex, allocates only its result | %s |", benchmark, input, score(lib), score(base), ratio,
        bytes(libBytes), bytes(expected), bytes(baseBytes), ratio >= 10 && onlyResult ? "yes" : "**no**"));
  }

  Row row(String benchmark, String method, String metric, String params) {
    Row row = rows.get(key(benchmark + "." + method, metric, params));
    if (row == null) {
      throw new IllegalArgumentException("not in the CSV: " + benchmark + "." + method + ":" + metric + " " + params);
    }
    return row;
  }

  private static String key(String name, String metric, String params) {
    return name + ":" + metric + ":" + params;
  }

  private static String score(Row row) {
    String error = Double.isNaN(row.error()) ? "" : " ± " + number(row.error());
    return number(row.score()) + error + " " + row.unit();
  }

  static String number(double value) {
    if (value >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    if (value >= 10) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    return String.format(Locale.ROOT, "%.3f", value);
  }

  /** Bytes per op; JMH's own bookkeeping leaves about 10^-5 B/op on a benchmark that allocates nothing. */
  static String bytes(double value) {
    if (value < 0.01) {
      return String.format(Locale.ROOT, "0 (%.0e)", value);
    }
    return String.format(Locale.ROOT, "%,.0f", value);
  }

  private static String size(int length) {
    return length < Corpora.KB ? length + " B" : length >= Corpora.MB ? length / Corpora.MB + " MiB" : length / Corpora.KB + " KiB";
  }

  static double toNanos(double score, String unit) {
    return switch (unit) {
      case "ns/op" -> score;
      case "us/op" -> score * 1e3;
      case "ms/op" -> score * 1e6;
      case "s/op" -> score * 1e9;
      default -> throw new IllegalArgumentException("unit " + unit);
    };
  }

  private static double parse(String value) {
    return value.equals("NaN") ? Double.NaN : Double.parseDouble(value);
  }

  /** The fields of a CSV line as JMH writes it: quoted strings without inner quotes, bare numbers. */
  private static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }
}
