package io.github.smtpstatus.codegen.rules;

import com.palantir.javapoet.JavaFile;
import io.github.smtpstatus.codegen.Problem;
import io.github.smtpstatus.codegen.RegistryFormatException;
import io.github.smtpstatus.codegen.Warnings;
import io.github.smtpstatus.codegen.output.GenerationState;
import io.github.smtpstatus.codegen.output.SourceTreeWriter;
import io.github.smtpstatus.codegen.read.InputFile;
import io.github.smtpstatus.codegen.read.Sha256;
import io.github.smtpstatus.codegen.rules.compile.TableEncoder;
import io.github.smtpstatus.codegen.rules.generate.RulesClassGenerator;
import io.github.smtpstatus.codegen.rules.model.Rule;
import io.github.smtpstatus.codegen.rules.read.ReasonsFile;
import io.github.smtpstatus.codegen.rules.validate.RuleOrderCheck;
import io.github.smtpstatus.codegen.rules.validate.RulesFileValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One run of the {@code classification-rules} goal without Maven: read and check the rules files,
 * put the user's rules before the shipped ones (first match wins, so a user's rule overrides), compile
 * them into tables, generate the class that holds them and write it, unless the last run's output is
 * intact and current.
 *
 * <p>Order checks ({@link RuleOrderCheck}) run within the user's file and within the shipped files
 * taken together, never across the two: a user's rule that makes a shipped one unreachable is the
 * point of overriding. Everything is generated in memory before anything is written.
 */
public final class ClassificationRulesGeneration {

  /**
   * What to generate.
   *
   * @param reasons the taxonomy ({@code reasons.csv})
   * @param shipped the shipped rules files in the order they are tried
   * @param includeShipped whether the shipped rules follow the user's
   * @param userRules the user's rules file, or {@code null}
   * @param packageName the package of the generated class
   * @param className the simple name of the generated class
   * @param outputDirectory the source root to write into
   * @param stateFile where to keep the state of this generation
   * @param generatorVersion identifies the generator, part of the fingerprint
   */
  public record Request(InputFile reasons, List<InputFile> shipped, boolean includeShipped, InputFile userRules,
      String packageName, String className, Path outputDirectory, Path stateFile, String generatorVersion) {
    /**
     * Copies the shipped files and rejects a request without rules.
     *
     * @param reasons the taxonomy ({@code reasons.csv})
     * @param shipped the shipped rules files in the order they are tried
     * @param includeShipped whether the shipped rules follow the user's
     * @param userRules the user's rules file, or {@code null}
     * @param packageName the package of the generated class
     * @param className the simple name of the generated class
     * @param outputDirectory the source root to write into
     * @param stateFile where to keep the state of this generation
     * @param generatorVersion identifies the generator, part of the fingerprint
     * @throws NullPointerException if a component other than {@code userRules} is {@code null}
     * @throws IllegalArgumentException if there is no user's rules file and the shipped rules are left out
     */
    public Request {
      Objects.requireNonNull(reasons, "reasons == null");
      shipped = List.copyOf(shipped);
      Objects.requireNonNull(packageName, "packageName == null");
      Objects.requireNonNull(className, "className == null");
      Objects.requireNonNull(outputDirectory, "outputDirectory == null");
      Objects.requireNonNull(stateFile, "stateFile == null");
      Objects.requireNonNull(generatorVersion, "generatorVersion == null");
      if (userRules == null && !includeShipped) {
        throw new IllegalArgumentException("no rules: neither a rules file nor the shipped rules");
      }
    }
  }

  /**
   * What a run did.
   *
   * @param upToDate whether the previous output was current, so nothing was read or written
   * @param userRules the rules of the user's file
   * @param shippedRules the shipped rules included
   * @param phrases the distinct phrases
   * @param writes what the writer did; all zero when up to date
   */
  public record Outcome(boolean upToDate, int userRules, int shippedRules, int phrases, SourceTreeWriter.Result writes) {}

