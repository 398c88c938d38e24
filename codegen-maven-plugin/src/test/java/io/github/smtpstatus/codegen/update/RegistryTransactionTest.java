package io.github.smtpstatus.codegen.update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.smtpstatus.codegen.Problem;
import io.github.smtpstatus.codegen.TestRegistries;
import io.github.smtpstatus.codegen.update.FaultyFiles.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Faults injected at every file operation of an update: whatever fails, the message says exactly which
 * files changed, the disk agrees with it, and the next run leaves the registry consistent with no
 * stray file.
 */
class RegistryTransactionTest {

  private static final String SUBJECTS = "smtp-enhanced-status-codes-2.csv";
  private static final String CODES = "smtp-enhanced-status-codes-3.csv";
  private static final String NAMES = "names.properties";
  private static final String PROVENANCE = "registry.properties";
  /**
   * The files the update replaces, in the order it puts them in place: file i (from 0) is written to
   * {@code next/} by write 10 + i and moved into place by move 2 + i (move 1 commits the journal).
   */
  private static final List<String> REPLACED = List.of(SUBJECTS, CODES, NAMES, PROVENANCE);

  @TempDir
  Path temp;

  private UpdateFixture fixture;
  private Map<String, String> before;
  private Map<String, String> after;

  @BeforeEach
  void registry() throws Exception {
    fixture = new UpdateFixture(temp);
    before = TestRegistries.sha256s(fixture.folder);
    after = fixture.updatedSha256s(temp);
  }

  @Test
  void anUpdateMakesFiveMovesAndLeavesNoStagingFolder() throws Exception {
    FaultyFiles files = new FaultyFiles();

    assertThat(fixture.update(files).result()).isEqualTo(RegistryUpdate.Result.UPDATED);

    // Nine files staged (four new, four old, the journal), then a copy of each new file moved into place.
    assertThat(files.count(Kind.WRITE)).isEqualTo(13);
    assertThat(files.log()).filteredOn(entry -> entry.startsWith("move"))
        .containsExactly("move 1 journal.properties.tmp", "move 2 " + SUBJECTS, "move 3 " + CODES, "move 4 " + NAMES,
            "move 5 " + PROVENANCE);
    assertConsistentAs(after);
  }

