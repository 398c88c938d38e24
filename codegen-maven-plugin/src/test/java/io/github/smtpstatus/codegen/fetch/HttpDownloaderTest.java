package io.github.smtpstatus.codegen.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smtpstatus.codegen.RegistryFormatException;
import io.github.smtpstatus.codegen.read.InputFile;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.ProxySelector;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
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
  private LoopbackServer tls;

  @BeforeEach
  void start() throws Exception {
    server = LoopbackServer.start();
    tls = LoopbackServer.startTls();
  }

  @AfterEach
  void stop() {
    server.close();
    tls.close();
  }

  @Test
  void getReturnsTheBodyNamedByTheRequestedUrl() throws Exception {
    server.route("/t.csv", LoopbackServer.ok(TABLE, "text/csv"));

    InputFile file = downloader().get(server.url("/t.csv"));

    assertThat(file.bytes()).isEqualTo(TABLE);
    assertThat(file.name()).isEqualTo(server.url("/t.csv").toString());
  }

  @Test
  void getReadsHttpsWithTheConfiguredTrust() throws Exception {
    tls.route("/t.csv", LoopbackServer.ok(TABLE, "text/csv"));

    assertThat(downloader().get(tls.url("/t.csv")).bytes()).isEqualTo(TABLE);
  }

  @Test
  void getRefusesAnHttpsServerTheTrustStoreDoesNotKnow() {
    tls.route("/t.csv", LoopbackServer.ok(TABLE, "text/csv"));
    HttpDownloader jdkTrust = new HttpDownloader(new HttpDownloader.Settings(
        Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(10)));

    assertThatThrownBy(() -> jdkTrust.get(tls.url("/t.csv")))
        .isInstanceOf(DownloadException.class)
        .hasMessageStartingWith(tls.url("/t.csv") + ": request failed: javax.net.ssl.SSLHandshakeException");
    assertThat(tls.requests()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"301", "302", "303", "307", "308"})
  void getFollowsARedirectFromHttpsToHttps(int status) throws Exception {
    tls.route("/old.csv", LoopbackServer.redirect(status, "/new.csv"));
    tls.route("/new.csv", LoopbackServer.ok(TABLE, "text/csv"));

    InputFile file = downloader().get(tls.url("/old.csv"));

    assertThat(file.bytes()).isEqualTo(TABLE);
    assertThat(tls.requests()).containsExactly("/old.csv", "/new.csv");
  }

  static Stream<Arguments> refusedRedirects() {
    return Stream.of(
        Arguments.of("http://192.0.2.1/t.csv", "redirect to http://192.0.2.1/t.csv refused: redirects are followed only to https"),
        Arguments.of("ftp://127.0.0.1/t.csv", "redirect to ftp://127.0.0.1/t.csv refused: redirects are followed only to https"),
        Arguments.of("file:///etc/passwd", "redirect to file:///etc/passwd refused: redirects are followed only to https"));
  }

  @ParameterizedTest
  @MethodSource("refusedRedirects")
  void getRefusesARedirectFromHttpsToAnythingButHttps(String location, String reason) throws Exception {
    tls.route("/t.csv", LoopbackServer.redirect(302, location));

    assertThatThrownBy(() -> downloader().get(tls.url("/t.csv")))
        .isInstanceOf(DownloadException.class)
        .hasMessage(tls.url("/t.csv") + ": " + reason);
    assertThat(tls.requests()).containsExactly("/t.csv");
  }

  @ParameterizedTest
  @MethodSource("refusedRedirects")
  void getRefusesARedirectFromLoopbackHttpToAnythingButHttps(String location, String reason) throws Exception {
    server.route("/t.csv", LoopbackServer.redirect(302, location));

    assertThatThrownBy(() -> downloader().get(server.url("/t.csv")))
        .isInstanceOf(DownloadException.class)
        .hasMessage(server.url("/t.csv") + ": " + reason);
  }

  @Test
  void aPlainHttpSourceFollowsNoRedirectEvenToHttps() throws Exception {
    server.route("/t.csv", LoopbackServer.redirect(301, tls.url("/t.csv").toString()));
    tls.route("/t.csv", LoopbackServer.ok(TABLE, "text/csv"));

    assertThatThrownBy(() -> downloader().get(server.url("/t.csv")))
        .isInstanceOf(DownloadException.class)
        .hasMessage(server.url("/t.csv") + ": redirect to " + tls.url("/t.csv")
            + " refused: a plain-http source (loopback, for tests) follows no redirect");
    assertThat(tls.requests()).isEmpty();
  }

  @Test
  void getGivesUpAtTheClientsRedirectLimit() throws Exception {
    tls.route("/loop.csv", LoopbackServer.redirect(302, "/loop.csv"));

    assertThatThrownBy(() -> downloader().get(tls.url("/loop.csv")))
        .isInstanceOf(DownloadException.class)
        .hasMessage(tls.url("/loop.csv") + ": more than 4 redirects (the last to " + tls.url("/loop.csv") + ")");
    assertThat(tls.requests()).hasSize(5);
  }

  @Test
  void getNamesTheRedirectTargetWhenItFails() throws Exception {
    tls.route("/old.csv", LoopbackServer.redirect(301, "/gone.csv"));

    assertThatThrownBy(() -> downloader().get(tls.url("/old.csv")))
        .isInstanceOf(DownloadException.class)
        .hasMessage(tls.url("/old.csv") + ": HTTP 404 (redirected to " + tls.url("/gone.csv") + ")");
  }

  @Test
  void getRefusesPlainHttpToARemoteHostWithoutConnecting() {
    assertThatThrownBy(() -> downloader().get(URI.create("http://192.0.2.1/t.csv")))
        .isInstanceOf(DownloadException.class)
        .hasMessage("http://192.0.2.1/t.csv: refused: \"http://192.0.2.1/t.csv\" uses plain http, which is allowed only"
            + " to a loopback address (for tests); use https");
  }

  @Test
  void getGoesThroughTheConfiguredProxy() throws Exception {
    // The proxy answers for a host nothing listens on: the table can only have come through it.
    server.route("/registry/t.csv", LoopbackServer.ok(TABLE, "text/csv"));
    URI target = URI.create("http://127.0.0.1:" + LoopbackServer.closedPort() + "/registry/t.csv");

    InputFile file = downloader(ProxySelector.of(new InetSocketAddress("127.0.0.1", server.port())), null).get(target);

    assertThat(file.bytes()).isEqualTo(TABLE);
    assertThat(server.requests()).containsExactly(target.toString());
  }

  @Test
  void getAnswersTheProxysChallengeWithTheAuthenticatorsCredentials() throws Exception {
    String expected = "Basic " + Base64.getEncoder().encodeToString("user:secret".getBytes(StandardCharsets.UTF_8));
    server.route("/registry/t.csv", exchange -> {
      if (expected.equals(exchange.getRequestHeaders().getFirst("Proxy-Authorization"))) {
        LoopbackServer.send(exchange, 200, TABLE, "text/csv");
      } else {
        exchange.getResponseHeaders().set("Proxy-Authenticate", "Basic realm=\"proxy\"");
        LoopbackServer.send(exchange, 407, new byte[0], "text/plain");
      }
    });
    List<Authenticator.RequestorType> asked = new ArrayList<>();
    Authenticator credentials = new Authenticator() {
      @Override
      protected PasswordAuthentication getPasswordAuthentication() {
        asked.add(getRequestorType());
        return new PasswordAuthentication("user", "secret".toCharArray());
      }
    };
    URI target = URI.create("http://127.0.0.1:" + LoopbackServer.closedPort() + "/registry/t.csv");

    InputFile file = downloader(ProxySelector.of(new InetSocketAddress("127.0.0.1", server.port())), credentials)
        .get(target);

    assertThat(file.bytes()).isEqualTo(TABLE);
    assertThat(asked).containsExactly(Authenticator.RequestorType.PROXY);
    assertThat(server.requests()).containsExactly(target.toString(), target.toString());
  }

  // ---- the deadline: a server that trickles never trips the read timeout ----------------------------

  @Test
  void aBodyTrickledAtOneBytePerSecondFailsAtTheDeadline() throws Exception {
    byte[] head = "HTTP/1.1 200 OK\r\nContent-Type: text/csv\r\nContent-Length: 100\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    try (RawServer trickler = RawServer.start(out -> {
      out.write(head);
      RawServer.trickle(out, new byte[100], 1_000);
    })) {
      long start = System.nanoTime();

      assertThatThrownBy(() -> downloader(Duration.ofSeconds(5), Duration.ofMillis(2_500)).get(trickler.url("/t.csv")))
          .isInstanceOf(DownloadException.class)
          .hasMessageMatching("\\Q" + trickler.url("/t.csv") + ": not downloaded within the deadline of 2500 ms (\\E"
              + "[23]\\Q of 100 bytes of the body had arrived)\\E");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(2_500), Duration.ofSeconds(4));
    }
  }

  @Test
  void headersTrickledAtOneBytePerSecondFailAtTheDeadline() throws Exception {
    byte[] head = "HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nCode".getBytes(StandardCharsets.US_ASCII);
    try (RawServer trickler = RawServer.start(out -> RawServer.trickle(out, head, 1_000))) {
      long start = System.nanoTime();

      assertThatThrownBy(() -> downloader(Duration.ofSeconds(60), Duration.ofMillis(2_500)).get(trickler.url("/t.csv")))
          .isInstanceOf(DownloadException.class)
          .hasMessage(trickler.url("/t.csv") + ": not downloaded within the deadline of 2500 ms (the response headers"
              + " had not all arrived)");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(2_500), Duration.ofSeconds(4));
    }
  }

  // ---- framing and encoding ----------------------------------------------------------------------------

  @Test
  void aBodyLongerThanItsContentLengthIsCutToTheContentLength() throws Exception {
    // RFC 9112 section 6.3: Content-Length frames the body; what follows it is not part of the response.
    try (RawServer liar = RawServer.start(out -> out.write(
        ("HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\n" + "Code,Sample Text\r\n".repeat(50)).getBytes(StandardCharsets.US_ASCII)))) {

      InputFile file = downloader().get(liar.url("/t.csv"));

      assertThat(new String(file.bytes(), StandardCharsets.US_ASCII)).isEqualTo("Code");
    }
  }

  @Test
  void getAsksForTheIdentityEncodingAndRefusesAGzipBody() throws Exception {
    ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(gzipped)) {
      out.write(TABLE);
    }
    server.route("/t.csv", exchange -> {
      exchange.getResponseHeaders().set("Content-Encoding", "gzip");
      LoopbackServer.send(exchange, 200, gzipped.toByteArray(), "text/csv");
    });

    assertThatThrownBy(() -> downloader().get(server.url("/t.csv")))
        .isInstanceOf(DownloadException.class)
        .hasMessage(server.url("/t.csv") + ": the body came with Content-Encoding \"gzip\", which was not asked for"
            + " (the request said Accept-Encoding: identity); refused");
    assertThat(server.requestHeaders()).singleElement()
        .satisfies(headers -> assertThat(headers.get("Accept-encoding")).containsExactly("identity"));
  }

  @Test
  void aBodyWithoutContentLengthIsCutOffPastTheLimit() throws Exception {
    server.route("/t.csv", exchange -> {
      exchange.sendResponseHeaders(200, 0);
      byte[] chunk = new byte[64 * 1024];
      try (OutputStream out = exchange.getResponseBody()) {
        for (int i = 0; i < 2 * InputFile.MAX_BYTES / chunk.length; i++) {
          out.write(chunk);
        }
      } catch (java.io.IOException e) {
        // the client hung up once over the limit
      }
    });

    assertThatThrownBy(() -> downloader().get(server.url("/t.csv")))
        .isInstanceOf(RegistryFormatException.class)
        .hasMessage(server.url("/t.csv") + ": is over the limit of 10485760 bytes (10 MiB)");
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

  @ParameterizedTest
  @CsvSource({"0, 1000, 1000, connectTimeout", "1000, 0, 1000, readTimeout", "1000, 1000, -1, deadline"})
  void settingsRefuseTimeoutsThatAreNotPositive(long connect, long read, long deadline, String name) {
    assertThatThrownBy(() -> new HttpDownloader.Settings(
        Duration.ofMillis(connect), Duration.ofMillis(read), Duration.ofMillis(deadline)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(name + " must be between 1 ms and");
  }

  private static HttpDownloader downloader() {
    return downloader(Duration.ofSeconds(2), Duration.ofSeconds(20));
  }

  private static HttpDownloader downloader(Duration readTimeout, Duration deadline) {
    return new HttpDownloader(new HttpDownloader.Settings(Duration.ofSeconds(2), readTimeout, deadline, null, null,
        LoopbackTls.client()));
  }

  private static HttpDownloader downloader(ProxySelector proxies, Authenticator authenticator) {
    return new HttpDownloader(new HttpDownloader.Settings(Duration.ofSeconds(2), Duration.ofSeconds(2),
        Duration.ofSeconds(20), proxies, authenticator, LoopbackTls.client()));
  }
}
