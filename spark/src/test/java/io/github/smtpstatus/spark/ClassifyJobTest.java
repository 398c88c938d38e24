package io.github.smtpstatus.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpstatus.spark.job.ClassifyJob;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example job run in the tests' session: what it writes, prints and exits with. */
class ClassifyJobTest {

  private static final Path SAMPLE_LOG = Path.of("..", "samples", "mail.log");
  private static final Path SAMPLE_BOUNCES = Path.of("..", "samples", "bounces");

  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    SharedSpark.session();
    return ClassifyJob.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void writesParquetResultsInDocumentedOrderAndASummaryOfReasons() throws Exception {
    long userUnknown = Files.readAllLines(SAMPLE_LOG, StandardCharsets.UTF_8).stream()
        .flatMap(line -> SingleMachine.deliveries(line).stream())
        .filter(row -> "delivery".equals(row.get(0)) && "user_unknown".equals(row.get(12))).count();
    assertThat(userUnknown).isGreaterThan(1);
    Path output = dir.resolve("out");
    assertThat(run("--input", SAMPLE_LOG.toString(), "--output", output.toString())).isZero();
    SparkSession spark = SharedSpark.session();
    assertThat(spark.read().parquet(output.resolve("results").toString()).columns())
        .containsExactlyElementsOf(DeliveryResult.columns());
    assertThat(spark.read().parquet(output.resolve("results").toString()).count()).isEqualTo(28);
    List<Row> summary = spark.read().parquet(output.resolve("summary").toString())
        .where("kind = 'delivery' AND reason = 'user_unknown'").collectAsList();
    assertThat(summary).singleElement().satisfies(row -> assertThat(row.getLong(3)).isEqualTo(userUnknown));
    assertThat(Files.exists(output.resolve("results").resolve("_SUCCESS"))).isTrue();
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("28 rows in ")
        .containsPattern("\\s+" + userUnknown + "  delivery\\s+user_unknown\\s+remove_address");
  }

  @Test
  void writesJsonResultsOfBounces() throws Exception {
    Path output = dir.resolve("out");
    assertThat(run("--bounces", "--format", "json", "--input", SAMPLE_BOUNCES.toString(), "--output",
        output.toString())).isZero();
    List<Row> rows = SharedSpark.session().read().json(output.resolve("results").toString())
        .where("recipient IS NOT NULL").collectAsList();
    assertThat(rows).hasSize(4);
    try (var files = Files.list(output.resolve("results"))) {
      assertThat(files.map(Path::toString)).anyMatch(name -> name.endsWith(".json"));
    }
  }

  @Test
  void refusesAnOutputThatExistsWithUsageExitCode() throws Exception {
    Files.createDirectories(dir.resolve("out"));
    assertThat(run("--input", SAMPLE_LOG.toString(), "--output", dir.resolve("out").toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("already exists; the job writes only to a new folder");
  }

  @Test
  void aMissingInputFailsTheJobWithExitCode1AndWritesNoResults() {
    Path output = dir.resolve("out");
    assertThat(run("--input", dir.resolve("nothing-here").toString(), "--output", output.toString())).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("the job failed").contains("nothing-here");
    assertThat(Files.exists(output.resolve("results").resolve("_SUCCESS"))).isFalse();
  }

  @Test
  void aUsageErrorPrintsTheUsageAndExits2() {
    assertThat(run("--input", "x")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("smtp-status-spark: --output is required\nusage:");
  }
}
