package io.github.smtpstatus.codegen.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocationTest {

  @TempDir
  Path temp;

  @ParameterizedTest
  @CsvSource({
      "'https://www.iana.org/x.csv', ''",
      "'http://127.0.0.1:8080/x.csv', ''",
      "'http://localhost/x.csv', ''",
      "'http://[::1]/x.csv', ''",
      "'http://192.0.2.1/x.csv', 'uses plain http, which is allowed only to a loopback address (for tests); use https'",
      "'ftp://127.0.0.1/x.csv', 'has scheme \"ftp\"; expected https'",
      "'mailto:someone@example.org', 'has scheme \"mailto\"; expected https'",
      "'https:///x.csv', 'has no host'"})
  void requireDownloadableAcceptsHttpsAndLoopbackHttpOnly(String url, String reason) {
    if (reason.isEmpty()) {
      assertThatCode(() -> Location.requireDownloadable(URI.create(url), url)).doesNotThrowAnyException();
    } else {
      assertThatThrownBy(() -> Location.requireDownloadable(URI.create(url), url))
          .isInstanceOf(InvalidSourceException.class)
          .hasMessage("\"" + url + "\" " + reason);
    }
  }

  @Test
  void anHttpsUrlIsRemote() throws Exception {
    assertThat(Location.parse(" https://www.iana.org/assignments/x/ ", temp))
        .isEqualTo(new Location.Remote("https://www.iana.org/assignments/x/",
            URI.create("https://www.iana.org/assignments/x/")));
  }

  @Test
  void aRelativePathIsResolvedAgainstTheBaseDirectoryAndNormalised() throws Exception {
    assertThat(Location.parse("iana/../tables/x.csv", temp))
        .isEqualTo(new Location.Local("iana/../tables/x.csv", temp.resolve("tables/x.csv").toAbsolutePath()));
  }

  @Test
  void aFileUrlIsLocal() throws Exception {
    String url = temp.resolve("x.csv").toUri().toString();

    assertThat(Location.parse(url, Path.of("/unused"))).isEqualTo(new Location.Local(url, temp.resolve("x.csv")));
  }

  @ParameterizedTest
  @CsvSource({
      "'   ', 'is empty'",
      // The index in the JDK's message differs between JDK 17 and 25.
      "'https://exa mple.org/', 'is not a valid URL: Illegal character in authority at index '",
      "'file://host/x.csv', 'is not a usable file: URL: URI has an authority component'"})
  void unusableLocationsAreRefusedWithTheReason(String location, String reason) {
    assertThatThrownBy(() -> Location.parse(location, temp))
        .isInstanceOf(InvalidSourceException.class)
        .hasMessageStartingWith("\"" + location + "\" " + reason);
  }
}
