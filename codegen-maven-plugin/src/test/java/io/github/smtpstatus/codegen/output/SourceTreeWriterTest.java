package io.github.smtpstatus.codegen.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceTreeWriterTest {

  private static final FileTime OLD = FileTime.fromMillis(1_000_000_000_000L);

  @TempDir
  Path root;

  @Test
  void writesNewFilesIntoTheirPackageFolders() throws IOException {
    SourceTreeWriter.Result result = SourceTreeWriter.write(root, files("a/A.java", "class A {}"), Set.of());

    assertThat(result).isEqualTo(new SourceTreeWriter.Result(1, 0, 0));
    assertThat(Files.readString(root.resolve("a/A.java"))).isEqualTo("class A {}");
  }

  @Test
  void leavesAnUnchangedFileAndItsTimeAlone() throws IOException {
    SourceTreeWriter.write(root, files("a/A.java", "class A {}"), Set.of());
    Files.setLastModifiedTime(root.resolve("a/A.java"), OLD);

    SourceTreeWriter.Result result = SourceTreeWriter.write(root, files("a/A.java", "class A {}"), Set.of());

    assertThat(result).isEqualTo(new SourceTreeWriter.Result(0, 1, 0));
    assertThat(Files.getLastModifiedTime(root.resolve("a/A.java"))).isEqualTo(OLD);
  }

  @Test
  void replacesAChangedFile() throws IOException {
    SourceTreeWriter.write(root, files("a/A.java", "class A {}"), Set.of());

    SourceTreeWriter.Result result = SourceTreeWriter.write(root, files("a/A.java", "class A { int x; }"), Set.of());

    assertThat(result).isEqualTo(new SourceTreeWriter.Result(1, 0, 0));
    assertThat(Files.readString(root.resolve("a/A.java"))).isEqualTo("class A { int x; }");
  }

  @Test
  void deletesFilesOfThePreviousGenerationThatAreNoLongerProduced() throws IOException {
    SourceTreeWriter.write(root, files("old/A.java", "class A {}"), Set.of());

    SourceTreeWriter.Result result = SourceTreeWriter.write(root, files("new/A.java", "class A {}"), Set.of("old/A.java"));

    assertThat(result.deleted()).isEqualTo(1);
    assertThat(root.resolve("old/A.java")).doesNotExist();
  }

  @Test
  void neverDeletesOutsideTheOutputDirectory(@TempDir Path elsewhere) throws IOException {
    Path precious = Files.writeString(elsewhere.resolve("precious.txt"), "keep");

    SourceTreeWriter.Result result = SourceTreeWriter.write(root, files("a/A.java", "class A {}"),
        Set.of(root.relativize(precious).toString(), precious.toString(), "."));

    assertThat(precious).hasContent("keep");
    assertThat(result.deleted()).isZero();
  }

  @Test
  void leavesNoTemporaryFilesBehind() throws IOException {
    SourceTreeWriter.write(root, files("a/A.java", "class A {}", "a/B.java", "class B {}"), Set.of());

    try (Stream<Path> walk = Files.walk(root)) {
      assertThat(walk.filter(Files::isRegularFile).map(path -> root.relativize(path).toString()))
          .containsExactlyInAnyOrder("a/A.java", "a/B.java");
    }
  }

  @Test
  void aWriteWithNothingChangedTakesNoStepAndLeavesTheTreeAsItIs() throws IOException {
    Path live = root.resolve("generated");
    SourceTreeWriter.write(live, files("a/A.java", "class A {}"), Set.of());
    List<String> steps = new java.util.ArrayList<>();

    SourceTreeWriter.Result result = SourceTreeWriter.write(live, files("a/A.java", "class A {}"), Set.of("a/A.java"),
        steps::add);

    assertThat(result).isEqualTo(new SourceTreeWriter.Result(0, 1, 0));
    assertThat(steps).isEmpty();
  }

  @Test
  void anOldTreeLeftWithoutALiveOneIsPutBack() throws IOException {
    Path live = root.resolve("generated");
    SourceTreeWriter.write(new SourceTreeWriter.Siblings(live).old, files("a/A.java", "old"), Set.of());

    SourceTreeWriter.Result result = SourceTreeWriter.write(live, files("a/A.java", "old"), Set.of());

    assertThat(result).isEqualTo(new SourceTreeWriter.Result(0, 1, 0));
    assertThat(siblings(live)).isEmpty();
  }

  @Test
  void aTargetThatCannotBeWrittenLeavesTheWholeOldTree() throws IOException {
    SourceTreeWriter.write(root, files("a/A.java", "class A {}", "a/B.java", "class B {}"), Set.of());
    // A directory where a file must go makes that one write fail; the old writer had moved A.java by then.
    Files.delete(root.resolve("a/B.java"));
    Files.createDirectories(root.resolve("a/B.java/blocker"));
    Map<String, String> before = tree(root);

    assertThatThrownBy(() -> SourceTreeWriter.write(root,
        files("a/A.java", "class A { int x; }", "a/B.java", "class B { int y; }"), Set.of("a/A.java", "a/B.java")))
        .isInstanceOf(IOException.class);

    assertThat(tree(root)).isEqualTo(before);
    assertThat(siblings(root)).isEmpty();
  }

  @Test
  void aFailureAtEveryStepLeavesTheOldTreeAndTheNextRunWritesTheNewOne() throws IOException {
    Map<String, byte[]> oldFiles = files("a/Same.java", "same", "a/Changed.java", "old", "a/Stale.java", "stale");
    Map<String, byte[]> newFiles = files("a/Same.java", "same", "a/Changed.java", "new", "b/Added.java", "added");
    Set<String> previous = oldFiles.keySet();
    int failures = 0;
    for (int failAt = 1; ; failAt++) {
      Path live = root.resolve("run" + failAt + "/generated");
      SourceTreeWriter.write(live, oldFiles, Set.of());
      Files.writeString(live.resolve("a/Foreign.txt"), "not generated");
      Map<String, String> before = tree(live);
      FailingStep step = new FailingStep(failAt);

      try {
        SourceTreeWriter.write(live, newFiles, previous, step);
      } catch (IOException e) {
        failures++;
        assertThat(e).hasMessage("injected failure before " + step.failedStep);
        assertThat(tree(live)).as("after a failure before %s", step.failedStep).isEqualTo(before);
        SourceTreeWriter.write(live, newFiles, previous);
        assertThat(tree(live)).as("the run after a failure before %s", step.failedStep).isEqualTo(expected(newFiles));
        assertThat(siblings(live)).isEmpty();
        continue;
      }
      // No step left to fail: every step was tried, and the last one (deleting the old tree) is not fatal.
      assertThat(tree(live)).isEqualTo(expected(newFiles));
      break;
    }
    // create, copy Same.java, copy Foreign.txt, write Changed.java, write Added.java, seal, move live, move ready
    assertThat(failures).isEqualTo(8);
  }

  @Test
  void aReadyTreeLeftWithoutALiveOneBySomeKillIsPutInPlaceFirst() throws IOException {
    Path live = root.resolve("generated");
    SourceTreeWriter.Siblings siblings = new SourceTreeWriter.Siblings(live);
    SourceTreeWriter.write(siblings.ready, files("a/A.java", "new"), Set.of());
    SourceTreeWriter.write(siblings.old, files("a/A.java", "old"), Set.of());

    SourceTreeWriter.Result result = SourceTreeWriter.write(live, files("a/A.java", "new"), Set.of());

    assertThat(result).isEqualTo(new SourceTreeWriter.Result(0, 1, 0));
    assertThat(tree(live)).isEqualTo(Map.of("a/A.java", "new"));
    assertThat(siblings(live)).isEmpty();
  }

  @Test
  void aHalfBuiltTreeIsDeletedAndTheLiveOneKept() throws IOException {
    Path live = root.resolve("generated");
    SourceTreeWriter.write(live, files("a/A.java", "old"), Set.of());
    SourceTreeWriter.write(new SourceTreeWriter.Siblings(live).building, files("a/A.java", "half"), Set.of());

    SourceTreeWriter.write(live, files("a/A.java", "old"), Set.of());

    assertThat(tree(live)).isEqualTo(Map.of("a/A.java", "old"));
    assertThat(siblings(live)).isEmpty();
  }

  @Test
  void temporaryFilesThatAnEarlierWriterStrandedAreCleanedOut() throws IOException {
    SourceTreeWriter.write(root, files("a/A.java", "class A {}"), Set.of());
    Files.writeString(root.resolve("a/.A.java8361551426184476001.tmp"), "class A");

    SourceTreeWriter.write(root, files("a/A.java", "class A { }"), Set.of("a/A.java"));

    assertThat(tree(root)).isEqualTo(Map.of("a/A.java", "class A { }"));
  }

  @Test
  void filesOfOtherOriginAndUnchangedFilesKeepTheirContentAndTime() throws IOException {
    SourceTreeWriter.write(root, files("a/A.java", "class A {}", "a/B.java", "class B {}"), Set.of());
    Path foreign = Files.writeString(root.resolve("a/notes.txt"), "mine");
    Files.setLastModifiedTime(foreign, OLD);
    Files.setLastModifiedTime(root.resolve("a/A.java"), OLD);

    SourceTreeWriter.write(root, files("a/A.java", "class A {}", "a/B.java", "class B { }"), Set.of("a/A.java", "a/B.java"));

    assertThat(tree(root)).containsEntry("a/notes.txt", "mine").containsEntry("a/B.java", "class B { }");
    assertThat(Files.getLastModifiedTime(root.resolve("a/notes.txt"))).isEqualTo(OLD);
    assertThat(Files.getLastModifiedTime(root.resolve("a/A.java"))).isEqualTo(OLD);
  }

  /** Fails with an IOException before its n-th step. */
  private static final class FailingStep implements SourceTreeWriter.Step {
    private final int failAt;
    private int steps;
    private String failedStep;

    FailingStep(int failAt) {
      this.failAt = failAt;
    }

    @Override
    public void before(String what) throws IOException {
      if (++steps == failAt) {
        failedStep = what;
        throw new IOException("injected failure before " + what);
      }
    }
  }

  /** Every regular file under a folder with its content, by relative path. */
  static Map<String, String> tree(Path folder) throws IOException {
    Map<String, String> tree = new TreeMap<>();
    if (!Files.exists(folder)) {
      return tree;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path path : walk.filter(Files::isRegularFile).toList()) {
        tree.put(folder.relativize(path).toString(), Files.readString(path));
      }
    }
    return tree;
  }

  /** What the writer left beside the live tree (only its own folders: the parent may be shared, as /tmp is). */
  static List<String> siblings(Path live) throws IOException {
    String prefix = "." + live.getFileName() + ".smtp-status-";
    try (Stream<Path> list = Files.list(live.toAbsolutePath().getParent())) {
      return list.map(path -> path.getFileName().toString()).filter(name -> name.startsWith(prefix)).toList();
    }
  }

  private static Map<String, String> expected(Map<String, byte[]> files) {
    Map<String, String> expected = new TreeMap<>();
    files.forEach((path, bytes) -> expected.put(path, new String(bytes, StandardCharsets.UTF_8)));
    expected.put("a/Foreign.txt", "not generated");
    return expected;
  }

  private static Map<String, byte[]> files(String... pathsAndContents) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (int i = 0; i < pathsAndContents.length; i += 2) {
      files.put(pathsAndContents[i], pathsAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
    }
    return files;
  }
}
