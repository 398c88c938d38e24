package io.github.smtpstatus.benchmarks;

import io.github.smtpstatus.codegen.RegistryCodeGeneration;
import io.github.smtpstatus.codegen.RegistryFormatException;
import io.github.smtpstatus.codegen.RegistryInputs;
import io.github.smtpstatus.codegen.RegistryLoader;
import io.github.smtpstatus.codegen.Warnings;
import io.github.smtpstatus.codegen.generate.GenerationModel;
import io.github.smtpstatus.codegen.generate.RegistrySources;
import io.github.smtpstatus.codegen.model.TableKind;
import io.github.smtpstatus.codegen.read.InputFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The code generator on the bundled registry, without Maven:
 *
 * <ul>
 *   <li>{@link #render}: model to source, the six types as bytes, from a model built once;
 *   <li>{@link #generate}: what the {@code generate} goal does on a clean build: read the bundled files,
 *       fingerprint them, load, validate, name, render and write six files and the state file into an
 *       empty directory;
 *   <li>{@link #noOp}: what it does on a build whose inputs are unchanged: read the bundled files,
 *       fingerprint them, read the state file, check the six files' SHA-256, write nothing.
 * </ul>
 *
 * <p>The goal itself adds one step not measured here: hashing the plugin jar for the generator version.
 * The goal's own log line gives the whole time in a real build (see BENCHMARKS.md);
 * {@link CodeGenerationColdBenchmark} gives the first run in a fresh JVM.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 10, time = 1)
public class CodeGenerationBenchmark {

  /** Stands in for the plugin id and jar digest that the goal puts into the fingerprint. */
  static final String GENERATOR_VERSION = "benchmarks";

  /** A model of the bundled registry, built once. */
  @State(Scope.Benchmark)
  public static class Model {
    GenerationModel model;

    @Setup
    public void setUp() throws RegistryFormatException {
      RegistryLoader.Loaded loaded = new RegistryLoader(Warnings.IGNORE).load(bundledInputs());
      model = GenerationModel.of(loaded.registry(), loaded.names(), "io.github.smtpstatus");
    }
  }

  /** An output directory that is empty before every call. */
  @State(Scope.Benchmark)
  public static class EmptyOutput {
    Path root;

    @Setup(Level.Trial)
    public void create() throws IOException {
      root = Files.createTempDirectory("smtp-status-bench-generate");
    }

    @Setup(Level.Invocation)
    public void empty() throws IOException {
      deleteContents(root);
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
      deleteContents(root);
      Files.deleteIfExists(root);
    }
  }

  /** An output directory holding the current output of the bundled registry and its state file. */
  @State(Scope.Benchmark)
  public static class CurrentOutput {
    Path root;

    @Setup(Level.Trial)
    public void generate() throws IOException, RegistryFormatException {
      root = Files.createTempDirectory("smtp-status-bench-noop");
      RegistryCodeGeneration.Outcome outcome = run(root);
      if (outcome.upToDate()) {
        throw new IllegalStateException("the first run must generate");
      }
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
      deleteContents(root);
      Files.deleteIfExists(root);
    }
  }

  @Benchmark
  public Map<String, byte[]> render(Model model) {
    return RegistrySources.render(model.model);
  }

  @Benchmark
  public RegistryCodeGeneration.Outcome generate(EmptyOutput output) throws IOException, RegistryFormatException {
    return run(output.root);
  }

  @Benchmark
  public RegistryCodeGeneration.Outcome noOp(CurrentOutput output) throws IOException, RegistryFormatException {
    RegistryCodeGeneration.Outcome outcome = run(output.root);
    if (!outcome.upToDate()) {
      throw new IllegalStateException("a run on unchanged inputs must be a no-op");
    }
    return outcome;
  }

  /** One run of the goal's work into {@code root}: sources under {@code src}, state in {@code state}. */
  static RegistryCodeGeneration.Outcome run(Path root) throws IOException, RegistryFormatException {
    return new RegistryCodeGeneration(Warnings.IGNORE).run(new RegistryCodeGeneration.Request(bundledInputs(),
        "io.github.smtpstatus", root.resolve("src"), root.resolve("state"), GENERATOR_VERSION));
  }

  /** The bundled registry read from registry-data on the class path, as the goal reads it. */
  static RegistryInputs bundledInputs() {
    return new RegistryInputs(bundled(TableKind.CLASS.fileName()), bundled(TableKind.SUBJECT.fileName()),
        bundled(TableKind.ENUMERATED.fileName()), bundled(RegistryInputs.NAMES_FILE),
        bundled(RegistryInputs.PROVENANCE_FILE));
  }

  private static InputFile bundled(String name) {
    String resource = RegistryInputs.BUNDLED_FOLDER + name;
    try (InputStream in = CodeGenerationBenchmark.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("registry-data is not on the class path: " + resource);
      }
      return InputFile.read(name, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RegistryFormatException e) {
      throw new IllegalStateException(e);
    }
  }

  static void deleteContents(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        if (!path.equals(root)) {
          Files.delete(path);
        }
      }
    }
  }
}
