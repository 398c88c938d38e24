package io.github.smtpstatus.codegen.update;

import io.github.smtpstatus.codegen.RegistryFormatException;
import io.github.smtpstatus.codegen.RegistryInputs;
import io.github.smtpstatus.codegen.RegistryLoader;
import io.github.smtpstatus.codegen.Warnings;
import io.github.smtpstatus.codegen.diff.DiffReport;
import io.github.smtpstatus.codegen.diff.RegistryComparator;
import io.github.smtpstatus.codegen.diff.RegistryDiff;
import io.github.smtpstatus.codegen.fetch.DownloadException;
import io.github.smtpstatus.codegen.fetch.TableSource;
import io.github.smtpstatus.codegen.model.TableKind;
import io.github.smtpstatus.codegen.naming.ConstantNamingRule;
import io.github.smtpstatus.codegen.output.AtomicFiles;
import io.github.smtpstatus.codegen.read.InputFile;
import io.github.smtpstatus.codegen.read.RawTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One run of the {@code update} goal without Maven: read the registry folder, fetch the three tables
 * from the source, validate them with the reader and validator generation uses, compare, report, and
 * only then, if allowed, replace the folder's files all together.
 *
 * <p>Nothing in the registry folder is written unless every table was fetched and validated, the new
 * names were derived without collision, the complete new registry loads as generation would load it,
 * and the change neither removes a row nor rewrites a code (unless removals are allowed). The files are
 * then replaced together by a {@link RegistryTransaction}: staged beside the folder, journaled, moved
 * into place, moved back on a failure; an update that a killed process left half done is finished (or
 * rolled back) before anything else. When the three tables are byte-identical to the folder's, no file
 * is touched.
 */
public final class RegistryUpdate {

  /**
   * What to update.
   *
   * @param folder the registry folder to update
   * @param source where to read the new tables
   * @param today the retrieval date to record
   * @param reportFile where to write the report (Markdown); replaced on each run
   * @param allowRemovals whether a new version may remove rows or rewrite codes
   * @param dryRun whether to report only
   * @param failOnChange whether a change is refused (and reported) instead of written
   */
  public record Request(
      RegistryFolder folder, TableSource source, LocalDate today, Path reportFile,
      boolean allowRemovals, boolean dryRun, boolean failOnChange) {
    /**
     * Rejects null components.
     *
     * @param folder the registry folder to update
     * @param source where to read the new tables
     * @param today the retrieval date to record
     * @param reportFile where to write the report (Markdown); replaced on each run
     * @param allowRemovals whether a new version may remove rows or rewrite codes
     * @param dryRun whether to report only
     * @param failOnChange whether a change is refused (and reported) instead of written
     * @throws NullPointerException if {@code folder}, {@code source}, {@code today} or {@code reportFile}
     *     is {@code null}
     */
    public Request {
      Objects.requireNonNull(folder, "folder == null");
      Objects.requireNonNull(source, "source == null");
      Objects.requireNonNull(today, "today == null");
      Objects.requireNonNull(reportFile, "reportFile == null");
    }
  }

  /** How a run ended. */
  public enum Result {
    /** The source's tables are byte-identical to the folder's; nothing was written. */
    UNCHANGED,
    /** The folder's files were replaced. */
    UPDATED,
    /** Changes were found and reported; dry run, so nothing was written. */
    DRY_RUN,
    /** Changes were found and refused (removals, or failOnChange); nothing was written. */
    REFUSED
  }

  /**
   * What a run did.
   *
   * @param result how it ended
   * @param diff the differences found
   * @param report the report, as written to the report file
   * @param appendedNames the names appended (or, unless {@link Result#UPDATED}, that would be)
   * @param written the files replaced, empty unless {@link Result#UPDATED}
   * @param refusal why the change was refused, or {@code null}
   * @param recovery what the run did first about an interrupted update
   */
  public record Outcome(Result result, RegistryDiff diff, String report, Map<String, String> appendedNames,
      List<Path> written, String refusal, Recovery recovery) {
    /**
     * Copies the names and files, keeping the order of the names.
     *
     * @param result how it ended
     * @param diff the differences found
     * @param report the report, as written to the report file
     * @param appendedNames the names appended (or, unless {@link Result#UPDATED}, that would be)
     * @param written the files replaced, empty unless {@link Result#UPDATED}
     * @param refusal why the change was refused, or {@code null}
     * @param recovery what the run did first about an interrupted update
     * @throws NullPointerException if {@code appendedNames}, {@code written} or {@code recovery} is
     *     {@code null}
     */
    public Outcome {
      appendedNames = Collections.unmodifiableMap(new LinkedHashMap<>(appendedNames));
      written = List.copyOf(written);
      Objects.requireNonNull(recovery, "recovery == null");
    }
  }

