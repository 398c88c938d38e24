package io.github.smtpstatus.codegen.fetch;

import io.github.smtpstatus.codegen.Problem;
import io.github.smtpstatus.codegen.RegistryFormatException;
import io.github.smtpstatus.codegen.read.InputFile;
import java.io.IOException;
import java.net.Authenticator;
import java.net.ConnectException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLContext;

/**
 * Downloads one registry table with the JDK's {@link HttpClient}, safely enough to run unattended.
 *
 * <ul>
 *   <li>Only {@code https}; plain {@code http} only to a loopback address (for tests).
 *   <li>Redirects are the client's {@link HttpClient.Redirect#NORMAL} policy from {@code https}, which
 *       never follows one to {@code http}, and up to the client's limit; a plain-http source follows none.
 *   <li>A connect timeout; a read timeout for the response headers and for each wait for body data;
 *       and a deadline for the whole download, so that a server that trickles cannot hold the build.
 *   <li>At most {@link InputFile#MAX_BYTES} per table: a larger Content-Length is refused before the
 *       body is read, and a body that grows past it is cut off.
 *   <li>{@code Accept-Encoding: identity}; a body sent with another Content-Encoding is refused.
 *   <li>A body shorter than its Content-Length, an HTTP status other than 200 and an HTML page are
 *       failures that name the URL.
 * </ul>
 */
public final class HttpDownloader {

  /**
   * How to download.
   *
   * @param connectTimeout how long to wait for a connection
   * @param readTimeout how long to wait for the response headers, and for each piece of the body
   * @param deadline how long the whole download of one table may take, redirects included
   * @param proxies the proxy for each URL, or {@code null} to connect directly
   * @param authenticator answers a proxy's request for credentials, or {@code null}
   * @param sslContext the TLS context, or {@code null} for the JDK's default (its trust store)
   */
  public record Settings(Duration connectTimeout, Duration readTimeout, Duration deadline, ProxySelector proxies,
      Authenticator authenticator, SSLContext sslContext) {
    /**
     * Rejects a timeout that is null, not positive, or over {@link Integer#MAX_VALUE} milliseconds.
     *
     * @param connectTimeout how long to wait for a connection
     * @param readTimeout how long to wait for the response headers, and for each piece of the body
     * @param deadline how long the whole download of one table may take, redirects included
     * @param proxies the proxy for each URL, or {@code null} to connect directly
     * @param authenticator answers a proxy's request for credentials, or {@code null}
     * @param sslContext the TLS context, or {@code null} for the JDK's default (its trust store)
     * @throws NullPointerException if a timeout is {@code null}
     * @throws IllegalArgumentException if a timeout is zero, negative or too long
     */
    public Settings {
      requirePositive(connectTimeout, "connectTimeout");
      requirePositive(readTimeout, "readTimeout");
      requirePositive(deadline, "deadline");
    }

    /**
     * Direct connections with the JDK's trust store.
     *
     * @param connectTimeout how long to wait for a connection
     * @param readTimeout how long to wait for the response headers, and for each piece of the body
     * @param deadline how long the whole download of one table may take, redirects included
     * @throws NullPointerException if a timeout is {@code null}
     * @throws IllegalArgumentException if a timeout is zero, negative or too long
     */
    public Settings(Duration connectTimeout, Duration readTimeout, Duration deadline) {
      this(connectTimeout, readTimeout, deadline, null, null, null);
    }

    private static void requirePositive(Duration timeout, String name) {
      Objects.requireNonNull(timeout, name + " == null");
      if (timeout.isNegative() || timeout.isZero() || timeout.toMillis() > Integer.MAX_VALUE) {
        throw new IllegalArgumentException(name + " must be between 1 ms and " + Integer.MAX_VALUE + " ms: " + timeout);
      }
    }
  }

  private static final String USER_AGENT = "smtp-status-codegen-maven-plugin (registry update)";

  private final Settings settings;

