package io.github.smtpstatus.codegen.diff;

import io.github.smtpstatus.codegen.Problem;
import io.github.smtpstatus.codegen.RegistryFormatException;
import io.github.smtpstatus.codegen.RegistryInputs;
import io.github.smtpstatus.codegen.RegistryLoader;
import io.github.smtpstatus.codegen.Warnings;
import io.github.smtpstatus.codegen.fetch.HttpDownloader;
import io.github.smtpstatus.codegen.fetch.InvalidSourceException;
import io.github.smtpstatus.codegen.fetch.Location;
import io.github.smtpstatus.codegen.fetch.TableSource;
import io.github.smtpstatus.codegen.model.TableKind;
import io.github.smtpstatus.codegen.read.InputFile;
import io.github.smtpstatus.codegen.read.RawTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One run of the {@code diff} goal without Maven: two registry versions (each a folder, a base URL or an
 * in-memory copy), or two files of one table, read and validated as generation reads them, compared,
 * and reported in the form the {@code update} goal uses.
 *
 * <p>A lone table is validated together with the other two tables of {@code companions} (normally the
 * bundled registry), since an enumerated code is checked against the subject table.
 */
public final class RegistryComparison {

  /**
   * What to compare.
   *
   * @param before the older version: a source of three tables, or a location ending in {@code .csv}
   * @param after the newer version, likewise
   * @param table {@code class}, {@code subject} or {@code enumerated} for files not named as IANA names
   *     them, else {@code null}
   * @param companions the tables a lone table is validated with
   * @param reportFile where to write the report
   */
  public record Request(Side before, Side after, String table, RegistryInputs companions, Path reportFile) {
    /**
     * Rejects null components other than {@code table}.
     *
     * @param before the older version: a source of three tables, or a location ending in {@code .csv}
     * @param after the newer version, likewise
     * @param table {@code class}, {@code subject} or {@code enumerated} for files not named as IANA names
     *     them, else {@code null}
     * @param companions the tables a lone table is validated with
     * @param reportFile where to write the report
     * @throws NullPointerException if {@code before}, {@code after}, {@code companions} or
     *     {@code reportFile} is {@code null}
     */
    public Request {
      Objects.requireNonNull(before, "before == null");
      Objects.requireNonNull(after, "after == null");
      Objects.requireNonNull(companions, "companions == null");
      Objects.requireNonNull(reportFile, "reportFile == null");
    }
  }

  /**
   * One side of the comparison: a registry version, or one table file (path or URL).
   *
   * @param version the version, or {@code null} for a lone table
   * @param tableLocation a location ending in {@code .csv}, or {@code null} for a version
   */
  public record Side(TableSource version, Location tableLocation) {
    /**
     * Rejects a side that is both a version and a table, or neither.
     *
     * @param version the version, or {@code null} for a lone table
     * @param tableLocation a location ending in {@code .csv}, or {@code null} for a version
     * @throws IllegalArgumentException unless exactly one of the two is {@code null}
     */
    public Side {
      if ((version == null) == (tableLocation == null)) {
        throw new IllegalArgumentException("a side is either a version or a table");
      }
    }

    /**
     * {@return whether a location names one table file rather than a folder of three}
     *
     * @param location a path or URL as the user wrote it; a name ending in {@code .csv} is one table
     */
    public static boolean isTable(String location) {
      return location.strip().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    String label() {
      return version != null ? version.location() : tableLocation.text();
    }
  }

  /**
   * The comparison.
   *
   * @param diff the differences
   * @param report the report, as written to the report file
   */
  public record Outcome(RegistryDiff diff, String report) {}

  private final Warnings warnings;
  private final HttpDownloader downloader;

  /**
   * A comparison that reports soft oddities of the inputs to {@code warnings}.
   *
   * @param warnings receives each warning, with file and line
   * @param downloader fetches the sides given as URLs
   */
  public RegistryComparison(Warnings warnings, HttpDownloader downloader) {
    this.warnings = Objects.requireNonNull(warnings, "warnings == null");
    this.downloader = Objects.requireNonNull(downloader, "downloader == null");
  }

