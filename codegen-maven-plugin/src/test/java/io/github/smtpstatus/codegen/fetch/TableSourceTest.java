package io.github.smtpstatus.codegen.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smtpstatus.codegen.RegistryFormatException;
import io.github.smtpstatus.codegen.model.TableKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TableSourceTest {

  private static final HttpDownloader DOWNLOADER =
      new HttpDownloader(new HttpDownloader.Settings(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(5)));

  @TempDir
  Path temp;

  @ParameterizedTest
  @CsvSource({
      "'https://www.iana.org/assignments/smtp-enhanced-status-codes/', 'https://www.iana.org/assignments/smtp-enhanced-status-codes/smtp-enhanced-status-codes-3.csv'",
      "'https://www.iana.org/assignments/smtp-enhanced-status-codes', 'https://www.iana.org/assignments/smtp-enhanced-status-codes/smtp-enhanced-status-codes-3.csv'",
      "'https://mirror.example', 'https://mirror.example/smtp-enhanced-status-codes-3.csv'",
      "'http://127.0.0.1:8080/r/', 'http://127.0.0.1:8080/r/smtp-enhanced-status-codes-3.csv'"})
  void anHttpsUrlIsTheFolderOfTheThreeTables(String location, String tableUrl) throws Exception {
    TableSource source = TableSource.of(location, temp, DOWNLOADER);

    assertThat(source).isInstanceOf(TableSource.Http.class);
    assertThat(source.location()).isEqualTo(location);
    assertThat(source.tableUrl(TableKind.ENUMERATED)).isEqualTo(tableUrl);
  }

  @Test
  void aRelativePathIsAFolderUnderTheBaseDirectory() throws Exception {
    TableSource source = TableSource.of("iana/tables", temp, DOWNLOADER);

    assertThat(source).isInstanceOfSatisfying(TableSource.Directory.class,
        folder -> assertThat(folder.folder()).isEqualTo(temp.resolve("iana/tables").toAbsolutePath()));
    assertThat(source.tableUrl(TableKind.CLASS))
        .isEqualTo(temp.resolve("iana/tables/smtp-enhanced-status-codes-1.csv").toUri().toString());
  }

  @Test
  void aFileUrlIsAFolder() throws Exception {
    Files.writeString(temp.resolve("smtp-enhanced-status-codes-2.csv"), "Code\n");

    TableSource source = TableSource.of(temp.toUri().toString(), Path.of("/unused"), DOWNLOADER);

    assertThat(source.fetch(TableKind.SUBJECT).bytes()).isEqualTo("Code\n".getBytes());
  }

  @Test
  void aMissingTableInAFolderIsNamedWithItsPath() throws Exception {
    TableSource source = TableSource.of(temp.toString(), temp, DOWNLOADER);

    assertThatThrownBy(() -> source.fetch(TableKind.CLASS))
        .isInstanceOf(RegistryFormatException.class)
        .hasMessage(temp.resolve("smtp-enhanced-status-codes-1.csv") + ": does not exist");
  }

  @ParameterizedTest
  @CsvSource({
      "'http://www.iana.org/assignments/smtp-enhanced-status-codes/', 'uses plain http, which is allowed only to a loopback address (for tests); use https'",
      "'ftp://ftp.example/registry/', 'has scheme \"ftp\"; expected https'",
      "'https://www.iana.org/x/?page=2', 'must not have a query or fragment: it names the folder of the tables'",
      "'   ', 'is empty'"})
  void otherLocationsAreRefused(String location, String reason) {
    assertThatThrownBy(() -> TableSource.of(location, temp, DOWNLOADER))
        .isInstanceOf(InvalidSourceException.class)
        .hasMessage("\"" + location + "\" " + reason);
  }
}
