package io.github.smtpstatus.codegen.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LibraryPackageTest {

  @ParameterizedTest(name = "{0} in {1}:{2}")
  @CsvSource(textBlock = """
      io.github.smtpstatus,        io.github.smtpstatus, status-codes-api
      com.example.smtpstatus,      com.example,          mail
      io.github.smtpstatusx,       com.example,          mail
      io.github,                   com.example,          mail
      """)
  void theLibraryItselfAndOtherPackagesAreAllowed(String packageName, String groupId, String artifactId) {
    assertThat(LibraryPackage.refusal(packageName, groupId, artifactId)).isNull();
  }

  @ParameterizedTest(name = "{0} in {1}:{2}")
  @CsvSource(textBlock = """
      io.github.smtpstatus,        com.example,          mail,             com.example.smtpstatus
      io.github.smtpstatus.custom, com.example,          mail,             com.example.smtpstatus
      io.github.smtpstatus,        io.github.smtpstatus, status-codes-cli, com.example.smtpstatus
      io.github.smtpstatus,        other.group,          status-codes-api, other.group.smtpstatus
      io.github.smtpstatus,        ,                     ,                 com.example.smtpstatus
      io.github.smtpstatus,        com.2bad,             mail,             com.example.smtpstatus
      """)
  void anyOtherProjectIsRefusedWithWhyAndWhatToChoose(String packageName, String groupId, String artifactId,
      String suggestion) {
    assertThat(LibraryPackage.refusal(packageName, groupId, artifactId)).isEqualTo("\"" + packageName
        + "\" is the package of the smtp-status library (io.github.smtpstatus:status-codes-api): types generated there"
        + " would replace the library's own on the class path (and under JPMS the build fails with \"package exists in"
        + " another module\"). To use the bundled registry, depend on io.github.smtpstatus:status-codes-api instead of"
        + " generating; to generate your own registry, choose a package of your own, such as " + suggestion);
  }
}
