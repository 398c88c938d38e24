package io.github.smtpstatus.codegen.update;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpstatus.codegen.RegistryInputs;
import io.github.smtpstatus.codegen.TestRegistries;
import io.github.smtpstatus.codegen.Warnings;
import io.github.smtpstatus.codegen.fetch.TableSource;
import io.github.smtpstatus.codegen.model.TableKind;
import io.github.smtpstatus.codegen.read.InputFile;
import io.github.smtpstatus.codegen.read.KeyValueFile;
import io.github.smtpstatus.codegen.read.ProvenanceFile;
import io.github.smtpstatus.codegen.read.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * An update of a project's registry folder from the older test registry to the current one, read from
 * a local folder: four files change (the subject and enumerated tables, names.properties and
 * registry.properties), so an update writes nine files into its staging folder and makes five moves.
 */
final class UpdateFixture {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

  final Path folder;
  final Path source;
  final Path report;

  UpdateFixture(Path temp) throws IOException {
    this(temp.resolve("project/registry"), temp.resolve("iana"), temp.resolve("report/registry-diff.md"));
    TestRegistries.write(folder, TestRegistries.older());
    TestRegistries.write(source, TestRegistries.current());
  }

  private UpdateFixture(Path folder, Path source, Path report) {
    this.folder = folder;
    this.source = source;
    this.report = report;
  }

  /** The fixture another JVM laid out in {@code temp}. */
  static UpdateFixture existing(Path temp) {
    return new UpdateFixture(temp.resolve("project/registry"), temp.resolve("iana"), temp.resolve("report/registry-diff.md"));
  }

  RegistryUpdate.Outcome update(FileOperations files) throws Exception {
    return new RegistryUpdate(Warnings.IGNORE, files).run(request(false));
  }

  RegistryUpdate.Request request(boolean dryRun) {
    return new RegistryUpdate.Request(new RegistryFolder(folder), new TableSource.Directory("iana", source), TODAY,
        report, false, dryRun, false);
  }

  /** The staging folder beside the registry folder. */
  Path staging() {
    return folder.resolveSibling(".registry.smtp-status-update");
  }

  /**
   * The SHA-256 of every file of the folder after a clean update from the same source, computed in a
   * folder of its own under {@code scratch}.
   */
  Map<String, String> updatedSha256s(Path scratch) throws Exception {
    Path clean = TestRegistries.write(Files.createTempDirectory(scratch, "clean").resolve("registry"), TestRegistries.older());
    new RegistryUpdate(Warnings.IGNORE).run(new RegistryUpdate.Request(new RegistryFolder(clean),
        new TableSource.Directory("iana", source), TODAY, clean.resolveSibling("report.md"), false, false, false));
    return TestRegistries.sha256s(clean);
  }

  /** The folder's project holds the registry folder and nothing else: no staging folder, no stray file. */
  void assertNoStrayFiles() throws IOException {
    try (Stream<Path> siblings = Files.list(folder.getParent())) {
      assertThat(siblings.toList()).containsExactly(folder);
    }
    assertThat(TestRegistries.sha256s(folder)).containsOnlyKeys(TestRegistries.FILES);
  }

  /**
   * What is inconsistent in the folder: a table whose SHA-256 is not the one registry.properties
   * records, a code or subject without a pinned name. Empty when consistent.
   */
  List<String> inconsistencies() throws Exception {
    List<String> problems = new ArrayList<>();
    ProvenanceFile provenance = ProvenanceFile.parse(InputFile.read(folder.resolve(RegistryInputs.PROVENANCE_FILE).toFile()));
    for (TableKind kind : TableKind.values()) {
      String actual = Sha256.hex(Files.readAllBytes(folder.resolve(kind.fileName())));
      if (!actual.equals(provenance.get(kind).sha256())) {
        problems.add(kind.key() + ".sha256 is stale");
      }
    }
    KeyValueFile names = KeyValueFile.parse(InputFile.read(folder.resolve(RegistryInputs.NAMES_FILE).toFile()));
    for (TableKind kind : List.of(TableKind.SUBJECT, TableKind.ENUMERATED)) {
      for (String line : Files.readString(folder.resolve(kind.fileName()), StandardCharsets.UTF_8).split("\r\n")) {
        if (line.startsWith("X.") && names.get(line.substring(0, line.indexOf(','))) == null) {
          problems.add(line.substring(0, line.indexOf(',')) + " has no name");
        }
      }
    }
    return problems;
  }
}
