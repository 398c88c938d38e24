package io.github.smtpstatus.codegen.mojo;

import io.github.smtpstatus.codegen.RegistryFormatException;
import io.github.smtpstatus.codegen.RegistryInputs;
import io.github.smtpstatus.codegen.model.TableKind;
import io.github.smtpstatus.codegen.read.InputFile;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;

/**
 * Inputs from the {@code registry-data} jar on the plugin's class path, or from files the user
 * configured in its place.
 */
final class BundledRegistry {

  private BundledRegistry() {}

  /** The configured file if there is one, else the bundled resource of that name. */
  static InputFile fileOrBundled(File configured, String bundledName)
      throws RegistryFormatException, IOException {
    return configured != null ? InputFile.read(configured) : bundled(bundledName);
  }

  /** Inputs mixing configured files and bundled ones; the provenance file only when all tables are bundled. */
  static RegistryInputs inputs(File classCodes, File subjectCodes, File enumeratedCodes, File names, File provenance)
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
