package io.github.smtpstatus.codegen.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @TempDir
  Path dir;

  @BeforeEach
  void posixOnly() throws IOException {
    assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class), "POSIX file system");
  }

  @Test
  void newFilesAreReadableByEveryoneNotJustTheOwnerOfTheTemporaryFile() throws IOException {
    Path file = dir.resolve("a/New.java");

    AtomicFiles.write(file, "class New {}".getBytes(StandardCharsets.UTF_8));

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
  }

  @Test
  void replacedFilesKeepTheirPermissions() throws IOException {
    Path file = Files.writeString(dir.resolve("registry.properties"), "old");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));

    AtomicFiles.write(file, "new".getBytes(StandardCharsets.UTF_8));

    assertThat(file).hasContent("new");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-rw-r--");
  }

  @Test
  void writesAllFilesOfABatch() throws IOException {
    Map<Path, byte[]> files = new LinkedHashMap<>();
    files.put(dir.resolve("one"), new byte[] {1});
    files.put(dir.resolve("sub/two"), new byte[] {2});

    AtomicFiles.writeAll(files);

    assertThat(dir.resolve("one")).hasBinaryContent(new byte[] {1});
    assertThat(dir.resolve("sub/two")).hasBinaryContent(new byte[] {2});
  }

  @Test
  void temporaryFilesThatAKilledWriteLeftBesideATargetGoWithItsNextWrite() throws IOException {
    Path target = Files.writeString(dir.resolve("default.state"), "old");
    Path stranded = Files.writeString(dir.resolve(".default.state8361551426184476001.tmp"), "half");
    Path other = Files.writeString(dir.resolve(".other.state123.tmp"), "not ours");

    AtomicFiles.write(target, "new".getBytes(StandardCharsets.UTF_8));

    assertThat(target).hasContent("new");
    assertThat(stranded).doesNotExist();
    assertThat(other).exists();
  }
}
