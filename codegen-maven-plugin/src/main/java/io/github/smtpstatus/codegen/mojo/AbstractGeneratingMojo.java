package io.github.smtpstatus.codegen.mojo;

import io.github.smtpstatus.codegen.RegistryFormatException;
import io.github.smtpstatus.codegen.generate.GeneratedTypes;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What {@code generate} and {@code classification-rules} share: the output source root, skipping, the
 * package check, the state file of the execution, the timing in the log line, and how failures reach
 * Maven (bad input fails the build; an unwritable output is an execution error).
 */
abstract class AbstractGeneratingMojo extends AbstractMojo {

  /** The source root the generated types are written to; it is added to the compile source roots. */
  @Parameter(property = "smtp-status.outputDirectory",
      defaultValue = "${project.build.directory}/generated-sources/smtp-status")
  private File outputDirectory;

  /** Skips generation. The output directory is still added as a source root, so earlier output compiles. */
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

  /** What the goal generates, for the log line of a skipped run: "generation", "classification rules". */
  private final String what;

  AbstractGeneratingMojo(String what) {
    this.what = what;
  }

  abstract String packageName();

  /** Checks the goal's own parameters (the package name is checked before), naming the one that is wrong. */
  abstract void checkParameters(MavenProject project) throws MojoFailureException;

  /** Generates into the source root, writing nothing when the state file says all is unchanged; returns the log line. */
  abstract String generate(Path outputDirectory, Path stateFile, String generatorVersion)
      throws RegistryFormatException, IOException;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    project.addCompileSourceRoot(outputDirectory.getPath());
    if (skip) {
      getLog().info("smtp-status: " + what + " skipped (smtp-status.skip=true)");
      return;
    }
    String invalidPackage = GeneratedTypes.invalidPackageReason(packageName());
    if (invalidPackage != null) {
      throw new MojoFailureException("smtp-status: parameter packageName: \"" + packageName() + "\" " + invalidPackage);
    }
    checkParameters(project);
    long start = System.nanoTime();
    try {
      Path stateFile = buildDirectory.toPath().resolve("smtp-status").resolve(mojoExecution.getExecutionId() + ".state");
      String done = generate(outputDirectory.toPath(), stateFile, GeneratorVersion.of(plugin));
      getLog().info(done + " (" + (System.nanoTime() - start) / 1_000_000 + " ms)");
    } catch (RegistryFormatException e) {
      throw new MojoFailureException(e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException("smtp-status: cannot generate into " + outputDirectory + ": " + e, e);
    }
  }
}
