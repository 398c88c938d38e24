package io.github.smtpstatus.codegen.read;

import io.github.smtpstatus.codegen.Problem;
import io.github.smtpstatus.codegen.RegistryFormatException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Objects;

/**
 * The bytes of one input file and the name that messages use for it.
 *
 * <p>Every input is read whole into memory, so every reader enforces {@link #MAX_BYTES}: the real
 * tables are under 30 KB, and a 10 MB "table" is an error page, a wrong file or an attack.
 */
public final class InputFile {

  /** The largest input accepted: 10 MiB. */
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  private final String name;
  private final byte[] bytes;
  private final boolean bundled;

  private InputFile(String name, byte[] bytes) {
    this(name, bytes, false);
  }

  private InputFile(String name, byte[] bytes, boolean bundled) {
    this.name = Objects.requireNonNull(name, "name == null");
    this.bytes = Objects.requireNonNull(bytes, "bytes == null");
    this.bundled = bundled;
  }

  /**
   * An input held in memory.
   *
   * @param name how messages name the input
   * @param bytes its content, copied
   * @return the input
   * @throws RegistryFormatException if it is larger than {@link #MAX_BYTES}
   */
  public static InputFile of(String name, byte[] bytes) throws RegistryFormatException {
    if (bytes.length > MAX_BYTES) {
      throw tooLarge(name, bytes.length);
    }
    return new InputFile(name, bytes.clone());
  }

  /**
   * Reads a file, refusing one larger than {@link #MAX_BYTES} before reading it.
   *
   * @param file the file; messages name it by its path as given
   * @return the input
   * @throws RegistryFormatException if the file does not exist, is not a regular file or is too large
   * @throws IOException if reading fails
   */
  public static InputFile read(File file) throws RegistryFormatException, IOException {
    String name = file.getPath();
    if (!file.exists()) {
      throw new RegistryFormatException(Problem.inFile(name, "does not exist"));
    }
    if (!file.isFile()) {
      throw new RegistryFormatException(Problem.inFile(name, "is not a regular file"));
    }
    if (file.length() > MAX_BYTES) {
      throw tooLarge(name, file.length());
    }
    try (InputStream in = Files.newInputStream(file.toPath())) {
      return new InputFile(name, readCapped(name, in));
    }
  }

  /**
   * Reads a stream to its end, failing as soon as it passes {@link #MAX_BYTES}.
   *
   * @param name how messages name the input
   * @param in the stream, read to its end and not closed
   * @return the input
   * @throws RegistryFormatException if the stream holds more than {@link #MAX_BYTES}
   * @throws IOException if reading fails
   */
  public static InputFile read(String name, InputStream in) throws RegistryFormatException, IOException {
    return new InputFile(name, readCapped(name, in));
  }

  /**
   * Reads a file of the registry bundled with the plugin ({@code registry-data}), whose oddities this
   * project's own build checks, so that they are reported at debug level only.
   *
   * @param name the file's name in the bundled registry, which messages use
   * @param in the resource's stream, read to its end and not closed
   * @return the input, {@linkplain #isBundled() marked bundled}
   * @throws RegistryFormatException if the stream holds more than {@link #MAX_BYTES}
   * @throws IOException if reading fails
   */
  public static InputFile bundled(String name, InputStream in) throws RegistryFormatException, IOException {
    return new InputFile(name, readCapped(name, in), true);
  }

  private static byte[] readCapped(String name, InputStream in) throws RegistryFormatException, IOException {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw tooLarge(name, -1);
    }
    return bytes;
  }

  private static RegistryFormatException tooLarge(String name, long size) {
    String reason = size >= 0
        ? "is " + size + " bytes, over the limit of " + MAX_BYTES + " bytes (10 MiB)"
        : "is over the limit of " + MAX_BYTES + " bytes (10 MiB)";
    return new RegistryFormatException(Problem.inFile(name, reason));
  }

  /** {@return the name messages use: a bundled file's name or the path the user configured} */
  public String name() {
    return name;
  }

  /** {@return a copy of the bytes} */
  public byte[] bytes() {
    return bytes.clone();
  }

  /** {@return whether this is a file of the registry bundled with the plugin} */
  public boolean isBundled() {
    return bundled;
  }

  /** {@return the number of bytes} */
  public int size() {
    return bytes.length;
  }

  byte[] bytesUnsafe() {
    return bytes;
  }
}
