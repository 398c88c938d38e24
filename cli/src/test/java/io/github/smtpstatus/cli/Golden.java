package io.github.smtpstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden outputs under {@code src/test/resources/golden/}: the whole text a command prints, compared
 * byte for byte. After a deliberate change, rewrite them with {@code -Dgolden.update=true} and review
 * the diff.
 */
final class Golden {

  static final Path DIRECTORY = Path.of("src", "test", "resources", "golden");

  private Golden() {}

  static void assertMatches(String name, String actual) {
    Path file = DIRECTORY.resolve(name);
    try {
      if (Boolean.getBoolean("golden.update")) {
        Files.createDirectories(DIRECTORY);
        Files.writeString(file, actual, StandardCharsets.UTF_8);
      }
      assertThat(file).as("golden file %s (create or update with -Dgolden.update=true)", file).exists();
      assertThat(actual).as("output against %s", file).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file of the project's samples folder, as the tests (run in the module folder) reach it. */
  static String sample(String name) {
    return Path.of("..", "samples", name).toString();
  }
}
