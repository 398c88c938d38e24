package io.github.smtpstatus.codegen.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The validated registry: the three tables, each sorted by number so that output is byte-stable,
 * and their provenance.
 *
 * @param classes the Class Sub-Codes rows
 * @param subjects the Subject Sub-Codes rows
 * @param codes the Enumerated Status Codes rows
 * @param classProvenance where the class table comes from
 * @param subjectProvenance where the subject table comes from
 * @param enumeratedProvenance where the enumerated table comes from
 */
public record Registry(
    List<SubCode> classes,
    List<SubCode> subjects,
    List<EnumeratedCode> codes,
    TableProvenance classProvenance,
    TableProvenance subjectProvenance,
    TableProvenance enumeratedProvenance) {

  /**
   * Sorts the rows by code (so that output is byte-stable) and rejects a null provenance.
   *
   * @param classes the Class Sub-Codes rows
   * @param subjects the Subject Sub-Codes rows
   * @param codes the Enumerated Status Codes rows
   * @param classProvenance where the class table comes from
   * @param subjectProvenance where the subject table comes from
   * @param enumeratedProvenance where the enumerated table comes from
   */
  public Registry {
    classes = classes.stream().sorted(Comparator.comparingInt(SubCode::number)).toList();
    subjects = subjects.stream().sorted(Comparator.comparingInt(SubCode::number)).toList();
    codes = codes.stream().sorted(Comparator.comparing(EnumeratedCode::key)).toList();
    Objects.requireNonNull(classProvenance, "classProvenance == null");
    Objects.requireNonNull(subjectProvenance, "subjectProvenance == null");
    Objects.requireNonNull(enumeratedProvenance, "enumeratedProvenance == null");
  }

  /**
   * {@return the provenance of one table}
   *
   * @param kind which table
   */
  public TableProvenance provenance(TableKind kind) {
    return switch (kind) {
      case CLASS -> classProvenance;
      case SUBJECT -> subjectProvenance;
      case ENUMERATED -> enumeratedProvenance;
    };
  }
}
