package io.github.smtpstatus.codegen.diff;

import io.github.smtpstatus.codegen.Problem;
import io.github.smtpstatus.codegen.model.TableKind;
import io.github.smtpstatus.codegen.validate.Texts;
import java.util.List;
import java.util.Objects;

/**
 * Renders a {@link RegistryDiff} as Markdown, the same text for the build log and for
 * {@code registry-diff.md}: a summary table, then per changed table the added, removed and changed
 * rows, each changed field with its value before and after (whitespace runs collapsed), or "whitespace
 * only" when nothing else differs.
 */
public final class DiffReport {

  /**
   * An extra section after the tables, such as the names an update appends.
   *
   * @param heading the heading, without the {@code ##}
   * @param lines the body, one Markdown line each
   */
  public record Section(String heading, List<String> lines) {
    /**
     * Rejects a null heading and copies the lines.
     *
     * @param heading the heading, without the {@code ##}
     * @param lines the body, one Markdown line each
     */
    public Section {
      Objects.requireNonNull(heading, "heading == null");
      lines = List.copyOf(lines);
    }
  }

  private DiffReport() {}

  /**
   * Renders the report.
   *
   * @param before what the older version is (a folder, a file)
   * @param after what the newer version is (a folder, a file, a URL)
   * @param diff the differences
   * @param sections extra sections, rendered after the tables
   * @return the report in Markdown, ending with a line break
   */
  public static String render(String before, String after, RegistryDiff diff, List<Section> sections) {
    StringBuilder out = new StringBuilder();
    out.append("# SMTP Enhanced Status Codes registry: differences\n\n");
    out.append("- Before: ").append(before).append('\n');
    out.append("- After: ").append(after).append("\n\n");
    if (!diff.changed()) {
      out.append(diff.tables().size() == 1 ? "No differences: the two files are byte-identical.\n"
          : "No differences: the three tables are byte-identical.\n");
      appendSections(out, sections);
      return out.toString();
    }
    if (diff.breaksCallers()) {
      out.append("**Breaks callers:**");
      if (!diff.removedCodes().isEmpty()) {
        out.append(" removes ").append(String.join(", ", diff.removedCodes())).append(';');
      }
      if (!diff.codeSyntaxChanges().isEmpty()) {
        out.append(" writes differently the code of ").append(String.join(", ", diff.codeSyntaxChanges())).append(';');
      }
      out.setLength(out.length() - 1);
      out.append(". RFC 3463 codes are never withdrawn, and a removed constant breaks the code that uses it.\n\n");
    }
    out.append("| Table | Added | Removed | Changed | Whitespace only | File |\n");
    out.append("| --- | ---: | ---: | ---: | ---: | --- |\n");
    for (TableDiff table : diff.tables()) {
      long whitespace = table.changed().stream().filter(RowChange::whitespaceOnly).count();
      out.append("| ").append(table.kind().title()).append(" | ").append(table.added().size())
          .append(" | ").append(table.removed().size()).append(" | ").append(table.changed().size())
          .append(" | ").append(whitespace).append(" | ").append(table.bytesChanged() ? "differs" : "identical")
          .append(" |\n");
    }
    for (TableDiff table : diff.tables()) {
      if (table.bytesChanged()) {
        appendTable(out, table);
      }
    }
    appendSections(out, sections);
    return out.toString();
  }

  private static void appendTable(StringBuilder out, TableDiff table) {
    out.append("\n## ").append(table.kind().title()).append(" (").append(table.kind().fileName()).append(")\n");
    if (!table.rowsChanged()) {
      out.append("\nThe file differs, but no field does (line endings, quoting, or column or row order).\n");
      return;
    }
    appendRows(out, "Added", table.added());
    appendRows(out, "Removed", table.removed());
    if (!table.changed().isEmpty()) {
      out.append("\n### Changed (").append(table.changed().size()).append(")\n\n");
      for (RowChange row : table.changed()) {
        out.append("- ").append(row.code()).append(' ').append(quote(row.sampleText())).append('\n');
        for (FieldChange field : row.fields()) {
          out.append("  - ").append(field.column()).append(": ");
          if (field.whitespaceOnly()) {
            out.append("whitespace only");
            if (field.column().equals(TableKind.CODE)) {
              out.append(' ').append(quote(field.before())).append(" -> ").append(quote(field.after()));
            }
          } else {
            out.append(quote(Texts.collapse(field.before()))).append(" -> ").append(quote(Texts.collapse(field.after())));
          }
          out.append('\n');
        }
      }
    }
  }

  private static void appendRows(StringBuilder out, String heading, List<RowChange> rows) {
    if (rows.isEmpty()) {
      return;
    }
    out.append("\n### ").append(heading).append(" (").append(rows.size()).append(")\n\n");
    for (RowChange row : rows) {
      out.append("- ").append(row.code()).append(' ').append(quote(row.sampleText())).append('\n');
    }
  }

  private static void appendSections(StringBuilder out, List<Section> sections) {
    for (Section section : sections) {
      out.append("\n## ").append(section.heading()).append("\n\n");
      for (String line : section.lines()) {
        out.append(line).append('\n');
      }
    }
  }

  /** A value in double quotes, escaped as in messages but never cut: a report shows values whole. */
  static String quote(String value) {
    return Problem.quote(value, Integer.MAX_VALUE);
  }
}