  /**
   * Compares, writing the report to the request's report file (after deleting the old one, so that a
   * failed run leaves none).
   *
   * @param request what to compare and where the report goes
   * @return the differences and the report
   * @throws InvalidSourceException if a lone table's kind is unknown
   * @throws RegistryFormatException if a version or table is invalid
   * @throws IOException if reading or downloading fails
   */
  public Outcome run(Request request) throws InvalidSourceException, RegistryFormatException, IOException {
    Files.deleteIfExists(request.reportFile());
    RegistryLoader loader = new RegistryLoader(warnings);
    RegistryDiff diff;
    if (request.before().version() != null && request.after().version() != null) {
      diff = RegistryComparator.compare(tables(loader, request.before().version()), tables(loader, request.after().version()));
    } else {
      TableKind kind = kindOf(request);
      RawTable before = table(loader, request.before(), kind, request.companions());
      RawTable after = table(loader, request.after(), kind, request.companions());
      diff = new RegistryDiff(List.of(RegistryComparator.compare(before, after)));
    }
    String report = DiffReport.render(request.before().label(), request.after().label(), diff, List.of());
    Path parent = request.reportFile().toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Files.write(request.reportFile(), report.getBytes(StandardCharsets.UTF_8));
    return new Outcome(diff, report);
  }

  private static Map<TableKind, RawTable> tables(RegistryLoader loader, TableSource source)
      throws RegistryFormatException, IOException {
    Map<TableKind, InputFile> files = new EnumMap<>(TableKind.class);
    for (TableKind kind : TableKind.values()) {
      files.put(kind, source.fetch(kind));
    }
    return loader.validate(new RegistryInputs(files.get(TableKind.CLASS), files.get(TableKind.SUBJECT),
        files.get(TableKind.ENUMERATED), null, null)).tables();
  }

  private RawTable table(RegistryLoader loader, Side side, TableKind kind, RegistryInputs companions)
      throws RegistryFormatException, IOException {
    InputFile file = side.version() != null ? side.version().fetch(kind) : TableSource.read(side.tableLocation(), downloader);
    InputFile[] tables = {companions.classCodes(), companions.subjectCodes(), companions.enumeratedCodes()};
    tables[kind.ordinal()] = file;
    return loader.validate(new RegistryInputs(tables[0], tables[1], tables[2], null, null)).tables().get(kind);
  }

  /** The table both sides hold: the {@code table} parameter, else the IANA file name of a lone table. */
  static TableKind kindOf(Request request) throws InvalidSourceException, RegistryFormatException {
    if (request.table() != null && !request.table().isBlank()) {
      for (TableKind kind : TableKind.values()) {
        if (kind.key().equalsIgnoreCase(request.table().strip())) {
          return kind;
        }
      }
      throw new InvalidSourceException(request.table(), "is not a table; expected class, subject or enumerated");
    }
    TableKind found = null;
    for (Side side : List.of(request.before(), request.after())) {
      if (side.tableLocation() == null) {
        continue;
      }
      String location = side.tableLocation().text();
      String name = location.substring(Math.max(location.lastIndexOf('/'), location.lastIndexOf('\\')) + 1);
      TableKind kind = null;
      for (TableKind candidate : TableKind.values()) {
        if (candidate.fileName().equalsIgnoreCase(name)) {
          kind = candidate;
        }
      }
      if (kind != null && found != null && kind != found) {
        throw new RegistryFormatException(Problem.inFile(location, "is the " + kind.title() + " table, the other file the "
            + found.title() + " table; compare two files of one table"));
      }
      found = kind != null ? kind : found;
    }
    if (found == null) {
      throw new InvalidSourceException(request.after().label(), "does not tell which table it is (IANA names them "
          + TableKind.CLASS.fileName() + ", " + TableKind.SUBJECT.fileName() + " and " + TableKind.ENUMERATED.fileName()
          + "); set smtp-status.table to class, subject or enumerated");
    }
    return found;
  }
}
