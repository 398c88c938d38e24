package io.github.smtpstatus.codegen.naming;

import static io.github.smtpstatus.codegen.model.TableKind.SAMPLE_TEXT;

import io.github.smtpstatus.codegen.Problem;
import io.github.smtpstatus.codegen.RegistryFormatException;
import io.github.smtpstatus.codegen.Warnings;
import io.github.smtpstatus.codegen.model.CodeKey;
import io.github.smtpstatus.codegen.model.EnumeratedCode;
import io.github.smtpstatus.codegen.model.Registry;
import io.github.smtpstatus.codegen.model.SubCode;
import io.github.smtpstatus.codegen.read.KeyValueFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Gives every row its constant name: the name pinned in {@code names.properties} when there is one,
 * else the name {@link ConstantNamingRule} derives from the sample text (a deprecated row without
 * sample text takes {@code DEPRECATED_} plus its replacement's name).
 *
 * <p>Errors: a pinned name that is not a Java identifier, is a keyword or is not upper case; two rows
 * of one table with the same name; a row for which no name can be found. Warnings: a pinned name for a
 * code that no table has, and a derived name over {@value ConstantNamingRule#UNWIELDY_LENGTH}
 * characters.
 */
public final class ConstantNameResolver {

  private final Warnings warnings;

  /**
   * A resolver that reports soft oddities of the names file to {@code warnings}.
   *
   * @param warnings receives each warning, with file and line
   */
  public ConstantNameResolver(Warnings warnings) {
    this.warnings = Objects.requireNonNull(warnings, "warnings == null");
  }

  /**
   * Resolves the names.
   *
   * @param registry the validated registry
   * @param pinned {@code names.properties}, or {@code null} to derive every name
   * @return the constant name of every row
   * @throws RegistryFormatException listing every problem found
   */
  public ConstantNames resolve(Registry registry, KeyValueFile pinned) throws RegistryFormatException {
    List<Problem> problems = new ArrayList<>();
    Set<String> used = new HashSet<>();

    Table classTable = new Table(registry.classProvenance().fileName(), pinned, problems);
    Map<Integer, String> classes = new LinkedHashMap<>();
    for (SubCode row : registry.classes()) {
      classTable.name(row.code(), row.sampleText(), row.line(), "").ifPresent(name -> classes.put(row.number(), name));
    }
    used.addAll(classTable.usedKeys);

    Table subjectTable = new Table(registry.subjectProvenance().fileName(), pinned, problems);
    Map<Integer, String> subjects = new LinkedHashMap<>();
    for (SubCode row : registry.subjects()) {
      subjectTable.name(row.code(), row.sampleText(), row.line(), "").ifPresent(name -> subjects.put(row.number(), name));
    }
    used.addAll(subjectTable.usedKeys);

    Table codeTable = new Table(registry.enumeratedProvenance().fileName(), pinned, problems);
    Map<CodeKey, String> codes = new LinkedHashMap<>();
    for (EnumeratedCode row : registry.codes()) {
      if (!row.sampleText().isEmpty()) {
        codeTable.name(row.code(), row.sampleText(), row.line(), "").ifPresent(name -> codes.put(row.key(), name));
      }
    }
    // Deprecated rows without sample text are named after their replacement, so they come second.
    for (EnumeratedCode row : registry.codes()) {
      if (row.sampleText().isEmpty()) {
        if (row.replacement().isPresent() && !codes.containsKey(row.replacement().get())) {
          continue; // the replacement's own naming problem is reported; this row would only repeat it
        }
        String replacementName = row.replacement().map(codes::get).orElse(null);
        String derived = replacementName == null ? "" : ConstantNamingRule.DEPRECATED_PREFIX + replacementName;
        codeTable.name(row.code(), row.sampleText(), row.line(), derived).ifPresent(name -> codes.put(row.key(), name));
      }
    }
    used.addAll(codeTable.usedKeys);

    if (pinned != null) {
      List<String> unused = new ArrayList<>();
      for (KeyValueFile.Entry entry : pinned.entries()) {
        if (!used.contains(entry.key())) {
          unused.add(entry.key());
        }
      }
      if (!unused.isEmpty()) {
        warnings.warn(Problem.inFile(pinned.file(), unused.size() + " pinned name(s) match no row of the tables: "
            + String.join(", ", unused.subList(0, Math.min(10, unused.size())))
            + (unused.size() > 10 ? ", ..." : "")));
      }
    }
    if (!problems.isEmpty()) {
      throw new RegistryFormatException(problems);
    }
    return new ConstantNames(classes, subjects, codes);
  }

  /** Name checks within one table, whose constants share one Java type. */
  private final class Table {
    private final String file;
    private final KeyValueFile pinned;
    private final List<Problem> problems;
    private final Map<String, String> codeByName = new HashMap<>();
    private final Set<String> usedKeys = new HashSet<>();

    Table(String file, KeyValueFile pinned, List<Problem> problems) {
      this.file = file;
      this.pinned = pinned;
      this.problems = problems;
    }

    Optional<String> name(String code, String sampleText, int line, String fallback) {
      KeyValueFile.Entry entry = pinned == null ? null : pinned.get(code);
      String name;
      Problem where;
      if (entry != null) {
        usedKeys.add(code);
        name = entry.value();
        where = Problem.atKey(pinned.file(), entry.line(), code, name, "");
        String invalid = invalidReason(name);
        if (invalid != null) {
          problems.add(Problem.atKey(pinned.file(), entry.line(), code, name, invalid));
          return Optional.empty();
        }
      } else {
        name = sampleText.isEmpty() ? fallback : ConstantNamingRule.derive(sampleText);
        where = Problem.inColumn(file, line, SAMPLE_TEXT, sampleText, "");
        if (name.isEmpty()) {
          problems.add(Problem.inColumn(file, line, SAMPLE_TEXT, sampleText,
              "gives no constant name for " + code + "; pin one in names.properties"));
          return Optional.empty();
        }
        if (name.length() > ConstantNamingRule.UNWIELDY_LENGTH) {
          warnings.warn(sampleText.isEmpty()
              ? Problem.inColumn(file, line, SAMPLE_TEXT, null, "is empty for deprecated " + code + ", named after its "
                  + "replacement: the " + name.length() + "-character name " + name
                  + "; consider pinning a shorter one in names.properties")
              : Problem.inColumn(file, line, SAMPLE_TEXT, sampleText, "gives the " + name.length() + "-character name "
                  + name + " for " + code + "; consider pinning a shorter one in names.properties"));
        }
      }
      String other = codeByName.putIfAbsent(name, code);
      if (other != null) {
        problems.add(new Problem(where.file(), where.line(), where.field(), where.value(),
            "gives constant name " + name + " to " + code + ", which " + other + " already has"));
        return Optional.empty();
      }
      return Optional.of(name);
    }
  }

  /** Why a pinned name cannot be a constant name, or {@code null} if it can. */
  static String invalidReason(String name) {
    if (name.isEmpty()) {
      return "is empty; a constant name is required";
    }
    if (SourceVersion.isKeyword(name)) {
      return "is a Java keyword, not a valid constant name";
    }
    if (!SourceVersion.isIdentifier(name)) {
      return "is not a Java identifier";
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
        return "is not an UPPER_SNAKE constant name (A-Z, 0-9 and _ only)";
      }
    }
    return null;
  }
}