  static Stream<Arguments> failedInstalls() {
    List<Arguments> cases = new ArrayList<>();
    cases.add(Arguments.of(Kind.MOVE, 1, "could not stage the update of {folder} in {staging} (java.io.IOException:"
        + " injected failure of move 1 (journal.properties.tmp)); no registry file was changed"));
    for (int i = 0; i < REPLACED.size(); i++) {
      String restored = i == 0 ? "no file had been replaced" : "restored " + String.join(", ", REPLACED.subList(0, i));
      for (Kind kind : List.of(Kind.WRITE, Kind.MOVE)) {
        int ordinal = kind == Kind.WRITE ? 10 + i : 2 + i;
        // i == 3 is the case: the last target cannot be replaced after both tables and the names were.
        cases.add(Arguments.of(kind, ordinal, "could not update {folder}: replacing " + REPLACED.get(i) + " failed"
            + " (java.io.IOException: injected failure of " + kind.name().toLowerCase() + " " + ordinal + " ("
            + REPLACED.get(i) + ")); " + restored + ", so no registry file was changed"));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1} fails")
  @MethodSource("failedInstalls")
  void aFailedReplacementIsRolledBackSoThatNoFileChanged(Kind kind, int ordinal, String message) throws Exception {
    RegistryWriteException failure = catchThrowableOfType(RegistryWriteException.class,
        () -> fixture.update(new FaultyFiles().failing(kind, ordinal)));

    assertThat(failure).hasMessage(expand(message));
    assertThat(failure.changed()).isEmpty();
    assertConsistentAs(before);
    assertThat(fixture.update(FileOperations.SYSTEM).result()).isEqualTo(RegistryUpdate.Result.UPDATED);
    assertConsistentAs(after);
  }

  @ParameterizedTest(name = "write {0} fails")
  @MethodSource("writes")
  void aFailedWriteWhileStagingChangesNoFile(int write) throws Exception {
    RegistryWriteException failure = catchThrowableOfType(RegistryWriteException.class,
        () -> fixture.update(new FaultyFiles().failing(Kind.WRITE, write)));

    assertThat(failure).hasMessageStartingWith("could not stage the update of " + fixture.folder + " in "
        + fixture.staging() + " (java.io.IOException: injected failure of write " + write + " (")
        .hasMessageEndingWith("); no registry file was changed");
    assertConsistentAs(before);
  }

  static IntStream writes() {
    return IntStream.rangeClosed(1, 9);
  }

  /** A file move that fails, and then the restore of one of the files already moved. */
  static Stream<Arguments> failedRestores() {
    List<Arguments> cases = new ArrayList<>();
    for (int move = 3; move <= 5; move++) {
      for (int restore = 1; restore <= move - 2; restore++) {
        cases.add(Arguments.of(move, restore));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "move {0} fails, then restore {1}")
  @MethodSource("failedRestores")
  void aFailedRestoreNamesEveryChangedFileAndTheNextRunFinishesTheUpdate(int move, int restore) throws Exception {
    RegistryWriteException failure = catchThrowableOfType(RegistryWriteException.class,
        () -> fixture.update(new FaultyFiles().failing(Kind.MOVE, move, move + restore)));

    // Restores run backwards from the last file replaced; the one that fails and those before it stay new.
    List<String> changed = REPLACED.subList(0, move - 1 - restore);
    List<String> unchanged = REPLACED.subList(changed.size(), REPLACED.size());
    assertThat(failure.changed()).isEqualTo(changed);
    assertThat(failure).hasMessage(expand("could not update {folder}: replacing " + REPLACED.get(move - 2)
        + " failed (java.io.IOException: injected failure of move " + move + " (" + REPLACED.get(move - 2) + ")), and"
        + " restoring " + changed.get(changed.size() - 1) + " failed too (java.io.IOException: injected failure of move "
        + (move + restore) + " (" + changed.get(changed.size() - 1) + ")). Now new: " + String.join(", ", changed)
        + "; as before the update: " + String.join(", ", unchanged) + "; changed by this run: "
        + String.join(", ", changed) + ". The journal {staging}/journal.properties records the update: remove the cause"
        + " and run smtp-status:update again, which finishes it (or rolls it back) before anything else"));
    for (String file : TestRegistries.FILES) {
      assertThat(TestRegistries.sha256s(fixture.folder).get(file)).as(file)
          .isEqualTo(changed.contains(file) ? after.get(file) : before.get(file));
    }

    RegistryUpdate.Outcome next = fixture.update(FileOperations.SYSTEM);

    assertThat(next.recovery().changed()).isEqualTo(unchanged);
    assertThat(next.recovery().message()).isEqualTo("finished the update of " + fixture.folder + " that an interrupted"
        + " run had begun: replaced " + String.join(", ", unchanged) + "; " + String.join(", ", changed)
        + " had been replaced before the interruption");
    assertThat(next.result()).isEqualTo(RegistryUpdate.Result.UNCHANGED);
    assertConsistentAs(after);
  }

  @Test
  void aRecoveryThatCannotFinishRollsBackAndSaysWhatItChanged() throws Exception {
    catchThrowableOfType(RegistryWriteException.class, () -> fixture.update(new FaultyFiles().failing(Kind.MOVE, 4, 5)));
    // Now new: the two tables; the journal is left. The next run cannot move names.properties either.

    RegistryWriteException failure = catchThrowableOfType(RegistryWriteException.class,
        () -> fixture.update(new FaultyFiles().failing(Kind.MOVE, 1)));

    assertThat(failure).hasMessage(expand("could not finish the interrupted update of {folder}: replacing " + NAMES
        + " failed (java.io.IOException: injected failure of move 1 (" + NAMES + ")); rolled that update back instead, so"
        + " every registry file holds its content from before it; changed by this run: " + SUBJECTS + ", " + CODES));
    assertThat(failure.changed()).containsExactly(SUBJECTS, CODES);
    assertConsistentAs(before);
    assertThat(fixture.update(FileOperations.SYSTEM).result()).isEqualTo(RegistryUpdate.Result.UPDATED);
    assertConsistentAs(after);
  }

  @Test
  void aStagingFolderThatCannotBeRemovedIsAWarningAndTheNextRunRemovesIt() throws Exception {
    List<Problem> warnings = new ArrayList<>();
    RegistryUpdate.Outcome outcome = new RegistryUpdate(warnings::add, new FaultyFiles().failing(Kind.DELETE, 1))
        .run(fixture.request(false));

    assertThat(outcome.result()).isEqualTo(RegistryUpdate.Result.UPDATED);
    assertThat(warnings).last().hasToString(fixture.staging() + ": every registry file was replaced; the"
        + " staging folder " + fixture.staging() + " could not be removed (java.io.IOException: injected failure of"
        + " delete 1 (" + CODES + ")): the next update removes it");
    assertThat(fixture.staging()).isDirectory();

    RegistryUpdate.Outcome next = fixture.update(FileOperations.SYSTEM);

    assertThat(next.recovery().changed()).isEmpty();
    assertThat(next.result()).isEqualTo(RegistryUpdate.Result.UNCHANGED);
    assertConsistentAs(after);
  }

  @Test
  void aDryRunRefusesToRunWhileAnInterruptedUpdateIsPending() throws Exception {
    catchThrowableOfType(RegistryWriteException.class, () -> fixture.update(new FaultyFiles().failing(Kind.MOVE, 3, 4)));
    Map<String, String> stuck = TestRegistries.sha256s(fixture.folder);

    RegistryWriteException failure = catchThrowableOfType(RegistryWriteException.class,
        () -> new RegistryUpdate(problem -> { }).run(fixture.request(true)));

    assertThat(failure).hasMessage(expand("an interrupted update of {folder} is pending in {staging}; this run may change"
        + " no file (dryRun or failOnChange), so no file was changed: run smtp-status:update without them to finish it"
        + " first"));
    assertThat(TestRegistries.sha256s(fixture.folder)).isEqualTo(stuck);
  }

  @Test
  void aFileEditedSinceTheInterruptionStopsTheRecoveryWithoutChangingAnything() throws Exception {
    catchThrowableOfType(RegistryWriteException.class, () -> fixture.update(new FaultyFiles().failing(Kind.MOVE, 4, 5)));
    Files.writeString(fixture.folder.resolve(NAMES), "X.0.0=EDITED\n");
    Map<String, String> edited = TestRegistries.sha256s(fixture.folder);

    RegistryWriteException failure = catchThrowableOfType(RegistryWriteException.class,
        () -> fixture.update(FileOperations.SYSTEM));

    assertThat(failure).hasMessage(expand("cannot finish the interrupted update journaled in {staging}/journal.properties: "
        + NAMES + " holds neither its content from before that update nor the staged new one; no file was changed."
        + " Restore the registry folder from version control, then delete {staging}"));
    assertThat(TestRegistries.sha256s(fixture.folder)).isEqualTo(edited);
  }

  @Test
  void aTamperedJournalIsRefusedWithoutChangingAnything() throws Exception {
    catchThrowableOfType(RegistryWriteException.class, () -> fixture.update(new FaultyFiles().failing(Kind.MOVE, 4, 5)));
    Path journal = fixture.staging().resolve("journal.properties");
    Files.writeString(journal, Files.readString(journal).replace("file.1=" + SUBJECTS, "file.1=../../etc/passwd"));

    RegistryWriteException failure = catchThrowableOfType(RegistryWriteException.class,
        () -> fixture.update(FileOperations.SYSTEM));

    assertThat(failure).hasMessage(expand("cannot finish the interrupted update journaled in {staging}/journal.properties:"
        + " the journal is not readable (entry 1 is not a registry file with its SHA-256 before and after); no file was"
        + " changed. Restore the registry folder from version control, then delete {staging}"));
  }

  @Test
  void aStagingFolderWithoutAJournalIsRemovedAndNothingElseIsTouched() throws Exception {
    catchThrowableOfType(RegistryWriteException.class,
        () -> fixture.update(new FaultyFiles().failing(Kind.WRITE, 4).failing(Kind.DELETE, 1)));
    assertThat(fixture.staging()).isDirectory();

    RegistryUpdate.Outcome next = fixture.update(FileOperations.SYSTEM);

    assertThat(next.recovery().message()).isEqualTo("removed " + fixture.staging() + ", left by an update interrupted"
        + " before it changed any registry file");
    assertConsistentAs(after);
  }

  private void assertConsistentAs(Map<String, String> expected) throws Exception {
    assertThat(TestRegistries.sha256s(fixture.folder)).isEqualTo(expected);
    fixture.assertNoStrayFiles();
    assertThat(fixture.inconsistencies()).isEmpty();
  }

  private String expand(String message) {
    return message.replace("{folder}", fixture.folder.toString()).replace("{staging}", fixture.staging().toString());
  }
}
