package io.github.smtpstatus.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The SQL functions in Spark SQL queries. */
class SqlFunctionsTest {

  private static SparkSession spark;

  @BeforeAll
  static void register() {
    spark = SharedSpark.session();
    SqlFunctions.register(spark);
  }

  @Test
  void classifyGroupsRepliesByReasonInSql() {
    spark.createDataset(List.of("550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown",
        "smtp; 550 5.1.1 No such user", "452 4.2.2 Mailbox full", "421 4.7.0 Try again later, rate limited",
        "all is fine"), Encoders.STRING()).toDF("diagnostic").createOrReplaceTempView("replies");
    Map<String, Long> counts = spark.sql("SELECT smtp_status_classify(diagnostic).reason AS reason, count(*) AS n"
        + " FROM replies GROUP BY 1").collectAsList().stream()
        .collect(Collectors.toMap(row -> row.getString(0), row -> row.getLong(1)));
    assertThat(counts).containsEntry("user_unknown", 2L).containsEntry("mailbox_full", 1L);
    assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(5);
  }

  @Test
  void classifyReturnsTheCodesItRestedOnAndWhatTheSenderShouldDo() {
    Row row = spark.sql("SELECT smtp_status_classify('host mx.example.net said: 550 5.1.1 User unknown') AS c")
        .selectExpr("c.reason", "c.senderAction", "c.permanence", "c.addressDead", "c.enhancedCode", "c.replyCode")
        .first();
    assertThat(row.getString(0)).isEqualTo("user_unknown");
    assertThat(row.getString(1)).isEqualTo("remove_address");
    assertThat(row.getString(2)).isEqualTo("permanent");
    assertThat(row.getBoolean(3)).isTrue();
    assertThat(row.getString(4)).isEqualTo("5.1.1");
    assertThat(row.getInt(5)).isEqualTo(550);
  }

  @Test
  void bothFunctionsGiveNullForNull() {
    Row row = spark.sql("SELECT smtp_status_classify(CAST(NULL AS STRING)), smtp_status_parse_log(CAST(NULL AS"
        + " STRING))").first();
    assertThat(row.isNullAt(0)).isTrue();
    assertThat(row.isNullAt(1)).isTrue();
  }

  @Test
  void parseLogReadsTheSampleLogAsTheDatasetDoes() throws Exception {
    List<String> lines = Files.readAllLines(Path.of("..", "samples", "mail.log"), StandardCharsets.UTF_8);
    spark.createDataset(lines, Encoders.STRING()).toDF("value").createOrReplaceTempView("sample_log");
    List<Row> parsed = spark.sql("SELECT p.kind, p.mta, p.recipients, p.outcome, p.enhancedCode, p.reason"
        + " FROM (SELECT smtp_status_parse_log(value) AS p FROM sample_log)").collectAsList();
    assertThat(parsed).hasSize(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      List<DeliveryResult> expected = LogLines.read(lines.get(i));
      Row row = parsed.get(i);
      assertThat(row.getString(0)).as(lines.get(i)).isEqualTo(expected.get(0).getKind());
      assertThat(row.getString(1)).isEqualTo(expected.get(0).getMta());
      assertThat(row.<String>getList(2)).isEqualTo(expected.stream().map(DeliveryResult::getRecipient)
          .filter(r -> r != null).toList());
      assertThat(row.getString(3)).isEqualTo(expected.get(0).getOutcome());
      assertThat(row.getString(4)).isEqualTo(expected.get(0).getEnhancedCode());
      assertThat(row.getString(5)).isEqualTo(expected.get(0).getReason());
    }
    assertThat(parsed.stream().filter(r -> "delivery".equals(r.getString(0)))).hasSize(17);
  }

  @Test
  void parseLogGroupsTheSampleLogByReason() throws Exception {
    spark.createDataset(Files.readAllLines(Path.of("..", "samples", "mail.log"), StandardCharsets.UTF_8),
        Encoders.STRING()).toDF("value").createOrReplaceTempView("sample_log_2");
    Map<String, Long> byReason = spark.sql("SELECT smtp_status_parse_log(value).reason AS reason, count(*) FROM"
        + " sample_log_2 WHERE smtp_status_parse_log(value).kind = 'delivery' GROUP BY reason").collectAsList()
        .stream().collect(Collectors.toMap(row -> String.valueOf(row.get(0)), row -> row.getLong(1)));
    assertThat(byReason).containsKeys("user_unknown", "mailbox_full", "blocked");
    assertThat(byReason.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(17);
  }

  @Test
  void parseLogMarksAMalformedLine() {
    Row row = spark.sql("SELECT smtp_status_parse_log('') AS p").selectExpr("p.kind", "p.recipients").first();
    assertThat(row.getString(0)).isEqualTo("malformed");
    assertThat(row.getList(1)).isEmpty();
  }
}
