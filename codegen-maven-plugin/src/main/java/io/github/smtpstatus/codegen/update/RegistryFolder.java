package io.github.smtpstatus.codegen.update;

import io.github.smtpstatus.codegen.Problem;
import io.github.smtpstatus.codegen.RegistryFormatException;
import io.github.smtpstatus.codegen.RegistryInputs;
import io.github.smtpstatus.codegen.model.TableKind;
import io.github.smtpstatus.codegen.read.InputFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A folder holding one registry version as {@code registry-data} does: the three tables under IANA's
 * file names, {@code names.properties} and {@code registry.properties}.
 */
public final class RegistryFolder {

  /** The registry folder inside the {@code registry-data} module. */
  public static final String IN_MODULE = "src/main/resources/" + RegistryInputs.BUNDLED_FOLDER;

  /** The registry folder seen from the root of this project. */
  public static final String IN_ROOT = "registry-data/" + IN_MODULE;

  private final Path folder;

  /**
   * A registry folder.
   *
   * @param folder the folder; made absolute
   */
  public RegistryFolder(Path folder) {
    this.folder = Objects.requireNonNull(folder, "folder == null").toAbsolutePath().normalize();
  }

  /**
   * The registry folder of a project: {@value #IN_MODULE} when run in {@code registry-data} (or a
   * module laid out like it), else {@value #IN_ROOT} when run from the root.
   *
   * @param basedir the project's folder
   * @return the folder, or empty if the project has neither
   */
  public static Optional<Path> defaultFor(Path basedir) {
    for (String candidate : List.of(IN_MODULE, IN_ROOT)) {
      Path folder = basedir.resolve(candidate);
      if (Files.isDirectory(folder)) {
        return Optional.of(folder.normalize());
      }
    }
    return Optional.empty();
  }

  /** {@return the folder} */
  public Path path() {
    return folder;
  }

  /**
   * {@return the file of a table}
   *
   * @param kind which table
   */
  public Path table(TableKind kind) {
    return folder.resolve(kind.fileName());
  }

  /** {@return the file {@code names.properties}} */
  public Path names() {
    return folder.resolve(RegistryInputs.NAMES_FILE);
  }

  /** {@return the file {@code registry.properties}} */
  public Path provenance() {
    return folder.resolve(RegistryInputs.PROVENANCE_FILE);
  }

  /**
   * Reads the folder: the three tables are required, the names and provenance files optional.
   *
   * @return the files read
   * @throws RegistryFormatException if the folder or a table is missing, or a file is too large
   * @throws IOException if reading fails
   */
  public RegistryInputs read() throws RegistryFormatException, IOException {
    if (!Files.isDirectory(folder)) {
      throw new RegistryFormatException(Problem.inFile(folder.toString(), "is not a directory"));
    }
    return new RegistryInputs(
        InputFile.read(table(TableKind.CLASS).toFile()),
        InputFile.read(table(TableKind.SUBJECT).toFile()),
        InputFile.read(table(TableKind.ENUMERATED).toFile()),
        Files.exists(names()) ? InputFile.read(names().toFile()) : null,
        Files.exists(provenance()) ? InputFile.read(provenance().toFile()) : null);
  }
}
