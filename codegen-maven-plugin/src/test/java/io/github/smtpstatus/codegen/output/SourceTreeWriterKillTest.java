package io.github.smtpstatus.codegen.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JVM killed at any step of a write (halted there: no finally block, no shutdown hook runs) leaves
 * the complete old tree, the complete new one, or, between the two renames of the swap, no live tree
 * and a complete ready one; the next run then ends with the new tree and nothing beside it.
 */
class SourceTreeWriterKillTest {

  static final Map<String, byte[]> OLD = files("a/Same.java", "same", "a/Changed.java", "old", "a/Stale.java", "stale");
  static final Map<String, byte[]> NEW = files("a/Same.java", "same", "a/Changed.java", "new", "b/Added.java", "added");

  @TempDir
  Path dir;

  @Test
  void aWriteKilledAtAnyStepIsRecoveredByTheNextRun() throws Exception {
    int steps = countSteps(dir.resolve("count/generated"));
    // create, copy Same.java, write Changed.java and Added.java, seal, move live, move ready, delete old
    assertThat(steps).as("steps of a write over the old tree").isEqualTo(8);

    for (int killAt = 1; killAt <= steps; killAt++) {
      Path live = dir.resolve("kill" + killAt + "/generated");
      SourceTreeWriter.write(live, OLD, Set.of());

      Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", System.getProperty("java.class.path"), KilledWrite.class.getName(), live.toString(),
          String.valueOf(killAt))
          .redirectErrorStream(true).start();
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the forked JVM ends").isTrue();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.exitValue()).as("killed at step %d: %s", killAt, output).isEqualTo(KilledWrite.KILLED);

      Map<String, String> afterKill = SourceTreeWriterTest.tree(live);
      SourceTreeWriter.Siblings siblings = new SourceTreeWriter.Siblings(live.toAbsolutePath());
      if (Files.exists(live)) {
        assertThat(afterKill).as("killed at step %d (%s)", killAt, output.strip()).isIn(text(OLD), text(NEW));
      } else {
        assertThat(SourceTreeWriterTest.tree(siblings.ready)).as("killed at step %d, between the renames", killAt)
            .isEqualTo(text(NEW));
      }

      SourceTreeWriter.write(live, NEW, OLD.keySet());

      assertThat(SourceTreeWriterTest.tree(live)).as("the run after a kill at step %d", killAt).isEqualTo(text(NEW));
      assertThat(SourceTreeWriterTest.siblings(live)).as("left beside the tree after a kill at step %d", killAt)
          .isEmpty();
    }
  }

  private static int countSteps(Path live) throws IOException {
    SourceTreeWriter.write(live, OLD, Set.of());
    int[] steps = new int[1];
    SourceTreeWriter.write(live, NEW, OLD.keySet(), what -> steps[0]++);
    return steps[0];
  }

  /** Runs one write of {@link #NEW} over {@link #OLD} and halts the JVM before the given step. */
  public static final class KilledWrite {
    static final int KILLED = 137;

    public static void main(String[] args) throws IOException {
      int killAt = Integer.parseInt(args[1]);
      int[] steps = new int[1];
      SourceTreeWriter.write(Path.of(args[0]), NEW, OLD.keySet(), what -> {
        if (++steps[0] == killAt) {
          System.out.println("halting before " + what);
          System.out.flush();
          Runtime.getRuntime().halt(KILLED);
        }
      });
      System.out.println("not killed: the write has fewer than " + killAt + " steps");
    }
  }

  private static Map<String, String> text(Map<String, byte[]> files) {
    Map<String, String> text = new java.util.TreeMap<>();
    files.forEach((path, bytes) -> text.put(path, new String(bytes, StandardCharsets.UTF_8)));
    return text;
  }

  private static Map<String, byte[]> files(String... pathsAndContents) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (int i = 0; i < pathsAndContents.length; i += 2) {
      files.put(pathsAndContents[i], pathsAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
    }
    return files;
  }
}
