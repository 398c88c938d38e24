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
   * {@return why a package name cannot be used, or {@code null} if it can} Besides Java's rules: ASCII
   * only (the generated sources are pure ASCII, and a package named in other scripts depends on the
   * file system's encoding of its folder), and not {@code java} or {@code javax} or below them, which
   * the JDK owns.
   *
   * @param packageName the package name to check
   */
  public static String invalidPackageReason(String packageName) {
    if (packageName.isEmpty()) {
      return "is empty (the unnamed package cannot be imported)";
    }
    for (int i = 0; i < packageName.length(); i++) {
      char c = packageName.charAt(i);
      if (c < 0x20 || c > 0x7e) {
        return String.format("is not an ASCII package name (U+%04X at index %d); use ASCII letters, digits, _ and .",
            (int) c, i);
      }
    }
    if (packageName.equals("java") || packageName.startsWith("java.")
        || packageName.equals("javax") || packageName.startsWith("javax.")) {
      return "is in the JDK's namespace (java and javax packages belong to the JDK; the class loader refuses them)";
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
