package io.github.smtpstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpstatus.EnhancedStatusCode;
import io.github.smtpstatus.StatusClass;
import io.github.smtpstatus.StatusSubject;
import org.junit.jupiter.api.Test;

class RegistryCommandTest {

  @Test
  void humanTableMatchesTheGoldenText() {
    Run run = Run.of("registry");
    assertThat(run.exitCode()).isZero();
    Golden.assertMatches("registry.txt", run.out());
  }

  @Test
  void startsWithTheCountsAndTheThreeTables() {
    java.util.List<String> lines = Run.of("registry").out().lines().toList();
    assertThat(lines.get(0)).isEqualTo(
        "IANA SMTP Enhanced Status Codes (RFC 3463, RFC 5248): 3 classes, 8 subjects, 81 codes");
    assertThat(lines.subList(1, 4)).allSatisfy(line -> assertThat(line).startsWith("  "));
    assertThat(lines.get(4)).isEmpty();
  }

  @Test
  void printsEveryClassSubjectAndCodeInColumns() {
    java.util.List<String> lines = Run.of("registry").out().lines().toList();
    assertThat(lines).contains(
        "Classes",
        "  5.XXX.XXX  PERMANENT_FAILURE                               Permanent Failure",
        "Subjects",
        "  X.2.XXX    MAILBOX_STATUS                                  Mailbox Status",
        "  code     constant                                          reply codes             sample text",
        "  X.0.0    OTHER_UNDEFINED_STATUS                            any                     Other undefined Status",
        "  X.1.1    BAD_DESTINATION_MAILBOX_ADDRESS                   451, 550                Bad destination mailbox "
            + "address",
        "  X.7.28   MAIL_FLOOD_DETECTED                               not given               Mail flood detected");
    assertThat(lines).filteredOn(line -> line.startsWith("  X.") && !line.startsWith("  X.XXX")).hasSize(8 + 81);
    assertThat(lines.get(lines.indexOf("Subjects") - 1)).isEmpty();
    assertThat(lines.get(lines.indexOf("Codes (Enumerated Status Codes)") - 1)).isEmpty();
  }

  @Test
  void cutsLongReplyCodeListsAndNamesTheReplacementOfADeprecatedCode() {
    java.util.List<String> lines = Run.of("registry").out().lines().toList();
    assertThat(lines).filteredOn(line -> line.startsWith("  X.6.10 ")).singleElement()
        .satisfies(line -> assertThat(line).endsWith("(deprecated: use X.6.8)"));
    assertThat(lines).anySatisfy(line -> assertThat(line).matches("  X\\.\\S+ +\\S+ +.{19}\\.\\.\\.  .*"));
  }

  @Test
  void jsonHasOneRecordPerRowOfEveryTable() {
    Run run = Run.of("registry", "--json");
    assertThat(run.out().lines()).hasSize(StatusClass.values().length + StatusSubject.values().length
        + EnhancedStatusCode.values().length);
    assertThat(run.out().lines().filter(line -> line.startsWith("{\"table\":\"code\""))).hasSize(81);
  }

  @Test
  void jsonOfOneCodeMatchesTheGoldenRecord() {
    String line = Run.of("registry", "--json", "--table", "codes").out().lines()
        .filter(each -> each.contains("\"code\":\"X.6.10\"")).findFirst().orElseThrow();
    Golden.assertMatches("registry-x-6-10.json", line + "\n");
  }

  @Test
  void tableChoosesOneTable() {
    Run run = Run.of("registry", "--csv", "--table=subjects");
    assertThat(run.out().split("\r\n")).hasSize(1 + StatusSubject.values().length);
    assertThat(run.out()).contains("\r\nsubject,X.1.XXX,ADDRESSING_STATUS,Addressing Status,");
  }

  @Test
  void humanTableOfClassesOnly() {
    assertThat(Run.of("registry", "--table", "classes").out()).contains("Classes\n  2.XXX.XXX  SUCCESS")
        .doesNotContain("\nSubjects\n", "\nCodes (");
  }
}
