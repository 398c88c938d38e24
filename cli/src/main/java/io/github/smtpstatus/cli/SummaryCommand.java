package io.github.smtpstatus.cli;

import io.github.smtpstatus.StatusCode;
import io.github.smtpstatus.classify.BounceReason;
import io.github.smtpstatus.classify.Classification;
import io.github.smtpstatus.classify.SenderAction;
import io.github.smtpstatus.cli.output.ClassificationFields;
import io.github.smtpstatus.cli.output.EnumNames;
import io.github.smtpstatus.cli.summary.TopCounter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import io.github.smtpstatus.bounce.BounceReader;
import io.github.smtpstatus.cli.bounces.BounceReading;
import io.github.smtpstatus.cli.bounces.BounceResult;
import io.github.smtpstatus.cli.input.Chunk;
import io.github.smtpstatus.cli.input.Input;
import io.github.smtpstatus.cli.scan.LineClassifier;
import io.github.smtpstatus.cli.scan.LogReading;
import io.github.smtpstatus.cli.scan.ReadCounts;
import io.github.smtpstatus.cli.scan.ScanResult;
import io.github.smtpstatus.cli.summary.Summary;
import io.github.smtpstatus.cli.summary.SummaryWriter;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code summary}: aggregate tables over what {@code scan} (or {@code bounces}) finds. */
@Command(name = "summary", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "(scan | bounces)",
    header = "Summarise what scan or bounces finds, as tables.",
    description = {"A headline by outcome, and the largest groups by enhanced code, by recipient domain, by relay "
        + "and by reply code. With --json or --csv, one record per group (schema \"summary\" in docs/CLI.md)."},
    subcommands = {SummaryCommand.Scan.class, SummaryCommand.Bounces.class})
final class SummaryCommand implements Callable<Integer> {

