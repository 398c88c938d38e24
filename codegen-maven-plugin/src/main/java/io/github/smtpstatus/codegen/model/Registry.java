package io.github.smtpstatus.codegen.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The validated registry: the three tables, each sorted by number so that output is byte-stable,
 * and their provenance.
 */
public record Registry(
    List<SubCode> classes,
    List<SubCode> subjects,
    List<EnumeratedCode> codes,
    TableProvenance classProvenance,
    TableProvenance subjectProvenance,
    TableProvenance enumeratedProvenance) {

  public Registry {
    classes = classes.stream().sorted(Comparator.comparingInt(SubCode::number)).toList();
    subjects = subjects.stream().sorted(Comparator.comparingInt(SubCode::number)).toList();
    codes = codes.stream().sorted(Comparator.comparing(EnumeratedCode::key)).toList();
    Objects.requireNonNull(classProvenance, "classProvenance == null");
    Objects.requireNonNull(subjectProvenance, "subjectProvenance == null");
    Objects.requireNonNull(enumeratedProvenance, "enumeratedProvenance == null");
  }

  /** The provenance of one table. */
  public TableProvenance provenance(TableKind kind) {
    return switch (kind) {
      case CLASS -> classProvenance;
      case SUBJECT -> subjectProvenance;
      case ENUMERATED -> enumeratedProvenance;
    };
  }
}
