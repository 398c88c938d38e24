package io.github.smtpstatus.codegen.update;

import io.github.smtpstatus.codegen.model.TableKind;
import io.github.smtpstatus.codegen.read.TextLines;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Rewrites {@code registry.properties} after an update: for each table its {@code file}, {@code url},
 * {@code retrieved} and {@code sha256} get the new values in place; comments, blank lines, order and
 * line endings stay (lines split by {@link TextLines}, the reader's rule). A table's {@code note} says
 * how its copy was made, so it is dropped when the table's bytes change and kept when they do not.
 * Missing keys are appended; a missing file is created.
 */
public final class ProvenanceRewriter {

  /**
   * What to record of one table.
   *
   * @param kind the table
   * @param url where the table was read from
   * @param retrieved the date it was read ({@code yyyy-MM-dd})
   * @param sha256 the SHA-256 of its bytes
   * @param bytesChanged whether the update changes the table's bytes
   */
  public record TableRecord(TableKind kind, String url, String retrieved, String sha256, boolean bytesChanged) {
    /**
     * Rejects null components.
     *
     * @param kind the table
     * @param url where the table was read from
     * @param retrieved the date it was read ({@code yyyy-MM-dd})
     * @param sha256 the SHA-256 of its bytes
     * @param bytesChanged whether the update changes the table's bytes
     */
    public TableRecord {
      Objects.requireNonNull(kind, "kind == null");
      Objects.requireNonNull(url, "url == null");
      Objects.requireNonNull(retrieved, "retrieved == null");
      Objects.requireNonNull(sha256, "sha256 == null");
    }
  }

  static final String NEW_FILE_HEADER = """
      # Provenance of the IANA "SMTP Enhanced Status Codes" tables in this folder (RFC 5248 registry):
      # per table its file, the url it was read from, the date it was retrieved and its SHA-256.
      # "mvn smtp-status:update" rewrites this file; edit it by hand only together with the tables.
      """;

  private static final List<String> FIELDS = List.of("file", "url", "retrieved", "sha256");

  private ProvenanceRewriter() {}

  /**
   * The rewritten file.
   *
   * @param current the current file, or {@code null} to write a new one
   * @param records one record per table
   * @return the new content of the file
   */
  public static byte[] rewrite(byte[] current, List<TableRecord> records) {
    Map<TableKind, TableRecord> byKind = new EnumMap<>(TableKind.class);
    records.forEach(record -> byKind.put(record.kind(), record));
    String text = current == null ? NEW_FILE_HEADER : new String(current, StandardCharsets.UTF_8);
    String eol = TextLines.firstEnding(text, "\n");
    StringBuilder out = new StringBuilder(text.length() + 256);
    Set<String> written = new HashSet<>();
    for (String line : TextLines.split(text)) {
      String content = line.strip();
      int equals = content.indexOf('=');
      if (content.isEmpty() || content.startsWith("#") || content.startsWith("!") || equals < 0) {
        out.append(line);
        continue;
      }
      String key = content.substring(0, equals).strip();
      int dot = key.indexOf('.');
      TableRecord record = dot < 0 ? null : byKind.get(kind(key.substring(0, dot)));
      String field = dot < 0 ? "" : key.substring(dot + 1);
      if (record == null) {
        out.append(line);
      } else if (field.equals("note")) {
        if (!record.bytesChanged()) {
          out.append(line);
        }
      } else if (FIELDS.contains(field)) {
        out.append(key).append('=').append(value(record, field)).append(TextLines.ending(line));
        written.add(key);
      } else {
        out.append(line);
      }
    }
    for (TableKind kind : TableKind.values()) {
      TableRecord record = byKind.get(kind);
      if (record == null) {
        continue;
      }
      boolean separated = false;
      for (String field : FIELDS) {
        String key = kind.key() + "." + field;
        if (!written.contains(key)) {
          if (!separated) {
            if (out.length() > 0 && TextLines.ending(out.toString()).isEmpty()) {
              out.append(eol);
            }
            out.append(eol);
            separated = true;
          }
          out.append(key).append('=').append(value(record, field)).append(eol);
        }
      }
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static TableKind kind(String key) {
    for (TableKind kind : TableKind.values()) {
      if (kind.key().equals(key)) {
        return kind;
      }
    }
    return null;
  }

  private static String value(TableRecord record, String field) {
    return switch (field) {
      case "file" -> record.kind().fileName();
      case "url" -> record.url();
      case "retrieved" -> record.retrieved();
      case "sha256" -> record.sha256();
      default -> throw new IllegalArgumentException(field);
    };
  }
}
