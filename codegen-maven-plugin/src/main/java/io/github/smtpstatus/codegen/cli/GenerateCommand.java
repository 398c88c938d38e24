package io.github.smtpstatus.codegen.cli;

import io.github.smtpstatus.codegen.BundledRegistry;
import io.github.smtpstatus.codegen.Problem;
import io.github.smtpstatus.codegen.RegistryCodeGeneration;
import io.github.smtpstatus.codegen.RegistryFormatException;
import io.github.smtpstatus.codegen.RegistryInputs;
import io.github.smtpstatus.codegen.Warnings;
import io.github.smtpstatus.codegen.generate.GeneratedTypes;
import io.github.smtpstatus.codegen.generate.LibraryPackage;
import io.github.smtpstatus.codegen.read.Sha256;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code generate} goal without Maven, for Gradle's {@code JavaExec} and other builds: the same
 * inputs, checks, output and up-to-date check. Its arguments and exit codes are a stable interface
 * (docs/GRADLE.md):
 *
 * <ul>
 *   <li>{@value #OK}: generated, or already up to date;
 *   <li>{@value #BAD_INPUT}: an input was refused (its problems are printed with file and line), or
 *       {@code --fail-on-warning} and a warning; nothing was written;
 *   <li>{@value #USAGE}: bad arguments;
 *   <li>{@value #IO_FAILURE}: a file could not be read or the output written.
 * </ul>
 */
@Command(name = "smtp-status-generate", mixinStandardHelpOptions = true,
    versionProvider = GenerateCommand.Version.class,
    description = "Generates Java enums from IANA's SMTP Enhanced Status Codes registry (the bundled copy, or tables"
        + " of your own).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:generated, or already up to date", "1:an input was refused, or a warning with --fail-on-warning",
        "2:bad arguments", "3:a file could not be read or written"})
public final class GenerateCommand implements Callable<Integer> {

  /** Generated, or already up to date. */
  public static final int OK = 0;

  /** An input was refused, or a warning with {@code --fail-on-warning}; nothing was written. */
  public static final int BAD_INPUT = 1;

  /** Bad arguments. */
  public static final int USAGE = 2;

  /** A file could not be read or written. */
  public static final int IO_FAILURE = 3;

  @Spec
  private CommandLine.Model.CommandSpec spec;

  @Option(names = "--package", required = true, paramLabel = "NAME",
      description = "Package of the generated types, such as com.example.mail.status.")
  private String packageName;

  @Option(names = "--output", required = true, paramLabel = "DIR",
      description = "Source root to write into (replaced as a whole when anything changed).")
  private File output;

  @Option(names = "--class-codes", paramLabel = "FILE", description = "Class Sub-Codes table (default: bundled).")
  private File classCodes;

  @Option(names = "--subject-codes", paramLabel = "FILE", description = "Subject Sub-Codes table (default: bundled).")
  private File subjectCodes;

  @Option(names = "--enumerated-codes", paramLabel = "FILE",
      description = "Enumerated Status Codes table (default: bundled).")
  private File enumeratedCodes;

  @Option(names = "--names", paramLabel = "FILE", description = "Pinned constant names (default: bundled).")
  private File names;

  @Option(names = "--registry-properties", paramLabel = "FILE",
      description = "Provenance of the tables (default: bundled when all three tables are).")
  private File registryProperties;

  @Option(names = "--state-file", paramLabel = "FILE",
      description = "Where to keep the state of the last generation (default: <output>.smtp-status.state beside it).")
  private File stateFile;

  @Option(names = "--fail-on-warning", description = "Refuse inputs that draw a warning, before writing anything.")
  private boolean failOnWarning;

  @Option(names = "--verbose", description = "Also print the bundled registry's known oddities.")
  private boolean verbose;

  /** A command whose options are set by picocli when {@link #run} parses the arguments. */
  public GenerateCommand() {}

  /**
   * Runs the command and exits with its code.
   *
   * @param args the arguments; {@code --help} lists them
   */
  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /**
   * Runs the command, printing to the given writers.
   *
   * @param out receives the summary line and {@code --help} or {@code --version}
   * @param err receives warnings, refused inputs with file and line, and usage errors
   * @param args the arguments; {@code --help} lists them
   * @return the exit code: {@value #OK}, {@value #BAD_INPUT}, {@value #USAGE} or {@value #IO_FAILURE}
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine line = new CommandLine(new GenerateCommand());
    line.setOut(out);
    line.setErr(err);
    return line.execute(args);
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String invalid = GeneratedTypes.invalidPackageReason(packageName);
    if (invalid == null) {
      invalid = LibraryPackage.refusal(packageName, null, null);
    } else {
      invalid = "\"" + packageName + "\" " + invalid;
    }
    if (invalid != null) {
      err.println("smtp-status: --package: " + invalid);
      return USAGE;
    }
    Path outputDirectory = output.toPath().toAbsolutePath().normalize();
    Path state = stateFile != null ? stateFile.toPath()
        : outputDirectory.resolveSibling(outputDirectory.getFileName() + ".smtp-status.state");
    try {
      RegistryInputs inputs = BundledRegistry.inputs(classCodes, subjectCodes, enumeratedCodes, names, registryProperties);
      RegistryCodeGeneration.Outcome outcome = new RegistryCodeGeneration(new Printed(err, verbose))
          .run(new RegistryCodeGeneration.Request(inputs, packageName, outputDirectory, state, generatorVersion(),
              failOnWarning));
      out.println(outcome.summary(outputDirectory));
      return OK;
    } catch (RegistryFormatException e) {
      err.println(e.getMessage());
      return BAD_INPUT;
    } catch (IOException e) {
      err.println("smtp-status: cannot generate into " + outputDirectory + ": " + e);
      return IO_FAILURE;
    }
  }

  /** The version of this code and the digest of the jar holding it, so that a new generator regenerates. */
  static String generatorVersion() throws IOException {
    String version = "smtp-status-generate:" + GenerateCommand.class.getPackage().getImplementationVersion();
    try {
      Path source = Path.of(GenerateCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isRegularFile(source)) {
        version += "@" + Sha256.hex(Files.readAllBytes(source));
      }
    } catch (URISyntaxException | RuntimeException e) {
      // No readable code source (a custom class loader): the version alone identifies the generator.
    }
    return version;
  }

  /** Warnings to standard error; the bundled registry's known oddities only with --verbose. */
  private record Printed(PrintWriter err, boolean verbose) implements Warnings {
    @Override
    public void warn(Problem problem) {
      err.println("warning: " + problem);
    }

    @Override
    public void debug(Problem problem) {
      if (verbose) {
        err.println("note: " + problem);
      }
    }
  }

  /** The implementation version of the jar. */
  public static final class Version implements CommandLine.IVersionProvider {
    /** picocli creates the provider when {@code --version} is given. */
    public Version() {}

    @Override
    public String[] getVersion() {
      String version = GenerateCommand.class.getPackage().getImplementationVersion();
      return new String[] {"smtp-status-generate " + (version == null ? "(development build)" : version)};
    }
  }
}
