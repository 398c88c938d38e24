package io.github.smtpstatus.codegen.update;

import io.github.smtpstatus.codegen.Problem;
import io.github.smtpstatus.codegen.RegistryFormatException;
import io.github.smtpstatus.codegen.RegistryInputs;
import io.github.smtpstatus.codegen.Warnings;
import io.github.smtpstatus.codegen.model.TableKind;
import io.github.smtpstatus.codegen.read.InputFile;
import io.github.smtpstatus.codegen.read.KeyValueFile;
import io.github.smtpstatus.codegen.read.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Replaces files of a registry folder all together, so that a failure or a killed process never leaves
 * a mix of old and new files for long.
 *
 * <p>Everything is staged in one folder beside the registry folder, {@code .<name>.smtp-status-update},
 * never inside it (the registry folder is packaged): the new content under {@code new/}, the current
 * content under {@code old/}, and last a journal naming each file with the SHA-256 of its content
 * before and after. Writing the journal is the commit point. The files are then put in place one by
 * one, each copied to {@code next/} and moved over its target, so that both staged versions stay
 * whole; when one fails, the files already replaced are put back from {@code old/} the same way. The
 * staging folder is removed at the end. A process killed on the way leaves the staging folder behind, and the
 * next update first finishes the update its journal records (or, if that fails, rolls it back), or
 * removes a staging folder that has no journal yet.
 */
final class RegistryTransaction {

  static final String JOURNAL = "journal.properties";

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final String ABSENT = "absent";
  private static final Set<String> FILES = Set.of(TableKind.CLASS.fileName(), TableKind.SUBJECT.fileName(),
      TableKind.ENUMERATED.fileName(), RegistryInputs.NAMES_FILE, RegistryInputs.PROVENANCE_FILE);

  /** One file of the update; {@code oldSha256} is {@code null} for a file the update creates. */
  private record Entry(String name, String oldSha256, String newSha256) {}

  private final Path folder;
  private final Path staging;
  private final FileOperations files;

  RegistryTransaction(Path folder, FileOperations files) {
    this.folder = folder.toAbsolutePath().normalize();
    this.staging = this.folder.resolveSibling("." + this.folder.getFileName() + ".smtp-status-update");
    this.files = Objects.requireNonNull(files, "files == null");
  }

  /** The staging folder, beside the registry folder. */
  Path staging() {
    return staging;
  }

  /**
   * Replaces files of the folder.
   *
   * @param replacements the new content by file name, in the order to move them into place
   * @param current the current content by file name; a file missing here does not exist yet
   * @throws RegistryWriteException if a file could not be staged or replaced; the message says which
   *     files changed
   */
  void apply(Map<String, byte[]> replacements, Map<String, byte[]> current, Warnings warnings)
      throws RegistryWriteException {
    if (Files.exists(staging)) {
      throw new RegistryWriteException("cannot update " + folder + ": " + staging + " is in the way (an earlier update's"
          + " staging folder); no registry file was changed", List.of(), null);
    }
    List<Entry> entries = new ArrayList<>();
    try {
      for (Map.Entry<String, byte[]> file : replacements.entrySet()) {
        String name = file.getKey();
        byte[] old = current.get(name);
        files.write(copy("new", name), file.getValue());
        if (old != null) {
          files.write(copy("old", name), old);
        }
        entries.add(new Entry(name, old == null ? null : Sha256.hex(old), Sha256.hex(file.getValue())));
      }
      files.write(staging.resolve(JOURNAL + ".tmp"), journal(entries));
      files.move(staging.resolve(JOURNAL + ".tmp"), staging.resolve(JOURNAL));
    } catch (IOException e) {
      throw new RegistryWriteException("could not stage the update of " + folder + " in " + staging + " (" + e
          + "); no registry file was changed" + removeStaging(), List.of(), e);
    }
    replaceAll(entries, new LinkedHashSet<>(), false);
    String leftover = removeStaging();
    if (!leftover.isEmpty()) {
      warnings.warn(Problem.inFile(staging.toString(), "every registry file was replaced" + leftover));
    }
  }

