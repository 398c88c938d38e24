package io.github.smtpstatus.codegen;

import io.github.smtpstatus.codegen.generate.GenerationModel;
import io.github.smtpstatus.codegen.generate.RegistrySources;
import io.github.smtpstatus.codegen.model.Registry;
import io.github.smtpstatus.codegen.output.GenerationState;
import io.github.smtpstatus.codegen.output.SourceTreeWriter;
import io.github.smtpstatus.codegen.read.InputFile;
import io.github.smtpstatus.codegen.read.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One run of the {@code generate} goal without Maven: fingerprint the inputs, stop if the last run's
 * output is intact and current, else load → generate → write, then record the new state.
 *
 * <p>Everything is generated in memory before the first byte is written, so bad input leaves the
 * previous output untouched.
 */
public final class RegistryCodeGeneration {

  /**
   * What to generate and where.
   *
   * @param inputs the registry files
   * @param packageName the package of the generated types
   * @param outputDirectory the source root to write into
   * @param stateFile where to keep the state of this generation
   * @param generatorVersion identifies the generator (plugin version and jar digest), part of the
   *     fingerprint so that a new generator regenerates
   * @param failOnWarning whether a warning about the inputs (other than the known oddities of the
   *     bundled registry, which go to {@link Warnings#debug}) fails the run before anything is written
   */
  public record Request(RegistryInputs inputs, String packageName, Path outputDirectory, Path stateFile,
      String generatorVersion, boolean failOnWarning) {
    /**
     * Rejects null components.
     *
     * @param inputs the registry files
     * @param packageName the package of the generated types
     * @param outputDirectory the source root to write into
     * @param stateFile where to keep the state of this generation
     * @param generatorVersion identifies the generator (plugin version and jar digest), part of the
     *     fingerprint so that a new generator regenerates
     * @param failOnWarning whether a warning about the inputs fails the run before anything is written
     */
    public Request {
      Objects.requireNonNull(inputs, "inputs == null");
      Objects.requireNonNull(packageName, "packageName == null");
      Objects.requireNonNull(outputDirectory, "outputDirectory == null");
      Objects.requireNonNull(stateFile, "stateFile == null");
      Objects.requireNonNull(generatorVersion, "generatorVersion == null");
    }

    /**
     * A request that only reports warnings: {@code failOnWarning} is {@code false}.
     *
     * @param inputs the registry files
     * @param packageName the package of the generated types
     * @param outputDirectory the source root to write into
     * @param stateFile where to keep the state of this generation
     * @param generatorVersion identifies the generator (plugin version and jar digest), part of the
     *     fingerprint so that a new generator regenerates
     * @throws NullPointerException if any argument is {@code null}
     */
    public Request(RegistryInputs inputs, String packageName, Path outputDirectory, Path stateFile,
        String generatorVersion) {
      this(inputs, packageName, outputDirectory, stateFile, generatorVersion, false);
    }
  }

  /**
   * What a run did.
   *
   * @param upToDate whether the previous output was current, so nothing was read or written
   * @param classes rows of the class table
   * @param subjects rows of the subject table
   * @param codes rows of the enumerated table
   * @param writes what the writer did; all zero when up to date
   */
  public record Outcome(boolean upToDate, int classes, int subjects, int codes, SourceTreeWriter.Result writes) {

    /**
     * {@return the line the goal and the command print, such as {@code smtp-status: generated 3 classes, 8
     * subjects, 81 codes into DIR: 6 files written, 0 unchanged, 0 stale deleted}}
     *
     * @param outputDirectory where the sources went
     */
    public String summary(Path outputDirectory) {
      String counts = classes + " classes, " + subjects + " subjects, " + codes + " codes";
      return upToDate
          ? "smtp-status: " + counts + " up to date in " + outputDirectory + ", nothing written"
          : "smtp-status: generated " + counts + " into " + outputDirectory + ": " + writes.written() + " files written, "
              + writes.unchanged() + " unchanged, " + writes.deleted() + " stale deleted";
    }
  }

  private final Warnings warnings;

  /**
   * A generation that reports soft oddities of the input to {@code warnings}.
   *
   * @param warnings receives each warning, with file and line
   */
  public RegistryCodeGeneration(Warnings warnings) {
    this.warnings = Objects.requireNonNull(warnings, "warnings == null");
  }

  /**
   * Runs the generation.
   *
   * @param request what to generate and where
   * @return what the run did
   * @throws RegistryFormatException if an input is malformed; nothing is written then
   * @throws IOException if reading the state or writing the output fails
   */
  public Outcome run(Request request) throws RegistryFormatException, IOException {
    String fingerprint = fingerprint(request);
    Optional<GenerationState> previous = GenerationState.read(request.stateFile());
    if (previous.isPresent() && previous.get().fingerprint().equals(fingerprint)
        && previous.get().filesIntact(request.outputDirectory())) {
      List<Integer> counts = previous.get().counts();
      return new Outcome(true, counts.get(0), counts.get(1), counts.get(2), new SourceTreeWriter.Result(0, 0, 0));
    }

    RegistryLoader.Loaded loaded = new RegistryLoader(warnings).load(request.inputs());
    if (request.failOnWarning() && loaded.warnings() > 0) {
      throw new RegistryFormatException(Problem.inFile("smtp-status", "the inputs drew " + loaded.warnings()
          + " warning(s), reported above, and failOnWarning is set: nothing was generated"));
    }
    Registry registry = loaded.registry();
    Map<String, byte[]> files = RegistrySources.render(
        GenerationModel.of(registry, loaded.names(), request.packageName()));

    Set<String> stale = previous.map(state -> state.files().keySet()).orElse(Set.of());
    SourceTreeWriter.Result writes = SourceTreeWriter.write(request.outputDirectory(), files, stale);
    List<Integer> counts = List.of(registry.classes().size(), registry.subjects().size(), registry.codes().size());
    GenerationState.of(fingerprint, counts, files).write(request.stateFile());
    return new Outcome(false, counts.get(0), counts.get(1), counts.get(2), writes);
  }

  /** SHA-256 over everything that determines the output. */
  static String fingerprint(Request request) {
    MessageDigest digest = Sha256.digest();
    for (String part : List.of("smtp-status-generate/2", request.generatorVersion(), request.packageName(),
        request.outputDirectory().toAbsolutePath().normalize().toString(), String.valueOf(request.failOnWarning()))) {
      update(digest, part.getBytes(StandardCharsets.UTF_8));
    }
    RegistryInputs inputs = request.inputs();
    for (InputFile input : Arrays.asList(inputs.classCodes(), inputs.subjectCodes(), inputs.enumeratedCodes(),
        inputs.names(), inputs.provenance())) {
      if (input == null) {
        update(digest, new byte[0]);
        update(digest, new byte[0]);
      } else {
        update(digest, input.name().getBytes(StandardCharsets.UTF_8));
        update(digest, input.bytes());
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** Length-prefixed, so that no two different part lists hash alike. */
  private static void update(MessageDigest digest, byte[] part) {
    digest.update(HexFormat.of().formatHex(new byte[] {
        (byte) (part.length >>> 24), (byte) (part.length >>> 16), (byte) (part.length >>> 8), (byte) part.length
    }).getBytes(StandardCharsets.US_ASCII));
    digest.update(part);
  }
}
