package io.github.smtpstatus.codegen.diff;

import io.github.smtpstatus.codegen.model.TableKind;
import java.util.List;
import java.util.Objects;

/**
 * A row that one registry version has and the other lacks, or whose fields differ.
 *
 * @param code the code, as written without surrounding whitespace ({@code X.1.1}, {@code X.1.XXX})
 * @param sampleText the sample text (of the newer version, or of the older one for a removed row),
 *     whitespace runs collapsed
 * @param fields the changed fields in column order; empty for an added or removed row
 */
public record RowChange(String code, String sampleText, List<FieldChange> fields) {

  /**
   * Rejects a null code or sample text and copies the fields.
   *
   * @param code the code, as written without surrounding whitespace ({@code X.1.1}, {@code X.1.XXX})
   * @param sampleText the sample text (of the newer version, or of the older one for a removed row),
   *     whitespace runs collapsed
   * @param fields the changed fields in column order; empty for an added or removed row
   */
  public RowChange {
    Objects.requireNonNull(code, "code == null");
    Objects.requireNonNull(sampleText, "sampleText == null");
    fields = List.copyOf(fields);
  }

  /** {@return whether every changed field differs only in whitespace} */
  public boolean whitespaceOnly() {
    return !fields.isEmpty() && fields.stream().allMatch(FieldChange::whitespaceOnly);
  }

  /**
   * {@return whether the Code cell itself is written differently (say {@code " X.1.1"} for {@code "X.1.1"})}
   */
  public boolean codeSyntaxChanged() {
    return fields.stream().anyMatch(field -> field.column().equals(TableKind.CODE));
  }
}
