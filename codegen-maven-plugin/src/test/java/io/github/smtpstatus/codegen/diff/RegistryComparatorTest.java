package io.github.smtpstatus.codegen.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.smtpstatus.codegen.Warnings;
import io.github.smtpstatus.codegen.model.TableKind;
import io.github.smtpstatus.codegen.read.CsvTableReader;
import io.github.smtpstatus.codegen.read.InputFile;
import io.github.smtpstatus.codegen.read.RawTable;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegistryComparatorTest {

  private static final String HEADER = "Code,Sample Text,Associated basic status code,Description,Reference,Submitter,"
      + "Change Controller\n";

  @Test
  void identicalTablesHaveNoDifferences() throws Exception {
    String rows = row("X.1.1", "Bad destination mailbox address", "550");

    TableDiff diff = RegistryComparator.compare(codes(rows), codes(rows));

    assertThat(diff.bytesChanged()).isFalse();
    assertThat(diff.rowsChanged()).isFalse();
  }

  @Test
  void addedAndRemovedRowsAreListedInNumericCodeOrder() throws Exception {
    RawTable before = codes(row("X.1.1", "One", "550") + row("X.1.2", "Two", "550") + row("X.1.3", "Three", "550"));
    RawTable after = codes(row("X.1.1", "One", "550") + row("X.1.10", "Ten", "550") + row("X.1.9", "Nine", "550"));

    TableDiff diff = RegistryComparator.compare(before, after);

    assertThat(diff.added()).extracting(RowChange::code, RowChange::sampleText)
        .containsExactly(tuple("X.1.9", "Nine"), tuple("X.1.10", "Ten"));
    assertThat(diff.removed()).extracting(RowChange::code, RowChange::sampleText)
        .containsExactly(tuple("X.1.2", "Two"), tuple("X.1.3", "Three"));
    assertThat(diff.changed()).isEmpty();
  }

  @Test
  void changedFieldsAreListedInColumnOrderWithValuesAsWritten() throws Exception {
    RawTable before = codes(row("X.2.2", "Mailbox full", "552"));
    RawTable after = codes(row("X.2.2", "Mailbox  is full", "452, 552"));

    TableDiff diff = RegistryComparator.compare(before, after);

    assertThat(diff.changed()).singleElement().satisfies(row -> {
      assertThat(row.code()).isEqualTo("X.2.2");
      assertThat(row.sampleText()).isEqualTo("Mailbox is full");
      assertThat(row.fields()).containsExactly(
          new FieldChange("Sample Text", "Mailbox full", "Mailbox  is full"),
          new FieldChange("Associated basic status code", "552", "452, 552"));
      assertThat(row.whitespaceOnly()).isFalse();
    });
  }

  @Test
  void aReflowedFieldIsAWhitespaceOnlyChange() throws Exception {
    RawTable before = codes(row("X.2.2", "Mailbox full", "552", "\"The mailbox is\nfull.\""));
    RawTable after = codes(row("X.2.2", "Mailbox full", "552", "\"The  mailbox is full. \""));

    TableDiff diff = RegistryComparator.compare(before, after);

    assertThat(diff.changed()).singleElement().satisfies(row -> {
      assertThat(row.whitespaceOnly()).isTrue();
      assertThat(row.codeSyntaxChanged()).isFalse();
      assertThat(row.fields()).extracting(FieldChange::column).containsExactly("Description");
    });
  }

  @Test
  void aCodeWrittenWithSurroundingBlanksIsACodeSyntaxChange() throws Exception {
    TableDiff diff = RegistryComparator.compare(codes(row("X.2.2", "Mailbox full", "552")),
        codes(row(" X.2.2", "Mailbox full", "552")));

    assertThat(diff.changed()).singleElement().satisfies(row -> assertThat(row.codeSyntaxChanged()).isTrue());
    assertThat(diff.codeSyntaxChanges()).extracting(RowChange::code).containsExactly("X.2.2");
  }

  @Test
  void reorderedRowsChangeTheFileButNoRow() throws Exception {
    TableDiff diff = RegistryComparator.compare(codes(row("X.1.1", "One", "550") + row("X.1.2", "Two", "550")),
        codes(row("X.1.2", "Two", "550") + row("X.1.1", "One", "550")));

    assertThat(diff.bytesChanged()).isTrue();
    assertThat(diff.rowsChanged()).isFalse();
  }

  @Test
  void registryDiffCollectsRemovalsAndCodeSyntaxChangesOfEveryTable() throws Exception {
    Map<TableKind, RawTable> before = registry(row("X.1.1", "One", "550") + row("X.1.2", "Two", "550"));
    Map<TableKind, RawTable> after = registry(row(" X.1.1", "One", "550"));

    RegistryDiff diff = RegistryComparator.compare(before, after);

    assertThat(diff.tables()).extracting(TableDiff::kind).containsExactly(TableKind.values());
    assertThat(diff.changed()).isTrue();
    assertThat(diff.removedCodes()).containsExactly("X.1.2");
    assertThat(diff.codeSyntaxChanges()).containsExactly("X.1.1");
    assertThat(diff.breaksCallers()).isTrue();
  }

  @Test
  void comparingDifferentTablesIsRefused() throws Exception {
    RawTable subjects = read(TableKind.SUBJECT, "Code,Sample Text,Description,Reference,Submitter,Change Controller\n"
        + "X.1.XXX,Addressing Status,d,[RFC3463],G. Vaudreuil,IESG\n");

    assertThatThrownBy(() -> RegistryComparator.compare(subjects, codes(row("X.1.1", "One", "550"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot compare the Subject Sub-Codes table with the Enumerated Status Codes table");
  }

  @Test
  void aVersionWithoutOneOfTheThreeTablesIsRefused() throws Exception {
    Map<TableKind, RawTable> after = registry(row("X.1.1", "One", "550"));
    after.remove(TableKind.SUBJECT);

    assertThatThrownBy(() -> RegistryComparator.compare(registry(row("X.1.1", "One", "550")), after))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("missing the Subject Sub-Codes table");
  }

  private static String row(String code, String sampleText, String replyCodes) {
    return row(code, sampleText, replyCodes, "Description.");
  }

  private static String row(String code, String sampleText, String replyCodes, String description) {
    return code + "," + sampleText + ",\"" + replyCodes + "\"," + description + ",[RFC3463],G. Vaudreuil,IESG\n";
  }

  private static RawTable codes(String rows) throws Exception {
    return read(TableKind.ENUMERATED, HEADER + rows);
  }

  private static Map<TableKind, RawTable> registry(String codeRows) throws Exception {
    Map<TableKind, RawTable> tables = new EnumMap<>(TableKind.class);
    tables.put(TableKind.CLASS, read(TableKind.CLASS, "Code,Sample Text,Description,Reference,Submitter,Change Controller\n"
        + "2.XXX.XXX,Success,d,[RFC3463],G. Vaudreuil,IESG\n"));
    tables.put(TableKind.SUBJECT, read(TableKind.SUBJECT, "Code,Sample Text,Description,Reference,Submitter,"
        + "Change Controller\nX.1.XXX,Addressing Status,d,[RFC3463],G. Vaudreuil,IESG\n"));
    tables.put(TableKind.ENUMERATED, codes(codeRows));
    return tables;
  }

  private static RawTable read(TableKind kind, String text) throws Exception {
    return new CsvTableReader(Warnings.IGNORE).read(InputFile.of(kind.fileName(), text.getBytes(StandardCharsets.UTF_8)), kind);
  }
}
