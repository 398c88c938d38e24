package io.github.smtpstatus.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpstatus.codegen.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command's exit codes and messages, run in-process. */
class GenerateCommandTest {

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void generatesTheBundledRegistryThenFindsItUpToDate() {
    Path output = dir.resolve("generated");

    assertThat(run("--package", "com.example.mail.status", "--output", output.toString())).isEqualTo(GenerateCommand.OK);
    assertThat(out.toString()).isEqualTo("smtp-status: generated " + Fixtures.bundledCounts() + " into " + output
        + ": 6 files written, 0 unchanged, 0 stale deleted\n");
    assertThat(err.toString()).isEmpty();
    assertThat(output.resolve("com/example/mail/status/EnhancedStatusCode.java")).isRegularFile();
    assertThat(dir.resolve("generated.smtp-status.state")).isRegularFile();

    out.getBuffer().setLength(0);
    assertThat(run("--package", "com.example.mail.status", "--output", output.toString())).isEqualTo(GenerateCommand.OK);
    assertThat(out.toString()).isEqualTo("smtp-status: " + Fixtures.bundledCounts() + " up to date in " + output
        + ", nothing written\n");
  }

  @Test
  void aRefusedInputExitsWithOneAndWritesNothing() throws Exception {
    Path codes = Files.writeString(dir.resolve("codes.csv"),
        "Code,Sample Text,Associated basic status code,Description,Reference,Submitter,Change Controller\r\n"
            + "X.01.1,Bad,550,Text.,[RFC3463],A,IESG\r\n");

    int status = run("--package", "com.example.x", "--output", dir.resolve("out").toString(),
        "--enumerated-codes", codes.toString());

    assertThat(status).isEqualTo(GenerateCommand.BAD_INPUT);
    assertThat(err.toString()).isEqualTo(codes + ":2: column \"Code\": \"X.01.1\" is not a valid enumerated code"
        + " (leading zero in subject)\n");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void aWarningWithFailOnWarningExitsWithOneAndTheBundledOdditiesDoNotCount() throws Exception {
    Path codes = Files.writeString(dir.resolve("codes.csv"),
        "Code,Sample Text,Associated basic status code,Description,Reference,Submitter,Change Controller\r\n"
            + "X.1.1,Bad destination mailbox address,#550,Text.,[RFC3463],A,IESG\r\n");
    assertThat(run("--package", "com.example.x", "--output", dir.resolve("bundled").toString(), "--fail-on-warning"))
        .isEqualTo(GenerateCommand.OK);

    int status = run("--package", "com.example.x", "--output", dir.resolve("out").toString(),
        "--enumerated-codes", codes.toString(), "--fail-on-warning");

    assertThat(status).isEqualTo(GenerateCommand.BAD_INPUT);
    assertThat(err.toString()).isEqualTo("warning: " + codes + ":2: column \"Associated basic status code\": \"#550\""
        + " has unexpected character '#'; ignored\n"
        + "smtp-status: the inputs drew 1 warning(s), reported above, and failOnWarning is set: nothing was generated\n");
  }

  @Test
  void verboseShowsTheBundledRegistrysKnownOddities() {
    assertThat(run("--package", "com.example.x", "--output", dir.resolve("out").toString(), "--verbose"))
        .isEqualTo(GenerateCommand.OK);

    assertThat(err.toString()).isEqualTo(
        "note: smtp-enhanced-status-codes-3.csv:178: column \"Associated basic status code\": \"\" is empty; treated"
            + " as \"Not given\"\n"
            + "note: smtp-enhanced-status-codes-3.csv:306: column \"Associated basic status code\": \".\" names no reply"
            + " code; treated as \"Not given\"\n");
  }

  @Test
  void theLibrarysOwnPackageIsABadArgument() {
    int status = run("--package", "io.github.smtpstatus", "--output", dir.resolve("out").toString());

    assertThat(status).isEqualTo(GenerateCommand.USAGE);
    assertThat(err.toString()).startsWith("smtp-status: --package: \"io.github.smtpstatus\" is the package of the"
        + " smtp-status library").endsWith("such as com.example.smtpstatus\n");
  }

  @Test
  void aPackageJavaRefusesIsABadArgument() {
    assertThat(run("--package", "java.lang", "--output", dir.resolve("out").toString())).isEqualTo(GenerateCommand.USAGE);
    assertThat(err.toString()).isEqualTo("smtp-status: --package: \"java.lang\" is in the JDK's namespace (java and javax"
        + " packages belong to the JDK; the class loader refuses them)\n");
  }

  @Test
  void aMissingOptionIsABadArgument() {
    assertThat(run("--package", "com.example.x")).isEqualTo(GenerateCommand.USAGE);
    assertThat(err.toString()).startsWith("Missing required option: '--output=DIR'\n");
  }

  @Test
  void anOutputThatCannotBeWrittenExitsWithThree() throws Exception {
    Path file = Files.writeString(dir.resolve("a-file"), "not a folder");

    int status = run("--package", "com.example.x", "--output", file.resolve("out").toString());

    assertThat(status).isEqualTo(GenerateCommand.IO_FAILURE);
    assertThat(err.toString()).startsWith("smtp-status: cannot generate into " + file.resolve("out") + ": ");
  }

  @Test
  void helpListsTheExitCodes() {
    assertThat(run("--help")).isEqualTo(GenerateCommand.OK);
    assertThat(out.toString()).contains("Exit codes:", "0   generated, or already up to date",
        "1   an input was refused, or a warning with --fail-on-warning", "2   bad arguments",
        "3   a file could not be read or written");
  }

  private int run(String... args) {
    return GenerateCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }
}
