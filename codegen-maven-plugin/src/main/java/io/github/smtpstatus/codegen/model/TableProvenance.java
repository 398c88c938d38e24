package io.github.smtpstatus.codegen.model;

import java.util.Objects;

/**
 * Where a table came from.
 *
 * @param kind the table
 * @param fileName the file name
 * @param sourceUrl where IANA publishes it; empty when unknown (a user's own file)
 * @param retrieved when the copy was taken ({@code yyyy-MM-dd} or {@code yyyy-MM}); empty when unknown
 * @param sha256 the SHA-256 of the bytes that were read, lower-case hex
 */
public record TableProvenance(TableKind kind, String fileName, String sourceUrl, String retrieved, String sha256) {

  /**
   * Rejects null components.
   *
   * @param kind the table
   * @param fileName the file name
   * @param sourceUrl where IANA publishes it; empty when unknown (a user's own file)
   * @param retrieved when the copy was taken ({@code yyyy-MM-dd} or {@code yyyy-MM}); empty when unknown
   * @param sha256 the SHA-256 of the bytes that were read, lower-case hex
   */
  public TableProvenance {
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(fileName, "fileName == null");
    Objects.requireNonNull(sourceUrl, "sourceUrl == null");
    Objects.requireNonNull(retrieved, "retrieved == null");
    Objects.requireNonNull(sha256, "sha256 == null");
  }
}
