package io.github.smtpstatus.codegen.diff;

import io.github.smtpstatus.codegen.model.TableKind;
import io.github.smtpstatus.codegen.read.RawRow;
import io.github.smtpstatus.codegen.read.RawTable;
import io.github.smtpstatus.codegen.validate.Texts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares two versions of the registry row by row and field by field, on the tables as read (every
 * value exactly as written), so that a whitespace-only edit is told apart from a change of content.
 *
 * <p>Rows are matched by their code without surrounding whitespace. Both versions must have passed the
 * validator, so every code is well formed and unique within its table.
 */
public final class RegistryComparator {

  /** Orders codes as numbers part by part: X.1.9 before X.1.10; X sorts before any number. */
  static final Comparator<String> CODE_ORDER = RegistryComparator::compareCodes;

  private RegistryComparator() {}

  /**
   * Compares the three tables of two versions.
   *
   * @param before the older version's tables
   * @param after the newer version's tables
   * @return the differences, table by table
   * @throws IllegalArgumentException if a version lacks one of the three tables
   */
  public static RegistryDiff compare(Map<TableKind, RawTable> before, Map<TableKind, RawTable> after) {
    List<TableDiff> tables = new ArrayList<>();
    for (TableKind kind : TableKind.values()) {
      RawTable older = before.get(kind);
      RawTable newer = after.get(kind);
      if (older == null || newer == null) {
        throw new IllegalArgumentException("missing the " + kind.title() + " table");
      }
      tables.add(compare(older, newer));
    }
    return new RegistryDiff(tables);
  }

  /**
   * Compares two versions of one table.
   *
   * @param before the older version
   * @param after the newer version
   * @return the differences
   * @throws IllegalArgumentException if the tables are of different kinds
   */
  public static TableDiff compare(RawTable before, RawTable after) {
    Objects.requireNonNull(before, "before == null");
    Objects.requireNonNull(after, "after == null");
    if (before.kind() != after.kind()) {
      throw new IllegalArgumentException("cannot compare the " + before.kind().title() + " table with the "
          + after.kind().title() + " table");
    }
    TableKind kind = before.kind();
    Map<String, RawRow> older = byCode(before);
    Map<String, RawRow> newer = byCode(after);
    List<RowChange> added = new ArrayList<>();
    List<RowChange> removed = new ArrayList<>();
    List<RowChange> changed = new ArrayList<>();
    for (Map.Entry<String, RawRow> row : newer.entrySet()) {
      RawRow old = older.get(row.getKey());
      if (old == null) {
        added.add(new RowChange(row.getKey(), sampleText(row.getValue()), List.of()));
        continue;
      }
      List<FieldChange> fields = new ArrayList<>();
      for (String column : kind.columns()) {
        String was = old.get(column);
        String is = row.getValue().get(column);
        if (!was.equals(is)) {
          fields.add(new FieldChange(column, was, is));
        }
      }
      if (!fields.isEmpty()) {
        changed.add(new RowChange(row.getKey(), sampleText(row.getValue()), fields));
      }
    }
    for (Map.Entry<String, RawRow> row : older.entrySet()) {
      if (!newer.containsKey(row.getKey())) {
        removed.add(new RowChange(row.getKey(), sampleText(row.getValue()), List.of()));
      }
    }
    Comparator<RowChange> order = Comparator.comparing(RowChange::code, CODE_ORDER);
    added.sort(order);
    removed.sort(order);
    changed.sort(order);
    return new TableDiff(kind, !before.sha256().equals(after.sha256()), added, removed, changed);
  }

  private static Map<String, RawRow> byCode(RawTable table) {
    Map<String, RawRow> rows = new LinkedHashMap<>();
    for (RawRow row : table.rows()) {
      rows.putIfAbsent(row.get(TableKind.CODE).strip(), row);
    }
    return rows;
  }

  private static String sampleText(RawRow row) {
    return Texts.collapse(row.get(TableKind.SAMPLE_TEXT));
  }

  private static int compareCodes(String a, String b) {
    String[] left = a.split("\\.", -1);
    String[] right = b.split("\\.", -1);
    for (int i = 0; i < Math.min(left.length, right.length); i++) {
      int byPart = comparePart(left[i], right[i]);
      if (byPart != 0) {
        return byPart;
      }
    }
    return Integer.compare(left.length, right.length);
  }

  private static int comparePart(String a, String b) {
    boolean aNumber = !a.isEmpty() && a.chars().allMatch(c -> c >= '0' && c <= '9') && a.length() < 10;
    boolean bNumber = !b.isEmpty() && b.chars().allMatch(c -> c >= '0' && c <= '9') && b.length() < 10;
    if (aNumber && bNumber) {
      return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
    }
    if (aNumber != bNumber) {
      return aNumber ? 1 : -1;
    }
    return a.compareTo(b);
  }
}