  private final Warnings warnings;

  /**
   * A generation that reports soft oddities of the rules files to {@code warnings}.
   *
   * @param warnings receives each warning, with file and line
   */
  public ClassificationRulesGeneration(Warnings warnings) {
    this.warnings = Objects.requireNonNull(warnings, "warnings == null");
  }

  /**
   * Runs the generation.
   *
   * @param request what to generate and where
   * @return the counts of rules and phrases, and what was written
   * @throws RegistryFormatException if a rules file is malformed or a rule can never decide; nothing is written then
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

    Set<String> reasons = ReasonsFile.read(request.reasons(), warnings);
    RulesFileValidator validator = new RulesFileValidator(reasons, warnings);
    List<Problem> problems = new ArrayList<>();
    List<RulesClassGenerator.InputSummary> inputs = new ArrayList<>();
    List<Rule> user = request.userRules() == null ? List.of() : readInto(validator, request.userRules(), problems, inputs);
    List<Rule> shipped = new ArrayList<>();
    if (request.includeShipped()) {
      for (InputFile file : request.shipped()) {
        shipped.addAll(readInto(validator, file, problems, inputs));
      }
    }
    if (problems.isEmpty()) {
      problems.addAll(RuleOrderCheck.check(user));
      problems.addAll(RuleOrderCheck.check(shipped));
    }
    RulesFileValidator.throwIfAny("classification rules", problems);
    List<Rule> all = new ArrayList<>(user);
    all.addAll(shipped);
    TableEncoder.Tables tables = TableEncoder.encode(all);
    JavaFile source = RulesClassGenerator.generate(request.packageName(), request.className(), inputs, tables);
    Map<String, byte[]> files = Map.of(
        request.packageName().replace('.', '/') + "/" + request.className() + ".java", render(source));

    Set<String> stale = previous.map(state -> state.files().keySet()).orElse(Set.of());
    SourceTreeWriter.Result writes = SourceTreeWriter.write(request.outputDirectory(), files, stale);
    List<Integer> counts = List.of(user.size(), shipped.size(), tables.phrases());
    GenerationState.of(fingerprint, counts, files).write(request.stateFile());
    return new Outcome(false, user.size(), shipped.size(), tables.phrases(), writes);
  }

  private static List<Rule> readInto(RulesFileValidator validator, InputFile file, List<Problem> problems,
      List<RulesClassGenerator.InputSummary> inputs) {
    try {
      List<Rule> rules = validator.read(file);
      inputs.add(new RulesClassGenerator.InputSummary(TableEncoder.fileName(file.name()), Sha256.hex(file), rules.size()));
      return rules;
    } catch (RegistryFormatException e) {
      problems.addAll(e.problems());
      return List.of();
    }
  }

  private static byte[] render(JavaFile file) {
    StringBuilder source = new StringBuilder();
    try {
      file.writeTo(source);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringBuilder does not throw", e);
    }
    return source.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** SHA-256 over everything that determines the output, each part length-prefixed. */
  static String fingerprint(Request request) {
    MessageDigest digest = Sha256.digest();
    List<byte[]> parts = new ArrayList<>();
    for (String text : List.of("smtp-status-classification-rules/1", request.generatorVersion(), request.packageName(),
        request.className(), String.valueOf(request.includeShipped()),
        request.outputDirectory().toAbsolutePath().normalize().toString())) {
      parts.add(text.getBytes(StandardCharsets.UTF_8));
    }
    List<InputFile> files = new ArrayList<>(request.shipped());
    files.add(request.reasons());
    if (request.userRules() != null) {
      files.add(request.userRules());
    }
    for (InputFile file : files) {
      parts.add(file.name().getBytes(StandardCharsets.UTF_8));
      parts.add(file.bytes());
    }
    for (byte[] part : parts) {
      digest.update(Integer.toString(part.length).getBytes(StandardCharsets.US_ASCII));
      digest.update((byte) ':');
      digest.update(part);
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
