package io.github.smtpstatus.codegen.update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smtpstatus.codegen.read.InputFile;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class HttpDownloaderTest {

  private static final byte[] TABLE = "Code,Sample Text\r\n".getBytes(StandardCharsets.UTF_8);

  private LoopbackServer server;

  @BeforeEach
  void start() throws Exception {
    server = LoopbackServer.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void getReturnsTheBodyNamedByTheRequestedUrl() throws Exception {
    server.route("/t.csv", LoopbackServer.ok(TABLE, "text/csv"));

    InputFile file = downloader(null).get(server.url("/t.csv"));

    assertThat(file.bytes()).isEqualTo(TABLE);
    assertThat(file.name()).isEqualTo(server.url("/t.csv").toString());
  }

  @ParameterizedTest
  @CsvSource({"301", "302", "303", "307", "308"})
  void getFollowsARedirectFromLoopbackHttpToLoopbackHttp(int status) throws Exception {
    server.route("/old.csv", LoopbackServer.redirect(status, "/new.csv"));
    server.route("/new.csv", LoopbackServer.ok(TABLE, "text/csv"));

    InputFile file = downloader(null).get(server.url("/old.csv"));

    assertThat(file.bytes()).isEqualTo(TABLE);
    assertThat(server.requests()).containsExactly("/old.csv", "/new.csv");
  }

  static Stream<Arguments> refusedRedirects() {
    return Stream.of(
        Arguments.of("http://192.0.2.1/t.csv", "redirect to http://192.0.2.1/t.csv refused: redirects are followed only to https"),
        Arguments.of("ftp://127.0.0.1/t.csv", "redirect to ftp://127.0.0.1/t.csv refused: redirects are followed only to https"),
        Arguments.of("file:///etc/passwd", "redirect to file:///etc/passwd refused: redirects are followed only to https"));
  }

  @ParameterizedTest
  @MethodSource("refusedRedirects")
  void getRefusesARedirectToAnythingButHttps(String location, String reason) throws Exception {
    server.route("/t.csv", LoopbackServer.redirect(302, location));

    assertThatThrownBy(() -> downloader(null).get(server.url("/t.csv")))
        .isInstanceOf(DownloadException.class)
        .hasMessage(server.url("/t.csv") + ": " + reason);
  }

  @Test
  void getGivesUpAfterFiveRedirects() throws Exception {
    server.route("/loop.csv", LoopbackServer.redirect(302, "/loop.csv"));

    assertThatThrownBy(() -> downloader(null).get(server.url("/loop.csv")))
        .isInstanceOf(DownloadException.class)
        .hasMessage(server.url("/loop.csv") + ": more than 5 redirects (the last to " + server.url("/loop.csv") + ")");
    assertThat(server.requests()).hasSize(6);
  }

  @Test
  void getNamesTheRedirectTargetWhenItFails() throws Exception {
    server.route("/old.csv", LoopbackServer.redirect(301, "/gone.csv"));

    assertThatThrownBy(() -> downloader(null).get(server.url("/old.csv")))
        .isInstanceOf(DownloadException.class)
        .hasMessage(server.url("/old.csv") + ": HTTP 404 Not Found (redirected to " + server.url("/gone.csv") + ")");
  }

  @Test
  void getRefusesPlainHttpToARemoteHostWithoutConnecting() {
    assertThatThrownBy(() -> downloader(null).get(URI.create("http://192.0.2.1/t.csv")))
        .isInstanceOf(DownloadException.class)
        .hasMessage("http://192.0.2.1/t.csv: refused: \"http://192.0.2.1/t.csv\" uses plain http, which is allowed only"
            + " to a loopback address (for tests); use https");
  }

  @Test
  void getGoesThroughTheProxyOfMavensSettings() throws Exception {
    // The proxy answers for a host nothing listens on: the table can only have come through it.
    server.route("/registry/t.csv", LoopbackServer.ok(TABLE, "text/csv"));
    URI target = URI.create("http://127.0.0.1:" + LoopbackServer.closedPort() + "/registry/t.csv");

    InputFile file = downloader(new HttpDownloader.ProxySettings("127.0.0.1", server.port(), null, null, null)).get(target);

    assertThat(file.bytes()).isEqualTo(TABLE);
    assertThat(server.requests()).containsExactly(target.toString());
  }

  @Test
  void getBypassesTheProxyForItsNonProxyHosts() throws Exception {
    server.route("/t.csv", LoopbackServer.ok(TABLE, "text/csv"));
    int deadProxy = LoopbackServer.closedPort();

    InputFile file = downloader(new HttpDownloader.ProxySettings("127.0.0.1", deadProxy, "u", "p", "example.com|127.0.0.*"))
        .get(server.url("/t.csv"));

    assertThat(file.bytes()).isEqualTo(TABLE);
    assertThat(server.requests()).containsExactly("/t.csv");
  }

  @ParameterizedTest
  @CsvSource({
      "'www.iana.org', '*.iana.org', true",
      "'WWW.IANA.ORG', '*.iana.org', true",
      "'iana.org', '*.iana.org', false",
      "'www.iana.org', 'localhost|www.iana.org', true",
      "'www.iana.org', 'localhost,*.org', true",
      "'www.iana.org', '', false",
      "'www.iana.org', 'www.iana.org.evil', false"})
  void nonProxyHostsMatchWithWildcards(String host, String patterns, boolean bypassed) {
    assertThat(new HttpDownloader.ProxySettings("proxy", 3128, null, null, patterns).bypasses(host)).isEqualTo(bypassed);
  }

  @ParameterizedTest
  @CsvSource({
      "'https://www.iana.org/x.csv', ''",
      "'http://127.0.0.1:8080/x.csv', ''",
      "'http://localhost/x.csv', ''",
      "'http://[::1]/x.csv', ''",
      "'http://192.0.2.1/x.csv', 'uses plain http, which is allowed only to a loopback address (for tests); use https'",
      "'ftp://127.0.0.1/x.csv', 'has scheme \"ftp\"; expected https'"})
  void requireAllowedAcceptsHttpsAndLoopbackHttpOnly(String url, String reason) {
    if (reason.isEmpty()) {
      org.assertj.core.api.Assertions.assertThatCode(() -> HttpDownloader.requireAllowed(URI.create(url)))
          .doesNotThrowAnyException();
    } else {
      assertThatThrownBy(() -> HttpDownloader.requireAllowed(URI.create(url)))
          .isInstanceOf(InvalidSourceException.class)
          .hasMessage("\"" + url + "\" " + reason);
    }
  }

  @ParameterizedTest
  @CsvSource({
      "'text/html', 'Code,Sample Text', true",
      "'application/xhtml+xml', 'Code', true",
      "'text/csv', '\uFEFF \r\n<!doctype html>', true",
      "'text/csv', 'Code,Sample Text', false",
      "'', 'Code', false"})
  void looksLikeHtmlByContentTypeOrFirstCharacter(String contentType, String body, boolean html) throws Exception {
    InputFile file = InputFile.of("t.csv", body.getBytes(StandardCharsets.UTF_8));

    assertThat(HttpDownloader.looksLikeHtml(contentType.isEmpty() ? null : contentType, file)).isEqualTo(html);
  }

  @Test
  void settingsRefuseTimeoutsThatAreNotPositive() {
    assertThatThrownBy(() -> new HttpDownloader.Settings(Duration.ZERO, Duration.ofSeconds(1), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("connectTimeout must be between 1 ms and");
  }

  private static HttpDownloader downloader(HttpDownloader.ProxySettings proxy) {
    return new HttpDownloader(new HttpDownloader.Settings(Duration.ofSeconds(2), Duration.ofSeconds(2), proxy));
  }
}
