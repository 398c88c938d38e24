package io.github.smtpstatus.codegen.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smtpstatus.codegen.RegistryFormatException;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFileTest {

  @TempDir
  Path dir;

  @Test
  void refusesAFileOverTheCapWithoutReadingIt() throws IOException {
    File big = dir.resolve("big.csv").toFile();
    try (RandomAccessFile file = new RandomAccessFile(big, "rw")) {
      file.setLength(InputFile.MAX_BYTES + 1L);
    }

    assertThatThrownBy(() -> InputFile.read(big))
        .hasMessage(big.getPath() + ": is 10485761 bytes, over the limit of 10485760 bytes (10 MiB)");
  }

  @Test
  void refusesAStreamThatRunsPastTheCap() {
    ByteArrayInputStream in = new ByteArrayInputStream(new byte[InputFile.MAX_BYTES + 1]);

    assertThatThrownBy(() -> InputFile.read("stream.csv", in))
        .hasMessage("stream.csv: is over the limit of 10485760 bytes (10 MiB)");
  }

  @Test
  void acceptsAFileOfExactlyTheCap() throws IOException, RegistryFormatException {
    Path file = dir.resolve("full.csv");
    Files.write(file, new byte[InputFile.MAX_BYTES]);

    assertThat(InputFile.read(file.toFile()).size()).isEqualTo(InputFile.MAX_BYTES);
  }

  @Test
  void acceptsBytesOfExactlyTheCapAndRefusesOneMore() throws RegistryFormatException {
    assertThat(InputFile.of("full.csv", new byte[InputFile.MAX_BYTES]).size()).isEqualTo(InputFile.MAX_BYTES);
    assertThatThrownBy(() -> InputFile.of("over.csv", new byte[InputFile.MAX_BYTES + 1]))
        .hasMessage("over.csv: is 10485761 bytes, over the limit of 10485760 bytes (10 MiB)");
  }

  @Test
  void namesAMissingFile() {
    File missing = dir.resolve("missing.csv").toFile();

    assertThatThrownBy(() -> InputFile.read(missing)).hasMessage(missing.getPath() + ": does not exist");
  }

  @Test
  void namesADirectory() {
    assertThatThrownBy(() -> InputFile.read(dir.toFile())).hasMessage(dir + ": is not a regular file");
  }

  @Test
  void copiesBytesInAndOut() throws RegistryFormatException {
    byte[] bytes = {1, 2, 3};
    InputFile input = InputFile.of("x", bytes);
    bytes[0] = 9;
    input.bytes()[1] = 9;

    assertThat(input.bytes()).containsExactly(1, 2, 3);
  }
}
