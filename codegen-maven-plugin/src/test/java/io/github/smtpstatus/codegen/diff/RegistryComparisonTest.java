package io.github.smtpstatus.codegen.diff;

import static io.github.smtpstatus.codegen.TestRegistries.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smtpstatus.codegen.RegistryFormatException;
import io.github.smtpstatus.codegen.RegistryInputs;
import io.github.smtpstatus.codegen.TestRegistries;
import io.github.smtpstatus.codegen.Warnings;
import io.github.smtpstatus.codegen.fetch.HttpDownloader;
import io.github.smtpstatus.codegen.fetch.InvalidSourceException;
import io.github.smtpstatus.codegen.fetch.Location;
import io.github.smtpstatus.codegen.fetch.TableSource;
import io.github.smtpstatus.codegen.model.TableKind;
import io.github.smtpstatus.codegen.read.InputFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryComparisonTest {

  private static final String CODES_CSV = TableKind.ENUMERATED.fileName();
  private static final HttpDownloader DOWNLOADER = new HttpDownloader(
      new HttpDownloader.Settings(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(5)));

  @TempDir
  Path temp;

  private Path older;
  private Path current;
  private Path report;

  @BeforeEach
  void folders() throws Exception {
    older = TestRegistries.write(temp.resolve("older"), TestRegistries.older());
    current = TestRegistries.write(temp.resolve("current"), TestRegistries.current());
    report = temp.resolve("target/smtp-status/registry-diff.md");
  }

  @Test
  void twoFoldersAreComparedTableByTable() throws Exception {
    RegistryComparison.Outcome outcome = compare(version("older"), version("current"), null);

    assertThat(outcome.diff().tables()).hasSize(3);
    assertThat(outcome.diff().tables().get(2).added()).extracting(RowChange::code)
        .containsExactly("X.1.10", "X.7.29", "X.7.30");
    assertThat(outcome.report()).startsWith("# SMTP Enhanced Status Codes registry: differences\n\n- Before: older\n"
        + "- After: current\n");
    assertThat(Files.readString(report)).isEqualTo(outcome.report());
  }

  @Test
  void twoFilesOfOneTableAreComparedAsThatTable() throws Exception {
    RegistryComparison.Outcome outcome = compare(table("older/" + CODES_CSV), table("current/" + CODES_CSV), null);

    assertThat(outcome.diff().tables()).singleElement().satisfies(table -> {
      assertThat(table.kind()).isEqualTo(TableKind.ENUMERATED);
      assertThat(table.changed()).extracting(RowChange::code).containsExactly("X.2.2", "X.3.4", "X.7.27", "X.7.28");
    });
  }

  @Test
  void aLoneFileIsComparedWithTheSameTableOfAVersion() throws Exception {
    RegistryComparison.Outcome outcome = compare(version("current"), table("older/" + CODES_CSV), null);

    assertThat(outcome.diff().removedCodes()).containsExactly("X.1.10", "X.7.29", "X.7.30");
  }

  @Test
  void filesNotNamedAsIanaNamesThemNeedTheTableParameter() throws Exception {
    Files.copy(older.resolve(CODES_CSV), temp.resolve("mine.csv"));
    Files.copy(current.resolve(CODES_CSV), temp.resolve("theirs.csv"));

    assertThatThrownBy(() -> compare(table("mine.csv"), table("theirs.csv"), null))
        .isInstanceOf(InvalidSourceException.class)
        .hasMessage("\"theirs.csv\" does not tell which table it is (IANA names them smtp-enhanced-status-codes-1.csv,"
            + " smtp-enhanced-status-codes-2.csv and smtp-enhanced-status-codes-3.csv); set smtp-status.table to class,"
            + " subject or enumerated");
    assertThat(compare(table("mine.csv"), table("theirs.csv"), "enumerated").diff().changed()).isTrue();
  }

  @Test
  void filesOfTwoDifferentTablesAreRefused() {
    assertThatThrownBy(() -> compare(table("older/" + TableKind.SUBJECT.fileName()), table("current/" + CODES_CSV), null))
        .isInstanceOf(RegistryFormatException.class)
        .hasMessage("current/smtp-enhanced-status-codes-3.csv: is the Enumerated Status Codes table, the other file the"
            + " Subject Sub-Codes table; compare two files of one table");
  }

  @Test
  void anInvalidTableFailsWithItsFileAndLine() throws Exception {
    Files.createDirectories(temp.resolve("bad"));
    Files.write(temp.resolve("bad/" + CODES_CSV), bytes(new String(TestRegistries.bundled(CODES_CSV),
        java.nio.charset.StandardCharsets.UTF_8).replace("\r\nX.1.1,", "\r\nX.1.01,")));

    assertThatThrownBy(() -> compare(version("current"), table("bad/" + CODES_CSV), null))
        .isInstanceOf(RegistryFormatException.class)
        .hasMessage(temp.resolve("bad/" + CODES_CSV) + ":7: column \"Code\": \"X.1.01\" is not a valid enumerated code"
            + " (leading zero in detail)");
  }

  @Test
  void identicalVersionsHaveNoDifferences() throws Exception {
    RegistryComparison.Outcome outcome = compare(version("current"),
        new RegistryComparison.Side(TableSource.of("bundled", bundled()), null), null);

    assertThat(outcome.diff().changed()).isFalse();
    assertThat(outcome.report()).endsWith("No differences: the three tables are byte-identical.\n");
  }

  private RegistryComparison.Outcome compare(RegistryComparison.Side before, RegistryComparison.Side after, String table)
      throws Exception {
    return new RegistryComparison(Warnings.IGNORE, DOWNLOADER)
        .run(new RegistryComparison.Request(before, after, table, bundled(), report));
  }

  private RegistryComparison.Side version(String folder) throws Exception {
    return new RegistryComparison.Side(TableSource.of(folder, temp, DOWNLOADER), null);
  }

  private RegistryComparison.Side table(String location) throws InvalidSourceException {
    return new RegistryComparison.Side(null, Location.parse(location, temp));
  }

  private static RegistryInputs bundled() throws RegistryFormatException {
    Map<String, byte[]> files = TestRegistries.current();
    return new RegistryInputs(
        InputFile.of(TableKind.CLASS.fileName(), files.get(TableKind.CLASS.fileName())),
        InputFile.of(TableKind.SUBJECT.fileName(), files.get(TableKind.SUBJECT.fileName())),
        InputFile.of(CODES_CSV, files.get(CODES_CSV)), null, null);
  }
}
