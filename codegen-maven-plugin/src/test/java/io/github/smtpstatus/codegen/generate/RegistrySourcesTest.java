package io.github.smtpstatus.codegen.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smtpstatus.codegen.Fixtures;
import io.github.smtpstatus.codegen.RegistryFormatException;
import io.github.smtpstatus.codegen.RegistryLoader;
import io.github.smtpstatus.codegen.Warnings;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegistrySourcesTest {

  @Test
  void generatingTwiceGivesIdenticalBytes() throws RegistryFormatException {
    Map<String, byte[]> first = render();
    Map<String, byte[]> second = render();

    assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
    first.forEach((path, bytes) -> assertThat(second.get(path)).as(path).isEqualTo(bytes));
  }

  @Test
  void rendersSixFilesUnderThePackageFolder() throws RegistryFormatException {
    assertThat(render().keySet()).containsExactly(
        "io/github/smtpstatus/StatusClass.java",
        "io/github/smtpstatus/StatusSubject.java",
        "io/github/smtpstatus/EnhancedStatusCode.java",
        "io/github/smtpstatus/AssociatedReplyCodes.java",
        "io/github/smtpstatus/RegistryReference.java",
        "io/github/smtpstatus/StatusCodeRegistry.java");
  }

  @Test
  void bundledSourcesArePureAsciiWithoutTimestamps() throws RegistryFormatException {
    for (Map.Entry<String, byte[]> file : render().entrySet()) {
      String source = new String(file.getValue(), StandardCharsets.UTF_8);
      assertThat(source).as(file.getKey()).matches("(?s)\\p{ASCII}*").doesNotContainPattern("20[2-9]\\d-\\d\\d-\\d\\d");
    }
  }

  @Test
  void everyBundledCodeIsAConstantWithJavadocAndLookupCase() throws RegistryFormatException {
    String source = new String(render().get("io/github/smtpstatus/EnhancedStatusCode.java"), StandardCharsets.UTF_8);
    RegistryLoader.Loaded bundled = new RegistryLoader(Warnings.IGNORE).load(Fixtures.bundledInputs());

    for (var code : bundled.registry().codes()) {
      String name = bundled.names().ofCode(code.key());
      assertThat(source).contains("     * {@code " + code.code() + "} ")
          .containsPattern("\n    " + name + "[,;]\n")
          .contains("            // " + code.code() + " " + name + "\n            Rows.set(")
          .contains("\n                    " + code.key().subject() + ", " + code.key().detail() + ",\n");
    }
  }

  @Test
  void deprecatedCodeIsAnnotatedAndPointsToItsReplacement() throws RegistryFormatException {
    String source = new String(render().get("io/github/smtpstatus/EnhancedStatusCode.java"), StandardCharsets.UTF_8);

    assertThat(source).contains("     * @deprecated This is a duplicate of X.6.8 and is thus deprecated.\n"
        + "     *     Use {@link #UTF_8_STRING_REPLY_REQUIRED_BUT_NOT_PERMITTED} instead.\n"
        + "     */\n"
        + "    @Deprecated\n"
        + "    DEPRECATED_UTF_8_STRING_REPLY_REQUIRED,\n");
  }

  @Test
  void javadocSaysHowTheRegistryWroteAReplyCodeListItDoesNotGive() throws RegistryFormatException {
    String source = new String(render().get("io/github/smtpstatus/EnhancedStatusCode.java"), StandardCharsets.UTF_8);

    assertThat(source).contains("     * {@code X.1.0} Other address status.\n     *\n"
        + "     * <p>Something about the address specified in the message caused this DSN.\n     *\n"
        + "     * <p>Associated basic status codes: not given.\n");
    assertThat(source).contains("     * <p>The message appears to be part of a mail flood of similar abusive messages.\n"
        + "     *\n     * <p>Associated basic status codes: not given (the registry writes <code>.</code>).\n");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      javaland.x         | null
      com.javax          | null
      ''                 | is empty (the unnamed package cannot be imported)
      com.example.       | is not a valid Java package name ("" is not an identifier)
      com.example.class  | is not a valid Java package name ("class" is a keyword)
      com.2example       | is not a valid Java package name ("2example" is not an identifier)
      com.\u00e9t\u00e9      | is not an ASCII package name (U+00E9 at index 4); use ASCII letters, digits, _ and .
      java.lang          | is in the JDK's namespace (java and javax packages belong to the JDK; the class loader refuses them)
      javax.mail         | is in the JDK's namespace (java and javax packages belong to the JDK; the class loader refuses them)
      java               | is in the JDK's namespace (java and javax packages belong to the JDK; the class loader refuses them)
      """)
  void refusesInvalidPackageNames(String packageName, String reason) {
    if (reason.equals("null")) {
      assertThat(GeneratedTypes.invalidPackageReason(packageName)).isNull();
      assertThat(GeneratedTypes.in(packageName).packageName()).isEqualTo(packageName);
      return;
    }
    assertThat(GeneratedTypes.invalidPackageReason(packageName)).isEqualTo(reason);
    assertThatThrownBy(() -> GeneratedTypes.in(packageName))
        .hasMessage("package name \"" + packageName + "\" " + reason);
  }

  private static Map<String, byte[]> render() throws RegistryFormatException {
    RegistryLoader.Loaded bundled = new RegistryLoader(Warnings.IGNORE).load(Fixtures.bundledInputs());
    return RegistrySources.render(GenerationModel.of(bundled.registry(), bundled.names(), "io.github.smtpstatus"));
  }
}
