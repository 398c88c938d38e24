package io.github.smtpstatus.codegen.mojo;

import io.github.smtpstatus.codegen.RegistryFormatException;
import io.github.smtpstatus.codegen.generate.GeneratedTypes;
import io.github.smtpstatus.codegen.read.InputFile;
import io.github.smtpstatus.codegen.rules.ClassificationRulesGeneration;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import javax.lang.model.SourceVersion;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Compiles classification rules into a class holding a ready {@code Classifier}: the rules of
 * {@code rulesFile} first, then (unless {@code includeShippedRules} is false) the rules shipped in
 * {@code registry-data}. The first rule whose conditions all hold decides, so a rule of one's own
 * overrides a shipped one; results name it ({@code acme.csv:12}). Rules are checked when compiled:
 * a malformed row or a rule that can never decide fails the build with its file and line.
 */
@Mojo(name = "classification-rules", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true,
    requiresDependencyResolution = ResolutionScope.NONE)
public class ClassificationRulesMojo extends AbstractMojo {

  /** A rules file of one's own (CSV: reason and any of code, reply, phrase, host, provider, meaning, label, source). */
  @Parameter(property = "smtp-status.rulesFile")
  private File rulesFile;

  /** Whether the shipped rules follow the rules of {@code rulesFile}. */
  @Parameter(property = "smtp-status.includeShippedRules", defaultValue = "true")
  private boolean includeShippedRules;

  /** The package of the generated class. */
  @Parameter(property = "smtp-status.rulesPackage", required = true)
  private String packageName;

  /** The simple name of the generated class. */
  @Parameter(property = "smtp-status.rulesClass", defaultValue = "ClassificationRules")
  private String className;

  /** The source root the class is written to; it is added to the compile source roots. */
  @Parameter(property = "smtp-status.outputDirectory",
      defaultValue = "${project.build.directory}/generated-sources/smtp-status")
  private File outputDirectory;

  /** Skips generation. The output directory is still added as a source root. */
  @Parameter(property = "smtp-status.skip", defaultValue = "false")
  private boolean skip;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  private MojoExecution mojoExecution;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  private PluginDescriptor plugin;

  @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
  private File buildDirectory;

  /** Maven creates the goal and sets its parameters. */
  public ClassificationRulesMojo() {}

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    project.addCompileSourceRoot(outputDirectory.getPath());
    if (skip) {
      getLog().info("smtp-status: classification rules skipped (smtp-status.skip=true)");
      return;
    }
    String invalidPackage = GeneratedTypes.invalidPackageReason(packageName);
    if (invalidPackage != null) {
      throw new MojoFailureException("smtp-status: parameter packageName: \"" + packageName + "\" " + invalidPackage);
    }
    if (!SourceVersion.isIdentifier(className) || SourceVersion.isKeyword(className)) {
      throw new MojoFailureException("smtp-status: parameter className: \"" + className + "\" is not a Java class name");
    }
    if (rulesFile == null && !includeShippedRules) {
      throw new MojoFailureException("smtp-status: no classification rules: set rulesFile or includeShippedRules=true");
    }
    long start = System.nanoTime();
    try {
      Path stateFile = buildDirectory.toPath().resolve("smtp-status").resolve(mojoExecution.getExecutionId() + ".state");
      ClassificationRulesGeneration.Outcome outcome = new ClassificationRulesGeneration(
          problem -> getLog().warn(problem.toString()))
          .run(new ClassificationRulesGeneration.Request(BundledRules.reasons(), BundledRules.rules(), includeShippedRules,
              rulesFile == null ? null : InputFile.read(rulesFile), packageName, className, outputDirectory.toPath(),
              stateFile, GeneratorVersion.of(plugin)));
      long millis = (System.nanoTime() - start) / 1_000_000;
      String counts = outcome.userRules() + " rules of " + (rulesFile == null ? "no file of your own" : rulesFile.getName())
          + " and " + outcome.shippedRules() + " shipped rules (" + outcome.phrases() + " phrases)";
      getLog().info(outcome.upToDate()
          ? "smtp-status: " + counts + " up to date in " + outputDirectory + ", nothing written (" + millis + " ms)"
          : "smtp-status: compiled " + counts + " into " + packageName + "." + className + ": "
              + outcome.writes().written() + " files written, " + outcome.writes().unchanged() + " unchanged ("
              + millis + " ms)");
    } catch (RegistryFormatException e) {
      throw new MojoFailureException(e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException("smtp-status: cannot generate into " + outputDirectory + ": " + e, e);
    }
  }
}
