package io.github.smtpstatus.codegen.mojo;

import io.github.smtpstatus.codegen.RegistryFormatException;
import io.github.smtpstatus.codegen.read.InputFile;
import io.github.smtpstatus.codegen.rules.ClassificationRulesGeneration;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import javax.lang.model.SourceVersion;
import org.apache.maven.plugin.MojoFailureException;
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
public class ClassificationRulesMojo extends AbstractGeneratingMojo {

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

  /** Maven creates the goal and sets its parameters. */
  public ClassificationRulesMojo() {
    super("classification rules");
  }

  @Override
  String packageName() {
    return packageName;
  }

  @Override
  void checkParameters(MavenProject project) throws MojoFailureException {
    if (!SourceVersion.isIdentifier(className) || SourceVersion.isKeyword(className)) {
      throw new MojoFailureException("smtp-status: parameter className: \"" + className + "\" is not a Java class name");
    }
    if (rulesFile == null && !includeShippedRules) {
      throw new MojoFailureException("smtp-status: no classification rules: set rulesFile or includeShippedRules=true");
    }
  }

  @Override
  String generate(Path outputDirectory, Path stateFile, String generatorVersion)
      throws RegistryFormatException, IOException {
    ClassificationRulesGeneration.Outcome outcome = new ClassificationRulesGeneration(
        problem -> getLog().warn(problem.toString()))
        .run(new ClassificationRulesGeneration.Request(BundledRules.reasons(), BundledRules.rules(), includeShippedRules,
            rulesFile == null ? null : InputFile.read(rulesFile), packageName, className, outputDirectory, stateFile,
            generatorVersion));
    String counts = outcome.userRules() + " rules of " + (rulesFile == null ? "no file of your own" : rulesFile.getName())
        + " and " + outcome.shippedRules() + " shipped rules (" + outcome.phrases() + " phrases)";
    return outcome.upToDate()
        ? "smtp-status: " + counts + " up to date in " + outputDirectory + ", nothing written"
        : "smtp-status: compiled " + counts + " into " + packageName + "." + className + ": "
            + outcome.writes().written() + " files written, " + outcome.writes().unchanged() + " unchanged";
  }
}
