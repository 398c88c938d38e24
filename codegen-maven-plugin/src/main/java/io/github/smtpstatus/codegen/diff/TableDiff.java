package io.github.smtpstatus.codegen.diff;

import io.github.smtpstatus.codegen.model.TableKind;
import java.util.List;
import java.util.Objects;

/**
 * The differences in one table between two registry versions.
 *
 * @param kind the table
 * @param bytesChanged whether the files differ at all; they can differ with no row changed (line
 *     endings, quoting, column or row order)
 * @param added rows only the newer version has, in code order
 * @param removed rows only the older version has, in code order
 * @param changed rows both have with different fields, in code order
 */
public record TableDiff(
    TableKind kind, boolean bytesChanged, List<RowChange> added, List<RowChange> removed, List<RowChange> changed) {

  /**
   * Copies the lists and rejects row changes between identical files.
   *
   * @param kind the table
   * @param bytesChanged whether the files differ at all; they can differ with no row changed (line
   *     endings, quoting, column or row order)
   * @param added rows only the newer version has, in code order
   * @param removed rows only the older version has, in code order
   * @param changed rows both have with different fields, in code order
   */
  public TableDiff {
    Objects.requireNonNull(kind, "kind == null");
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    changed = List.copyOf(changed);
    if (!bytesChanged && !(added.isEmpty() && removed.isEmpty() && changed.isEmpty())) {
      throw new IllegalArgumentException(kind + ": identical files cannot have row changes");
    }
  }

  /** {@return whether any row was added, removed or changed} */
  public boolean rowsChanged() {
    return !(added.isEmpty() && removed.isEmpty() && changed.isEmpty());
  }

  /** {@return the changed rows whose Code cell is written differently} */
  public List<RowChange> codeSyntaxChanges() {
    return changed.stream().filter(RowChange::codeSyntaxChanged).toList();
  }
}
