package io.github.smtpstatus.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.smtpstatus.bounce.Bounce;
import io.github.smtpstatus.bounce.BounceReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link SmtpStatusSpark#bounces} in a local Spark over a folder of bounce fixtures (the samples and the
 * bounce reader's test messages, an mbox of them, and garbage), against the single-machine bounce reader.
 */
class BouncesTest {

  /** From the module's folder: the project's samples and the bounce reader's fixtures. */
  private static final Path SAMPLES = Path.of("..", "samples", "bounces");
  private static final Path FIXTURES = Path.of("..", "bounce-reader", "src", "test", "resources", "io", "github",
      "smtpstatus", "bounce", "BounceReaderFuzzTestInputs");

  @TempDir
  static Path dir;

  private static Map<String, List<BounceResult>> byFile;
  private static List<Path> messages;

  @BeforeAll
  static void readTheFolder() throws IOException {
    messages = new ArrayList<>();
    for (Path folder : List.of(SAMPLES, FIXTURES)) {
      try (Stream<Path> files = Files.list(folder)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".eml")).sorted().toList()) {
          Path copy = dir.resolve("messages").resolve(folder.getFileName() + "-" + file.getFileName());
          Files.createDirectories(copy.getParent());
          Files.copy(file, copy);
          messages.add(copy);
        }
      }
    }
    ByteArrayOutputStream mbox = new ByteArrayOutputStream();
    for (Path message : messages.subList(0, 5)) {
      mbox.writeBytes(("From MAILER-DAEMON Mon Mar  3 09:14:05 2026\n").getBytes(StandardCharsets.US_ASCII));
      mbox.writeBytes(Files.readAllBytes(message));
      mbox.writeBytes("\n".getBytes(StandardCharsets.US_ASCII));
    }
    Files.write(dir.resolve("messages").resolve("bounces.mbox"), mbox.toByteArray());
    byte[] garbage = new byte[4096];
    new SplittableRandom(3).nextBytes(garbage);
    Files.write(dir.resolve("messages").resolve("garbage.bin"), garbage);
    Files.write(dir.resolve("messages").resolve("empty.eml"), new byte[0]);
    Files.createDirectories(dir.resolve("messages").resolve("nested"));
    Files.write(dir.resolve("messages").resolve("nested").resolve("nul.eml"), new byte[] {0, 0, 0, 'x', '\n'});
    byFile = SmtpStatusSpark.bounces(SharedSpark.session(), dir.resolve("messages").toString()).collectAsList()
        .stream().collect(Collectors.groupingBy(r -> Path.of(java.net.URI.create(r.getSource())).getFileName()
            .toString(), TreeMap::new, Collectors.toList()));
  }

  @Test
  void everyMessageFileGivesTheRowsOfTheSingleMachineReaderInOrder() throws IOException {
    BounceReader reader = BounceReader.create();
    assertThat(messages).hasSizeGreaterThan(15);
    for (Path message : messages) {
      List<List<Object>> expected = SingleMachine.bounces(1, reader.read(message));
      assertThat(byFile.get(message.getFileName().toString()).stream().map(SingleMachine::bounce).toList())
          .as(message.getFileName().toString()).isEqualTo(expected);
    }
  }

  @Test
  void anMboxGivesTheRowsOfEachOfItsMessagesNumbered() throws IOException {
    List<List<Object>> expected = new ArrayList<>();
    try (Stream<Bounce> bounces = BounceReader.create().readMbox(dir.resolve("messages").resolve("bounces.mbox"))) {
      long number = 0;
      for (Bounce bounce : bounces.toList()) {
        expected.addAll(SingleMachine.bounces(++number, bounce));
      }
    }
    List<List<Object>> actual = byFile.get("bounces.mbox").stream().map(SingleMachine::bounce).toList();
    assertThat(actual).isEqualTo(expected);
    assertThat(actual.stream().map(row -> row.get(0)).distinct()).containsExactly(1L, 2L, 3L, 4L, 5L);
  }

  @Test
  void garbageGivesOneRowThatIsNoBounceAndAnEmptyFileNoneAsSparkSkipsIt() {
    for (String garbage : List.of("garbage.bin", "nul.eml")) {
      assertThat(byFile.get(garbage)).as(garbage).singleElement().satisfies(row -> {
        assertThat(row.getKind()).isEqualTo("not_a_bounce");
        assertThat(row.getRecipient()).isNull();
        assertThat(row.getReason()).isNull();
      });
    }
    // Spark's file sources list no file of zero bytes; it holds no message to lose.
    assertThat(byFile).doesNotContainKey("empty.eml");
  }

  @Test
  void rowsWithoutContentGiveUnreadableRowsSayingWhy() {
    StructType schema = new StructType().add("path", DataTypes.StringType).add("length", DataTypes.LongType)
        .add("content", DataTypes.BinaryType);
    Dataset<Row> files = SharedSpark.session().createDataFrame(List.of(RowFactory.create("a", 0L, new byte[0]),
        RowFactory.create("b", 0L, null)), schema);
    assertThat(SmtpStatusSpark.bounces(files).collectAsList()).extracting(BounceResult::getSource,
        BounceResult::getKind, BounceResult::getProblem).containsExactly(tuple("a", "unreadable", "empty file"),
        tuple("b", "unreadable", "no content"));
  }

  @Test
  void aFileTooLargeToReadGivesAnUnreadableRowNamingItsSize() {
    BounceResult row = BounceMessages.tooLarge("file:/big.mbox", 5_000_000_000L);
    assertThat(row.getKind()).isEqualTo("unreadable");
    assertThat(row.getProblem()).isEqualTo("file of 5000000000 bytes is larger than 1073741824 bytes, the most"
        + " read; split it");
    assertThat(row.getMessage()).isEqualTo(1L);
  }

  @Test
  void aDeliveryStatusNotificationIsClassifiedPerRecipient() {
    assertThat(byFile.get("bounces-postfix-dsn.eml")).isNotEmpty().allSatisfy(row -> {
      assertThat(row.getKind()).isEqualTo("delivery_status_notification");
      assertThat(row.getRecipient()).isNotNull();
      assertThat(row.getReason()).isNotNull();
      assertThat(row.getSenderAction()).isNotNull();
    });
  }
}
