package io.github.smtpstatus.codegen.mojo;

import io.github.smtpstatus.codegen.RegistryFormatException;
import io.github.smtpstatus.codegen.fetch.DownloadException;
import io.github.smtpstatus.codegen.fetch.InvalidSourceException;
import io.github.smtpstatus.codegen.fetch.Location;
import io.github.smtpstatus.codegen.fetch.TableSource;
import io.github.smtpstatus.codegen.update.RegistryFolder;
import io.github.smtpstatus.codegen.update.RegistryUpdate;
import io.github.smtpstatus.codegen.update.RegistryWriteException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Refreshes a registry folder (by default the one of {@code registry-data}) from IANA: downloads the
 * three tables, validates them as generation does, prints and writes a report of the differences, and
 * only then replaces the tables, rewrites {@code registry.properties} and appends a derived name for
 * each new code to {@code names.properties}. Removals fail the goal unless allowed. When nothing
 * changed, no file is touched. The files are replaced together and recoverably: an update that failed
 * or was killed half way is finished or rolled back by the next run, before anything else. Offline
 * ({@code mvn -o}) only a local source is read. Not bound to the lifecycle: run it as
 * {@code smtp-status:update}.
 */
@Mojo(name = "update", aggregator = true, threadSafe = true, requiresDependencyResolution = ResolutionScope.NONE)
public class UpdateMojo extends AbstractRegistryMojo {

  /**
   * The registry folder to update. Default: {@code src/main/resources/io/github/smtpstatus/registry}
   * of the current project if it exists (run in {@code registry-data}), else
   * {@code registry-data/src/main/resources/io/github/smtpstatus/registry} (run from the root).
   */
  @Parameter(property = "smtp-status.registryDirectory")
  private File registryDirectory;

  /**
   * Where to read the new tables: a base URL ({@code https}; plain {@code http} only to a loopback
   * address), a {@code file:} URL or a local folder holding {@code smtp-enhanced-status-codes-1.csv},
   * {@code -2.csv} and {@code -3.csv}.
   */
  @Parameter(property = "smtp-status.source", defaultValue = TableSource.IANA)
  private String source;

  /** Accept a new registry that removes codes or writes a code differently (breaking callers). */
  @Parameter(property = "smtp-status.allowRemovals", defaultValue = "false")
  private boolean allowRemovals;

  /** Report the differences, write no registry file. */
  @Parameter(property = "smtp-status.dryRun", defaultValue = "false")
  private boolean dryRun;

  /** Fail when the registry changed, writing no registry file (for checks in CI). */
  @Parameter(property = "smtp-status.failOnChange", defaultValue = "false")
  private boolean failOnChange;

  /** Maven creates the goal and sets its parameters. */
  public UpdateMojo() {}

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    RegistryFolder folder = new RegistryFolder(registryFolder());
    Location location = location("source", source);
    requireReachable("update", "source", location,
        "update from a local copy: -Dsmtp-status.source=<folder or file: URL holding the three tables>");
    RegistryUpdate update = new RegistryUpdate(problem -> getLog().warn(problem.toString()));
    String unchanged = "no registry file was changed";
    try {
      RegistryUpdate.Recovery recovery = update.recover(folder, !dryRun && !failOnChange);
      if (recovery.happened()) {
        getLog().info("smtp-status: " + recovery.message());
        unchanged = recovery.changed().isEmpty() ? unchanged
            : "no registry file was changed after the interrupted update was finished (above)";
      }
    } catch (RegistryWriteException e) {
      throw new MojoExecutionException("smtp-status: " + e.getMessage(), e);
    }
    RegistryUpdate.Outcome outcome;
    try {
      TableSource tables = TableSource.of(location, downloader());
      getLog().info("smtp-status: updating " + folder.path() + " from " + tables.location());
      outcome = update.run(new RegistryUpdate.Request(
          folder, tables, LocalDate.now(), reportFile(), allowRemovals, dryRun, failOnChange));
    } catch (InvalidSourceException e) {
      throw new MojoFailureException("smtp-status: parameter source: " + e.getMessage());
    } catch (RegistryFormatException e) {
      throw new MojoFailureException("smtp-status: update failed, " + unchanged + ":\n" + e.getMessage(), e);
    } catch (DownloadException e) {
      throw new MojoExecutionException("smtp-status: download failed, " + unchanged + ": " + e.getMessage(), e);
    } catch (RegistryWriteException e) {
      throw new MojoExecutionException("smtp-status: update failed: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException("smtp-status: update failed, " + unchanged + ": " + e, e);
    }
    print(outcome.report());
    getLog().info("smtp-status: report written to " + reportFile());
    switch (outcome.result()) {
      case UNCHANGED -> getLog().info("smtp-status: the registry is up to date; no file changed");
      case DRY_RUN -> getLog().info("smtp-status: dry run; no registry file changed");
      case UPDATED -> getLog().info("smtp-status: updated " + outcome.written().size() + " files: " + outcome.written().stream()
          .map(path -> path.getFileName().toString()).collect(Collectors.joining(", "))
          + ". Review the report, regenerate (mvn verify) and commit.");
      case REFUSED -> throw new MojoFailureException("smtp-status: update refused, " + unchanged + ": "
          + outcome.refusal() + " (report: " + reportFile() + ")");
    }
  }

  private Path registryFolder() throws MojoFailureException {
    if (registryDirectory != null) {
      return registryDirectory.toPath();
    }
    return defaultRegistryFolder().orElseThrow(() -> new MojoFailureException(
        "smtp-status: no registry folder under " + basedir() + " (looked for " + RegistryFolder.IN_MODULE + " and "
            + RegistryFolder.IN_ROOT + "); set -Dsmtp-status.registryDirectory=<folder>"));
  }
}
