package io.github.smtpstatus.codegen.output;

import io.github.smtpstatus.codegen.read.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the last successful generation produced, kept in a small text file so that the next build can
 * tell "nothing to do" without parsing anything: the fingerprint of its inputs, its row counts, and
 * each generated file with its SHA-256.
 *
 * @param fingerprint SHA-256 over inputs, parameters and generator version
 * @param counts rows per table: class, subject, enumerated
 * @param files SHA-256 of each generated file by path relative to the output directory
 */
public record GenerationState(String fingerprint, List<Integer> counts, Map<String, String> files) {

  private static final String HEADER = "# smtp-status generate: state of the last generation; safe to delete";

  /**
   * Rejects a null fingerprint and copies the counts and files.
   *
   * @param fingerprint SHA-256 over inputs, parameters and generator version
   * @param counts rows per table: class, subject, enumerated
   * @param files SHA-256 of each generated file by path relative to the output directory
   */
  public GenerationState {
    Objects.requireNonNull(fingerprint, "fingerprint == null");
    counts = List.copyOf(counts);
    files = Map.copyOf(files);
  }

  /**
   * {@return the state for freshly rendered files}
   *
   * @param fingerprint SHA-256 over inputs, parameters and generator version
   * @param counts rows per table: class, subject, enumerated
   * @param rendered the content of each generated file by path relative to the output directory
   */
  public static GenerationState of(String fingerprint, List<Integer> counts, Map<String, byte[]> rendered) {
    Map<String, String> files = new LinkedHashMap<>();
    rendered.forEach((path, bytes) -> files.put(path, Sha256.hex(bytes)));
    return new GenerationState(fingerprint, counts, files);
  }

  /**
   * Reads a state file.
   *
   * @param stateFile the file {@link #write} wrote
   * @return the state; empty if the file is missing or unreadable as a state (then everything is redone)
   * @throws IOException if the file exists but cannot be read
   */
  public static Optional<GenerationState> read(Path stateFile) throws IOException {
    List<String> lines;
    try {
      lines = Files.readAllLines(stateFile, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    String fingerprint = null;
    List<Integer> counts = null;
    Map<String, String> files = new LinkedHashMap<>();
    try {
      for (String line : lines) {
        if (line.startsWith("fingerprint=")) {
          fingerprint = line.substring("fingerprint=".length());
        } else if (line.startsWith("counts=")) {
          counts = Arrays.stream(line.substring("counts=".length()).split(",")).map(Integer::valueOf).toList();
        } else if (line.startsWith("file=")) {
          String[] parts = line.substring("file=".length()).split(" ", 2);
          files.put(parts[1], parts[0]);
        }
      }
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    if (fingerprint == null || counts == null || counts.size() != 3) {
      return Optional.empty();
    }
    return Optional.of(new GenerationState(fingerprint, counts, files));
  }

  /**
   * Writes the state atomically.
   *
   * @param stateFile the file to write
   * @throws IOException if the file cannot be written
   */
  public void write(Path stateFile) throws IOException {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    text.append("fingerprint=").append(fingerprint).append('\n');
    text.append("counts=").append(counts.get(0)).append(',').append(counts.get(1)).append(',').append(counts.get(2))
        .append('\n');
    files.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(file -> text.append("file=").append(file.getValue()).append(' ').append(file.getKey()).append('\n'));
    AtomicFiles.write(stateFile, text.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * {@return whether every recorded file is still in place with the recorded content}
   *
   * @param outputDirectory the source root the files were written to
   * @throws IOException if a recorded file exists but cannot be read
   */
  public boolean filesIntact(Path outputDirectory) throws IOException {
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path path = outputDirectory.resolve(file.getKey());
      if (!Files.isRegularFile(path) || !Sha256.hex(Files.readAllBytes(path)).equals(file.getValue())) {
        return false;
      }
    }
    return true;
  }
}
