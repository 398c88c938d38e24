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

  /**
   * Rejects null components.
   *
   * @param registry the validated registry
   * @param names the constant name of every row
   * @param types the names of the generated types
   */
  public GenerationModel {
    Objects.requireNonNull(registry, "registry == null");
    Objects.requireNonNull(names, "names == null");
    Objects.requireNonNull(types, "types == null");
  }

  /**
   * {@return a model generating into {@code packageName}}
   *
   * @param registry the validated registry
   * @param names the constant name of every row
   * @param packageName the package of the generated types
   * @throws IllegalArgumentException if the package name is not valid
   */
  public static GenerationModel of(Registry registry, ConstantNames names, String packageName) {
    return new GenerationModel(registry, names, GeneratedTypes.in(packageName));
  }
}
