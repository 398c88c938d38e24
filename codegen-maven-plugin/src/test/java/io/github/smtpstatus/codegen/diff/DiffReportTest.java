package io.github.smtpstatus.codegen.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpstatus.codegen.model.TableKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiffReportTest {

  private static final String HEADER = """
      # SMTP Enhanced Status Codes registry: differences

      - Before: old
      - After: new

      """;

  @Test
  void reportOfIdenticalVersionsSaysSo() {
    RegistryDiff diff = new RegistryDiff(List.of(unchanged(TableKind.CLASS), unchanged(TableKind.SUBJECT),
        unchanged(TableKind.ENUMERATED)));

    assertThat(DiffReport.render("old", "new", diff, List.of()))
        .isEqualTo(HEADER + "No differences: the three tables are byte-identical.\n");
  }

  @Test
  void reportOfTwoIdenticalFilesSaysSo() {
    RegistryDiff diff = new RegistryDiff(List.of(unchanged(TableKind.ENUMERATED)));

    assertThat(DiffReport.render("old", "new", diff, List.of()))
        .isEqualTo(HEADER + "No differences: the two files are byte-identical.\n");
  }

  @Test
  void reportListsAddedRemovedAndChangedRowsWithEachFieldBeforeAndAfter() {
    TableDiff codes = new TableDiff(TableKind.ENUMERATED, true,
        List.of(new RowChange("X.7.30", "REQUIRETLS support required", List.of())),
        List.of(new RowChange("X.7.28", "Mail flood detected", List.of())),
        List.of(new RowChange("X.2.2", "Mailbox full", List.of(
            new FieldChange("Sample Text", "Mailbox  full", "Mailbox \"full\""),
            new FieldChange("Description", "The mailbox\nis full.", "The mailbox is full.")))));
    RegistryDiff diff = new RegistryDiff(List.of(unchanged(TableKind.CLASS), unchanged(TableKind.SUBJECT), codes));

    String report = DiffReport.render("old", "new", diff,
        List.of(new DiffReport.Section("New constant names", List.of("- X.7.30=REQUIRETLS_SUPPORT_REQUIRED"))));

    assertThat(report).isEqualTo(HEADER + """
        **Breaks callers:** removes X.7.28. RFC 3463 codes are never withdrawn, and a removed constant breaks the code that uses it.

        | Table | Added | Removed | Changed | Whitespace only | File |
        | --- | ---: | ---: | ---: | ---: | --- |
        | Class Sub-Codes | 0 | 0 | 0 | 0 | identical |
        | Subject Sub-Codes | 0 | 0 | 0 | 0 | identical |
        | Enumerated Status Codes | 1 | 1 | 1 | 0 | differs |

        ## Enumerated Status Codes (smtp-enhanced-status-codes-3.csv)

        ### Added (1)

        - X.7.30 "REQUIRETLS support required"

        ### Removed (1)

        - X.7.28 "Mail flood detected"

        ### Changed (1)

        - X.2.2 "Mailbox full"
          - Sample Text: "Mailbox full" -> "Mailbox \\"full\\""
          - Description: whitespace only

        ## New constant names

        - X.7.30=REQUIRETLS_SUPPORT_REQUIRED
        """);
  }

  @Test
  void reportSaysWhenAFileDiffersButNoFieldDoes() {
    RegistryDiff diff = new RegistryDiff(List.of(new TableDiff(TableKind.SUBJECT, true, List.of(), List.of(), List.of())));

    assertThat(DiffReport.render("old", "new", diff, List.of())).endsWith("""
        ## Subject Sub-Codes (smtp-enhanced-status-codes-2.csv)

        The file differs, but no field does (line endings, quoting, or column or row order).
        """);
  }

  @Test
  void reportNamesACodeWrittenDifferentlyAsBreakingCallers() {
    TableDiff codes = new TableDiff(TableKind.ENUMERATED, true, List.of(), List.of(),
        List.of(new RowChange("X.2.2", "Mailbox full", List.of(new FieldChange("Code", "X.2.2", "X.2.2 ")))));

    String report = DiffReport.render("old", "new", new RegistryDiff(List.of(codes)), List.of());

    assertThat(report)
        .contains("**Breaks callers:** writes differently the code of X.2.2. RFC 3463")
        .contains("  - Code: whitespace only \"X.2.2\" -> \"X.2.2 \"\n");
  }

  @Test
  void quoteEscapesQuotesBackslashesAndControlCharacters() {
    assertThat(DiffReport.quote("a \"b\" \\ c\td\u0001")).isEqualTo("\"a \\\"b\\\" \\\\ c\\td\\u0001\"");
  }

  private static TableDiff unchanged(TableKind kind) {
    return new TableDiff(kind, false, List.of(), List.of(), List.of());
  }
}
