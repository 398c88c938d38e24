package io.github.smtpstatus.codegen.generate;

/**
 * The package of the smtp-status library itself, {@code io.github.smtpstatus}: generating into it (or
 * below it) anywhere but in the library's own API module puts a second copy of the library's classes
 * on the class path, which silently replaces one or the other, and under JPMS fails with "package
 * exists in another module".
 */
public final class LibraryPackage {

  /** The library's package. */
  public static final String NAME = "io.github.smtpstatus";

  /** The groupId of the library's API module, the one project that generates into {@link #NAME}. */
  public static final String API_GROUP_ID = "io.github.smtpstatus";

  /** The artifactId of the library's API module. */
  public static final String API_ARTIFACT_ID = "status-codes-api";

  private LibraryPackage() {}

  /**
   * {@return why a project may not generate into a package (the message that refuses it, with a package
   * to choose instead), or {@code null} if it may}
   *
   * @param packageName the package to generate into
   * @param groupId the groupId of the project being built, or {@code null} outside Maven
   * @param artifactId the artifactId of the project being built, or {@code null} outside Maven
   */
  public static String refusal(String packageName, String groupId, String artifactId) {
    boolean library = packageName.equals(NAME) || packageName.startsWith(NAME + ".");
    if (!library || (API_GROUP_ID.equals(groupId) && API_ARTIFACT_ID.equals(artifactId))) {
      return null;
    }
    return "\"" + packageName + "\" is the package of the smtp-status library (" + API_GROUP_ID + ":" + API_ARTIFACT_ID
        + "): types generated there would replace the library's own on the class path (and under JPMS the build fails"
        + " with \"package exists in another module\"). To use the bundled registry, depend on " + API_GROUP_ID + ":"
        + API_ARTIFACT_ID + " instead of generating; to generate your own registry, choose a package of your own, such"
        + " as " + suggestion(groupId);
  }

  /** A package named after the project's groupId, when it makes a valid one. */
  private static String suggestion(String groupId) {
    if (groupId != null && !groupId.startsWith(NAME) && GeneratedTypes.invalidPackageReason(groupId + ".smtpstatus") == null) {
      return groupId + ".smtpstatus";
    }
    return "com.example.smtpstatus";
  }
}
