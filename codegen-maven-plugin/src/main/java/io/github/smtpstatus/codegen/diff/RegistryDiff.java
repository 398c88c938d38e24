package io.github.smtpstatus.codegen.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * The differences between two registry versions, table by table: all three tables, or the one table of
 * a file-to-file comparison.
 *
 * @param tables the compared tables, in {@link io.github.smtpstatus.codegen.model.TableKind} order
 */
public record RegistryDiff(List<TableDiff> tables) {

  /**
   * Copies the tables and rejects an empty list.
   *
   * @param tables the compared tables, in {@link io.github.smtpstatus.codegen.model.TableKind} order
   */
  public RegistryDiff {
    tables = List.copyOf(tables);
    if (tables.isEmpty()) {
      throw new IllegalArgumentException("no tables compared");
    }
  }

  /** {@return whether any compared file differs, if only in its bytes} */
  public boolean changed() {
    return tables.stream().anyMatch(TableDiff::bytesChanged);
  }

  /** {@return the removed rows of every table} A removed row is a removed constant, which breaks callers. */
  public List<String> removedCodes() {
    List<String> codes = new ArrayList<>();
    tables.forEach(table -> table.removed().forEach(row -> codes.add(row.code())));
    return codes;
  }

  /** {@return the rows of every table whose Code cell is written differently} */
  public List<String> codeSyntaxChanges() {
    List<String> codes = new ArrayList<>();
    tables.forEach(table -> table.codeSyntaxChanges().forEach(row -> codes.add(row.code())));
    return codes;
  }

  /** {@return whether the newer version removes a row or changes how a code is written} */
  public boolean breaksCallers() {
    return !removedCodes().isEmpty() || !codeSyntaxChanges().isEmpty();
  }
}
