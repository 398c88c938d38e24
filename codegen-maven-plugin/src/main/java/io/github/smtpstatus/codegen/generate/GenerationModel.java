package io.github.smtpstatus.codegen.generate;

import io.github.smtpstatus.codegen.model.Registry;
import io.github.smtpstatus.codegen.naming.ConstantNames;
import java.util.Objects;

/**
 * Everything the generators need: the validated registry, the constant names and the target package.
 *
 * @param registry the validated registry
 * @param names the constant name of every row
 * @param types the names of the generated types
 */
public record GenerationModel(Registry registry, ConstantNames names, GeneratedTypes types) {

  public GenerationModel {
    Objects.requireNonNull(registry, "registry == null");
    Objects.requireNonNull(names, "names == null");
    Objects.requireNonNull(types, "types == null");
  }

  /** A model generating into {@code packageName}. */
  public static GenerationModel of(Registry registry, ConstantNames names, String packageName) {
    return new GenerationModel(registry, names, GeneratedTypes.in(packageName));
  }
}
