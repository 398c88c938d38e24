package io.github.smtpstatus.codegen.fetch;

import io.github.smtpstatus.codegen.RegistryFormatException;
import io.github.smtpstatus.codegen.RegistryInputs;
import io.github.smtpstatus.codegen.model.TableKind;
import io.github.smtpstatus.codegen.read.InputFile;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
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
   * @return the table
   * @throws RegistryFormatException if the table is missing locally, too large or not CSV at all
   * @throws IOException if reading or downloading fails ({@link DownloadException} names the URL)
   */
  InputFile fetch(TableKind kind) throws RegistryFormatException, IOException;

  /**
   * The source at a location: a base URL under which the three tables are published, or a folder.
   *
   * @param location a parsed location
   * @param downloader fetches the tables of a URL
   * @return a {@link Directory} for a local location, else an {@link Http} source whose base ends with a slash
   * @throws InvalidSourceException if a base URL has a query or fragment
   */
  static TableSource of(Location location, HttpDownloader downloader) throws InvalidSourceException {
    Objects.requireNonNull(location, "location == null");
    if (location instanceof Location.Local local) {
      return new Directory(local.text(), local.path());
    }
    Location.Remote remote = (Location.Remote) location;
    URI uri = remote.uri();
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new InvalidSourceException(remote.text(), "must not have a query or fragment: it names the folder of the tables");
    }
    URI base = uri.getRawPath() != null && uri.getRawPath().endsWith("/") ? uri : URI.create(remote.text() + "/");
    return new Http(remote.text(), base, downloader);
  }

  /**
   * The source at a location as written: {@link Location#parse} and then {@link #of(Location, HttpDownloader)}.
   *
   * @param location an {@code https} URL, an {@code http} URL to a loopback host, a {@code file:} URL, or a path
   * @param baseDir what a relative path is relative to
   * @param downloader fetches the tables of a URL
   * @return the source
   * @throws InvalidSourceException if the location is not one the plugin reads from
   */
  static TableSource of(String location, Path baseDir, HttpDownloader downloader) throws InvalidSourceException {
    return of(Location.parse(location, baseDir), downloader);
  }

  /**
   * Reads one file at a location: downloads a URL, reads a path.
   *
   * @param location where the file is
   * @param downloader fetches it if the location is a URL
   * @return its bytes, named by its path or URL
   * @throws RegistryFormatException if the file is missing, too large or not CSV at all
   * @throws IOException if reading or downloading fails
   */
  static InputFile read(Location location, HttpDownloader downloader) throws RegistryFormatException, IOException {
    if (location instanceof Location.Remote remote) {
      return downloader.get(remote.uri());
    }
    return InputFile.read(((Location.Local) location).path().toFile());
  }

  /**
   * {@return a registry version held in memory, such as the copy bundled in the plugin}
   *
   * @param location how reports name the version; each table's URL is this, a slash and its file name
   * @param inputs the three tables; the names and provenance files are not read
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
     * The folder at {@code folder}, made absolute.
     *
     * @param location how reports name the folder
     * @param folder the folder, holding files named as IANA names them
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
