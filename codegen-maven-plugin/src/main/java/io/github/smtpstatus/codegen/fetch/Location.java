package io.github.smtpstatus.codegen.fetch;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Where the {@code update} and {@code diff} goals read from, parsed once for both: a URL to download
 * ({@code https}, or plain {@code http} to a loopback address, for tests) or a local path (a
 * {@code file:} URL, or a path relative to the project's base directory). The same rule holds whether
 * the location names a folder of three tables or one table file.
 */
public sealed interface Location permits Location.Remote, Location.Local {

  /** {@return the location as the user wrote it, for reports and messages} */
  String text();

  /**
   * A URL to download from.
   *
   * @param text the location as written
   * @param uri the parsed URL: {@code https}, or {@code http} to a loopback host
   */
  record Remote(String text, URI uri) implements Location {
    /**
     * Rejects null components; {@link Location#parse} checks the URL.
     *
     * @param text the location as written
     * @param uri the parsed URL: {@code https}, or {@code http} to a loopback host
     * @throws NullPointerException if either is {@code null}
     */
    public Remote {
      Objects.requireNonNull(text, "text == null");
      Objects.requireNonNull(uri, "uri == null");
    }
  }

  /**
   * A local file or folder.
   *
   * @param text the location as written
   * @param path the absolute, normalised path
   */
  record Local(String text, Path path) implements Location {
    /**
     * Rejects null components.
     *
     * @param text the location as written
     * @param path the absolute, normalised path
     * @throws NullPointerException if either is {@code null}
     */
    public Local {
      Objects.requireNonNull(text, "text == null");
      Objects.requireNonNull(path, "path == null");
    }
  }

  /**
   * Parses a location.
   *
   * @param location an {@code https} URL, an {@code http} URL to a loopback host, a {@code file:} URL,
   *     or a path
   * @param baseDir what a relative path is relative to
   * @return a {@link Remote} for a URL to download, else a {@link Local} with an absolute path
   * @throws InvalidSourceException if the location is empty, not a valid URL or path, or uses a
   *     scheme other than {@code https}, {@code file} and loopback {@code http}
   */
  static Location parse(String location, Path baseDir) throws InvalidSourceException {
    Objects.requireNonNull(location, "location == null");
    Objects.requireNonNull(baseDir, "baseDir == null");
    String trimmed = location.strip();
    if (trimmed.isEmpty()) {
      throw new InvalidSourceException(location, "is empty");
    }
    // A scheme of two or more characters: "C:\registry" is a Windows path, not a URL.
    if (!trimmed.matches("(?i)[a-z][a-z0-9+.-]+:.*")) {
      try {
        return new Local(trimmed, baseDir.resolve(trimmed).toAbsolutePath().normalize());
      } catch (InvalidPathException e) {
        throw new InvalidSourceException(location, "is not a valid path: " + e.getMessage());
      }
    }
    URI uri;
    try {
      uri = new URI(trimmed);
    } catch (URISyntaxException e) {
      throw new InvalidSourceException(location, "is not a valid URL: " + e.getMessage());
    }
    if (uri.getScheme().equalsIgnoreCase("file")) {
      try {
        return new Local(trimmed, Path.of(uri).toAbsolutePath().normalize());
      } catch (IllegalArgumentException e) {
        throw new InvalidSourceException(location, "is not a usable file: URL: " + e.getMessage());
      }
    }
    requireDownloadable(uri, trimmed);
    return new Remote(trimmed, uri);
  }

  /**
   * Checks that a URL may be downloaded from: {@code https}, or {@code http} to a loopback host.
   *
   * @param url the URL
   * @param text the URL as the user wrote it, for the message
   * @throws InvalidSourceException naming the URL and the rule it breaks
   */
  static void requireDownloadable(URI url, String text) throws InvalidSourceException {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw new InvalidSourceException(text, "has scheme \"" + scheme + "\"; expected https");
    }
    if (url.getHost() == null) {
      throw new InvalidSourceException(text, "has no host");
    }
    if (scheme.equals("http") && !isLoopback(url.getHost())) {
      throw new InvalidSourceException(text,
          "uses plain http, which is allowed only to a loopback address (for tests); use https");
    }
  }

  /**
   * {@return whether every address of a host is a loopback address; an unknown host is not}
   *
   * @param host a host name or address, an IPv6 address with or without its brackets
   */
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
}
