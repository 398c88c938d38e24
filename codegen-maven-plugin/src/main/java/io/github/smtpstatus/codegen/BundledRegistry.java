package io.github.smtpstatus.codegen;

import io.github.smtpstatus.codegen.model.TableKind;
import io.github.smtpstatus.codegen.read.InputFile;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;

/**
 * Inputs from the {@code registry-data} jar on the plugin's class path, or from files the user
 * configured in its place: what the {@code generate} goal and the command line read.
 */
public final class BundledRegistry {

  private BundledRegistry() {}

  /**
   * The configured file if there is one, else the bundled resource of that name.
   *
   * @param configured the file the user configured, or {@code null} for the bundled one
   * @param bundledName the name of the file in the bundled registry, such as {@code names.properties}
   * @return the input, {@linkplain InputFile#isBundled() marked bundled} when it comes from the jar
   * @throws RegistryFormatException if the configured file is missing, not a file or too large
   * @throws IOException if reading fails, or the bundled file is not on the class path
   */
  public static InputFile fileOrBundled(File configured, String bundledName)
      throws RegistryFormatException, IOException {
    return configured != null ? InputFile.read(configured) : bundled(bundledName);
  }

  /**
   * Inputs mixing configured files ({@code null} for the bundled one) and bundled ones; the bundled
   * provenance file only when all three tables are bundled.
   *
   * @param classCodes the class table, or {@code null} for the bundled one
   * @param subjectCodes the subject table, or {@code null} for the bundled one
   * @param enumeratedCodes the enumerated table, or {@code null} for the bundled one
   * @param names the pinned-names file, or {@code null} for the bundled one
   * @param provenance the provenance file, or {@code null} for the bundled one when all three tables
   *     are bundled and none otherwise
   * @return the five inputs
   * @throws RegistryFormatException if a configured file is missing, not a file or too large
   * @throws IOException if reading fails, or a bundled file is not on the class path
   */
  public static RegistryInputs inputs(File classCodes, File subjectCodes, File enumeratedCodes, File names, File provenance)
      throws RegistryFormatException, IOException {
    boolean allBundled = classCodes == null && subjectCodes == null && enumeratedCodes == null;
    InputFile provenanceInput = provenance != null ? InputFile.read(provenance)
        : allBundled ? bundled(RegistryInputs.PROVENANCE_FILE) : null;
    return new RegistryInputs(
        fileOrBundled(classCodes, TableKind.CLASS.fileName()),
        fileOrBundled(subjectCodes, TableKind.SUBJECT.fileName()),
        fileOrBundled(enumeratedCodes, TableKind.ENUMERATED.fileName()),
        fileOrBundled(names, RegistryInputs.NAMES_FILE),
        provenanceInput);
  }

  private static InputFile bundled(String name) throws RegistryFormatException, IOException {
    String resource = RegistryInputs.BUNDLED_FOLDER + name;
    try (InputStream in = BundledRegistry.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("The plugin's class path lacks " + resource + ": is registry-data a plugin dependency?");
      }
      return InputFile.bundled(name, in);
    }
  }
}