  /**
   * What became of an update that an earlier run left half done.
   *
   * @param message what was done, or {@code null} if there was nothing to recover
   * @param changed the files this recovery changed
   */
  public record Recovery(String message, List<String> changed) {
    /** Nothing to recover. */
    public static final Recovery NONE = new Recovery(null, List.of());

    /**
     * Copies the list of files.
     *
     * @param message what was done, or {@code null} if there was nothing to recover
     * @param changed the files this recovery changed
     */
    public Recovery {
      changed = List.copyOf(changed);
    }

    /** {@return whether there was an interrupted update (or its staging folder) to deal with} */
    public boolean happened() {
      return message != null;
    }
  }

  private final Warnings warnings;
  private final FileOperations files;

  /**
   * An update that reports soft oddities of the fetched tables to {@code warnings} and changes files
   * through the file system.
   *
   * @param warnings receives each warning, with file and line
   */
  public RegistryUpdate(Warnings warnings) {
    this(warnings, FileOperations.SYSTEM);
  }

  RegistryUpdate(Warnings warnings, FileOperations files) {
    this.warnings = Objects.requireNonNull(warnings, "warnings == null");
    this.files = Objects.requireNonNull(files, "files == null");
  }

  /**
   * Finishes (or rolls back) an update of the folder that an earlier run left half done, or removes the
   * staging folder it left; {@link #run} does this first too.
   *
   * @param folder the registry folder
   * @param mayWrite whether files may change; if not, a pending update is an error
   * @return what was done, or {@link Recovery#NONE} if there was nothing to recover
   * @throws RegistryWriteException if the interrupted update can be neither finished nor rolled back;
   *     the message says which files changed
   */
  public Recovery recover(RegistryFolder folder, boolean mayWrite) throws RegistryWriteException {
    return new RegistryTransaction(folder.path(), files).recover(mayWrite);
  }

  /**
   * Runs the update.
   *
   * @param request what to update, from where, and what is allowed
   * @return how it ended, with the differences and the report (also written to the request's report file)
   * @throws RegistryFormatException if the folder's registry or a fetched table is invalid, or the new
   *     codes cannot be named; nothing is written then
   * @throws RegistryWriteException if writing the registry folder fails; the message says which files
   *     changed
   * @throws IOException if reading or downloading fails ({@link DownloadException} names the URL);
   *     nothing in the registry folder is written then
   */
  public Outcome run(Request request) throws RegistryFormatException, IOException {
    RegistryFolder folder = request.folder();
    Recovery recovery = recover(folder, !request.dryRun() && !request.failOnChange());
    Files.deleteIfExists(request.reportFile());
    RegistryInputs currentInputs = folder.read();
    // The folder's own oddities were reported when it was generated from; only the new tables' are news.
    RegistryLoader.Validated current = new RegistryLoader(Warnings.IGNORE).validate(currentInputs);
    RegistryLoader loader = new RegistryLoader(warnings);

    Map<TableKind, InputFile> fetched = new EnumMap<>(TableKind.class);
    for (TableKind kind : TableKind.values()) {
      fetched.put(kind, request.source().fetch(kind));
    }
    RegistryLoader.Validated next = loader.validate(new RegistryInputs(
        fetched.get(TableKind.CLASS), fetched.get(TableKind.SUBJECT), fetched.get(TableKind.ENUMERATED), null, null));

    RegistryDiff diff = RegistryComparator.compare(current.tables(), next.tables());
    String before = folder.path().toString();
    String after = request.source().location();
    if (!diff.changed()) {
      String report = DiffReport.render(before, after, diff, List.of());
      AtomicFiles.write(request.reportFile(), report.getBytes(StandardCharsets.UTF_8));
      return new Outcome(Result.UNCHANGED, diff, report, Map.of(), List.of(), null, recovery);
    }

    Map<String, String> names = NamesAppender.newNames(next.registry(), current.names(), folder.names().toString(), warnings);
    Map<Path, byte[]> staged = stage(request, currentInputs, fetched, next.tables(), diff, names);
    // The complete new folder must load exactly as generation will load it.
    new RegistryLoader(Warnings.IGNORE).load(inputsOf(staged, folder, currentInputs));

    String report = DiffReport.render(before, after, diff, sections(request, names));
    AtomicFiles.write(request.reportFile(), report.getBytes(StandardCharsets.UTF_8));
    String refusal = refusal(request, diff);
    if (refusal != null) {
      return new Outcome(Result.REFUSED, diff, report, names, List.of(), refusal, recovery);
    }
    if (request.dryRun()) {
      return new Outcome(Result.DRY_RUN, diff, report, names, List.of(), null, recovery);
    }
    Map<String, byte[]> replacements = new LinkedHashMap<>();
    staged.forEach((path, bytes) -> replacements.put(path.getFileName().toString(), bytes));
    new RegistryTransaction(folder.path(), files).apply(replacements, contents(currentInputs), warnings);
    return new Outcome(Result.UPDATED, diff, report, names, List.copyOf(staged.keySet()), null, recovery);
  }

