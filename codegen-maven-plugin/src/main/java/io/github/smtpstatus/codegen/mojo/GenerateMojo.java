package io.github.smtpstatus.codegen.mojo;

import io.github.smtpstatus.codegen.BundledRegistry;
import io.github.smtpstatus.codegen.Problem;
import io.github.smtpstatus.codegen.RegistryCodeGeneration;
import io.github.smtpstatus.codegen.RegistryFormatException;
import io.github.smtpstatus.codegen.RegistryInputs;
import io.github.smtpstatus.codegen.Warnings;
import io.github.smtpstatus.codegen.generate.LibraryPackage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Generates type-safe Java enums from IANA's SMTP Enhanced Status Codes registry: {@code StatusClass},
 * {@code StatusSubject} and {@code EnhancedStatusCode}, with {@code AssociatedReplyCodes},
 * {@code RegistryReference} and {@code StatusCodeRegistry}.
 *
 * <p>By default the registry is the copy bundled in {@code registry-data}; each table, the names file
 * and the provenance file can be replaced by a file of one's own. A build whose inputs and parameters
 * are unchanged writes nothing.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true,
    requiresDependencyResolution = ResolutionScope.NONE)
public class GenerateMojo extends AbstractGeneratingMojo {

  /**
   * The Class Sub-Codes table ({@code smtp-enhanced-status-codes-1.csv}, columns Code, Sample Text,
   * Description, Reference, Submitter, Change Controller). Default: the bundled copy.
   */
  @Parameter(property = "smtp-status.classCodes")
  private File classCodes;

  /**
   * The Subject Sub-Codes table ({@code smtp-enhanced-status-codes-2.csv}, same columns as the class
   * table). Default: the bundled copy.
   */
  @Parameter(property = "smtp-status.subjectCodes")
  private File subjectCodes;

  /**
   * The Enumerated Status Codes table ({@code smtp-enhanced-status-codes-3.csv}, columns Code, Sample
   * Text, Associated basic status code, Description, Reference, Submitter, Change Controller). Default:
   * the bundled copy.
   */
  @Parameter(property = "smtp-status.enumeratedCodes")
  private File enumeratedCodes;

  /**
   * The pinned constant names, one {@code code=NAME} per line ({@code X.1.1=BAD_DESTINATION_MAILBOX_ADDRESS}).
   * A row without a pinned name gets a name derived from its sample text. Default: the bundled
   * {@code names.properties}, which pins every code of the bundled registry.
   */
  @Parameter(property = "smtp-status.names")
  private File names;

  /**
   * The provenance of the tables ({@code registry.properties}: per table its file, url, retrieved date and
   * SHA-256), carried into {@code StatusCodeRegistry}. Default: the bundled file when all three tables
   * are bundled; otherwise none, and the generated provenance holds only file names and SHA-256s.
   */
  @Parameter(property = "smtp-status.registryProperties")
  private File registryProperties;

  /**
   * The package of the generated types. The default, {@code io.github.smtpstatus}, is the package of the
   * library's own API module ({@code io.github.smtpstatus:status-codes-api}) and is refused in every other
   * project: choose a package of your own there.
   */
  @Parameter(property = "smtp-status.packageName", defaultValue = "io.github.smtpstatus")
  private String packageName;

  /**
   * Fails the build when the inputs draw a warning (a junk "Associated basic status code", an empty
   * description, a SHA-256 that does not match...), before anything is written. The known oddities of
   * the bundled registry are reported at debug level only and never fail the build.
   */
  @Parameter(property = "smtp-status.failOnWarning", defaultValue = "false")
  private boolean failOnWarning;

  /** Maven creates the goal and sets its parameters. */
  public GenerateMojo() {
    super("generation");
  }

  @Override
  String packageName() {
    return packageName;
  }

  @Override
  void checkParameters(MavenProject project) throws MojoFailureException {
    String libraryPackage = LibraryPackage.refusal(packageName, project.getGroupId(), project.getArtifactId());
    if (libraryPackage != null) {
      throw new MojoFailureException("smtp-status: parameter packageName: " + libraryPackage);
    }
  }

  @Override
  String generate(Path outputDirectory, Path stateFile, String generatorVersion)
      throws RegistryFormatException, IOException {
    RegistryInputs inputs = BundledRegistry.inputs(classCodes, subjectCodes, enumeratedCodes, names, registryProperties);
    return new RegistryCodeGeneration(new MavenWarnings(getLog()))
        .run(new RegistryCodeGeneration.Request(inputs, packageName, outputDirectory, stateFile, generatorVersion,
            failOnWarning))
        .summary(outputDirectory);
  }

  /** Warnings to the build log, the bundled registry's known oddities at debug level. */
  private record MavenWarnings(Log log) implements Warnings {
    @Override
    public void warn(Problem problem) {
      log.warn(problem.toString());
    }

    @Override
    public void debug(Problem problem) {
      log.debug(problem.toString());
    }
  }
}
