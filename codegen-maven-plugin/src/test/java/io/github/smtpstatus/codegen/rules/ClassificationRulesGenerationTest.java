package io.github.smtpstatus.codegen.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smtpstatus.codegen.RegistryFormatException;
import io.github.smtpstatus.codegen.Warnings;
import io.github.smtpstatus.codegen.read.InputFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassificationRulesGenerationTest {

  private static final InputFile SHIPPED = RulesFixtures.file("shipped.csv", "code,reason,source\n"
      + "X.1.1,USER_UNKNOWN,https://www.rfc-editor.org/rfc/rfc3463\n");
  private static final InputFile USER = RulesFixtures.file("src/acme.csv", "phrase,reason,label\n"
      + "acme throttle,RATE_LIMITED,acme-slow\n");

  @TempDir
  Path dir;

  private ClassificationRulesGeneration.Outcome run(InputFile user, boolean includeShipped)
      throws RegistryFormatException, IOException {
    return new ClassificationRulesGeneration(Warnings.IGNORE).run(new ClassificationRulesGeneration.Request(
        RulesFixtures.reasonsFile(), List.of(SHIPPED), includeShipped, user, "com.acme", "AcmeRules",
        dir.resolve("out"), dir.resolve("state/rules.state"), "test@1"));
  }

  private String generated() throws IOException {
    return Files.readString(dir.resolve("out/com/acme/AcmeRules.java"));
  }

  @Test
  void putsTheUsersRulesBeforeTheShippedOnes() throws Exception {
    ClassificationRulesGeneration.Outcome outcome = run(USER, true);

    assertThat(outcome.upToDate()).isFalse();
    assertThat(outcome.userRules()).isEqualTo(1);
    assertThat(outcome.shippedRules()).isEqualTo(1);
    assertThat(outcome.writes().written()).isEqualTo(1);
    assertThat(generated()).contains("<li>acme.csv: 1 rules\n * <li>shipped.csv: 1 rules\n");
  }

  @Test
  void aSecondRunWithTheSameInputsWritesNothing() throws Exception {
    run(USER, true);
    long modified = Files.getLastModifiedTime(dir.resolve("out/com/acme/AcmeRules.java")).toMillis();

    ClassificationRulesGeneration.Outcome second = run(USER, true);

    assertThat(second.upToDate()).isTrue();
    assertThat(second.userRules()).isEqualTo(1);
    assertThat(Files.getLastModifiedTime(dir.resolve("out/com/acme/AcmeRules.java")).toMillis()).isEqualTo(modified);
  }

  @Test
  void theShippedRulesCanBeLeftOut() throws Exception {
    ClassificationRulesGeneration.Outcome outcome = run(USER, false);

    assertThat(outcome.shippedRules()).isZero();
    assertThat(generated()).doesNotContain("shipped.csv");
  }

  @Test
  void aBadRulesFileFailsAndLeavesThePreviousOutputUntouched() throws Exception {
    run(USER, true);
    String before = generated();
    InputFile bad = RulesFixtures.file("src/acme.csv", "phrase,reason\nacme,NOT_A_REASON\n");

    assertThatThrownBy(() -> run(bad, true)).isInstanceOf(RegistryFormatException.class)
        .hasMessageStartingWith("src/acme.csv:2: column \"reason\": \"NOT_A_REASON\" is not a reason of the taxonomy");
    assertThat(generated()).isEqualTo(before);
  }

  @Test
  void aUserRuleMayShadowAShippedOneButNotAnotherOfTheSameFile() throws Exception {
    InputFile overriding = RulesFixtures.file("acme.csv", "code,reason\nX.1.XXX,FILTERED\n");
    InputFile shadowing = RulesFixtures.file("acme.csv", "code,reason\nX.1.XXX,FILTERED\n5.1.1,USER_UNKNOWN\n");

    assertThat(run(overriding, true).userRules()).isEqualTo(1);
    assertThatThrownBy(() -> run(shadowing, true))
        .hasMessage("acme.csv:3: can never decide: rule acme.csv:2 comes first and matches every failure this rule matches");
  }

  @Test
  void theGeneratedSourceDoesNotDependOnWhereTheRulesFileWasRead() throws Exception {
    run(USER, true);
    String fromSrc = generated();
    Files.delete(dir.resolve("state/rules.state"));

    run(RulesFixtures.file("/elsewhere/acme.csv", "phrase,reason,label\nacme throttle,RATE_LIMITED,acme-slow\n"), true);

    assertThat(generated()).isEqualTo(fromSrc);
  }
}
