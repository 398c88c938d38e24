package io.github.smtpstatus.codegen.read;

import static io.github.smtpstatus.codegen.Fixtures.CODE_HEADER;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpstatus.codegen.Fixtures;
import io.github.smtpstatus.codegen.RegistryFormatException;
import io.github.smtpstatus.codegen.Warnings;
import io.github.smtpstatus.codegen.model.TableKind;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvTableReaderTest {

  private static final String ROW = "X.1.1,Bad destination mailbox address,\"451, 550\",No such mailbox.,[RFC3463],A,B";

  @Test
  void readsTheBundledEnumeratedTableWithIanasQuirks() throws RegistryFormatException {
    RawTable table = new CsvTableReader(Warnings.IGNORE)
        .read(Fixtures.bundled(TableKind.ENUMERATED.fileName()), TableKind.ENUMERATED);

    assertThat(table.rows()).hasSize(81);
    RawRow utf8 = table.rows().stream().filter(row -> row.get(TableKind.CODE).equals("X.6.8")).findFirst().orElseThrow();
    assertThat(utf8.get(TableKind.SAMPLE_TEXT)).isEqualTo("UTF-8 string reply is required,\nbut not permitted by the SMTP client");
    assertThat(table.sha256()).isEqualTo("7777054772306f7e778b6e86f5baff38c5627016ef5530275e01532018fc4a93");
  }

  @Test
  void numbersEachRowByTheLineItStartsOn() throws RegistryFormatException {
    RawTable table = new CsvTableReader(Warnings.IGNORE)
        .read(Fixtures.bundled(TableKind.ENUMERATED.fileName()), TableKind.ENUMERATED);

    assertThat(table.rows().get(0).line()).isEqualTo(2);
    assertThat(table.rows().get(1).line()).isEqualTo(5);
    assertThat(table.rows().get(80).line()).isEqualTo(308);
  }

  @Test
  void acceptsAByteOrderMark() throws RegistryFormatException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = (CODE_HEADER + ROW + "\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, bytes, 0, 3);
    System.arraycopy(body, 0, bytes, 3, body.length);

    RawTable table = read(bytes);

    assertThat(table.rows()).singleElement().satisfies(row -> assertThat(row.get(TableKind.CODE)).isEqualTo("X.1.1"));
  }

  @Test
  void acceptsBareLineFeedsAndANoFinalLineEnd() throws RegistryFormatException {
    RawTable table = read((CODE_HEADER.replace("\r\n", "\n") + ROW + "\n" + ROW.replace("X.1.1", "X.1.2"))
        .getBytes(StandardCharsets.UTF_8));

    assertThat(table.rows()).extracting(row -> row.get(TableKind.CODE)).containsExactly("X.1.1", "X.1.2");
    assertThat(table.rows()).extracting(RawRow::line).containsExactly(2, 3);
  }

  @Test
  void matchesColumnsByNameInAnyOrder() throws RegistryFormatException {
    String reordered = "Change Controller,Submitter,Reference,Description,Associated basic status code,Sample Text,Code\r\n"
        + "IESG,G. Vaudreuil,[RFC3463],No such mailbox.,\"451, 550\",Bad destination mailbox address,X.1.1\r\n";

    RawRow row = read(reordered.getBytes(StandardCharsets.UTF_8)).rows().get(0);

    assertThat(row.get(TableKind.CODE)).isEqualTo("X.1.1");
    assertThat(row.get(TableKind.CHANGE_CONTROLLER)).isEqualTo("IESG");
    assertThat(row.get(TableKind.ASSOCIATED_CODES)).isEqualTo("451, 550");
  }

  @Test
  void matchesColumnNamesIgnoringCaseAndSpacingWithAWarning() throws RegistryFormatException {
    Fixtures.CollectedWarnings warnings = new Fixtures.CollectedWarnings();
    String header = CODE_HEADER.replace("Sample Text", "sample  text");

    new CsvTableReader(warnings).read(Fixtures.input("t.csv", header + ROW + "\r\n"), TableKind.ENUMERATED);

    assertThat(warnings.messages()).containsExactly("t.csv:1: column \"sample  text\": matched to column \"Sample Text\"");
  }

  @Test
  void skipsABlankLineWithAWarning() throws RegistryFormatException {
    Fixtures.CollectedWarnings warnings = new Fixtures.CollectedWarnings();

    RawTable table = new CsvTableReader(warnings)
        .read(Fixtures.input("t.csv", CODE_HEADER + ROW + "\r\n\r\n" + ROW.replace("X.1.1", "X.1.2") + "\r\n"),
            TableKind.ENUMERATED);

    assertThat(table.rows()).hasSize(2);
    assertThat(warnings.messages()).containsExactly("t.csv:3: blank line ignored");
  }

  @Test
  void keepsDoubledQuotesAsOneQuote() throws RegistryFormatException {
    RawTable table = read((CODE_HEADER + ROW.replace("No such mailbox.", "\"Left of the \"\"@\"\" sign.\"") + "\r\n")
        .getBytes(StandardCharsets.UTF_8));

    assertThat(table.rows().get(0).get(TableKind.DESCRIPTION)).isEqualTo("Left of the \"@\" sign.");
  }

  private static RawTable read(byte[] bytes) throws RegistryFormatException {
    return new CsvTableReader(Warnings.IGNORE).read(Fixtures.input("t.csv", bytes), TableKind.ENUMERATED);
  }
}
