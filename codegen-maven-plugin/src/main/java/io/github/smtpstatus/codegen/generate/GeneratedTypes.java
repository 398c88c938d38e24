package io.github.smtpstatus.codegen.generate;

import com.palantir.javapoet.ClassName;
import java.util.Objects;
import javax.lang.model.SourceVersion;

/**
 * The names of the generated types, all in one package.
 *
 * @param packageName the package
 */
public record GeneratedTypes(String packageName) {

  /**
   * Rejects a package name that is not a valid Java package name.
   *
   * @param packageName the package
   */
  public GeneratedTypes {
    Objects.requireNonNull(packageName, "packageName == null");
    String invalid = invalidPackageReason(packageName);
    if (invalid != null) {
      throw new IllegalArgumentException("package name \"" + packageName + "\" " + invalid);
    }
  }

  /**
   * {@return the generated types in a package}
   *
   * @param packageName the package
   * @throws IllegalArgumentException if the package name is not valid
   */
  public static GeneratedTypes in(String packageName) {
    return new GeneratedTypes(packageName);
  }

  /**
   * {@return why a package name cannot be used, or {@code null} if it can}
   *
   * @param packageName the package name to check
   */
  public static String invalidPackageReason(String packageName) {
    if (packageName.isEmpty()) {
      return "is empty (the unnamed package cannot be imported)";
    }
    for (String part : packageName.split("\\.", -1)) {
      if (part.isEmpty() || !SourceVersion.isIdentifier(part)) {
        return "is not a valid Java package name (\"" + part + "\" is not an identifier)";
      }
      if (SourceVersion.isKeyword(part)) {
        return "is not a valid Java package name (\"" + part + "\" is a keyword)";
      }
    }
    return null;
  }

  /** {@return the generated {@code StatusClass} type} */
  public ClassName statusClass() {
    return ClassName.get(packageName, "StatusClass");
  }

  /** {@return the generated {@code StatusSubject} type} */
  public ClassName statusSubject() {
    return ClassName.get(packageName, "StatusSubject");
  }

  /** {@return the generated {@code EnhancedStatusCode} type} */
  public ClassName enhancedStatusCode() {
    return ClassName.get(packageName, "EnhancedStatusCode");
  }

  /** {@return the generated {@code AssociatedReplyCodes} type} */
  public ClassName associatedReplyCodes() {
    return ClassName.get(packageName, "AssociatedReplyCodes");
  }

  /** {@return the generated {@code RegistryReference} type} */
  public ClassName registryReference() {
    return ClassName.get(packageName, "RegistryReference");
  }

  /** {@return the generated {@code StatusCodeRegistry} type} */
  public ClassName statusCodeRegistry() {
    return ClassName.get(packageName, "StatusCodeRegistry");
  }
}
