package io.github.smtpstatus.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smtpstatus.codegen.output.SourceTreeWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryCodeGenerationTest {

  @TempDir
  Path build;

  @Test
  void firstRunWritesSixFilesAndCountsTheRows() throws Exception {
    RegistryCodeGeneration.Outcome outcome = run(Fixtures.bundledInputs(), "io.github.smtpstatus", "v1");

    assertThat(outcome.upToDate()).isFalse();
    assertThat(outcome.codes()).isEqualTo(Fixtures.bundledCodeCount());
    assertThat(outcome.writes()).isEqualTo(new SourceTreeWriter.Result(6, 0, 0));
  }

  @Test
  void secondRunWithUnchangedInputsIsUpToDateAndWritesNothing() throws Exception {
    run(Fixtures.bundledInputs(), "io.github.smtpstatus", "v1");
    FileTime before = Files.getLastModifiedTime(source("io/github/smtpstatus/EnhancedStatusCode.java"));

    RegistryCodeGeneration.Outcome outcome = run(Fixtures.bundledInputs(), "io.github.smtpstatus", "v1");

    assertThat(outcome.upToDate()).isTrue();
    assertThat(outcome.codes()).isEqualTo(Fixtures.bundledCodeCount());
    assertThat(Files.getLastModifiedTime(source("io/github/smtpstatus/EnhancedStatusCode.java"))).isEqualTo(before);
  }

  @Test
  void aNewGeneratorVersionRegeneratesButRewritesOnlyChangedFiles() throws Exception {
    run(Fixtures.bundledInputs(), "io.github.smtpstatus", "v1");

    RegistryCodeGeneration.Outcome outcome = run(Fixtures.bundledInputs(), "io.github.smtpstatus", "v2");

    assertThat(outcome.upToDate()).isFalse();
    assertThat(outcome.writes()).isEqualTo(new SourceTreeWriter.Result(0, 6, 0));
  }

  @Test
  void aHandEditedOutputFileIsRestored() throws Exception {
    run(Fixtures.bundledInputs(), "io.github.smtpstatus", "v1");
    Path edited = source("io/github/smtpstatus/StatusClass.java");
    String original = Files.readString(edited);
    Files.writeString(edited, "// edited\n");

    RegistryCodeGeneration.Outcome outcome = run(Fixtures.bundledInputs(), "io.github.smtpstatus", "v1");

    assertThat(outcome.writes()).isEqualTo(new SourceTreeWriter.Result(1, 5, 0));
    assertThat(edited).hasContent(original);
  }

  @Test
  void aChangedInputRegeneratesOnlyTheFilesItAffects() throws Exception {
    run(Fixtures.smallInputs(), "io.github.smtpstatus", "v1");
    RegistryInputs small = Fixtures.smallInputs();
    RegistryInputs changed = new RegistryInputs(small.classCodes(), small.subjectCodes(),
        Fixtures.input(small.enumeratedCodes().name(), Fixtures.SMALL_CODES.replace("The mailbox specified", "The box")),
        null, null);

    RegistryCodeGeneration.Outcome outcome = run(changed, "io.github.smtpstatus", "v1");

    // The enumerated table feeds EnhancedStatusCode and the provenance comments of four more files.
    assertThat(outcome.writes().written()).isEqualTo(4);
    assertThat(outcome.writes().unchanged()).isEqualTo(2);
  }

  @Test
  void aNewPackageDeletesTheFilesOfTheOldOne() throws Exception {
    run(Fixtures.smallInputs(), "com.example.old", "v1");

    RegistryCodeGeneration.Outcome outcome = run(Fixtures.smallInputs(), "com.example.fresh", "v1");

    assertThat(outcome.writes()).isEqualTo(new SourceTreeWriter.Result(6, 0, 6));
    assertThat(source("com/example/old/EnhancedStatusCode.java")).doesNotExist();
    assertThat(source("com/example/fresh/EnhancedStatusCode.java")).exists();
  }

  @Test
  void theBundledRegistrysKnownOdditiesGoToDebugAndNeverFailTheRun() throws Exception {
    List<String> warnings = new ArrayList<>();
    List<String> debug = new ArrayList<>();
    RegistryInputs bundled = BundledRegistry.inputs(null, null, null, null, null);

    RegistryCodeGeneration.Outcome outcome = new RegistryCodeGeneration(sink(warnings, debug)).run(
        new RegistryCodeGeneration.Request(bundled, "com.example.x", build.resolve("generated-sources"),
            build.resolve("state"), "v1", true));

    assertThat(outcome.upToDate()).isFalse();
    assertThat(warnings).isEmpty();
    assertThat(debug).containsExactly(
        "smtp-enhanced-status-codes-3.csv:178: column \"Associated basic status code\": \"\" is empty; treated as \"Not given\"",
        "smtp-enhanced-status-codes-3.csv:306: column \"Associated basic status code\": \".\" names no reply code;"
            + " treated as \"Not given\"");
  }

  @Test
  void failOnWarningRefusesATableOfOnesOwnThatDrawsAWarningAndWritesNothing() throws Exception {
    List<String> warnings = new ArrayList<>();
    RegistryInputs small = Fixtures.smallInputs();  // X.6.10 has no "Associated basic status code": a warning

    assertThatThrownBy(() -> new RegistryCodeGeneration(sink(warnings, new ArrayList<>())).run(
        new RegistryCodeGeneration.Request(small, "com.example.x", build.resolve("generated-sources"),
            build.resolve("state"), "v1", true)))
        .isInstanceOf(RegistryFormatException.class)
        .hasMessage("smtp-status: the inputs drew " + warnings.size()
            + " warning(s), reported above, and failOnWarning is set: nothing was generated");
    assertThat(warnings).isNotEmpty();
    assertThat(build.resolve("generated-sources")).doesNotExist();
    assertThat(build.resolve("state")).doesNotExist();
  }

  private static Warnings sink(List<String> warnings, List<String> debug) {
    return new Warnings() {
      @Override
      public void warn(Problem problem) {
        warnings.add(problem.toString());
      }

      @Override
      public void debug(Problem problem) {
        debug.add(problem.toString());
      }
    };
  }

  private RegistryCodeGeneration.Outcome run(RegistryInputs inputs, String packageName, String version)
      throws Exception {
    return new RegistryCodeGeneration(Warnings.IGNORE).run(new RegistryCodeGeneration.Request(inputs, packageName,
        build.resolve("generated-sources"), build.resolve("smtp-status/default.state"), version));
  }

  private Path source(String path) {
    return build.resolve("generated-sources").resolve(path);
  }
}
