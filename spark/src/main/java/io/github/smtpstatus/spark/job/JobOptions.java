package io.github.smtpstatus.spark.job;

import java.util.Locale;
import java.util.Optional;

/**
 * The arguments of {@link ClassifyJob}, read by hand: five options do not need a parser library in a jar
 * that goes onto every executor.
 *
 * @param input where the logs or the bounce messages are (any path Spark reads: a file, folder, glob, URI)
 * @param output the folder to create; results go to {@code output/results}, the summary to
 *     {@code output/summary}
 * @param format {@code parquet} or {@code json}
 * @param bounces whether the input is bounce messages rather than mail logs
 * @param master the Spark master to use when the job is run without {@code spark-submit}, if given
 */
public record JobOptions(String input, String output, String format, boolean bounces, Optional<String> master) {

  /** The usage text printed with {@code --help} and after a usage error. */
  public static final String USAGE = String.join("\n",
      "usage: spark-submit --class io.github.smtpstatus.spark.job.ClassifyJob smtp-status-spark.jar \\",
      "         --input PATH --output DIR [--format parquet|json] [--bounces] [--master URL]",
      "  --input PATH    mail logs (or, with --bounces, bounce messages: files, mbox, folders)",
      "  --output DIR    created by the job: DIR/results and DIR/summary; it must not exist",
      "  --format F      parquet (default) or json (JSON Lines)",
      "  --bounces       read bounce messages instead of mail logs",
      "  --master URL    the Spark master when run without spark-submit (java -cp ...): local[2], ...",
      "exit codes: 0 done, 1 the job failed (message on standard error), 2 usage error");

  /** A usage error: what is wrong with the arguments. */
  public static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * A usage error.
     *
     * @param message what is wrong, for people
     */
    public UsageException(String message) {
      super(message);
    }
  }

  /**
   * Reads the arguments.
   *
   * @param args the command line
   * @return the options, or empty when {@code --help} was asked for
   * @throws UsageException if an option is unknown, repeated, lacks its value or has a bad one, or a
   *     required one is missing
   */
  public static Optional<JobOptions> parse(String... args) throws UsageException {
    String input = null;
    String output = null;
    String format = null;
    boolean bounces = false;
    String master = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--help", "-h" -> {
          return Optional.empty();
        }
        case "--bounces" -> bounces = true;
        case "--input" -> input = value(args, i++, input);
        case "--output" -> output = value(args, i++, output);
        case "--format" -> format = value(args, i++, format);
        case "--master" -> master = value(args, i++, master);
        default -> throw new UsageException("unknown argument \"" + arg + "\"");
      }
    }
    if (input == null) {
      throw new UsageException("--input is required");
    }
    if (output == null) {
      throw new UsageException("--output is required");
    }
    String chosen = format == null ? "parquet" : format.toLowerCase(Locale.ROOT);
    if (!chosen.equals("parquet") && !chosen.equals("json")) {
      throw new UsageException("--format must be parquet or json, not \"" + format + "\"");
    }
    return Optional.of(new JobOptions(input, output, chosen, bounces, Optional.ofNullable(master)));
  }

  private static String value(String[] args, int at, String previous) throws UsageException {
    if (previous != null) {
      throw new UsageException(args[at] + " is given twice");
    }
    if (at + 1 >= args.length || args[at + 1].startsWith("--") || args[at + 1].isEmpty()) {
      throw new UsageException(args[at] + " needs a value");
    }
    return args[at + 1];
  }
}
