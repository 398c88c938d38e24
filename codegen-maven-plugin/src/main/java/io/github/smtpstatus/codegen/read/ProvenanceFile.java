package io.github.smtpstatus.codegen.read;

import io.github.smtpstatus.codegen.Problem;
import io.github.smtpstatus.codegen.RegistryFormatException;
import io.github.smtpstatus.codegen.model.TableKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * {@code registry.properties}: for each table ({@code class}, {@code subject}, {@code enumerated})
 * its {@code file}, {@code url}, {@code retrieved} date, {@code sha256} and an optional {@code note}.
 */
public final class ProvenanceFile {

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?");
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  /**
   * What {@code registry.properties} records of one table.
   *
   * @param file the file name
   * @param url where IANA publishes the table
   * @param retrieved when the copy was taken
   * @param sha256 the SHA-256 of the copy
   * @param note a remark, or empty
   * @param line the line of the {@code sha256} entry, for messages
   */
  public record Record(String file, String url, String retrieved, String sha256, String note, int line) {
    /**
     * Rejects null components.
     *
     * @param file the file name
     * @param url where IANA publishes the table
     * @param retrieved when the copy was taken
     * @param sha256 the SHA-256 of the copy
     * @param note a remark, or empty
     * @param line the line of the {@code sha256} entry, for messages
     */
    public Record {
      Objects.requireNonNull(file, "file == null");
      Objects.requireNonNull(url, "url == null");
      Objects.requireNonNull(retrieved, "retrieved == null");
      Objects.requireNonNull(sha256, "sha256 == null");
      Objects.requireNonNull(note, "note == null");
    }
  }

  private final String name;
  private final Map<TableKind, Record> records;

  private ProvenanceFile(String name, Map<TableKind, Record> records) {
    this.name = name;
    this.records = records;
  }

  /**
   * Parses the file; each of the three tables must have {@code file}, {@code url}, {@code retrieved}
   * and {@code sha256}.
   *
   * @param input the file
   * @return what the file records of each table
   * @throws RegistryFormatException naming the line or the missing key
   */
  public static ProvenanceFile parse(InputFile input) throws RegistryFormatException {
    KeyValueFile keys = KeyValueFile.parse(input);
    List<Problem> problems = new ArrayList<>();
    Map<TableKind, Record> records = new EnumMap<>(TableKind.class);
    for (TableKind kind : TableKind.values()) {
      String file = required(keys, kind, "file", null, null, problems);
      String url = required(keys, kind, "url", null, null, problems);
      String retrieved = required(keys, kind, "retrieved", DATE, "is not a date (yyyy-MM-dd or yyyy-MM)", problems);
      String sha256 = required(keys, kind, "sha256", SHA256, "is not a SHA-256 (64 lower-case hex digits)", problems);
      KeyValueFile.Entry note = keys.get(kind.key() + ".note");
      if (file != null && url != null && retrieved != null && sha256 != null) {
        records.put(kind, new Record(file, url, retrieved, sha256, note == null ? "" : note.value(),
            keys.get(kind.key() + ".sha256").line()));
      }
    }
    if (!problems.isEmpty()) {
      throw new RegistryFormatException(problems);
    }
    return new ProvenanceFile(input.name(), Map.copyOf(records));
  }

  private static String required(
      KeyValueFile keys, TableKind kind, String field, Pattern format, String expectation, List<Problem> problems) {
    String key = kind.key() + "." + field;
    KeyValueFile.Entry entry = keys.get(key);
    if (entry == null || entry.value().isEmpty()) {
      problems.add(Problem.inFile(keys.file(), "missing \"" + key + "\""));
      return null;
    }
    if (format != null && !format.matcher(entry.value()).matches()) {
      problems.add(Problem.atKey(keys.file(), entry.line(), key, entry.value(), expectation));
      return null;
    }
    return entry.value();
  }

  /** {@return the name messages use for the file} */
  public String name() {
    return name;
  }

  /**
   * {@return what the file records of a table}
   *
   * @param kind which table
   */
  public Record get(TableKind kind) {
    return records.get(kind);
  }
}
