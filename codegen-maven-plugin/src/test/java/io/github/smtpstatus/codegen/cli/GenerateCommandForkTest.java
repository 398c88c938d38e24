package io.github.smtpstatus.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpstatus.codegen.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the command of docs/GRADLE.md exactly as written there, in a JVM of its own (Gradle's
 * {@code JavaExec} does the same), and checks that the Kotlin task of that page names the same main
 * class and arguments.
 */
class GenerateCommandForkTest {

  private static final Path GRADLE_MD = Path.of("..", "docs", "GRADLE.md");

  @TempDir
  Path project;

  @Test
  void theDocumentedCommandGeneratesAndThenFindsItsOutputUpToDate() throws Exception {
    String page = Files.readString(GRADLE_MD);
    List<String> command = documentedCommand(page);
    assertThat(command.subList(0, 3)).containsExactly("java", "-cp", "\"$CLASSPATH\"");
    String mainClass = command.get(3);
    List<String> arguments = command.subList(4, command.size());
    assertThat(page).contains("mainClass.set(\"" + mainClass + "\")")
        .contains("\"--package\", \"" + arguments.get(1) + "\"");
    assertThat(arguments).containsExactly("--package", "com.example.mail.status",
        "--output", "build/generated/sources/smtp-status/java/main");

    Result first = run(mainClass, arguments);
    Path output = project.resolve("build/generated/sources/smtp-status/java/main");
    assertThat(first.exitCode()).as(first.output()).isZero();
    assertThat(first.output()).isEqualTo("smtp-status: generated " + Fixtures.bundledCounts() + " into " + output.toRealPath()
        + ": 6 files written, 0 unchanged, 0 stale deleted\n");
    assertThat(output.resolve("com/example/mail/status/EnhancedStatusCode.java")).isRegularFile();

    Result second = run(mainClass, arguments);
    assertThat(second.exitCode()).isZero();
    assertThat(second.output()).isEqualTo("smtp-status: " + Fixtures.bundledCounts() + " up to date in "
        + output.toRealPath() + ", nothing written\n");
  }

  @Test
  void aBadArgumentExitsWithTwoFromTheForkedJvm() throws Exception {
    Result result = run(GenerateCommand.class.getName(), List.of("--package", "io.github.smtpstatus", "--output", "out"));

    assertThat(result.exitCode()).isEqualTo(GenerateCommand.USAGE);
    assertThat(result.output()).startsWith("smtp-status: --package: \"io.github.smtpstatus\" is the package of");
  }

  /** The words of the block under "What the task runs", line continuations joined. */
  private static List<String> documentedCommand(String page) {
    Matcher block = Pattern.compile("## What the task runs\\n.*?```sh\\n(.*?)```", Pattern.DOTALL).matcher(page);
    assertThat(block.find()).as("the command block of %s", GRADLE_MD).isTrue();
    List<String> words = new ArrayList<>();
    for (String word : block.group(1).replace("\\\n", " ").strip().split("\\s+")) {
      words.add(word);
    }
    return words;
  }

  private record Result(int exitCode, String output) {}

  private Result run(String mainClass, List<String> arguments) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), mainClass));
    command.addAll(arguments);
    Process process = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true).start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the command ends").isTrue();
    return new Result(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
  }
}
