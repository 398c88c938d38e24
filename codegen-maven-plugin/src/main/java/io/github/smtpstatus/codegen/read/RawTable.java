package io.github.smtpstatus.codegen.read;

import io.github.smtpstatus.codegen.model.TableKind;
import java.util.List;
import java.util.Objects;

/**
 * A table read from CSV whose structure is sound (UTF-8, quoting, header, field counts) but whose
 * values are not yet checked.
 *
 * @param file the name messages use for the file
 * @param kind which table it is
 * @param sha256 the SHA-256 of the file's bytes
 * @param rows the records after the header, in file order
 */
public record RawTable(String file, TableKind kind, String sha256, List<RawRow> rows) {

  /**
   * Rejects null components and copies the rows.
   *
   * @param file the name messages use for the file
   * @param kind which table it is
   * @param sha256 the SHA-256 of the file's bytes
   * @param rows the records after the header, in file order
   */
  public RawTable {
    Objects.requireNonNull(file, "file == null");
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(sha256, "sha256 == null");
    rows = List.copyOf(rows);
  }
}