  /**
   * A downloader that uses {@code settings} for every table.
   *
   * @param settings the timeouts, proxies and TLS context
   */
  public HttpDownloader(Settings settings) {
    this.settings = Objects.requireNonNull(settings, "settings == null");
  }

  /** {@return the settings} */
  public Settings settings() {
    return settings;
  }

  /**
   * Downloads a table.
   *
   * @param url the table's URL; messages name it
   * @return the body, named by the URL
   * @throws DownloadException if the download fails (connection, timeout, deadline, status,
   *     truncation, redirect, encoding)
   * @throws RegistryFormatException if what arrives cannot be a table: over the size limit, or HTML
   */
  public InputFile get(URI url) throws DownloadException, RegistryFormatException {
    try {
      Location.requireDownloadable(url, url.toString());
    } catch (InvalidSourceException e) {
      throw new DownloadException(url, "refused: " + e.getMessage());
    }
    boolean plainHttp = url.getScheme().equalsIgnoreCase("http");
    // A client per table: nothing a hostile response leaves on a pooled connection reaches the next table.
    HttpClient.Builder client = HttpClient.newBuilder()
        .connectTimeout(settings.connectTimeout())
        .followRedirects(plainHttp ? HttpClient.Redirect.NEVER : HttpClient.Redirect.NORMAL)
        .proxy(settings.proxies() == null ? HttpClient.Builder.NO_PROXY : settings.proxies());
    if (settings.authenticator() != null) {
      client.authenticator(settings.authenticator());
    }
    if (settings.sslContext() != null) {
      client.sslContext(settings.sslContext());
    }
    HttpRequest request = HttpRequest.newBuilder(url)
        .timeout(settings.readTimeout())
        .header("User-Agent", USER_AGENT)
        .header("Accept", "text/csv, text/plain;q=0.5, */*;q=0.1")
        .header("Accept-Encoding", "identity")
        .GET()
        .build();
    CappedBody body = new CappedBody(InputFile.MAX_BYTES);
    HttpResponse<byte[]> response = await(url, client.build().sendAsync(request, body), body);
    return check(url, response, body);
  }