  /**
   * Finishes an update that a killed process left journaled, or removes a staging folder that has no
   * journal yet; rolls back what it cannot finish.
   *
   * @param mayWrite whether this run may change files; if not, a pending update is an error
   * @throws RegistryWriteException if the update can be neither finished nor rolled back, or may not
   *     be; the message says which files changed
   */
  RegistryUpdate.Recovery recover(boolean mayWrite) throws RegistryWriteException {
    if (!Files.exists(staging)) {
      return RegistryUpdate.Recovery.NONE;
    }
    if (!mayWrite) {
      throw new RegistryWriteException("an interrupted update of " + folder + " is pending in " + staging + "; this run"
          + " may change no file (dryRun or failOnChange), so no file was changed: run smtp-status:update without them"
          + " to finish it first", List.of(), null);
    }
    Path journal = staging.resolve(JOURNAL);
    if (!Files.exists(journal)) {
      String leftover = removeStaging();
      if (!leftover.isEmpty()) {
        throw new RegistryWriteException("cannot update " + folder + leftover.replace("; the next update removes it", "")
            + "; no registry file was changed", List.of(), null);
      }
      return new RegistryUpdate.Recovery("removed " + staging + ", left by an update interrupted before it changed any"
          + " registry file", List.of());
    }
    List<Entry> entries = readJournal(journal);
    Set<String> isNew = new LinkedHashSet<>();
    for (Entry entry : entries) {
      String now = sha256(folder.resolve(entry.name()));
      String problem = null;
      if (!entry.newSha256().equals(sha256(copy("new", entry.name())))
          || entry.oldSha256() != null && !entry.oldSha256().equals(sha256(copy("old", entry.name())))) {
        problem = "the staged copies of " + entry.name() + " are missing or damaged";
      } else if (entry.newSha256().equals(now)) {
        isNew.add(entry.name());
      } else if (!Objects.equals(entry.oldSha256(), now)) {
        problem = entry.name() + " holds neither its content from before that update nor the staged new one";
      }
      if (problem != null) {
        throw new RegistryWriteException("cannot finish the interrupted update journaled in " + journal + ": " + problem
            + "; no file was changed. Restore the registry folder from version control, then delete " + staging,
            List.of(), null);
      }
    }
    List<String> before = List.copyOf(isNew);
    replaceAll(entries, isNew, true);
    List<String> replaced = entries.stream().map(Entry::name).filter(name -> !before.contains(name)).toList();
    String leftover = removeStaging();
    return new RegistryUpdate.Recovery("finished the update of " + folder + " that an interrupted run had begun: replaced "
        + names(replaced) + (before.isEmpty() ? "" : "; " + names(before) + " had been replaced before the interruption")
        + leftover, replaced);
  }

  /** Moves the staged new files into place, in order; on a failure moves back every file now new. */
  private void replaceAll(List<Entry> entries, Set<String> isNew, boolean recovering) throws RegistryWriteException {
    Set<String> newAtStart = Set.copyOf(isNew);
    for (Entry entry : entries) {
      if (isNew.contains(entry.name())) {
        continue;
      }
      try {
        install("new", entry.name());
        isNew.add(entry.name());
      } catch (IOException failure) {
        throw rollBack(entries, isNew, newAtStart, entry.name(), failure, recovering);
      }
    }
  }

  private RegistryWriteException rollBack(List<Entry> entries, Set<String> isNew, Set<String> newAtStart, String failedName,
      IOException failure, boolean recovering) {
    String failed = "could not " + (recovering ? "finish the interrupted update of " : "update ") + folder + ": replacing "
        + failedName + " failed (" + failure + ")";
    List<Entry> reversed = new ArrayList<>(entries);
    Collections.reverse(reversed);
    List<String> restored = new ArrayList<>();
    for (Entry entry : reversed) {
      if (!isNew.contains(entry.name())) {
        continue;
      }
      try {
        if (entry.oldSha256() == null) {
          files.delete(folder.resolve(entry.name()));
        } else {
          install("old", entry.name());
        }
        isNew.remove(entry.name());
        restored.add(0, entry.name());
      } catch (IOException second) {
        List<String> changed = changed(entries, isNew, newAtStart);
        List<String> unchanged = entries.stream().map(Entry::name).filter(name -> !isNew.contains(name)).toList();
        return new RegistryWriteException(failed + ", and restoring " + entry.name() + " failed too (" + second
            + "). Now new: " + names(List.copyOf(isNew)) + "; as before the update: " + names(unchanged)
            + "; changed by this run: " + names(changed) + ". The journal " + staging.resolve(JOURNAL) + " records the"
            + " update: remove the cause and run smtp-status:update again, which finishes it (or rolls it back)"
            + " before anything else", changed, failure);
      }
    }
    List<String> changed = changed(entries, isNew, newAtStart);
    String outcome = !recovering
        ? (restored.isEmpty() ? "; no file had been replaced" : "; restored " + names(restored))
            + ", so no registry file was changed"
        : "; rolled that update back instead, so every registry file holds its content from before it; changed by this"
            + " run: " + names(changed);
    return new RegistryWriteException(failed + outcome + removeStaging(), changed, failure);
  }

