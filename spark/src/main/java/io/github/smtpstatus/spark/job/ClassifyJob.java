package io.github.smtpstatus.spark.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.desc;

import io.github.smtpstatus.spark.BounceResult;
import io.github.smtpstatus.spark.DeliveryResult;
import io.github.smtpstatus.spark.SmtpStatusSpark;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * The example job: classifies mail logs (or, with {@code --bounces}, bounce messages) and writes the
 * results and a summary of them, by kind, reason and sender action, with their counts.
 *
 * <pre>
 * spark-submit --class io.github.smtpstatus.spark.job.ClassifyJob spark/target/smtp-status-spark.jar \
 *     --input logs/ --output results/ --format parquet
 * </pre>
 *
 * <p>The output folder must not exist: the job creates {@code OUTPUT/results} and then
 * {@code OUTPUT/summary}, each written by Spark with its {@code _SUCCESS} marker, and prints the summary.
 * Exit codes: 0 done, 1 the job failed (message on standard error), 2 usage error (docs/SPARK.md).
 */
public final class ClassifyJob {

  private ClassifyJob() {}

  /**
   * Runs the job and exits with its exit code.
   *
   * @param args the command line ({@link JobOptions#USAGE})
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the job in the active session, or in a new one.
   *
   * @param args the command line
   * @param out where the summary goes
   * @param err where errors go
   * @return the exit code: 0 done, 1 the job failed, 2 usage error
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    JobOptions options;
    try {
      Optional<JobOptions> parsed = JobOptions.parse(args);
      if (parsed.isEmpty()) {
        out.println(JobOptions.USAGE);
        return 0;
      }
      options = parsed.get();
    } catch (JobOptions.UsageException e) {
      err.println("smtp-status-spark: " + e.getMessage());
      err.println(JobOptions.USAGE);
      return 2;
    }
    SparkSession.Builder builder = SparkSession.builder().appName("smtp-status-spark");
    if (options.master().isPresent()) {
      builder.master(options.master().get());
    } else if (SparkSession.getActiveSession().isEmpty() && SparkSession.getDefaultSession().isEmpty()
        && !new SparkConf().contains("spark.master")) {
      err.println("smtp-status-spark: no Spark master: run the job with spark-submit, or give --master local[2]");
      return 2;
    }
    SparkSession spark = builder.getOrCreate();
    try {
      Path output = new Path(options.output());
      FileSystem fs = output.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (fs.exists(output)) {
        err.println("smtp-status-spark: " + output + " already exists; the job writes only to a new folder");
        return 2;
      }
      long started = System.nanoTime();
      Dataset<Row> results;
      StructType schema;
      if (options.bounces()) {
        results = SmtpStatusSpark.inDocumentedOrder(SmtpStatusSpark.bounces(spark, options.input()),
            BounceResult.columns());
        schema = results.schema();
      } else {
        results = SmtpStatusSpark.inDocumentedOrder(SmtpStatusSpark.deliveries(spark, options.input()),
            DeliveryResult.columns());
        schema = results.schema();
      }
      String resultsPath = new Path(output, "results").toString();
      results.write().format(options.format()).save(resultsPath);
      // The summary reads back the two columns it needs from what was written, not the input again.
      Dataset<Row> written = spark.read().schema(schema).format(options.format()).load(resultsPath);
      Dataset<Row> summary = written.groupBy(col("kind"), col("reason"), col("senderAction")).count()
          .orderBy(desc("count"), col("kind"), col("reason"));
      summary.coalesce(1).write().format(options.format()).save(new Path(output, "summary").toString());
      List<Row> rows = spark.read().schema(summary.schema()).format(options.format())
          .load(new Path(output, "summary").toString()).orderBy(desc("count"), col("kind"), col("reason"))
          .collectAsList();
      print(out, rows, (System.nanoTime() - started) / 1e9, output);
      return 0;
    } catch (IOException e) {
      err.println("smtp-status-spark: cannot reach " + options.output() + ": " + e.getMessage());
      return 1;
    } catch (Exception e) {
      // The job's boundary: Spark reports a missing input (AnalysisException) or a failed stage
      // (SparkException) as exceptions that Java sees as unchecked; each ends the job with its message.
      err.println("smtp-status-spark: the job failed: " + e);
      return 1;
    }
  }

  private static void print(PrintStream out, List<Row> rows, double seconds, Path output) {
    long total = rows.stream().mapToLong(row -> row.getLong(3)).sum();
    out.printf("%d rows in %.1f s, written to %s%n%n", total, seconds, output);
    out.printf("%12s  %-13s %-22s %s%n", "count", "kind", "reason", "sender action");
    for (Row row : rows) {
      out.printf("%12d  %-13s %-22s %s%n", row.getLong(3), row.getString(0), row.isNullAt(1) ? "-" : row.getString(1),
          row.isNullAt(2) ? "-" : row.getString(2));
    }
    out.flush();
  }
}
