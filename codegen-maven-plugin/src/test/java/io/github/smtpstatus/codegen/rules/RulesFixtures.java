package io.github.smtpstatus.codegen.rules;

import io.github.smtpstatus.codegen.Fixtures;
import io.github.smtpstatus.codegen.RegistryFormatException;
import io.github.smtpstatus.codegen.Warnings;
import io.github.smtpstatus.codegen.read.InputFile;
import io.github.smtpstatus.codegen.rules.model.Rule;
import io.github.smtpstatus.codegen.rules.read.ReasonsFile;
import io.github.smtpstatus.codegen.rules.validate.RulesFileValidator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/** Rules files for tests: the bundled taxonomy and small files written inline. */
public final class RulesFixtures {

  private RulesFixtures() {}

  /** The bundled {@code reasons.csv}. */
  public static InputFile reasonsFile() {
    return Fixtures.bundled("classification/" + ReasonsFile.FILE);
  }

  /** The reason names of the bundled taxonomy. */
  public static Set<String> reasons() {
    try {
      return ReasonsFile.read(reasonsFile(), Warnings.IGNORE);
    } catch (RegistryFormatException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An input file of this text. */
  public static InputFile file(String name, String text) {
    try {
      return InputFile.of(name, text.getBytes(StandardCharsets.UTF_8));
    } catch (RegistryFormatException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The rules of a file of this text, which must be valid. */
  public static List<Rule> rules(String name, String text) {
    try {
      return new RulesFileValidator(reasons(), Warnings.IGNORE).read(file(name, text));
    } catch (RegistryFormatException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }
}
