package io.github.smtpstatus.codegen.update;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpstatus.codegen.TestRegistries;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An update killed with SIGKILL ({@code kill -9}) between two file operations, in a JVM of its own
 * ({@link PausedUpdate}); the next run must leave the registry consistent: every table's SHA-256 as
 * registry.properties records it, a name for every code, no stray file.
 */
class UpdateKilledTest {

  @TempDir
  Path temp;

  @ParameterizedTest(name = "killed after {0} {1}")
  @CsvSource({
      // kind, ordinal, what the folder holds when killed
      "write, 5, old",         // staging half written, no journal
      "move, 1, old",          // journal committed, nothing moved
      "move, 2, mixed",        // the subject table replaced
      "move, 3, mixed",        // both tables replaced: new codes, old names and provenance
      "move, 4, mixed",        // the names too: provenance still old
      "move, 5, new"})         // every file replaced, the staging folder still there
  void theNextRunRepairsAnUpdateKilledBetweenTwoFileOperations(String kind, int ordinal, String state) throws Exception {
    UpdateFixture fixture = new UpdateFixture(temp);
    Map<String, String> before = TestRegistries.sha256s(fixture.folder);
    Map<String, String> after = fixture.updatedSha256s(temp);

    kill(kind, ordinal);

    Map<String, String> killed = TestRegistries.sha256s(fixture.folder);
    assertThat(fixture.staging()).isDirectory();
    switch (state) {
      case "old" -> assertThat(killed).isEqualTo(before);
      case "new" -> assertThat(killed).isEqualTo(after);
      default -> assertThat(fixture.inconsistencies()).isNotEmpty();
    }

    RegistryUpdate.Outcome next = fixture.update(FileOperations.SYSTEM);

    assertThat(next.recovery().happened()).isTrue();
    assertThat(next.result()).isIn(RegistryUpdate.Result.UNCHANGED, RegistryUpdate.Result.UPDATED);
    assertThat(TestRegistries.sha256s(fixture.folder)).isEqualTo(after);
    assertThat(fixture.inconsistencies()).isEmpty();
    fixture.assertNoStrayFiles();
  }

  /** Runs the update in another JVM until it pauses after the operation, then kills it with SIGKILL. */
  private void kill(String kind, int ordinal) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Process process = new ProcessBuilder(List.of(java, "-cp", classPath, PausedUpdate.class.getName(), temp.toString(),
        kind, String.valueOf(ordinal))).redirectErrorStream(true).start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      CompletableFuture<String> paused = CompletableFuture.supplyAsync(() -> {
        StringBuilder seen = new StringBuilder();
        try {
          for (String line = out.readLine(); line != null; line = out.readLine()) {
            seen.append(line).append('\n');
            if (line.startsWith("paused after ")) {
              return line;
            }
          }
        } catch (java.io.IOException e) {
          seen.append(e);
        }
        return seen.toString();
      });
      assertThat(paused.get(60, TimeUnit.SECONDS)).isEqualTo("paused after " + kind + " " + ordinal);
    } finally {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
    assertThat(process.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
  }
}
