package io.github.smtpstatus.benchmarks;

import io.github.smtpstatus.codegen.RegistryCodeGeneration;
import io.github.smtpstatus.codegen.RegistryFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The first generation of the bundled registry in a fresh JVM: nothing loaded, nothing compiled, as in a
 * build where the plugin runs once. One call per fork, ten forks.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(10)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class CodeGenerationColdBenchmark {

  private Path root;

  @Setup
  public void create() throws IOException {
    root = Files.createTempDirectory("smtp-status-bench-cold");
  }

  @TearDown
  public void delete() throws IOException {
    CodeGenerationBenchmark.deleteContents(root);
    Files.deleteIfExists(root);
  }

  @Benchmark
  public RegistryCodeGeneration.Outcome firstGenerate() throws IOException, RegistryFormatException {
    return CodeGenerationBenchmark.run(root);
  }
}
