package io.github.smtpstatus.codegen.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smtpstatus.codegen.Fixtures;
import io.github.smtpstatus.codegen.RegistryFormatException;
import io.github.smtpstatus.codegen.RegistryInputs;
import io.github.smtpstatus.codegen.RegistryLoader;
import io.github.smtpstatus.codegen.Warnings;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
  void bundledSourcesArePureAscii() throws RegistryFormatException {
    for (Map.Entry<String, byte[]> file : render().entrySet()) {
      assertThat(new String(file.getValue(), StandardCharsets.UTF_8)).as(file.getKey()).matches("(?s)\\p{ASCII}*");
    }
  }

  @Test
  void sourcesHoldNoBuildTimeTheyAreTheSameOnAnotherDayInAnotherTimeZone() throws Exception {
    TimeZone zone = TimeZone.getDefault();
    Map<String, byte[]> first;
    Map<String, byte[]> second;
    try {
      // 26 hours apart: at any instant the two zones are on different dates.
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      first = render();
      Thread.sleep(1_100);
      TimeZone.setDefault(TimeZone.getTimeZone("Etc/GMT+12"));
      second = render();
    } finally {
      TimeZone.setDefault(zone);
    }

    assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
    first.forEach((path, bytes) -> assertThat(second.get(path)).as(path).isEqualTo(bytes));
  }

  @Test
  void everyDateInTheSourcesIsARetrievalDateOfTheInputs() throws RegistryFormatException {
    // update writes the day of the refresh into registry.properties; that date, and only it, is carried over.
    RegistryInputs bundled = Fixtures.bundledInputs();
    String provenance = new String(bundled.provenance().bytes(), StandardCharsets.UTF_8)
        .replaceAll("(?m)^(\\w+)\\.retrieved=.*$", "$1.retrieved=2026-11-28");
    RegistryLoader.Loaded loaded = new RegistryLoader(Warnings.IGNORE).load(new RegistryInputs(bundled.classCodes(),
        bundled.subjectCodes(), bundled.enumeratedCodes(), bundled.names(), Fixtures.input("registry.properties", provenance)));
    Map<String, byte[]> files = RegistrySources.render(GenerationModel.of(loaded.registry(), loaded.names(), "io.github.smtpstatus"));

    Set<String> dates = new TreeSet<>();
    for (byte[] bytes : files.values()) {
      Matcher date = Pattern.compile("\\b(?:19|20)\\d\\d-[01]\\d(?:-[0-3]\\d)?\\b").matcher(new String(bytes, StandardCharsets.UTF_8));
      while (date.find()) {
        dates.add(date.group());
      }
    }
    assertThat(dates).containsExactly("2026-11-28");
    assertThat(new String(files.get("io/github/smtpstatus/StatusCodeRegistry.java"), StandardCharsets.UTF_8))
        .contains("// Enumerated Status Codes: smtp-enhanced-status-codes-3.csv, retrieved 2026-11-28\n");
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
      com.a~             | is not a valid Java package name ("a~" is not an identifier)
      com.a\u001fb       | is not an ASCII package name (U+001F at index 5); use ASCII letters, digits, _ and .
      com.a\u007fb       | is not an ASCII package name (U+007F at index 5); use ASCII letters, digits, _ and .
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