  @ParentCommand
  SmtpStatus root;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "Missing what to summarise: scan FILE... or bounces PATH...");
  }

  /** The dimensions of a summary of scan results. */
  static List<Summary.Dimension<ScanResult>> scanDimensions() {
    return List.of(
        reasonDimension(r -> r.statusClass() == 4 || r.statusClass() == 5 ? r.classification() : null),
        providerDimension(ScanResult::classification, ScanResult::code),
        new Summary.Dimension<>("code", "By enhanced code", r -> r.code() == null ? null : r.code().toString(),
            code -> StatusCode.parse(code).meaning().sampleText()),
        new Summary.Dimension<>("domain", "By recipient domain", r -> domain(r.recipient()), null),
        new Summary.Dimension<>("relay", "By relay", r -> relay(r.relay()), null),
        new Summary.Dimension<>("reply_code", "By reply code",
            r -> r.replyCode() == null ? null : r.replyCode().toString(), null));
  }

  /** Failures by reason (the classifier's), labelled with what the reason means; the first dimension. */
  static <T> Summary.Dimension<T> reasonDimension(Function<T, Classification> failure) {
    return new Summary.Dimension<>("reason", "By reason (failures)", r -> failure.apply(r) == null ? null
        : EnumNames.lower(failure.apply(r).reason()),
        reason -> BounceReason.valueOf(reason.toUpperCase(Locale.ROOT)).description());
  }

  /** Results that a provider's rule decided, by provider and code: "Microsoft 365 5.7.606". */
  static <T> Summary.Dimension<T> providerDimension(Function<T, Classification> classification,
      Function<T, StatusCode> code) {
    return new Summary.Dimension<>("provider", "By provider and code", r -> {
      Classification c = classification.apply(r);
      if (c == null || c.provider().isEmpty()) {
        return null;
      }
      return c.provider().get() + (code.apply(r) == null ? "" : " " + code.apply(r));
    }, null);
  }

  /**
   * The line under the headline that says what the failures mean, grouped by what the sender should
   * do, with the reasons of each group named as in the reason table and the JSON's {@code reason}: "1,204
   * failures: 612 dead addresses (user_unknown 590, host_unknown 22), 301 blocked: the sender must change
   * (blocked 210, ...)".
   * Empty when there was no failure. Reads the first dimension, the reasons.
   */
  static <T> String failures(Summary<T> summary) {
    Map<SenderAction, List<TopCounter.Entry>> groups = new EnumMap<>(SenderAction.class);
    Map<SenderAction, Long> counts = new EnumMap<>(SenderAction.class);
    long total = 0;
    for (TopCounter.Entry entry : summary.counter(0).top(Integer.MAX_VALUE)) {
      SenderAction action = BounceReason.valueOf(entry.key().toUpperCase(Locale.ROOT)).action();
      groups.computeIfAbsent(action, a -> new ArrayList<>()).add(entry);
      counts.merge(action, entry.count(), Long::sum);
      total += entry.count();
    }
    if (total == 0) {
      return "";
    }
    List<SenderAction> order = new ArrayList<>(groups.keySet());
    order.sort((a, b) -> Long.compare(counts.get(b), counts.get(a)));
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%,d %s: ", total,
        total == 1 ? "failure" : "failures"));
    for (int i = 0; i < order.size(); i++) {
      SenderAction action = order.get(i);
      line.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%,d %s (", counts.get(action),
          ClassificationFields.group(action)));
      List<TopCounter.Entry> reasons = groups.get(action);
      for (int j = 0; j < reasons.size(); j++) {
        TopCounter.Entry reason = reasons.get(j);
        line.append(j == 0 ? "" : ", ").append(reason.key()).append(' ')
            .append(String.format(Locale.ROOT, "%,d", reason.count()));
      }
      line.append(')');
    }
    return line.toString();
  }

  /** The domain of an address, lower-cased; null without one. */
  static String domain(String recipient) {
    if (recipient == null) {
      return null;
    }
    int at = recipient.lastIndexOf('@');
    return at < 0 || at == recipient.length() - 1 ? null : recipient.substring(at + 1).toLowerCase(Locale.ROOT);
  }

  /** A relay host, lower-cased and without the trailing dot Sendmail writes; null without one. */
  static String relay(String host) {
    if (host == null || host.isEmpty()) {
      return null;
    }
    String lower = host.toLowerCase(Locale.ROOT);
    return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
  }

  /** A scan result's headline group: the log's outcome, else the code's class. */
  static String outcome(ScanResult result) {
    return result.outcome() != null ? result.outcome() : classOutcome(result.statusClass());
  }

  private static String classOutcome(int statusClass) {
    return switch (statusClass) {
      case 5 -> "permanent failure";
      case 4 -> "transient failure";
      case 2 -> "success";
      default -> "other result";
    };
  }

  /** The dimensions of a summary of bounce results. */
  static List<Summary.Dimension<BounceResult>> bounceDimensions() {
    return List.of(
        reasonDimension(r -> r.statusClass() == 4 || r.statusClass() == 5 ? r.classification() : null),
        providerDimension(BounceResult::classification, BounceResult::code),
        new Summary.Dimension<>("code", "By enhanced code", r -> r.code() == null ? null : r.code().toString(),
            code -> StatusCode.parse(code).meaning().sampleText()),
        new Summary.Dimension<>("domain", "By recipient domain", r -> domain(r.recipient().recipient()), null),
        new Summary.Dimension<>("relay", "By remote MTA", r -> relay(r.recipient().remoteMta().orElse(null)), null),
        new Summary.Dimension<>("reply_code", "By reply code", r -> r.recipient().replyCode().isPresent()
            ? Integer.toString(r.recipient().replyCode().getAsInt()) : null, null));
  }

  /** A bounce result's headline group: its action, else its class. */
  static String outcome(BounceResult result) {
    return result.recipient().action().map(EnumNames::lower)
        .orElseGet(() -> classOutcome(result.statusClass()));
  }

  /** The headline, and under it what the failures mean. */
  static <T> String headline(Summary<T> summary, String noun, String where) {
    String failures = failures(summary);
    return SummaryWriter.headline(summary, noun, where) + (failures.isEmpty() ? "" : "\n" + failures);
  }

  /** {@code summary bounces}. */
  @Command(name = "bounces", mixinStandardHelpOptions = true,
      header = "Summarise the recipients of bounce messages.",
      description = {"Reads standard input (one message or an mbox) when no PATH is given."})
  static final class Bounces implements Callable<Integer> {

    @ParentCommand
    SummaryCommand summary;

    @Spec
    CommandSpec spec;

    @Mixin
    OutputOptions output;

    @Mixin
    BouncesCommand.Options options;

    @Mixin
    SummaryOptions summaryOptions;

    @Override
    public Integer call() {
      if (summaryOptions.invalid() != null) {
        throw new CommandLine.ParameterException(spec.commandLine(), summaryOptions.invalid());
      }
      Environment environment = summary.root.environment();
      PrintWriter err = spec.commandLine().getErr();
      Summary<BounceResult> total = new Summary<>(bounceDimensions(), SummaryCommand::outcome);
      long[] matched = {0};
      BounceReading.Counts counts = new BounceReading(BounceReader.create(), options.inputs(environment::stdin), err)
          .run(result -> {
            total.add(result);
            matched[0] += options.failOn != null && options.failOn.matches(result.statusClass(), result.isAddressDead()) ? 1 : 0;
          }, () -> false);
      SummaryWriter.write(spec.commandLine().getOut(), output.format(), output.style(environment), total,
          summaryOptions.top, headline(total, "recipient", String.format(Locale.ROOT,
              " in %,d messages", counts.messages())));
      BouncesCommand.report(err, counts, total.results(), false);
      if (counts.unreadable() > 0) {
        return ExitCodes.UNREADABLE_INPUT;
      }
      return options.failOn != null && matched[0] > 0 ? ExitCodes.FAIL_ON_MATCHED : ExitCodes.OK;
    }
  }

  /** {@code summary scan}. */
  @Command(name = "scan", mixinStandardHelpOptions = true,
      header = "Summarise the results of scan over mail logs or text.",
      description = {"Reads standard input when no FILE is given."})
  static final class Scan implements Callable<Integer> {

    @ParentCommand
    SummaryCommand summary;

    @Spec
    CommandSpec spec;

    @Mixin
    OutputOptions output;

    @Mixin
    ScanOptions options;

    @Mixin
    SummaryOptions summaryOptions;

    @Override
    public Integer call() {
      String invalid = options.invalid() != null ? options.invalid() : summaryOptions.invalid();
      if (invalid != null) {
        throw new CommandLine.ParameterException(spec.commandLine(), invalid);
      }
      Environment environment = summary.root.environment();
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      List<Input> inputs = options.inputs(environment::stdin);
      LineClassifier classifier = new LineClassifier();
      Summary<ScanResult> total = new Summary<>(scanDimensions(), SummaryCommand::outcome);
      long[] matched = {0};
      ReadCounts counts = new LogReading(inputs, options.threads, options.chunkBytes, options.maxLineBytes, err,
          ScanCommand.progress(inputs, environment, err)).run(chunk -> summarise(chunk, classifier), part -> {
            total.addAll(part.summary());
            matched[0] += part.matched();
          }, () -> false);
      SummaryWriter.write(out, output.format(), output.style(environment), total, summaryOptions.top,
          headline(total, "result", String.format(Locale.ROOT, " in %,d lines", counts.lines())));
      ScanCommand.report(err, counts, String.format(java.util.Locale.ROOT, "%,d results", total.results()), false);
      if (counts.unreadable() > 0) {
        return ExitCodes.UNREADABLE_INPUT;
      }
      return options.failOn != null && matched[0] > 0 ? ExitCodes.FAIL_ON_MATCHED : ExitCodes.OK;
    }

    private record Part(Summary<ScanResult> summary, long matched) {}

    private Part summarise(Chunk chunk, LineClassifier classifier) {
      Summary<ScanResult> part = new Summary<>(scanDimensions(), SummaryCommand::outcome);
      long[] matched = {0};
      chunk.forEachLine(line -> classifier.classify(chunk.source(), line, result -> {
        part.add(result);
        matched[0] += options.failOn != null && options.failOn.matches(result.statusClass(), result.isAddressDead()) ? 1 : 0;
      }));
      return new Part(part, matched[0]);
    }
  }
}
