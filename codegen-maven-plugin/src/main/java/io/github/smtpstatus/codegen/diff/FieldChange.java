package io.github.smtpstatus.codegen.diff;

import io.github.smtpstatus.codegen.validate.Texts;
import java.util.Objects;

/**
 * One field of a row whose value differs between two registry versions.
 *
 * @param column the column, as {@link io.github.smtpstatus.codegen.model.TableKind#columns()} names it
 * @param before the value exactly as the older version writes it
 * @param after the value exactly as the newer version writes it
 */
public record FieldChange(String column, String before, String after) {

  /**
   * Rejects null components and a "change" to the same value.
   *
   * @param column the column, as {@link io.github.smtpstatus.codegen.model.TableKind#columns()} names it
   * @param before the value exactly as the older version writes it
   * @param after the value exactly as the newer version writes it
   */
  public FieldChange {
    Objects.requireNonNull(column, "column == null");
    Objects.requireNonNull(before, "before == null");
    Objects.requireNonNull(after, "after == null");
    if (before.equals(after)) {
      throw new IllegalArgumentException(column + ": no change");
    }
  }

  /** {@return whether only whitespace differs: line breaks, runs of spaces, surrounding blanks} */
  public boolean whitespaceOnly() {
    return Texts.collapse(before).equals(Texts.collapse(after));
  }
}
