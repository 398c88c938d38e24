package io.github.smtpstatus.codegen.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerationStateTest {

  @TempDir
  Path dir;

  @Test
  void roundTripsThroughItsFile() throws IOException {
    GenerationState state = GenerationState.of("abc", List.of(3, 8, 81),
        Map.of("p/A.java", "A".getBytes(StandardCharsets.UTF_8)));
    Path file = dir.resolve("state/default.state");

    state.write(file);

    assertThat(GenerationState.read(file)).contains(state);
  }

  @Test
  void aMissingStateIsEmpty() throws IOException {
    assertThat(GenerationState.read(dir.resolve("none.state"))).isEmpty();
  }

  @Test
  void aGarbledStateIsEmptySoEverythingIsRedone() throws IOException {
    Path file = Files.writeString(dir.resolve("bad.state"), "fingerprint=abc\ncounts=3,x,81\n");

    assertThat(GenerationState.read(file)).isEmpty();
  }

  @Test
  void filesAreIntactOnlyWhileEveryFileHasItsRecordedContent() throws IOException {
    Files.createDirectories(dir.resolve("p"));
    Files.writeString(dir.resolve("p/A.java"), "A");
    GenerationState state = GenerationState.of("abc", List.of(1, 1, 1), Map.of("p/A.java", "A".getBytes(StandardCharsets.UTF_8)));

    assertThat(state.filesIntact(dir)).isTrue();
    Files.writeString(dir.resolve("p/A.java"), "edited");
    assertThat(state.filesIntact(dir)).isFalse();
    Files.delete(dir.resolve("p/A.java"));
    assertThat(state.filesIntact(dir)).isFalse();
  }
}
