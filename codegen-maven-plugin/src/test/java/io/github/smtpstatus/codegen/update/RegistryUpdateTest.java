package io.github.smtpstatus.codegen.update;

import static io.github.smtpstatus.codegen.TestRegistries.bytes;
import static io.github.smtpstatus.codegen.TestRegistries.sha256s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.smtpstatus.codegen.Problem;
import io.github.smtpstatus.codegen.RegistryCodeGeneration;
import io.github.smtpstatus.codegen.RegistryFormatException;
import io.github.smtpstatus.codegen.TestRegistries;
import io.github.smtpstatus.codegen.Warnings;
import io.github.smtpstatus.codegen.diff.RowChange;
import io.github.smtpstatus.codegen.diff.TableDiff;
import io.github.smtpstatus.codegen.fetch.DownloadException;
import io.github.smtpstatus.codegen.fetch.HttpDownloader;
import io.github.smtpstatus.codegen.fetch.LoopbackServer;
import io.github.smtpstatus.codegen.fetch.TableSource;
import io.github.smtpstatus.codegen.model.TableKind;
import io.github.smtpstatus.codegen.read.InputFile;
import io.github.smtpstatus.codegen.read.Sha256;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RegistryUpdateTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
  private static final String CLASS_CSV = TableKind.CLASS.fileName();
  private static final String SUBJECT_CSV = TableKind.SUBJECT.fileName();
  private static final String CODES_CSV = TableKind.ENUMERATED.fileName();
  private static final String NAMES = "names.properties";
  private static final String PROVENANCE = "registry.properties";

  @TempDir
  Path temp;

  private LoopbackServer server;
  private Path folder;
  private Path report;
  private final List<Problem> warnings = new ArrayList<>();

  @BeforeEach
  void startServer() throws IOException {
    server = LoopbackServer.start();
    folder = temp.resolve("registry");
    report = temp.resolve("target/smtp-status/registry-diff.md");
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  // ---- success path: older version, then the current one ------------------------------------------

  @Test
  void updateFromOlderVersionReportsExactlyTheDifferences() throws Exception {
    TestRegistries.write(folder, TestRegistries.older());
    serve(TestRegistries.current());

    RegistryUpdate.Outcome outcome = update(false, false, false);

    assertThat(outcome.result()).isEqualTo(RegistryUpdate.Result.UPDATED);
    TableDiff classes = outcome.diff().tables().get(0);
    TableDiff subjects = outcome.diff().tables().get(1);
    TableDiff codes = outcome.diff().tables().get(2);
    assertThat(classes.bytesChanged()).isFalse();
    assertThat(subjects.added()).isEmpty();
    assertThat(subjects.removed()).isEmpty();
    assertThat(subjects.changed()).extracting(RowChange::code, RowChange::whitespaceOnly)
        .containsExactly(tuple("X.7.XXX", true));
    assertThat(codes.added()).extracting(RowChange::code, RowChange::sampleText).containsExactly(
        tuple("X.1.10", "Recipient address has null MX"),
        tuple("X.7.29", "ARC validation failure"),
        tuple("X.7.30", "REQUIRETLS support required"));
    assertThat(codes.removed()).isEmpty();
    assertThat(codes.changed()).extracting(RowChange::code).containsExactly("X.2.2", "X.3.4", "X.7.27", "X.7.28");
    assertThat(outcome.report()).isEqualTo(expectedOldToCurrentReport());
    assertThat(Files.readString(report)).isEqualTo(outcome.report());
  }

  @Test
  void updateReplacesTablesAndRecordsUrlDateAndSha256() throws Exception {
    TestRegistries.write(folder, TestRegistries.older());
    Map<String, byte[]> current = TestRegistries.current();
    serve(current);

    RegistryUpdate.Outcome outcome = update(false, false, false);

    assertThat(outcome.written()).extracting(path -> path.getFileName().toString())
        .containsExactly(SUBJECT_CSV, CODES_CSV, NAMES, PROVENANCE);
    for (String table : List.of(CLASS_CSV, SUBJECT_CSV, CODES_CSV)) {
      assertThat(Files.readAllBytes(folder.resolve(table))).as(table).isEqualTo(current.get(table));
    }
    String provenance = Files.readString(folder.resolve(PROVENANCE));
    for (TableKind kind : TableKind.values()) {
      assertThat(provenance)
          .contains(kind.key() + ".url=" + server.url("/registry/" + kind.fileName()) + "\n")
          .contains(kind.key() + ".retrieved=2026-11-28\n")
          .contains(kind.key() + ".sha256=" + Sha256.hex(current.get(kind.fileName())) + "\n");
    }
    // The class table kept its bytes, so its note (how the copy was made) stays; the others lose theirs.
    assertThat(provenance).contains("class.note=constructed for tests\n")
        .doesNotContain("subject.note=").doesNotContain("enumerated.note=");
  }

  @Test
  void updateKeepsEveryExistingNameAndAppendsNamesOfNewCodes() throws Exception {
    Map<String, byte[]> older = TestRegistries.older();
    TestRegistries.write(folder, older);
    serve(TestRegistries.current());

    RegistryUpdate.Outcome outcome = update(false, false, false);

    // The file ends with a blank line already, so the block follows it directly.
    assertThat(new String(older.get(NAMES), StandardCharsets.UTF_8)).endsWith("X.7.28=MAIL_BOMB_DETECTED\n\n");
    String expected = new String(older.get(NAMES), StandardCharsets.UTF_8)
        + "# added by smtp-status:update on 2026-11-28\n"
        + "X.1.10=RECIPIENT_ADDRESS_HAS_NULL_MX\n"
        + "X.7.29=ARC_VALIDATION_FAILURE\n"
        + "X.7.30=REQUIRETLS_SUPPORT_REQUIRED\n";
    assertThat(Files.readString(folder.resolve(NAMES))).isEqualTo(expected);
    assertThat(outcome.appendedNames()).containsExactly(
        Map.entry("X.1.10", "RECIPIENT_ADDRESS_HAS_NULL_MX"),
        Map.entry("X.7.29", "ARC_VALIDATION_FAILURE"),
        Map.entry("X.7.30", "REQUIRETLS_SUPPORT_REQUIRED"));
    // IANA's sample text of X.7.28 now derives MAIL_FLOOD_DETECTED; the pinned name stays.
    assertThat(Files.readString(folder.resolve(NAMES))).contains("\nX.7.28=MAIL_BOMB_DETECTED\n")
        .doesNotContain("MAIL_FLOOD_DETECTED");
  }

  @Test
  void runningAgainChangesNothing() throws Exception {
    TestRegistries.write(folder, TestRegistries.older());
    serve(TestRegistries.current());
    update(false, false, false);
    Map<String, String> afterFirst = sha256s(folder);
    FileTime old = FileTime.fromMillis(1_000_000_000_000L);
    for (String file : TestRegistries.FILES) {
      Files.setLastModifiedTime(folder.resolve(file), old);
    }

    RegistryUpdate.Outcome second = update(false, false, false);

    assertThat(second.result()).isEqualTo(RegistryUpdate.Result.UNCHANGED);
    assertThat(second.written()).isEmpty();
    assertThat(sha256s(folder)).isEqualTo(afterFirst);
    for (String file : TestRegistries.FILES) {
      assertThat(Files.getLastModifiedTime(folder.resolve(file))).as(file).isEqualTo(old);
    }
    assertThat(second.report()).endsWith("No differences: the three tables are byte-identical.\n");
  }

  @Test
  void updateOfTheCurrentRegistryTouchesNoFile() throws Exception {
    TestRegistries.write(folder, TestRegistries.current());
    serve(TestRegistries.current());
    Map<String, String> before = sha256s(folder);

    RegistryUpdate.Outcome outcome = update(false, false, false);

    assertThat(outcome.result()).isEqualTo(RegistryUpdate.Result.UNCHANGED);
    assertThat(sha256s(folder)).isEqualTo(before);
  }

  @Test
  void dryRunReportsButWritesNoRegistryFile() throws Exception {
    TestRegistries.write(folder, TestRegistries.older());
    serve(TestRegistries.current());
    Map<String, String> before = sha256s(folder);

    RegistryUpdate.Outcome outcome = update(false, true, false);

    assertThat(outcome.result()).isEqualTo(RegistryUpdate.Result.DRY_RUN);
    assertThat(outcome.appendedNames()).containsKeys("X.1.10", "X.7.29", "X.7.30");
    assertThat(sha256s(folder)).isEqualTo(before);
    assertThat(Files.readString(report)).isEqualTo(expectedOldToCurrentReport());
  }

  @Test
  void failOnChangeRefusesAChangeAndWritesNoRegistryFile() throws Exception {
    TestRegistries.write(folder, TestRegistries.older());
    serve(TestRegistries.current());
    Map<String, String> before = sha256s(folder);

    RegistryUpdate.Outcome outcome = update(false, false, true);

    assertThat(outcome.result()).isEqualTo(RegistryUpdate.Result.REFUSED);
    assertThat(outcome.refusal()).isEqualTo("the registry changed and failOnChange=true");
    assertThat(sha256s(folder)).isEqualTo(before);
  }

  // ---- removals --------------------------------------------------------------------------------------

  @Test
  void updateRefusesARemovalUnlessAllowed() throws Exception {
    TestRegistries.write(folder, TestRegistries.current());
    serve(withoutCode(TestRegistries.current(), "X.7.28"));
    Map<String, String> before = sha256s(folder);

    RegistryUpdate.Outcome outcome = update(false, false, false);

    assertThat(outcome.result()).isEqualTo(RegistryUpdate.Result.REFUSED);
    assertThat(outcome.refusal()).isEqualTo("the new registry removes X.7.28; RFC 3463 codes are never withdrawn and a"
        + " removed constant breaks its callers. Review the report; to accept, run again with"
        + " -Dsmtp-status.allowRemovals=true");
    assertThat(outcome.report()).contains("**Breaks callers:** removes X.7.28.")
        .contains("### Removed (1)\n\n- X.7.28 \"Mail flood detected\"\n");
    assertThat(sha256s(folder)).isEqualTo(before);
  }

  @Test
  void updateRefusesACodeWrittenDifferentlyUnlessAllowed() throws Exception {
    TestRegistries.write(folder, TestRegistries.current());
    Map<String, byte[]> next = TestRegistries.current();
    next.put(CODES_CSV, bytes(TestRegistries.replaceOnce(new String(next.get(CODES_CSV), StandardCharsets.UTF_8),
        "\r\nX.7.29,ARC", "\r\n X.7.29,ARC")));
    serve(next);
    Map<String, String> before = sha256s(folder);

    RegistryUpdate.Outcome outcome = update(false, false, false);

    assertThat(outcome.result()).isEqualTo(RegistryUpdate.Result.REFUSED);
    assertThat(outcome.refusal()).startsWith("the new registry writes differently the code of X.7.29;");
    assertThat(outcome.report()).contains("- X.7.29 \"ARC validation failure\"\n  - Code: whitespace only \"X.7.29\" -> \" X.7.29\"\n");
    assertThat(sha256s(folder)).isEqualTo(before);
  }

  @Test
  void updateWithAllowRemovalsWritesTheRemovalAndKeepsTheRemovedCodesName() throws Exception {
    TestRegistries.write(folder, TestRegistries.current());
    Map<String, byte[]> next = withoutCode(TestRegistries.current(), "X.7.28");
    serve(next);

    RegistryUpdate.Outcome outcome = update(true, false, false);

    assertThat(outcome.result()).isEqualTo(RegistryUpdate.Result.UPDATED);
    assertThat(Files.readAllBytes(folder.resolve(CODES_CSV))).isEqualTo(next.get(CODES_CSV));
    assertThat(Files.readAllBytes(folder.resolve(NAMES))).isEqualTo(TestRegistries.bundled(NAMES));
  }

  // ---- naming ----------------------------------------------------------------------------------------

  @Test
  void updateFailsAndAsksToPinANameWhenANewCodesDerivedNameIsTaken() throws Exception {
    TestRegistries.write(folder, TestRegistries.current());
    Map<String, byte[]> next = TestRegistries.current();
    next.put(CODES_CSV, bytes(new String(next.get(CODES_CSV), StandardCharsets.UTF_8)
        + "X.7.31,Mailbox full,552,A second mailbox full.,[RFC9999],A. Person,IESG\r\n"));
    serve(next);
    Map<String, String> before = sha256s(folder);

    assertThatThrownBy(() -> update(false, false, false))
        .isInstanceOf(RegistryFormatException.class)
        .hasMessage(CODES_CSV + ":314: column \"Sample Text\": \"Mailbox full\" gives constant"
            + " name MAILBOX_FULL to X.7.31, which X.2.2 already has\n"
            + folder.resolve(NAMES) + ": cannot name the new registry; pin a name for each code above by adding a line"
            + " code=NAME to this file (existing lines are never changed), then run the update again");
    assertThat(sha256s(folder)).isEqualTo(before);
  }

  @Test
  void aNamePinnedAheadOfTheUpdateIsUsedForTheNewCode() throws Exception {
    Map<String, byte[]> files = TestRegistries.current();
    files.put(NAMES, bytes(new String(files.get(NAMES), StandardCharsets.UTF_8) + "X.7.31=SECOND_MAILBOX_FULL\n"));
    TestRegistries.write(folder, files);
    Map<String, byte[]> next = TestRegistries.current();
    next.put(CODES_CSV, bytes(new String(next.get(CODES_CSV), StandardCharsets.UTF_8)
        + "X.7.31,Mailbox full,552,A second mailbox full.,[RFC9999],A. Person,IESG\r\n"));
    serve(next);

    RegistryUpdate.Outcome outcome = update(false, false, false);

    assertThat(outcome.result()).isEqualTo(RegistryUpdate.Result.UPDATED);
    assertThat(outcome.appendedNames()).isEmpty();
    assertThat(Files.readAllBytes(folder.resolve(NAMES))).isEqualTo(files.get(NAMES));
  }

  // ---- faults: every registry file stays byte-identical ------------------------------------------------

  static Stream<Arguments> faults() {
    byte[] codes = TestRegistries.bundled(CODES_CSV);
    byte[] subjects = TestRegistries.bundled(SUBJECT_CSV);
    return Stream.of(
        Arguments.of("404", SUBJECT_CSV, null, DownloadException.class,
            "{url}: HTTP 404"),
        Arguments.of("500", CODES_CSV, LoopbackServer.status(500), DownloadException.class,
            "{url}: HTTP 500"),
        Arguments.of("stall before the headers", CLASS_CSV, stall(false), DownloadException.class,
            "{url}: no data within the read timeout of 1000 ms"),
        Arguments.of("stall in the body", CODES_CSV, stall(true), DownloadException.class,
            "{url}: body stalled: no data within the read timeout of 1000 ms"),
        Arguments.of("truncated body", CODES_CSV, truncated(codes), DownloadException.class,
            "{url}: body cut short: received 12330 of 24661 bytes (Content-Length)"),
        Arguments.of("HTML page", SUBJECT_CSV,
            LoopbackServer.ok(bytes("<!DOCTYPE html>\n<html><body>Maintenance</body></html>\n"), "text/html; charset=utf-8"),
            RegistryFormatException.class,
            "{url}: is an HTML page (Content-Type text/html; charset=utf-8), not a CSV table"),
        Arguments.of("HTML page served as CSV", SUBJECT_CSV,
            LoopbackServer.ok(bytes("  <html><body>Not here</body></html>"), "text/csv"), RegistryFormatException.class,
            "{url}: is an HTML page (Content-Type text/csv), not a CSV table"),
        Arguments.of("oversized body", CODES_CSV, oversized(), RegistryFormatException.class,
            "{url}: is over the limit of 10485760 bytes (10 MiB)"),
        Arguments.of("oversized Content-Length", CODES_CSV, declaredLength(20_000_000), RegistryFormatException.class,
            "{url}: is 20000000 bytes (Content-Length), over the limit of 10485760 bytes (10 MiB); nothing was read"),
        Arguments.of("invalid CSV", CODES_CSV, LoopbackServer.ok(
                bytes(new String(codes, StandardCharsets.UTF_8).replace("\r\nX.1.1,", "\r\nX.01.1,")), "text/csv"),
            RegistryFormatException.class,
            "{url}:7: column \"Code\": \"X.01.1\" is not a valid enumerated code (leading zero in subject)"),
        Arguments.of("changed header", SUBJECT_CSV, LoopbackServer.ok(
                bytes(new String(subjects, StandardCharsets.UTF_8).replaceFirst("Change Controller", "Controller")),
                "text/csv"),
            RegistryFormatException.class,
            "{url}:1: column \"Controller\": unknown column in the Subject Sub-Codes table (expected Code, Sample Text,"
                + " Description, Reference, Submitter, Change Controller)\n"
                + "{url}:1: missing column \"Change Controller\" of the Subject Sub-Codes table"),
        Arguments.of("empty body", CLASS_CSV, LoopbackServer.ok(new byte[0], "text/csv"), RegistryFormatException.class,
            "{url}: is empty"),
        Arguments.of("gzip body", CODES_CSV, gzipped(codes), DownloadException.class,
            "{url}: the body came with Content-Encoding \"gzip\", which was not asked for (the request said"
                + " Accept-Encoding: identity); refused"),
        Arguments.of("redirect to plain http", SUBJECT_CSV, LoopbackServer.redirect(302, "http://192.0.2.1/x.csv"),
            DownloadException.class,
            "{url}: redirect to http://192.0.2.1/x.csv refused: redirects are followed only to https"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("faults")
  void updateLeavesEveryRegistryFileUntouchedOnAFault(String fault, String failingTable, LoopbackServer.Responder responder,
      Class<? extends Exception> failure, String message) throws Exception {
    TestRegistries.write(folder, TestRegistries.older());
    serve(TestRegistries.current());
    if (responder == null) {
      server.unroute("/registry/" + failingTable);
    } else {
      server.route("/registry/" + failingTable, responder);
    }
    Files.createDirectories(report.getParent());
    Files.writeString(report, "stale report of an earlier run");
    Map<String, String> before = sha256s(folder);

    // The two stall rows are about the read timeout: their server never answers, so a short timeout fires
    // deterministically. Every other row gets the generous one, so that a loaded machine cannot fail it.
    Duration readTimeout = message.contains("read timeout") ? STALL_READ_TIMEOUT : GENEROUS_READ_TIMEOUT;
    String base = server.url("/registry/").toString();

    assertThatThrownBy(() -> update(TableSource.of(base, temp, downloader(readTimeout)), false, false, false))
        .isInstanceOf(failure)
        .hasMessage(message.replace("{url}", server.url("/registry/" + failingTable).toString()));
    assertThat(sha256s(folder)).isEqualTo(before);
    assertThat(report).doesNotExist();
  }

  @Test
  void updateLeavesEveryRegistryFileUntouchedWhenTheConnectionIsRefused() throws Exception {
    TestRegistries.write(folder, TestRegistries.older());
    Map<String, String> before = sha256s(folder);
    String base = "http://127.0.0.1:" + LoopbackServer.closedPort() + "/registry/";

    assertThatThrownBy(() -> update(TableSource.of(base, temp, downloader()), false, false, false))
        .isInstanceOf(DownloadException.class)
        .hasMessageStartingWith(base + CLASS_CSV + ": connection refused or unreachable (");
    assertThat(sha256s(folder)).isEqualTo(before);
  }

  @Test
  void updateLeavesEveryRegistryFileUntouchedWhenOneOfThreeTablesFailsAndTheOtherTwoSucceed() throws Exception {
    TestRegistries.write(folder, TestRegistries.older());
    serve(TestRegistries.current());
    server.route("/registry/" + SUBJECT_CSV, LoopbackServer.ok(bytes("Code,Sample Text,Description,Reference,Submitter,"
        + "Change Controller\r\nX.0.XXX,\"Other or Undefined Status,There is no\r\n"), "text/csv"));
    Map<String, String> before = sha256s(folder);

    assertThatThrownBy(() -> update(false, false, false))
        .isInstanceOf(RegistryFormatException.class)
        .hasMessage(server.url("/registry/" + SUBJECT_CSV) + ":2: column \"Sample Text\": quoted field is never closed"
            + " (quote opened on this line, end of file reached)");
    assertThat(server.requests()).containsExactly(
        "/registry/" + CLASS_CSV, "/registry/" + SUBJECT_CSV, "/registry/" + CODES_CSV);
    assertThat(sha256s(folder)).isEqualTo(before);
  }

  @Test
  void updateRefusesAnInvalidRegistryFolderBeforeDownloading() throws Exception {
    Map<String, byte[]> files = TestRegistries.older();
    files.remove(SUBJECT_CSV);
    TestRegistries.write(folder, files);
    serve(TestRegistries.current());

    assertThatThrownBy(() -> update(false, false, false))
        .isInstanceOf(RegistryFormatException.class)
        .hasMessage(folder.resolve(SUBJECT_CSV) + ": does not exist");
    assertThat(server.requests()).isEmpty();
  }

  // ---- local sources -------------------------------------------------------------------------------------

  @Test
  void updateReadsALocalFolderAndRecordsItsFileUrls() throws Exception {
    TestRegistries.write(folder, TestRegistries.older());
    Path source = TestRegistries.write(temp.resolve("iana"), TestRegistries.current());

    RegistryUpdate.Outcome outcome = update(TableSource.of(source.toUri().toString(), temp, downloader()), false, false, false);

    assertThat(outcome.result()).isEqualTo(RegistryUpdate.Result.UPDATED);
    assertThat(Files.readAllBytes(folder.resolve(CODES_CSV))).isEqualTo(TestRegistries.bundled(CODES_CSV));
    assertThat(Files.readString(folder.resolve(PROVENANCE)))
        .contains("enumerated.url=" + source.resolve(CODES_CSV).toUri() + "\n");
  }

  // ---- regeneration after an update ------------------------------------------------------------------

  static Stream<Arguments> nextVersions() {
    Map<String, byte[]> rewritten = TestRegistries.current();
    String codes = new String(rewritten.get(CODES_CSV), StandardCharsets.UTF_8);
    codes = TestRegistries.replaceOnce(codes, "X.1.1,Bad destination mailbox address,", "X.1.1,Unknown mailbox,");
    codes = TestRegistries.replaceOnce(codes, "X.2.2,Mailbox full,", "X.2.2,Mailbox is full,");
    rewritten.put(CODES_CSV, bytes(codes));
    return Stream.of(
        Arguments.of("older registry, then the current one", TestRegistries.older(), TestRegistries.current()),
        Arguments.of("IANA rewrites sample texts", TestRegistries.current(), rewritten));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nextVersions")
  void regeneratingAfterAnUpdateKeepsEveryConstantWithItsCode(String update, Map<String, byte[]> from,
      Map<String, byte[]> to) throws Exception {
    TestRegistries.write(folder, from);
    Map<String, String> before = generatedConstants();
    assertThat(before).containsEntry("X.2.2", "MAILBOX_FULL").containsEntry("X.7.XXX", "SECURITY_OR_POLICY_STATUS");
    serve(to);

    assertThat(update(false, false, false).result()).isEqualTo(RegistryUpdate.Result.UPDATED);

    Map<String, String> after = generatedConstants();
    assertThat(after).containsAllEntriesOf(before);
    assertThat(after.size() - before.size()).isEqualTo(countRows(to) - countRows(from));
  }

  @Test
  void regeneratingAfterARefusedRemovalKeepsEveryConstantAndAfterAnAllowedOneDropsOnlyTheRemovedOne() throws Exception {
    TestRegistries.write(folder, TestRegistries.current());
    Map<String, String> before = generatedConstants();
    assertThat(before).hasSize(81 + 8).containsEntry("X.7.28", "MAIL_FLOOD_DETECTED");
    serve(withoutCode(TestRegistries.current(), "X.7.28"));

    assertThat(update(false, false, false).result()).isEqualTo(RegistryUpdate.Result.REFUSED);
    assertThat(generatedConstants()).isEqualTo(before);

    assertThat(update(true, false, false).result()).isEqualTo(RegistryUpdate.Result.UPDATED);
    Map<String, String> expected = new LinkedHashMap<>(before);
    expected.remove("X.7.28");
    assertThat(generatedConstants()).isEqualTo(expected);
  }

  /** Generates from the folder as the generate goal does; the enumerated and subject constants by code. */
  private Map<String, String> generatedConstants() throws Exception {
    Path output = Files.createTempDirectory(temp, "generated");
    new RegistryCodeGeneration(Warnings.IGNORE).run(new RegistryCodeGeneration.Request(new RegistryFolder(folder).read(),
        "io.github.smtpstatus", output, output.resolve("state"), "test"));
    Path types = output.resolve("io/github/smtpstatus");
    Map<String, String> constants = new LinkedHashMap<>();
    // Each row of the generated data is headed by a comment naming its code and constant.
    Matcher codes = Pattern.compile("\\n\\s+// (X\\.\\d+\\.\\d+) ([A-Z][A-Z0-9_]*)\\n")
        .matcher(Files.readString(types.resolve("EnhancedStatusCode.java")));
    while (codes.find()) {
      constants.put(codes.group(1), codes.group(2));
    }
    Matcher subjects = Pattern.compile("\\n\\s+// (X\\.\\d+\\.XXX) ([A-Z][A-Z0-9_]*)\\n")
        .matcher(Files.readString(types.resolve("StatusSubject.java")));
    while (subjects.find()) {
      constants.put(subjects.group(1), subjects.group(2));
    }
    return constants;
  }

  private static int countRows(Map<String, byte[]> files) {
    return (int) new String(files.get(CODES_CSV), StandardCharsets.UTF_8).lines().filter(line -> line.startsWith("X.")).count()
        + (int) new String(files.get(SUBJECT_CSV), StandardCharsets.UTF_8).lines().filter(line -> line.startsWith("X.")).count();
  }

  @Test
  void integrationTestFixtureIsTheOlderVersionOfTheseTests() throws Exception {
    Path fixture = Path.of("src/it/update-from-local-source/registry-data/src/main/resources/io/github/smtpstatus/registry");
    Map<String, byte[]> older = TestRegistries.older();

    for (String file : List.of(CLASS_CSV, SUBJECT_CSV, CODES_CSV, NAMES)) {
      assertThat(Files.readAllBytes(fixture.resolve(file))).as(file).isEqualTo(older.get(file));
    }
  }

  // ---- helpers -----------------------------------------------------------------------------------------------

  private void serve(Map<String, byte[]> files) {
    for (TableKind kind : TableKind.values()) {
      server.route("/registry/" + kind.fileName(), LoopbackServer.ok(files.get(kind.fileName()), "text/csv; charset=utf-8"));
    }
  }

  private RegistryUpdate.Outcome update(boolean allowRemovals, boolean dryRun, boolean failOnChange) throws Exception {
    return update(TableSource.of(server.url("/registry/").toString(), temp, downloader()), allowRemovals, dryRun, failOnChange);
  }

  private RegistryUpdate.Outcome update(TableSource source, boolean allowRemovals, boolean dryRun, boolean failOnChange)
      throws Exception {
    return new RegistryUpdate(warnings::add).run(new RegistryUpdate.Request(
        new RegistryFolder(folder), source, TODAY, report, allowRemovals, dryRun, failOnChange));
  }

  /** What a test about the read timeout waits, against a server that never answers. */
  private static final Duration STALL_READ_TIMEOUT = Duration.ofMillis(1_000);
  /** What every other test waits: long enough that a loaded machine never trips it. */
  private static final Duration GENEROUS_READ_TIMEOUT = Duration.ofSeconds(60);

  private static HttpDownloader downloader() {
    return downloader(GENEROUS_READ_TIMEOUT);
  }

  private static HttpDownloader downloader(Duration readTimeout) {
    return new HttpDownloader(new HttpDownloader.Settings(Duration.ofSeconds(30), readTimeout, Duration.ofSeconds(120)));
  }

  private static Map<String, byte[]> withoutCode(Map<String, byte[]> files, String code) {
    Map<String, byte[]> copy = new LinkedHashMap<>(files);
    copy.put(CODES_CSV, bytes(TestRegistries.removeRecord(new String(files.get(CODES_CSV), StandardCharsets.UTF_8), code)));
    return copy;
  }

  private static LoopbackServer.Responder stall(boolean afterHeaders) {
    return exchange -> {
      try {
        if (afterHeaders) {
          exchange.sendResponseHeaders(200, 100);
          exchange.getResponseBody().write(bytes("Code,Sample Text"));
          exchange.getResponseBody().flush();
        }
        Thread.sleep(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };
  }

  private static LoopbackServer.Responder truncated(byte[] body) {
    return exchange -> {
      exchange.sendResponseHeaders(200, body.length);
      OutputStream out = exchange.getResponseBody();
      out.write(body, 0, body.length / 2);
      out.flush();
      // Closing the exchange now ends the connection short of the declared length.
    };
  }

  private static LoopbackServer.Responder gzipped(byte[] body) {
    return exchange -> {
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      try (OutputStream out = new java.util.zip.GZIPOutputStream(bytes)) {
        out.write(body);
      }
      exchange.getResponseHeaders().set("Content-Encoding", "gzip");
      LoopbackServer.send(exchange, 200, bytes.toByteArray(), "text/csv");
    };
  }

  private static LoopbackServer.Responder oversized() {
    return exchange -> {
      exchange.sendResponseHeaders(200, 0);
      byte[] chunk = new byte[64 * 1024];
      Arrays.fill(chunk, (byte) 'a');
      try (OutputStream out = exchange.getResponseBody()) {
        for (int i = 0; i <= InputFile.MAX_BYTES / chunk.length; i++) {
          out.write(chunk);
        }
      } catch (IOException e) {
        // the client hung up once over the limit
      }
    };
  }

  /**
   * Headers that announce {@code length} bytes, then a first piece of the body. The flush matters: newer
   * JDK servers (25) hold the headers back and drop the connection when an exchange closes short of its
   * declared length, which would fail the request before the client could judge the Content-Length.
   */
  private static LoopbackServer.Responder declaredLength(long length) {
    return exchange -> {
      exchange.sendResponseHeaders(200, length);
      OutputStream out = exchange.getResponseBody();
      out.write(new byte[] {'C', 'o', 'd', 'e'});
      out.flush();
    };
  }

  /** The report of the update from {@link TestRegistries#older()} to the current registry. */
  private String expectedOldToCurrentReport() {
    String base = server.url("/registry/").toString();
    return """
        # SMTP Enhanced Status Codes registry: differences

        - Before: {folder}
        - After: {base}

        | Table | Added | Removed | Changed | Whitespace only | File |
        | --- | ---: | ---: | ---: | ---: | --- |
        | Class Sub-Codes | 0 | 0 | 0 | 0 | identical |
        | Subject Sub-Codes | 0 | 0 | 1 | 1 | differs |
        | Enumerated Status Codes | 3 | 0 | 4 | 1 | differs |

        ## Subject Sub-Codes (smtp-enhanced-status-codes-2.csv)

        ### Changed (1)

        - X.7.XXX "Security or Policy Status"
          - Description: whitespace only

        ## Enumerated Status Codes (smtp-enhanced-status-codes-3.csv)

        ### Added (3)

        - X.1.10 "Recipient address has null MX"
        - X.7.29 "ARC validation failure"
        - X.7.30 "REQUIRETLS support required"

        ### Changed (4)

        - X.2.2 "Mailbox full"
          - Description: whitespace only
        - X.3.4 "Message too big for system"
          - Associated basic status code: "552" -> "552, 554"
        - X.7.27 "Sender address has null MX"
          - Reference: "[RFC7505]" -> "[RFC7505] (Standards Track)"
        - X.7.28 "Mail flood detected"
          - Sample Text: "Mail bomb detected" -> "Mail flood detected"

        ## New constant names

        Appended to names.properties under "# added by smtp-status:update on 2026-11-28"; existing lines are unchanged:

        - X.1.10=RECIPIENT_ADDRESS_HAS_NULL_MX
        - X.7.29=ARC_VALIDATION_FAILURE
        - X.7.30=REQUIRETLS_SUPPORT_REQUIRED

        ## Provenance (registry.properties)

        - class: {base}smtp-enhanced-status-codes-1.csv, retrieved 2026-11-28
        - subject: {base}smtp-enhanced-status-codes-2.csv, retrieved 2026-11-28
        - enumerated: {base}smtp-enhanced-status-codes-3.csv, retrieved 2026-11-28
        """.replace("{folder}", folder.toString()).replace("{base}", base);
  }
}
