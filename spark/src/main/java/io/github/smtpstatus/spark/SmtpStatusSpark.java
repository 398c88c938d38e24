package io.github.smtpstatus.spark;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * Mail logs and bounce messages classified on Apache Spark: each row goes through the same readers and
 * classifier as on one machine, inside the executors.
 *
 * <pre>{@code
 * SparkSession spark = SparkSession.builder().appName("bounces").getOrCreate();
 * Dataset<DeliveryResult> deliveries = SmtpStatusSpark.deliveries(spark, "hdfs:///logs/2026-03-01/");
 * deliveries.where("kind = 'delivery'").groupBy("reason").count().show();
 *
 * Dataset<BounceResult> bounces = SmtpStatusSpark.bounces(spark, "s3a://bounces/2026-03-01/");
 * SqlFunctions.register(spark);   // smtp_status_classify(text), smtp_status_parse_log(line)
 * }</pre>
 *
 * <p>Nothing runs on the driver per row. The log reader is static, the classifier and the bounce reader
 * are created once per executor JVM (immutable, thread-safe, shared by its tasks), so no rule is compiled
 * per row or per task and no state is shared but those. A line or a message never fails the job: each
 * gives at least one row, marked when it records no delivery or cannot be read. Columns: docs/SPARK.md.
 */
public final class SmtpStatusSpark {

  private SmtpStatusSpark() {}

  /** {@return the encoder of {@link DeliveryResult} rows} */
  public static Encoder<DeliveryResult> deliveryEncoder() {
    return Encoders.bean(DeliveryResult.class);
  }

  /** {@return the encoder of {@link BounceResult} rows} */
  public static Encoder<BounceResult> bounceEncoder() {
    return Encoders.bean(BounceResult.class);
  }

  /**
   * The delivery results of mail log lines (Postfix, Exim and Sendmail, in any syslog or native form):
   * one row per recipient of a delivery line, one marked row for every other line. Lazy, like every
   * transformation; the rows of a partition keep its lines' order.
   *
   * @param lines the lines, one a row (Spark's text source gives them so)
   * @return the results
   * @throws NullPointerException if {@code lines} is null
   */
  public static Dataset<DeliveryResult> deliveries(Dataset<String> lines) {
    Objects.requireNonNull(lines, "lines == null");
    return lines.flatMap((FlatMapFunction<String, DeliveryResult>) line -> LogLines.read(line).iterator(),
        deliveryEncoder());
  }

  /**
   * The delivery results of the mail logs at {@code path}: a file, a folder or a glob of text files (read
   * as UTF-8; gzip and bzip2 files are decompressed by name), as {@link SparkSession#read()}'s
   * {@code textFile} reads them.
   *
   * @param spark the session
   * @param path where the logs are
   * @return the results
   * @throws NullPointerException if an argument is null
   */
  public static Dataset<DeliveryResult> deliveries(SparkSession spark, String path) {
    Objects.requireNonNull(spark, "spark == null");
    Objects.requireNonNull(path, "path == null");
    return deliveries(spark.read().textFile(path));
  }

  /**
   * The per-recipient results of bounce messages, from rows in the shape of Spark's {@code binaryFile}
   * source ({@code path}, {@code length}, {@code content}): a file that starts with {@code From } is an
   * mbox of many messages, any other file one message. A message without recipients gives one row without
   * one; a file that cannot be read (empty, larger than 1 GiB) or a message the reader fails on gives one
   * row of kind {@code unreadable}. The content of a file larger than 1 GiB is never read.
   *
   * @param files the files, with at least the columns {@code path}, {@code length} and {@code content}
   * @return the results
   * @throws NullPointerException if {@code files} is null
   */
  public static Dataset<BounceResult> bounces(Dataset<Row> files) {
    Objects.requireNonNull(files, "files == null");
    // The filter on length reaches the binaryFile source, which then reads no content of a large file.
    Dataset<BounceResult> read = files.where(col("length").leq(BounceMessages.MAX_FILE_BYTES))
        .select(col("path"), col("content"))
        .flatMap((FlatMapFunction<Row, BounceResult>) row -> BounceMessages.read(row.getString(0),
            row.isNullAt(1) ? null : (byte[]) row.get(1)).iterator(), bounceEncoder());
    Dataset<BounceResult> tooLarge = files.where(col("length").gt(BounceMessages.MAX_FILE_BYTES))
        .select(col("path"), col("length"))
        .map((MapFunction<Row, BounceResult>) row -> BounceMessages.tooLarge(row.getString(0), row.getLong(1)),
            bounceEncoder());
    return read.union(tooLarge);
  }

  /**
   * The per-recipient results of the bounce messages at {@code path}: a message file ({@code .eml}, a
   * maildir's file), an mbox, or a folder of them read recursively, through Spark's {@code binaryFile}
   * source (which skips names starting with {@code .} or {@code _}).
   *
   * @param spark the session
   * @param path where the messages are
   * @return the results
   * @throws NullPointerException if an argument is null
   */
  public static Dataset<BounceResult> bounces(SparkSession spark, String path) {
    Objects.requireNonNull(spark, "spark == null");
    Objects.requireNonNull(path, "path == null");
    return bounces(spark.read().format("binaryFile").option("recursiveFileLookup", "true").load(path));
  }

  /**
   * The rows with their columns in the order docs/SPARK.md lists them (a bean encoder orders them by
   * name), for writing.
   *
   * @param results delivery or bounce results
   * @param columns {@link DeliveryResult#columns()} or {@link BounceResult#columns()}
   * @return the same rows, columns reordered
   * @throws NullPointerException if an argument is null
   */
  public static Dataset<Row> inDocumentedOrder(Dataset<?> results, List<String> columns) {
    Objects.requireNonNull(results, "results == null");
    Objects.requireNonNull(columns, "columns == null");
    return results.select(columns.stream().map(functions::col).toArray(Column[]::new));
  }
}
