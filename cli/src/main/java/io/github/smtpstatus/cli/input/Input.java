package io.github.smtpstatus.cli.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * One input named on the command line: a file, or standard input ({@code -}, or no name at all).
 *
 * @param name how messages and results name it: the path as given, or {@code <stdin>}
 * @param path the file, or null for standard input
 * @param stdin standard input, used when {@code path} is null
 */
public record Input(String name, Path path, Supplier<InputStream> stdin) {

  /** The name results give standard input. */
  public static final String STDIN = "<stdin>";

  /**
   * Checks the name.
   *
   * @param name how messages and results name the input
   * @param path the file, or null for standard input
   * @param stdin standard input
   * @throws NullPointerException if name is null
   */
  public Input {
    Objects.requireNonNull(name, "name == null");
  }

  /**
   * The input an argument names: {@code -} is standard input, anything else a path.
   *
   * @param argument the command-line argument
   * @param stdin standard input
   * @return the input
   */
  public static Input of(String argument, Supplier<InputStream> stdin) {
    if (argument.equals("-")) {
      return new Input(STDIN, null, stdin);
    }
    return new Input(argument, Path.of(argument), stdin);
  }

  /**
   * Standard input.
   *
   * @param stdin standard input
   * @return the input named {@value #STDIN}
   */
  public static Input stdin(Supplier<InputStream> stdin) {
    return new Input(STDIN, null, stdin);
  }

  /** {@return the size of a regular file, or empty for standard input and anything else} */
  public OptionalLong size() {
    if (path == null || !Files.isRegularFile(path)) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Files.size(path));
    } catch (IOException e) {
      return OptionalLong.empty();
    }
  }

  /**
   * Opens the input. Standard input is not closed by closing the stream returned.
   *
   * @return the input's bytes from the start
   * @throws IOException if the file cannot be opened (missing, a directory, no permission)
   */
  public InputStream open() throws IOException {
    if (path == null) {
      return new java.io.FilterInputStream(stdin.get()) {
        @Override
        public void close() {
          // Standard input belongs to the process.
        }
      };
    }
    if (Files.isDirectory(path)) {
      throw new IOException("is a directory");
    }
    return Files.newInputStream(path);
  }
}