  /** Waits for the response and its body, within the read timeout between pieces and the deadline. */
  private HttpResponse<byte[]> await(URI url, CompletableFuture<HttpResponse<byte[]>> future, CappedBody body)
      throws DownloadException {
    long start = System.nanoTime();
    long deadline = settings.deadline().toNanos();
    long readTimeout = settings.readTimeout().toNanos();
    try {
      while (true) {
        long now = System.nanoTime();
        long untilDeadline = deadline - (now - start);
        // Before the body starts, the request's timeout guards the headers; look again after a read timeout.
        long untilStall = body.started() ? readTimeout - (now - body.lastArrival()) : readTimeout;
        try {
          return future.get(Math.max(1, Math.min(untilDeadline, untilStall)), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
          now = System.nanoTime();
          if (now - start >= deadline) {
            throw new DownloadException(url, "not downloaded within the deadline of " + settings.deadline().toMillis()
                + " ms (" + body.progress() + ")");
          }
          if (body.started() && now - body.lastArrival() >= readTimeout) {
            throw new DownloadException(url, "body stalled: no data within the read timeout of "
                + settings.readTimeout().toMillis() + " ms");
          }
        }
      }
    } catch (ExecutionException e) {
      throw failure(url, e.getCause(), body);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DownloadException(url, "interrupted", e);
    } finally {
      if (!future.isDone()) {
        body.cancel();
        future.cancel(true);
      }
    }
  }

  private DownloadException failure(URI url, Throwable failure, CappedBody body) {
    Throwable cause = failure;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (cause instanceof HttpConnectTimeoutException) {
      return new DownloadException(url, "no connection within the connect timeout of "
          + settings.connectTimeout().toMillis() + " ms", cause);
    }
    if (cause instanceof HttpTimeoutException) {
      return new DownloadException(url, "no data within the read timeout of " + settings.readTimeout().toMillis() + " ms",
          cause);
    }
    if (cause instanceof ConnectException && cause.getCause() instanceof UnresolvedAddressException) {
      return new DownloadException(url, "unknown host " + url.getHost(), cause);
    }
    if (cause instanceof ConnectException) {
      return new DownloadException(url, "connection refused or unreachable (" + cause + ")", cause);
    }
    if (body.started() && body.declaredLength() >= 0 && body.received() < body.declaredLength()) {
      return new DownloadException(url, "body cut short: received " + body.received() + " of " + body.declaredLength()
          + " bytes (Content-Length)", cause);
    }
    if (body.started()) {
      return new DownloadException(url, "body cut short after " + body.received() + " bytes: " + cause, cause);
    }
    return new DownloadException(url, "request failed: " + cause, cause);
  }

  private static InputFile check(URI url, HttpResponse<byte[]> response, CappedBody body)
      throws DownloadException, RegistryFormatException {
    String name = url.toString();
    String via = response.uri().equals(url) ? "" : " (redirected to " + response.uri() + ")";
    int status = response.statusCode();
    if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
      throw new DownloadException(url, redirectRefusal(url, response, via));
    }
    if (status != 200) {
      throw new DownloadException(url, "HTTP " + status + via);
    }
    if (body.refusedEncoding() != null) {
      throw new DownloadException(url, "the body came with Content-Encoding " + Problem.quote(body.refusedEncoding())
          + ", which was not asked for (the request said Accept-Encoding: identity); refused" + via);
    }
    if (body.declaredLength() > InputFile.MAX_BYTES) {
      throw new RegistryFormatException(Problem.inFile(name, "is " + body.declaredLength() + " bytes (Content-Length),"
          + " over the limit of " + InputFile.MAX_BYTES + " bytes (10 MiB); nothing was read"));
    }
    if (body.overLimit()) {
      throw new RegistryFormatException(Problem.inFile(name, "is over the limit of " + InputFile.MAX_BYTES
          + " bytes (10 MiB)"));
    }
    InputFile file = InputFile.of(name, response.body());
    String type = response.headers().firstValue("Content-Type").orElse(null);
    if (looksLikeHtml(type, file)) {
      throw new RegistryFormatException(Problem.inFile(name, "is an HTML page"
          + (type == null ? "" : " (Content-Type " + type + ")") + ", not a CSV table" + via));
    }
    return file;
  }

  /** Why a redirect came back instead of being followed: a refused target, a plain-http source, or the client's limit. */
  private static String redirectRefusal(URI url, HttpResponse<?> response, String via) {
    String location = response.headers().firstValue("Location").orElse("");
    if (location.isBlank()) {
      return "redirect (HTTP " + response.statusCode() + ") without a Location header" + via;
    }
    URI next;
    try {
      next = response.uri().resolve(location.strip());
    } catch (IllegalArgumentException e) {
      return "redirect to an invalid location " + Problem.quote(location) + via;
    }
    if (!"https".equalsIgnoreCase(next.getScheme())) {
      return "redirect to " + next + " refused: redirects are followed only to https";
    }
    if (url.getScheme().equalsIgnoreCase("http")) {
      return "redirect to " + next + " refused: a plain-http source (loopback, for tests) follows no redirect";
    }
    int followed = 0;
    for (HttpResponse<?> previous = response.previousResponse().orElse(null); previous != null;
        previous = previous.previousResponse().orElse(null)) {
      followed++;
    }
    return "more than " + followed + " redirects (the last to " + next + ")";
  }

  /** A Content-Type naming HTML, or a body whose first non-blank character is {@code <}. */
  static boolean looksLikeHtml(String contentType, InputFile file) {
    if (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html")) {
      return true;
    }
    byte[] bytes = file.bytes();
    int i = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
    while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) {
      i++;
    }
    return i < bytes.length && bytes[i] == '<';
  }
}
