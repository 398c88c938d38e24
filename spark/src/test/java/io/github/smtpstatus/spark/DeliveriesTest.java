package io.github.smtpstatus.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link SmtpStatusSpark#deliveries} in a local Spark against the single-machine log reader and classifier. */
class DeliveriesTest {

  private static final int LINES = 40_000;

  @TempDir
  static Path dir;

  private static Path log;
  private static List<String> lines;
  private static List<DeliveryResult> rows;
  private static int partitions;

  @BeforeAll
  static void classifyTheGeneratedLog() throws IOException {
    log = dir.resolve("mail.log");
    try (Writer out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
      LogGenerator.write(17, LINES, true, out);
      // One line longer than the log reader reads, as a broken logger can write.
      out.write("Mar  3 09:14:03 mx1 postfix/smtp[1]: 3F2A: to=<long@example.com>, status=bounced ("
          + "x".repeat(70_000) + ")\n");
    }
    lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    // Splits of 1 MB: several partitions, so that both cores work and the order across splits is tested.
    SparkSession spark = SharedSpark.session();
    spark.conf().set("spark.sql.files.maxPartitionBytes", "1m");
    try {
      Dataset<String> text = spark.read().textFile(log.toString());
      partitions = text.rdd().getNumPartitions();
      rows = SmtpStatusSpark.deliveries(text).collectAsList();
    } finally {
      spark.conf().unset("spark.sql.files.maxPartitionBytes");
    }
  }

  @Test
  void everyLineGivesTheRowsTheSingleMachineReadersGiveInOrder() {
    List<List<Object>> expected = new ArrayList<>();
    for (String line : lines) {
      expected.addAll(SingleMachine.deliveries(line));
    }
    assertThat(rows.stream().map(SingleMachine::delivery).toList()).isEqualTo(expected);
  }

  @Test
  void shuffledLinesGiveTheSameRowsAndTheTextPathTheSameInOrder() {
    Dataset<String> split = SharedSpark.session().read().textFile(log.toString()).repartition(4);
    // repartition shuffles; the rows as a multiset must still equal the single-machine ones.
    Map<List<Object>, Long> counts = SmtpStatusSpark.deliveries(split).collectAsList().stream()
        .map(SingleMachine::delivery).collect(Collectors.groupingBy(r -> r, Collectors.counting()));
    Map<List<Object>, Long> expected = lines.stream().flatMap(l -> SingleMachine.deliveries(l).stream())
        .collect(Collectors.groupingBy(r -> r, Collectors.counting()));
    assertThat(counts).isEqualTo(expected);
    assertThat(SmtpStatusSpark.deliveries(SharedSpark.session(), log.toString()).collectAsList()).isEqualTo(rows);
  }

  @Test
  void theLogHoldsEveryMtaAndOutcomeAndTensOfThousandsOfLines() {
    assertThat(lines).hasSizeGreaterThanOrEqualTo(LINES);
    assertThat(partitions).isGreaterThan(2);
    assertThat(rows.stream().map(DeliveryResult::getMta).distinct()).contains("postfix", "exim", "sendmail");
    assertThat(rows.stream().map(DeliveryResult::getOutcome).distinct())
        .contains("sent", "deferred", "bounced", "expired", "rejected");
    assertThat(rows.stream().map(DeliveryResult::getKind).distinct())
        .containsExactlyInAnyOrder("delivery", "notification", "other", "malformed");
  }

  @Test
  void malformedLinesGiveMarkedRowsWithTheStartOfTheLine() {
    List<DeliveryResult> malformed = rows.stream().filter(r -> r.getKind().equals("malformed")).toList();
    assertThat(malformed).isNotEmpty().allSatisfy(r -> {
      assertThat(r.getMta()).isNull();
      assertThat(r.getReason()).isNull();
      assertThat(r.getText()).hasSizeLessThanOrEqualTo(LogLines.MALFORMED_TEXT_CHARS);
    });
    assertThat(malformed).anySatisfy(r -> assertThat(r.getText()).startsWith("Mar  3 09:14:03 mx1 postfix/smtp[1]"));
    assertThat(malformed).anySatisfy(r -> assertThat(r.getText()).contains("\0binary"));
  }

  @Test
  void aBounceLineIsClassifiedForTheSender() {
    DeliveryResult userUnknown = rows.stream().filter(r -> "postfix".equals(r.getMta())
        && "5.1.1".equals(r.getDsn())).findFirst().orElseThrow();
    assertThat(userUnknown.getReason()).isEqualTo("user_unknown");
    assertThat(userUnknown.getSenderAction()).isEqualTo("remove_address");
    assertThat(userUnknown.getReplyCode()).isEqualTo(550);
    assertThat(userUnknown.getAddressDead()).isTrue();
    assertThat(userUnknown.getRecipientDomain()).isEqualTo(userUnknown.getRecipient()
        .substring(userUnknown.getRecipient().indexOf('@') + 1));
  }

  @Test
  void aGenericDsnGivesWayToTheExactCodeOfTheRemoteReply() {
    DeliveryResult generic = rows.stream().filter(r -> "5.0.0".equals(r.getDsn())).findFirst().orElseThrow();
    assertThat(generic.getEnhancedCode()).isEqualTo("5.1.1");
  }

  @Test
  void theColumnsInDocumentedOrderAreTheBeanColumns() {
    Dataset<Row> ordered = SmtpStatusSpark.inDocumentedOrder(SmtpStatusSpark.deliveries(SharedSpark.session()
        .createDataset(List.of("x"), Encoders.STRING())), DeliveryResult.columns());
    assertThat(ordered.columns()).containsExactlyElementsOf(DeliveryResult.columns());
    assertThat(List.of(ordered.schema().fieldNames()))
        .containsExactlyInAnyOrderElementsOf(List.of(SmtpStatusSpark.deliveryEncoder().schema().fieldNames()));
  }
}
