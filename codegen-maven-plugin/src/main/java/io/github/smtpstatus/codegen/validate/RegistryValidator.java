package io.github.smtpstatus.codegen.validate;

import static io.github.smtpstatus.codegen.model.TableKind.ASSOCIATED_CODES;
import static io.github.smtpstatus.codegen.model.TableKind.CHANGE_CONTROLLER;
import static io.github.smtpstatus.codegen.model.TableKind.CODE;
import static io.github.smtpstatus.codegen.model.TableKind.DESCRIPTION;
import static io.github.smtpstatus.codegen.model.TableKind.REFERENCE;
import static io.github.smtpstatus.codegen.model.TableKind.SAMPLE_TEXT;
import static io.github.smtpstatus.codegen.model.TableKind.SUBMITTER;

import io.github.smtpstatus.codegen.Problem;
import io.github.smtpstatus.codegen.RegistryFormatException;
import io.github.smtpstatus.codegen.Warnings;
import io.github.smtpstatus.codegen.model.CodeKey;
import io.github.smtpstatus.codegen.model.EnumeratedCode;
import io.github.smtpstatus.codegen.model.Reference;
import io.github.smtpstatus.codegen.model.Registry;
import io.github.smtpstatus.codegen.model.SubCode;
import io.github.smtpstatus.codegen.model.TableKind;
import io.github.smtpstatus.codegen.model.TableProvenance;
import io.github.smtpstatus.codegen.read.ProvenanceFile;
import io.github.smtpstatus.codegen.read.RawRow;
import io.github.smtpstatus.codegen.read.RawTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks the values of the three raw tables and turns them into the immutable {@link Registry}.
 *
 * <p>Errors (collected over all rows, then thrown together): a code that breaks its table's syntax, a
 * duplicate code, an empty sample text on a row that is not deprecated, an enumerated code whose
 * subject is missing from the subject table, a deprecated row whose replacement is missing or itself
 * deprecated; a field longer than its limit ({@link FieldLimits}); more enumerated codes than a Java enum
 * can hold. Warnings: surrounding whitespace in a code, control characters, an unparseable
 * "Associated basic status code" or reference, an empty description, submitter or change controller
 * on a live row, and a recorded SHA-256 that does not match the file.
 */
public final class RegistryValidator {

  private final Warnings warnings;

  /**
   * A validator that reports soft oddities of the tables to {@code warnings}.
   *
   * @param warnings receives each warning, with file and line
   */
  public RegistryValidator(Warnings warnings) {
    this.warnings = Objects.requireNonNull(warnings, "warnings == null");
  }

  /**
   * Validates the tables.
   *
   * @param classes the Class Sub-Codes table as read
   * @param subjects the Subject Sub-Codes table as read
   * @param codes the Enumerated Status Codes table as read
   * @param provenance what {@code registry.properties} records of the tables, or {@code null} when the
   *     tables come without one
   * @return the registry
   * @throws RegistryFormatException listing every problem found
   */
  public Registry validate(RawTable classes, RawTable subjects, RawTable codes, ProvenanceFile provenance)
      throws RegistryFormatException {
    requireKind(classes, TableKind.CLASS);
    requireKind(subjects, TableKind.SUBJECT);
    requireKind(codes, TableKind.ENUMERATED);
    List<Problem> problems = new ArrayList<>();
    List<SubCode> classRows = subCodes(classes, problems);
    int before = problems.size();
    List<SubCode> subjectRows = subCodes(subjects, problems);
    // A broken subject table would make every code of the subjects it lost look wrong too.
    boolean subjectsComplete = problems.size() == before;
    List<EnumeratedCode> codeRows = enumerated(codes, subjectsComplete ? subjectRows : null, problems);
    if (!problems.isEmpty()) {
      throw new RegistryFormatException(problems);
    }
    return new Registry(classRows, subjectRows, codeRows,
        provenance(classes, provenance), provenance(subjects, provenance), provenance(codes, provenance));
  }

  private static void requireKind(RawTable table, TableKind kind) {
    if (table.kind() != kind) {
      throw new IllegalArgumentException("expected the " + kind + " table, got " + table.kind());
    }
  }

  private List<SubCode> subCodes(RawTable table, List<Problem> problems) {
    List<SubCode> rows = new ArrayList<>();
    Map<Integer, Integer> firstLine = new HashMap<>();
    String what = table.kind() == TableKind.CLASS ? "class code" : "subject code";
    for (RawRow row : table.rows()) {
      checkControlCharacters(table.file(), row);
      if (FieldLimits.check(table.file(), row, problems)) {
        continue;
      }
      String code = code(table.file(), row);
      int number;
      try {
        number = table.kind() == TableKind.CLASS ? CodeSyntax.parseClass(code) : CodeSyntax.parseSubject(code);
      } catch (InvalidCodeException e) {
        problems.add(Problem.inColumn(table.file(), row.line(), CODE, row.get(CODE), "is not a valid " + what + " (" + e.getMessage() + ")"));
        continue;
      }
      Integer previous = firstLine.putIfAbsent(number, row.line());
      if (previous != null) {
        problems.add(Problem.inColumn(table.file(), row.line(), CODE, code, "is a duplicate (first on line " + previous + ")"));
        continue;
      }
      String sampleText = Texts.collapse(row.get(SAMPLE_TEXT));
      if (sampleText.isEmpty()) {
        problems.add(Problem.inColumn(table.file(), row.line(), SAMPLE_TEXT, null, "is empty for " + code));
        continue;
      }
      String description = text(table.file(), row, DESCRIPTION, true);
      rows.add(new SubCode(number, code, sampleText, description, references(table.file(), row),
          text(table.file(), row, SUBMITTER, true), text(table.file(), row, CHANGE_CONTROLLER, true), row.line()));
    }
    return rows;
  }

