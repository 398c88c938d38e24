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
