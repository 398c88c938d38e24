package io.github.smtpstatus.codegen.update;

import io.github.smtpstatus.codegen.Problem;
import io.github.smtpstatus.codegen.RegistryFormatException;
import io.github.smtpstatus.codegen.read.InputFile;
import java.io.IOException;
import java.io.InputStream;
import java.net.Authenticator;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Downloads one registry table over HTTPS, safely enough to run unattended.
 *
 * <ul>
 *   <li>Only {@code https}; plain {@code http} only to a loopback address (for tests).
 *   <li>Connect and read timeouts; a read timeout applies to every wait for data, so a server that
 *       stalls mid-body fails too.
 *   <li>At most {@link InputFile#MAX_BYTES} per table: a larger Content-Length is refused before the
 *       body is read, and a body that grows past it is cut off.
 *   <li>Redirects (at most {@value #MAX_REDIRECTS}) are followed only to {@code https}; an {@code http}
 *       location is followed only from a loopback {@code http} URL to a loopback one.
 *   <li>A body shorter than its Content-Length, an HTTP status other than 200 and an HTML page are
 *       failures that name the URL.
 *   <li>An HTTP proxy (from Maven's settings) is used unless the host matches its non-proxy hosts.
 * </ul>
 */
public final class HttpDownloader {

  /** Redirects followed before giving up. */
  public static final int MAX_REDIRECTS = 5;

  /**
   * An HTTP proxy.
   *
   * @param host the proxy host
   * @param port the proxy port
   * @param username the user name for proxy authentication, or {@code null}
   * @param password the password, or {@code null}
   * @param nonProxyHosts hosts reached directly: patterns separated by {@code |} or {@code ,}, where
   *     {@code *} matches any characters ({@code *.example.com|localhost})
   */
  public record ProxySettings(String host, int port, String username, String password, String nonProxyHosts) {
    /**
     * Rejects a null host and a port outside 1 to 65535.
     *
     * @param host the proxy host
     * @param port the proxy port
     * @param username the user name for proxy authentication, or {@code null}
     * @param password the password, or {@code null}
     * @param nonProxyHosts hosts reached directly: patterns separated by {@code |} or {@code ,}, where
     *     {@code *} matches any characters ({@code *.example.com|localhost})
     */
    public ProxySettings {
      Objects.requireNonNull(host, "host == null");
      if (port <= 0 || port > 65535) {
        throw new IllegalArgumentException("proxy port out of range: " + port);
      }
    }

    /**
     * {@return whether a host is to be reached without the proxy}
     *
     * @param targetHost the host to reach, matched against {@link #nonProxyHosts()} ignoring case
     */
    public boolean bypasses(String targetHost) {
      if (nonProxyHosts == null || nonProxyHosts.isBlank()) {
        return false;
      }
      for (String pattern : nonProxyHosts.split("[|,]")) {
        String trimmed = pattern.strip();
        if (!trimmed.isEmpty()) {
          String regex = ("\\Q" + trimmed + "\\E").replace("*", "\\E.*\\Q");
          if (Pattern.compile(regex, Pattern.CASE_INSENSITIVE).matcher(targetHost).matches()) {
            return true;
          }
        }
      }
      return false;
    }
  }

  /**
   * How to download.
   *
   * @param connectTimeout how long to wait for a connection
   * @param readTimeout how long to wait for each piece of data
   * @param proxy the proxy, or {@code null} to connect directly
   */
  public record Settings(Duration connectTimeout, Duration readTimeout, ProxySettings proxy) {
    /**
     * Rejects timeouts that are not between 1 ms and {@link Integer#MAX_VALUE} ms.
     *
     * @param connectTimeout how long to wait for a connection
     * @param readTimeout how long to wait for each piece of data
     * @param proxy the proxy, or {@code null} to connect directly
     */
    public Settings {
      requirePositive(connectTimeout, "connectTimeout");
      requirePositive(readTimeout, "readTimeout");
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
   * A downloader.
   *
   * @param settings timeouts and proxy
   */
  public HttpDownloader(Settings settings) {
    this.settings = Objects.requireNonNull(settings, "settings == null");
  }

  /** {@return the settings} */
  public Settings settings() {
    return settings;
  }

  /**
   * Checks that a URL may be downloaded from: {@code https}, or {@code http} to a loopback host.
   *
   * @param url the URL to check
   * @throws InvalidSourceException naming the URL and the rule it breaks
   */
  public static void requireAllowed(URI url) throws InvalidSourceException {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (url.getHost() == null) {
      throw new InvalidSourceException(url.toString(), "has no host");
    }
    if (scheme.equals("https")) {
      return;
    }
    if (scheme.equals("http")) {
      if (isLoopback(url.getHost())) {
        return;
      }
      throw new InvalidSourceException(url.toString(),
          "uses plain http, which is allowed only to a loopback address (for tests); use https");
    }
    throw new InvalidSourceException(url.toString(), "has scheme \"" + scheme + "\"; expected https");
  }

  /** Whether every address of a host is a loopback address; an unknown host is not. */
  static boolean isLoopback(String host) {
    String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    try {
      InetAddress[] addresses = InetAddress.getAllByName(bare);
      for (InetAddress address : addresses) {
        if (!address.isLoopbackAddress()) {
          return false;
        }
      }
      return addresses.length > 0;
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /**
   * Downloads a table.
   *
   * @param url the table's URL; messages name it
   * @return the body, with the URL as its name
   * @throws DownloadException if the download fails (connection, timeout, status, truncation, redirect)
   * @throws RegistryFormatException if what arrives cannot be a table: over the size limit, or HTML
   */
  public InputFile get(URI url) throws DownloadException, RegistryFormatException {
    String name = url.toString();
    try {
      requireAllowed(url);
    } catch (InvalidSourceException e) {
      throw new DownloadException(url, "refused: " + e.getMessage());
    }
    URI current = url;
    for (int redirects = 0; ; redirects++) {
      HttpURLConnection connection = open(url, current);
      try {
        int status = status(url, current, connection);
        if (isRedirect(status)) {
          URI next = redirectTarget(url, current, connection);
          if (redirects == MAX_REDIRECTS) {
            throw new DownloadException(url, "more than " + MAX_REDIRECTS + " redirects (the last to " + next + ")");
          }
          current = next;
          continue;
        }
        if (status != HttpURLConnection.HTTP_OK) {
          String message = responseMessage(connection);
          throw new DownloadException(url, "HTTP " + status + (message == null || message.isBlank() ? "" : " " + message)
              + via(url, current));
        }
        return body(name, url, current, connection);
      } finally {
        connection.disconnect();
      }
    }
  }

  private HttpURLConnection open(URI url, URI current) throws DownloadException {
    try {
      Proxy proxy = Proxy.NO_PROXY;
      ProxySettings proxySettings = settings.proxy();
      if (proxySettings != null && !proxySettings.bypasses(current.getHost())) {
        proxy = new Proxy(Proxy.Type.HTTP, new InetSocketAddress(proxySettings.host(), proxySettings.port()));
      }
      HttpURLConnection connection = (HttpURLConnection) current.toURL().openConnection(proxy);
      connection.setInstanceFollowRedirects(false);
      connection.setConnectTimeout((int) settings.connectTimeout().toMillis());
      connection.setReadTimeout((int) settings.readTimeout().toMillis());
      connection.setUseCaches(false);
      connection.setRequestProperty("User-Agent", USER_AGENT);
      connection.setRequestProperty("Accept", "text/csv, text/plain;q=0.5, */*;q=0.1");
      connection.setRequestProperty("Accept-Encoding", "identity");
      // One connection per table: a pooled connection the server has dropped fails differently on
      // different JDKs, and three requests gain nothing from reuse.
      connection.setRequestProperty("Connection", "close");
      if (proxy != Proxy.NO_PROXY && proxySettings.username() != null) {
        connection.setAuthenticator(new ProxyAuthenticator(proxySettings));
      }
      return connection;
    } catch (IOException | IllegalArgumentException e) {
      throw new DownloadException(url, "cannot open a connection" + via(url, current) + ": " + e, e);
    }
  }

  private int status(URI url, URI current, HttpURLConnection connection) throws DownloadException {
    try {
      return connection.getResponseCode();
    } catch (SocketTimeoutException e) {
      throw new DownloadException(url, timeoutReason(e) + via(url, current), e);
    } catch (ConnectException e) {
      throw new DownloadException(url, "connection refused or unreachable" + via(url, current) + " (" + e.getMessage() + ")", e);
    } catch (UnknownHostException e) {
      throw new DownloadException(url, "unknown host " + e.getMessage() + via(url, current), e);
    } catch (IOException e) {
      throw new DownloadException(url, "request failed" + via(url, current) + ": " + e, e);
    }
  }

  private String timeoutReason(SocketTimeoutException e) {
    String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    if (message.contains("connect")) {
      return "no connection within the connect timeout of " + settings.connectTimeout().toMillis() + " ms";
    }
    return "no data within the read timeout of " + settings.readTimeout().toMillis() + " ms";
  }

  private static String responseMessage(HttpURLConnection connection) {
    try {
      return connection.getResponseMessage();
    } catch (IOException e) {
      return null;
    }
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  private static URI redirectTarget(URI url, URI current, HttpURLConnection connection) throws DownloadException {
    String location = connection.getHeaderField("Location");
    if (location == null || location.isBlank()) {
      throw new DownloadException(url, "redirect without a Location header" + via(url, current));
    }
    URI next;
    try {
      next = current.resolve(location.strip());
    } catch (IllegalArgumentException e) {
      throw new DownloadException(url, "redirect to an invalid location " + Problem.quote(location) + via(url, current));
    }
    String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
    boolean loopbackHttp = scheme.equals("http") && "http".equalsIgnoreCase(current.getScheme())
        && next.getHost() != null && isLoopback(next.getHost());
    if (!scheme.equals("https") && !loopbackHttp) {
      throw new DownloadException(url, "redirect to " + next + " refused: redirects are followed only to https");
    }
    if (next.getHost() == null) {
      throw new DownloadException(url, "redirect to " + next + " refused: no host");
    }
    return next;
  }

  private InputFile body(String name, URI url, URI current, HttpURLConnection connection)
      throws DownloadException, RegistryFormatException {
    long declared = connection.getContentLengthLong();
    if (declared > InputFile.MAX_BYTES) {
      throw new RegistryFormatException(Problem.inFile(name, "is " + declared + " bytes (Content-Length), over the limit of "
          + InputFile.MAX_BYTES + " bytes (10 MiB); nothing was read"));
    }
    InputFile file;
    CountingInputStream in = null;
    try (CountingInputStream counting = new CountingInputStream(connection.getInputStream())) {
      in = counting;
      file = InputFile.read(name, counting);
    } catch (SocketTimeoutException e) {
      throw new DownloadException(url, "body stalled: " + timeoutReason(e) + via(url, current), e);
    } catch (IOException e) {
      // JDKs differ: some end the stream early at a short body, others throw ("Premature EOF").
      if (declared >= 0 && in != null && in.count < declared) {
        throw new DownloadException(url, "body cut short: received " + in.count + " of " + declared
            + " bytes (Content-Length)" + via(url, current), e);
      }
      throw new DownloadException(url, "body cut short" + via(url, current) + ": " + e, e);
    }
    if (declared >= 0 && file.size() != declared) {
      throw new DownloadException(url, "body cut short: received " + file.size() + " of " + declared
          + " bytes (Content-Length)" + via(url, current));
    }
    String type = connection.getContentType();
    if (looksLikeHtml(type, file)) {
      throw new RegistryFormatException(Problem.inFile(name, "is an HTML page"
          + (type == null ? "" : " (Content-Type " + type + ")") + ", not a CSV table" + via(url, current)));
    }
    return file;
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

  private static String via(URI url, URI current) {
    return current.equals(url) ? "" : " (redirected to " + current + ")";
  }

  private static final class ProxyAuthenticator extends Authenticator {
    private final ProxySettings proxy;

    ProxyAuthenticator(ProxySettings proxy) {
      this.proxy = proxy;
    }

    @Override
    protected PasswordAuthentication getPasswordAuthentication() {
      if (getRequestorType() != RequestorType.PROXY) {
        return null;
      }
      String password = proxy.password() == null ? "" : proxy.password();
      return new PasswordAuthentication(proxy.username(), password.toCharArray());
    }
  }

  /** Counts the bytes read, so that a body that ends in an exception can say how much arrived. */
  private static final class CountingInputStream extends java.io.FilterInputStream {
    private long count;

    CountingInputStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
