package io.github.smtpstatus.codegen.update;

import io.github.smtpstatus.codegen.RegistryFormatException;
import io.github.smtpstatus.codegen.RegistryInputs;
import io.github.smtpstatus.codegen.model.TableKind;
import io.github.smtpstatus.codegen.read.InputFile;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Where the three tables of a registry version come from: IANA's site (or any {@code https} base URL),
 * or a local folder (a path or a {@code file:} URL) holding files named as IANA names them.
 */
public interface TableSource {

  /** IANA's folder of the three CSV tables. */
  String IANA = "https://www.iana.org/assignments/smtp-enhanced-status-codes/";

  /** {@return the location as given, for reports} */
  String location();

  /**
   * {@return where one table is read from: recorded as its {@code url} in {@code registry.properties}}
   *
   * @param kind which table
   */
  String tableUrl(TableKind kind);

  /**
   * Reads one table.
   *
   * @param kind which table
   * @return its bytes, named by where they were read
   * @throws RegistryFormatException if the table is missing locally, too large or not CSV at all
   * @throws IOException if reading or downloading fails ({@link DownloadException} names the URL)
   */
  InputFile fetch(TableKind kind) throws RegistryFormatException, IOException;

  /**
   * The source at a location: an {@code https} URL, an {@code http} URL to a loopback host, a
   * {@code file:} URL, or a path (relative to {@code baseDir}).
   *
   * @param location the location as configured
   * @param baseDir the folder a relative path is resolved against
   * @param downloader downloads from an {@code http} or {@code https} location
   * @return the source
   * @throws InvalidSourceException if the location uses another scheme or plain http to a remote host
   */
  static TableSource of(String location, Path baseDir, HttpDownloader downloader) throws InvalidSourceException {
    Objects.requireNonNull(location, "location == null");
    String trimmed = location.strip();
    if (trimmed.isEmpty()) {
      throw new InvalidSourceException(location, "is empty");
    }
    if (trimmed.matches("(?i)[a-z][a-z0-9+.-]+:.*") && !trimmed.matches("(?i)[a-z]:[\\\\/].*")) {
      URI uri;
      try {
        uri = new URI(trimmed);
      } catch (URISyntaxException e) {
        throw new InvalidSourceException(location, "is not a valid URL: " + e.getMessage());
      }
      String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
      if (scheme.equals("file")) {
        try {
          return new Directory(trimmed, Path.of(uri));
        } catch (IllegalArgumentException e) {
          throw new InvalidSourceException(location, "is not a usable file: URL: " + e.getMessage());
        }
      }
      HttpDownloader.requireAllowed(uri);
      if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
        throw new InvalidSourceException(location, "must not have a query or fragment: it names the folder of the tables");
      }
      URI base = uri.getRawPath() != null && uri.getRawPath().endsWith("/") ? uri : URI.create(trimmed + "/");
      return new Http(trimmed, base, downloader);
    }
    try {
      return new Directory(trimmed, baseDir.resolve(trimmed).normalize());
    } catch (InvalidPathException e) {
      throw new InvalidSourceException(location, "is not a valid path: " + e.getMessage());
    }
  }

  /**
   * {@return a registry version held in memory, such as the copy bundled in the plugin}
   *
   * @param location how reports name the version
   * @param inputs the three tables
   */
  static TableSource of(String location, RegistryInputs inputs) {
    Objects.requireNonNull(inputs, "inputs == null");
    return new TableSource() {
      @Override
      public String location() {
        return location;
      }

      @Override
      public String tableUrl(TableKind kind) {
        return location + "/" + kind.fileName();
      }

      @Override
      public InputFile fetch(TableKind kind) {
        return inputs.table(kind);
      }
    };
  }

  /** A local folder holding the three tables. */
  final class Directory implements TableSource {
    private final String location;
    private final Path folder;

    /**
     * A folder.
     *
     * @param location the location as configured, for reports
     * @param folder the folder; made absolute
     */
    public Directory(String location, Path folder) {
      this.location = location;
      this.folder = folder.toAbsolutePath();
    }

    /** {@return the folder} */
    public Path folder() {
      return folder;
    }

    @Override
    public String location() {
      return location;
    }

    @Override
    public String tableUrl(TableKind kind) {
      return folder.resolve(kind.fileName()).toUri().toString();
    }

    @Override
    public InputFile fetch(TableKind kind) throws RegistryFormatException, IOException {
      return InputFile.read(folder.resolve(kind.fileName()).toFile());
    }
  }

  /** A base URL under which the three tables are published. */
  final class Http implements TableSource {
    private final String location;
    private final URI base;
    private final HttpDownloader downloader;

    Http(String location, URI base, HttpDownloader downloader) {
      this.location = location;
      this.base = base;
      this.downloader = Objects.requireNonNull(downloader, "downloader == null");
    }

    /** {@return the base URL, ending with a slash} */
    public URI base() {
      return base;
    }

    @Override
    public String location() {
      return location;
    }

    @Override
    public String tableUrl(TableKind kind) {
      return base.resolve(kind.fileName()).toString();
    }

    @Override
    public InputFile fetch(TableKind kind) throws RegistryFormatException, IOException {
      return downloader.get(base.resolve(kind.fileName()));
    }
  }
}
