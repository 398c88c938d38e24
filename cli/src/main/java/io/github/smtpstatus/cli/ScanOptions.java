package io.github.smtpstatus.cli;

import io.github.smtpstatus.cli.input.Input;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options of {@code scan} and {@code summary scan}: the inputs and how to read them. */
public final class ScanOptions {

  /** Options at their defaults, until picocli sets them from the command line. */
  public ScanOptions() {}

  @Parameters(paramLabel = "FILE", arity = "0..*",
      description = "Mail logs or text files; standard input when none is given, or for '-'.")
  List<String> files = new ArrayList<>();

  @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
      description = "Classify on N threads; the output keeps the input order (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--max-line-length", paramLabel = "BYTES", defaultValue = "65536",
      description = "Read only the first BYTES bytes of longer lines; they are counted (default: ${DEFAULT-VALUE}).")
  int maxLineBytes;

  /** Hidden: the size of the units handed to the threads, for tests and tuning. */
  @Option(names = "--chunk-bytes", paramLabel = "BYTES", defaultValue = "1048576", hidden = true)
  int chunkBytes;

  @Option(names = "--fail-on", paramLabel = "WHAT", completionCandidates = FailOn.Names.class,
      description = FailOn.DESCRIPTION)
  FailOn failOn;

  /** The inputs, in order: standard input when no file is named. */
  List<Input> inputs(java.util.function.Supplier<java.io.InputStream> stdin) {
    if (files.isEmpty()) {
      return List.of(Input.stdin(stdin));
    }
    List<Input> inputs = new ArrayList<>();
    for (String file : files) {
      inputs.add(Input.of(file, stdin));
    }
    return inputs;
  }

  /** Checks the numbers; a message for the usage error, or null. */
  String invalid() {
    if (threads < 1 || threads > 256) {
      return "--threads must be between 1 and 256, not " + threads;
    }
    if (maxLineBytes < 80 || maxLineBytes > 16 << 20) {
      return "--max-line-length must be between 80 and 16777216 bytes, not " + maxLineBytes;
    }
    if (chunkBytes < 1 || chunkBytes > 64 << 20) {
      return "--chunk-bytes must be between 1 and 67108864, not " + chunkBytes;
    }
    long stdinCount = files.stream().filter("-"::equals).count();
    if (stdinCount > 1) {
      return "standard input ('-') can be named only once";
    }
    return null;
  }
}
