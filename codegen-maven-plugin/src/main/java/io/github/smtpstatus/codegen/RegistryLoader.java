package io.github.smtpstatus.codegen;

import io.github.smtpstatus.codegen.model.Registry;
import io.github.smtpstatus.codegen.model.TableKind;
import io.github.smtpstatus.codegen.naming.ConstantNameResolver;
import io.github.smtpstatus.codegen.naming.ConstantNames;
import io.github.smtpstatus.codegen.read.CsvTableReader;
import io.github.smtpstatus.codegen.read.KeyValueFile;
import io.github.smtpstatus.codegen.read.ProvenanceFile;
import io.github.smtpstatus.codegen.read.RawTable;
import io.github.smtpstatus.codegen.validate.RegistryValidator;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads, validates and names one registry version: the pipeline every goal shares, so that a table
 * that generation would refuse is refused by every goal in the same words. Each call passes on at most
 * {@value ProblemLimit#PER_FIELD} warnings per field and {@value ProblemLimit#TOTAL} in all, then one
 * counting the rest ({@link Warnings#capped}); those about files of the bundled registry go to
 * {@link Warnings#debug}.
 */
public final class RegistryLoader {

  /**
   * A registry with its constant names.
   *
   * @param registry the validated registry
   * @param names the constant names
   * @param warnings how many warnings loading it drew, shown or not, without the debug-level ones about
   *     bundled files
   */
  public record Loaded(Registry registry, ConstantNames names, int warnings) {}

  /**
   * A registry whose tables passed the reader and the validator, before naming.
   *
   * @param registry the validated registry
   * @param tables the tables as read, with every field exactly as written (for comparing versions)
   * @param names the parsed {@code names.properties}, or {@code null} when the inputs have none
   */
  public record Validated(Registry registry, Map<TableKind, RawTable> tables, KeyValueFile names) {
    /**
     * Rejects a null registry and copies the tables.
     *
     * @param registry the validated registry
     * @param tables the tables as read, with every field exactly as written (for comparing versions)
     * @param names the parsed {@code names.properties}, or {@code null} when the inputs have none
     */
    public Validated {
      Objects.requireNonNull(registry, "registry == null");
      tables = Map.copyOf(tables);
    }
  }

  private final Warnings warnings;

  /**
   * A loader that reports soft oddities of the input to {@code warnings}.
   *
   * @param warnings receives each warning, with file and line
   */
  public RegistryLoader(Warnings warnings) {
    this.warnings = Objects.requireNonNull(warnings, "warnings == null");
  }

  /**
   * Loads a registry.
   *
   * @param inputs the three tables, and the names and provenance files if there are any
   * @return the validated registry and the name of every row
   * @throws RegistryFormatException listing the problems of every file that has some: structure
   *     problems of all three tables are reported together, then value problems, then naming problems
   */
  public Loaded load(RegistryInputs inputs) throws RegistryFormatException {
    Warnings.Capped capped = Warnings.capped(warnings);
    try {
      Warnings routed = routed(inputs, capped);
      Validated validated = validate(inputs, routed);
      ConstantNames names = new ConstantNameResolver(routed).resolve(validated.registry(), validated.names());
      return new Loaded(validated.registry(), names, capped.count());
    } finally {
      capped.finish();
    }
  }

  /**
   * Warnings about files of the bundled registry go to debug: this project's own build checks them
   * (they are the registry's known oddities), so a consumer's build log need not repeat them.
   */
  private static Warnings routed(RegistryInputs inputs, Warnings.Capped capped) {
    Set<String> bundled = inputs.bundledNames();
    return problem -> {
      if (bundled.contains(problem.file())) {
        capped.debug(problem);
      } else {
        capped.warn(problem);
      }
    };
  }

  /**
   * Reads and validates a registry without naming its rows: what {@link #load} checks before naming.
   *
   * @param inputs the three tables, and the names and provenance files if there are any
   * @return the validated registry, the tables as read and the names file
   * @throws RegistryFormatException as {@link #load}, without the naming problems
   */
  public Validated validate(RegistryInputs inputs) throws RegistryFormatException {
    Warnings.Capped capped = Warnings.capped(warnings);
    try {
      return validate(inputs, routed(inputs, capped));
    } finally {
      capped.finish();
    }
  }

  private static Validated validate(RegistryInputs inputs, Warnings warnings) throws RegistryFormatException {
    CsvTableReader reader = new CsvTableReader(warnings);
    List<Problem> problems = new ArrayList<>();
    RawTable[] tables = new RawTable[3];
    for (TableKind kind : TableKind.values()) {
      try {
        tables[kind.ordinal()] = reader.read(inputs.table(kind), kind);
      } catch (RegistryFormatException e) {
        problems.addAll(e.problems());
      }
    }
    ProvenanceFile provenance = null;
    KeyValueFile names = null;
    try {
      provenance = inputs.provenance() == null ? null : ProvenanceFile.parse(inputs.provenance());
    } catch (RegistryFormatException e) {
      problems.addAll(e.problems());
    }
    try {
      names = inputs.names() == null ? null : KeyValueFile.parse(inputs.names());
    } catch (RegistryFormatException e) {
      problems.addAll(e.problems());
    }
    if (!problems.isEmpty()) {
      throw new RegistryFormatException(problems);
    }
    Registry registry = new RegistryValidator(warnings).validate(
        tables[TableKind.CLASS.ordinal()], tables[TableKind.SUBJECT.ordinal()], tables[TableKind.ENUMERATED.ordinal()],
        provenance);
    Map<TableKind, RawTable> byKind = new EnumMap<>(TableKind.class);
    for (TableKind kind : TableKind.values()) {
      byKind.put(kind, tables[kind.ordinal()]);
    }
    return new Validated(registry, byKind, names);
  }
}
