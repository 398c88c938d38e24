package io.github.smtpstatus.codegen.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
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

    SourceTreeWriter.write(root, files("a/A.java", "class A {}"),
        Set.of(root.relativize(precious).toString(), precious.toString(), "."));

    assertThat(precious).hasContent("keep");
  }

  @Test
  void leavesNoTemporaryFilesBehind() throws IOException {
    SourceTreeWriter.write(root, files("a/A.java", "class A {}", "a/B.java", "class B {}"), Set.of());

    try (Stream<Path> walk = Files.walk(root)) {
      assertThat(walk.filter(Files::isRegularFile).map(path -> root.relativize(path).toString()))
          .containsExactlyInAnyOrder("a/A.java", "a/B.java");
    }
  }

  private static Map<String, byte[]> files(String... pathsAndContents) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (int i = 0; i < pathsAndContents.length; i += 2) {
      files.put(pathsAndContents[i], pathsAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
    }
    return files;
  }
}