  /** The files whose state (old or new) differs from what it was when this run began moving. */
  private static List<String> changed(List<Entry> entries, Set<String> isNew, Set<String> newAtStart) {
    return entries.stream().map(Entry::name).filter(name -> isNew.contains(name) != newAtStart.contains(name)).toList();
  }

  /** Removes the staging folder; on failure, a note for the message (empty on success). */
  private String removeStaging() {
    if (!Files.exists(staging)) {
      return "";
    }
    try (Stream<Path> walk = Files.walk(staging)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        files.delete(path);
      }
      return "";
    } catch (IOException e) {
      return "; the staging folder " + staging + " could not be removed (" + e + "): the next update removes it";
    }
  }

  /** Puts one staged version of a file in place: a copy under {@code next/}, moved over the target. */
  private void install(String side, String name) throws IOException {
    Path next = copy("next", name);
    Path target = folder.resolve(name);
    files.write(next, Files.readAllBytes(copy(side, name)));
    keepPermissions(target, next);
    files.move(next, target);
  }

  private Path copy(String side, String name) {
    return staging.resolve(side).resolve(name);
  }

  private static byte[] journal(List<Entry> entries) {
    StringBuilder out = new StringBuilder("""
        # smtp-status:update journal. While this file exists, the files below are being replaced in the
        # registry folder beside this folder; the next smtp-status:update finishes (or rolls back) the update
        # before anything else. Content is named by SHA-256; "absent" is a file the update creates.
        """);
    out.append("files=").append(entries.size()).append('\n');
    for (int i = 0; i < entries.size(); i++) {
      Entry entry = entries.get(i);
      String key = "file." + (i + 1);
      out.append(key).append('=').append(entry.name()).append('\n')
          .append(key).append(".old=").append(entry.oldSha256() == null ? ABSENT : entry.oldSha256()).append('\n')
          .append(key).append(".new=").append(entry.newSha256()).append('\n');
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private List<Entry> readJournal(Path journal) throws RegistryWriteException {
    String unreadable = "cannot finish the interrupted update journaled in " + journal + ": the journal is not readable (";
    String advice = "); no file was changed. Restore the registry folder from version control, then delete " + staging;
    try {
      KeyValueFile keys = KeyValueFile.parse(InputFile.read(journal.toFile()));
      int count = Integer.parseInt(value(keys, "files"));
      List<Entry> entries = new ArrayList<>();
      for (int i = 1; i <= count && i <= FILES.size(); i++) {
        String name = value(keys, "file." + i);
        String old = value(keys, "file." + i + ".old");
        String next = value(keys, "file." + i + ".new");
        if (!FILES.contains(name) || !SHA256.matcher(next).matches() || !(old.equals(ABSENT) || SHA256.matcher(old).matches())) {
          throw new IllegalArgumentException("entry " + i + " is not a registry file with its SHA-256 before and after");
        }
        entries.add(new Entry(name, old.equals(ABSENT) ? null : old, next));
      }
      if (entries.size() != count || count == 0) {
        throw new IllegalArgumentException("it lists " + count + " files");
      }
      return entries;
    } catch (RegistryFormatException | IOException | IllegalArgumentException e) {
      throw new RegistryWriteException(unreadable + e.getMessage().strip() + advice, List.of(), e);
    }
  }

  private static String value(KeyValueFile keys, String key) {
    KeyValueFile.Entry entry = keys.get(key);
    if (entry == null) {
      throw new IllegalArgumentException("missing \"" + key + "\"");
    }
    return entry.value();
  }

  /** The SHA-256 of a file, {@code null} if it does not exist, or a marker matching no content if it cannot be read. */
  private static String sha256(Path file) throws RegistryWriteException {
    if (!Files.exists(file)) {
      return null;
    }
    try {
      return Sha256.hex(InputFile.read(file.toFile()).bytes());
    } catch (RegistryFormatException e) {
      return "unreadable";
    } catch (IOException e) {
      throw new RegistryWriteException("cannot read " + file + " (" + e + "); no file was changed", List.of(), e);
    }
  }

  private static String names(List<String> names) {
    return names.isEmpty() ? "none" : String.join(", ", names);
  }

  /** A new file keeps the permissions of the one it replaces. */
  private static void keepPermissions(Path target, Path staged) throws IOException {
    if (Files.exists(target) && Files.getFileStore(staged).supportsFileAttributeView(PosixFileAttributeView.class)) {
      Files.setPosixFilePermissions(staged, Files.getPosixFilePermissions(target));
    }
  }
}
