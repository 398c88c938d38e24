package io.github.smtpstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The table {@code java -jar status-codes-api.jar} prints. */
class RegistryTableTest {

  private static List<String> printed() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RegistryTable.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void startsWithTheCountsAndTheThreeTables() {
    List<String> lines = printed();

    assertThat(lines.get(0)).isEqualTo("IANA SMTP Enhanced Status Codes (RFC 3463, RFC 5248): 3 classes, 8 subjects, 81 codes");
    assertThat(lines.subList(1, 4)).allSatisfy(line -> assertThat(line).startsWith("  "));
    assertThat(lines.get(4)).isEmpty();
  }

  @Test
  void printsEveryClassSubjectAndCodeInColumns() {
    List<String> lines = printed();

    assertThat(lines).contains(
        "Classes",
        "  5.XXX.XXX  PERMANENT_FAILURE                               Permanent Failure",
        "Subjects",
        "  X.2.XXX    MAILBOX_STATUS                                  Mailbox Status",
        "  code     constant                                          reply codes             sample text",
        "  X.0.0    OTHER_UNDEFINED_STATUS                            any                     Other undefined Status",
        "  X.1.1    BAD_DESTINATION_MAILBOX_ADDRESS                   451, 550                Bad destination mailbox address",
        "  X.7.28   MAIL_FLOOD_DETECTED                               not given               Mail flood detected");
    assertThat(lines).filteredOn(line -> line.startsWith("  X.") && !line.startsWith("  X.XXX")).hasSize(8 + 81);
    assertThat(lines.get(lines.indexOf("Subjects") - 1)).isEmpty();
    assertThat(lines.get(lines.indexOf("Codes (Enumerated Status Codes)") - 1)).isEmpty();
  }

  @Test
  void cutsLongReplyCodeListsAndNamesTheReplacementOfADeprecatedCode() {
    List<String> lines = printed();

    assertThat(lines).filteredOn(line -> line.startsWith("  X.6.10 ")).singleElement()
        .satisfies(line -> assertThat(line).endsWith("(deprecated: use X.6.8)"));
    assertThat(lines).anySatisfy(line -> assertThat(line).matches("  X\\.\\S+ +\\S+ +.{19}\\.\\.\\.  .*"));
  }
}