  /** The enumerated rows; {@code subjects} is {@code null} when the subject table is broken. */
  private List<EnumeratedCode> enumerated(RawTable table, List<SubCode> subjects, List<Problem> problems) {
    String file = table.file();
    Map<CodeKey, EnumeratedCode> byKey = new HashMap<>();
    List<EnumeratedCode> rows = new ArrayList<>();
    int count = 0;
    for (RawRow row : table.rows()) {
      if (++count > FieldLimits.MAX_CODES) {
        problems.add(Problem.inColumn(file, row.line(), CODE, row.get(CODE).strip(), "is code number " + count
            + " of the table; a generated Java enum holds at most " + FieldLimits.MAX_CODES + " (each constant costs"
            + " bytecode in the enum's class initializer, which the JVM limits to 64 KiB)"));
        break;
      }
      checkControlCharacters(file, row);
      if (FieldLimits.check(file, row, problems)) {
        continue;
      }
      String code = code(file, row);
      CodeKey key;
      try {
        key = CodeSyntax.parseEnumerated(code);
      } catch (InvalidCodeException e) {
        problems.add(Problem.inColumn(file, row.line(), CODE, row.get(CODE), "is not a valid enumerated code (" + e.getMessage() + ")"));
        continue;
      }
      EnumeratedCode previous = byKey.get(key);
      if (previous != null) {
        problems.add(Problem.inColumn(file, row.line(), CODE, code, "is a duplicate (first on line " + previous.line() + ")"));
        continue;
      }
      if (subjects != null && subjects.stream().noneMatch(subject -> subject.number() == key.subject())) {
        problems.add(Problem.inColumn(file, row.line(), CODE, code,
            "has subject " + key.subject() + ", which the subject table does not define"));
        continue;
      }
      String sampleText = Texts.collapse(row.get(SAMPLE_TEXT));
      String description = Texts.collapse(row.get(DESCRIPTION));
      DeprecationRule.Verdict verdict = DeprecationRule.inspect(sampleText, description);
      if (sampleText.isEmpty() && !verdict.deprecated()) {
        problems.add(Problem.inColumn(file, row.line(), SAMPLE_TEXT, null, "is empty for " + code + ", which is not deprecated"));
        continue;
      }
      ReplyCodesParser.Result replyCodes = ReplyCodesParser.parse(row.get(ASSOCIATED_CODES));
      for (String note : replyCodes.notes()) {
        warnings.warn(Problem.inColumn(file, row.line(), ASSOCIATED_CODES, replyCodes.codes().text(), note));
      }
      boolean live = !verdict.deprecated();
      EnumeratedCode entry = new EnumeratedCode(key, sampleText, replyCodes.codes(),
          text(file, row, DESCRIPTION, true), references(file, row),
          text(file, row, SUBMITTER, live), text(file, row, CHANGE_CONTROLLER, live),
          verdict.deprecated(), verdict.replacement(), row.line());
      byKey.put(key, entry);
      rows.add(entry);
    }
    for (EnumeratedCode entry : rows) {
      entry.replacement().ifPresent(replacement -> {
        EnumeratedCode target = byKey.get(replacement);
        String reason = target == null ? "names replacement " + replacement + ", which is not in the table"
            : target == entry ? "names itself as its replacement"
            : target.deprecated() ? "names replacement " + replacement + ", which is deprecated too"
            : null;
        if (reason != null) {
          problems.add(Problem.inColumn(file, entry.line(), DESCRIPTION, null, entry.code() + " " + reason));
        }
      });
    }
    return rows;
  }

  private String code(String file, RawRow row) {
    String written = row.get(CODE);
    String code = written.strip();
    if (!code.equals(written) && !code.isEmpty()) {
      warnings.warn(Problem.inColumn(file, row.line(), CODE, written, "has surrounding whitespace; ignored"));
    }
    return code;
  }

  private String text(String file, RawRow row, String column, boolean warnIfEmpty) {
    String text = Texts.collapse(row.get(column));
    if (text.isEmpty() && warnIfEmpty) {
      warnings.warn(Problem.inColumn(file, row.line(), column, null, "is empty for " + row.get(CODE).strip()));
    }
    return text;
  }

  private List<Reference> references(String file, RawRow row) {
    ReferenceParser.Result result = ReferenceParser.parse(row.get(REFERENCE));
    for (String note : result.notes()) {
      warnings.warn(Problem.inColumn(file, row.line(), REFERENCE, Texts.collapse(row.get(REFERENCE)), note));
    }
    return result.references();
  }

  private void checkControlCharacters(String file, RawRow row) {
    for (Map.Entry<String, String> field : row.fields().entrySet()) {
      int c = Texts.controlCharacter(field.getValue());
      if (c >= 0) {
        warnings.warn(Problem.inColumn(file, row.line(), field.getKey(), null,
            String.format("contains control character U+%04X", c)));
      }
    }
  }

  private TableProvenance provenance(RawTable table, ProvenanceFile provenance) {
    String fileName = fileName(table.file());
    if (provenance == null) {
      return new TableProvenance(table.kind(), fileName, "", "", table.sha256());
    }
    ProvenanceFile.Record record = provenance.get(table.kind());
    if (!record.sha256().equals(table.sha256())) {
      warnings.warn(Problem.atKey(provenance.name(), record.line(), table.kind().key() + ".sha256", record.sha256(),
          "does not match " + table.file() + " (its SHA-256 is " + table.sha256() + ")"));
    }
    return new TableProvenance(table.kind(), fileName, record.url(), record.retrieved(), table.sha256());
  }

  private static String fileName(String path) {
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return path.substring(slash + 1);
  }
}
