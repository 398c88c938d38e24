package io.github.smtpstatus.codegen.mojo;

import io.github.smtpstatus.codegen.RegistryFormatException;
import io.github.smtpstatus.codegen.RegistryInputs;
import io.github.smtpstatus.codegen.read.InputFile;
import io.github.smtpstatus.codegen.rules.read.ReasonsFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The classification rules shipped in {@code registry-data} on the plugin's class path: the taxonomy
 * ({@code reasons.csv}) and the rules files that {@code rules.list} names, in the order they are tried.
 */
final class BundledRules {

  /** Where the shipped rules live in the {@code registry-data} jar. */
  static final String FOLDER = RegistryInputs.BUNDLED_FOLDER + "classification/";

  /** The list of shipped rules files, one name a line, in the order they are tried. */
  static final String LIST = "rules.list";

  private BundledRules() {}

  static InputFile reasons() throws RegistryFormatException, IOException {
    return resource(ReasonsFile.FILE);
  }

  static List<InputFile> rules() throws RegistryFormatException, IOException {
    String list = new String(resource(LIST).bytes(), StandardCharsets.UTF_8);
    List<InputFile> files = new ArrayList<>();
    for (String line : list.split("\\R")) {
      String name = line.strip();
      if (!name.isEmpty() && !name.startsWith("#")) {
        files.add(resource(name));
      }
    }
    return files;
  }

  private static InputFile resource(String name) throws RegistryFormatException, IOException {
    String path = FOLDER + name;
    try (InputStream in = BundledRules.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IOException("The plugin's class path lacks " + path + ": is registry-data a plugin dependency?");
      }
      return InputFile.read(name, in);
    }
  }
}
