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

  public GeneratedTypes {
    Objects.requireNonNull(packageName, "packageName == null");
    String invalid = invalidPackageReason(packageName);
    if (invalid != null) {
      throw new IllegalArgumentException("package name \"" + packageName + "\" " + invalid);
    }
  }

  public static GeneratedTypes in(String packageName) {
    return new GeneratedTypes(packageName);
  }

  /**
   * Why a package name cannot be used, or {@code null} if it can. Besides Java's rules: ASCII only (the
   * generated sources are pure ASCII, and a package named in other scripts depends on the file system's
   * encoding of its folder), and not {@code java} or {@code javax} or below them, which the JDK owns.
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

  public ClassName statusClass() {
    return ClassName.get(packageName, "StatusClass");
  }

  public ClassName statusSubject() {
    return ClassName.get(packageName, "StatusSubject");
  }

  public ClassName enhancedStatusCode() {
    return ClassName.get(packageName, "EnhancedStatusCode");
  }

  public ClassName associatedReplyCodes() {
    return ClassName.get(packageName, "AssociatedReplyCodes");
  }

  public ClassName registryReference() {
    return ClassName.get(packageName, "RegistryReference");
  }

  public ClassName statusCodeRegistry() {
    return ClassName.get(packageName, "StatusCodeRegistry");
  }
}