  private static String refusal(Request request, RegistryDiff diff) {
    if (diff.breaksCallers() && !request.allowRemovals()) {
      StringBuilder reason = new StringBuilder("the new registry");
      if (!diff.removedCodes().isEmpty()) {
        reason.append(" removes ").append(String.join(", ", diff.removedCodes()));
      }
      if (!diff.codeSyntaxChanges().isEmpty()) {
        reason.append(diff.removedCodes().isEmpty() ? "" : " and").append(" writes differently the code of ")
            .append(String.join(", ", diff.codeSyntaxChanges()));
      }
      return reason.append("; RFC 3463 codes are never withdrawn and a removed constant breaks its callers."
          + " Review the report; to accept, run again with -Dsmtp-status.allowRemovals=true").toString();
    }
    if (request.failOnChange()) {
      return "the registry changed and failOnChange=true";
    }
    return null;
  }

  private static Map<Path, byte[]> stage(Request request, RegistryInputs currentInputs, Map<TableKind, InputFile> fetched,
      Map<TableKind, RawTable> tables, RegistryDiff diff, Map<String, String> names) {
    RegistryFolder folder = request.folder();
    Map<Path, byte[]> staged = new LinkedHashMap<>();
    List<ProvenanceRewriter.TableRecord> records = new ArrayList<>();
    for (TableKind kind : TableKind.values()) {
      boolean changed = diff.tables().get(kind.ordinal()).bytesChanged();
      if (changed) {
        staged.put(folder.table(kind), fetched.get(kind).bytes());
      }
      records.add(new ProvenanceRewriter.TableRecord(kind, request.source().tableUrl(kind), request.today().toString(),
          tables.get(kind).sha256(), changed));
    }
    if (!names.isEmpty()) {
      InputFile currentNames = currentInputs.names();
      staged.put(folder.names(), NamesAppender.append(currentNames == null ? null : currentNames.bytes(), names, request.today()));
    }
    InputFile currentProvenance = currentInputs.provenance();
    staged.put(folder.provenance(),
        ProvenanceRewriter.rewrite(currentProvenance == null ? null : currentProvenance.bytes(), records));
    return staged;
  }

  /** The current files by name; names.properties and registry.properties may not exist. */
  private static Map<String, byte[]> contents(RegistryInputs inputs) {
    Map<String, byte[]> contents = new LinkedHashMap<>();
    for (TableKind kind : TableKind.values()) {
      contents.put(kind.fileName(), inputs.table(kind).bytes());
    }
    if (inputs.names() != null) {
      contents.put(RegistryInputs.NAMES_FILE, inputs.names().bytes());
    }
    if (inputs.provenance() != null) {
      contents.put(RegistryInputs.PROVENANCE_FILE, inputs.provenance().bytes());
    }
    return contents;
  }

  private static RegistryInputs inputsOf(Map<Path, byte[]> staged, RegistryFolder folder, RegistryInputs current)
      throws RegistryFormatException {
    return new RegistryInputs(
        stagedOr(staged, folder.table(TableKind.CLASS), current.classCodes()),
        stagedOr(staged, folder.table(TableKind.SUBJECT), current.subjectCodes()),
        stagedOr(staged, folder.table(TableKind.ENUMERATED), current.enumeratedCodes()),
        stagedOr(staged, folder.names(), current.names()),
        stagedOr(staged, folder.provenance(), current.provenance()));
  }

  private static InputFile stagedOr(Map<Path, byte[]> staged, Path path, InputFile current) throws RegistryFormatException {
    byte[] bytes = staged.get(path);
    return bytes == null ? current : InputFile.of(path.toString(), bytes);
  }

  private static List<DiffReport.Section> sections(Request request, Map<String, String> names) {
    List<DiffReport.Section> sections = new ArrayList<>();
    if (!names.isEmpty()) {
      List<String> lines = new ArrayList<>();
      lines.add("Appended to " + request.folder().names().getFileName() + " under \"# added by smtp-status:update on "
          + request.today() + "\"; existing lines are unchanged:");
      lines.add("");
      names.forEach((code, name) -> lines.add("- " + code + "=" + name
          + (name.length() > ConstantNamingRule.UNWIELDY_LENGTH
              ? " (over " + ConstantNamingRule.UNWIELDY_LENGTH + " characters: consider a shorter name before committing)"
              : "")));
      sections.add(new DiffReport.Section("New constant names", lines));
    }
    List<String> provenance = new ArrayList<>();
    for (TableKind kind : TableKind.values()) {
      provenance.add("- " + kind.key() + ": " + request.source().tableUrl(kind) + ", retrieved " + request.today());
    }
    sections.add(new DiffReport.Section("Provenance (registry.properties)", provenance));
    return sections;
  }
}
