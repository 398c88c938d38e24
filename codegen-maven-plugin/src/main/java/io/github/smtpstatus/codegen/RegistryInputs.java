package io.github.smtpstatus.codegen;

import io.github.smtpstatus.codegen.model.TableKind;
import io.github.smtpstatus.codegen.read.InputFile;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The input files of one registry version: the three tables, and optionally the pinned names and the
 * provenance file.
 *
 * @param classCodes the class table
 * @param subjectCodes the subject table
 * @param enumeratedCodes the enumerated table
 * @param names {@code names.properties}, or {@code null} to derive every name
 * @param provenance {@code registry.properties}, or {@code null} when unknown
 */
public record RegistryInputs(
    InputFile classCodes, InputFile subjectCodes, InputFile enumeratedCodes, InputFile names, InputFile provenance) {

  /** Where the bundled registry lives in the {@code registry-data} jar. */
  public static final String BUNDLED_FOLDER = "io/github/smtpstatus/registry/";

  /** The name of the pinned-names file. */
  public static final String NAMES_FILE = "names.properties";

  /** The name of the provenance file. */
  public static final String PROVENANCE_FILE = "registry.properties";

  /**
   * Rejects a null table; the names and provenance files may be absent.
   *
   * @param classCodes the class table
   * @param subjectCodes the subject table
   * @param enumeratedCodes the enumerated table
   * @param names {@code names.properties}, or {@code null} to derive every name
   * @param provenance {@code registry.properties}, or {@code null} when unknown
   */
  public RegistryInputs {
    Objects.requireNonNull(classCodes, "classCodes == null");
    Objects.requireNonNull(subjectCodes, "subjectCodes == null");
    Objects.requireNonNull(enumeratedCodes, "enumeratedCodes == null");
  }

  /** {@return the names of the inputs that are files of the bundled registry} */
  public Set<String> bundledNames() {
    return Arrays.stream(new InputFile[] {classCodes, subjectCodes, enumeratedCodes, names, provenance})
        .filter(input -> input != null && input.isBundled())
        .map(InputFile::name)
        .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * {@return the input of one table}
   *
   * @param kind which table
   */
  public InputFile table(TableKind kind) {
    return switch (kind) {
      case CLASS -> classCodes;
      case SUBJECT -> subjectCodes;
      case ENUMERATED -> enumeratedCodes;
    };
  }
}
