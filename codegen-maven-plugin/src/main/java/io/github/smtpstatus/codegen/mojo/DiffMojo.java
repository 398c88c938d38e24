package io.github.smtpstatus.codegen.mojo;

import io.github.smtpstatus.codegen.BundledRegistry;
import io.github.smtpstatus.codegen.RegistryFormatException;
import io.github.smtpstatus.codegen.RegistryInputs;
import io.github.smtpstatus.codegen.diff.RegistryComparison;
import io.github.smtpstatus.codegen.fetch.DownloadException;
import io.github.smtpstatus.codegen.fetch.HttpDownloader;
import io.github.smtpstatus.codegen.fetch.InvalidSourceException;
import io.github.smtpstatus.codegen.fetch.Location;
import io.github.smtpstatus.codegen.fetch.TableSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Compares two registry versions and prints the report the {@code update} goal prints: two folders (or
 * base URLs) of the three tables, or two files of one table. By default it compares the project's
 * registry folder (or, without one, the registry bundled in the plugin) with IANA's live registry; with
 * {@code failOnChange} it fails when they differ, for a scheduled CI job. Writes no registry file.
 * Offline ({@code mvn -o}) it compares local copies only: a URL fails the goal before any network access.
 */
@Mojo(name = "diff", aggregator = true, threadSafe = true, requiresDependencyResolution = ResolutionScope.NONE)
public class DiffMojo extends AbstractRegistryMojo {

  /**
   * The older version: a folder, a {@code file:} or {@code https} base URL of the three tables, or one
   * table file or URL (ending in {@code .csv}). Default: the project's registry folder as for
   * {@code update}, else the registry bundled in the plugin.
   */
  @Parameter(property = "smtp-status.before")
  private String before;

  /** The newer version, in the same forms as {@code before}. Default: IANA's live registry. */
  @Parameter(property = "smtp-status.after", defaultValue = TableSource.IANA)
  private String after;

  /**
   * Which table two lone files hold ({@code class}, {@code subject} or {@code enumerated}) when their
   * names are not IANA's.
   */
  @Parameter(property = "smtp-status.table")
  private String table;

  /** Fail the build when the versions differ. */
  @Parameter(property = "smtp-status.failOnChange", defaultValue = "false")
  private boolean failOnChange;

  /** Maven creates the goal and sets its parameters. */
  public DiffMojo() {}

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    Location newer = location("after", after);
    Location older = before == null ? null : location("before", before);
    String advice = "compare local copies: set -Dsmtp-status.before and -Dsmtp-status.after to folders, .csv files or"
        + " file: URLs";
    if (older != null) {
      requireReachable("diff", "before", older, advice);
    }
    requireReachable("diff", "after", newer, advice);
    RegistryComparison.Outcome outcome;
    try {
      HttpDownloader downloader = downloader();
      RegistryInputs bundled = BundledRegistry.inputs(null, null, null, null, null);
      RegistryComparison.Side olderSide = older != null ? side(before, older, downloader) : defaultBefore(bundled);
      RegistryComparison.Side newerSide = side(after, newer, downloader);
      outcome = new RegistryComparison(problem -> getLog().warn(problem.toString()), downloader)
          .run(new RegistryComparison.Request(olderSide, newerSide, table, bundled, reportFile()));
    } catch (InvalidSourceException e) {
      throw new MojoFailureException("smtp-status: " + e.getMessage());
    } catch (RegistryFormatException e) {
      throw new MojoFailureException("smtp-status: cannot compare:\n" + e.getMessage(), e);
    } catch (DownloadException e) {
      throw new MojoExecutionException("smtp-status: download failed: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException("smtp-status: cannot compare: " + e, e);
    }
    print(outcome.report());
    getLog().info("smtp-status: report written to " + reportFile());
    if (outcome.diff().changed() && failOnChange) {
      throw new MojoFailureException("smtp-status: the registry versions differ (failOnChange=true); see the report above"
          + " or " + reportFile());
    }
  }

  private static RegistryComparison.Side side(String text, Location location, HttpDownloader downloader)
      throws InvalidSourceException {
    return RegistryComparison.Side.isTable(text) ? new RegistryComparison.Side(null, location)
        : new RegistryComparison.Side(TableSource.of(location, downloader), null);
  }

  private RegistryComparison.Side defaultBefore(RegistryInputs bundled) {
    Optional<Path> folder = defaultRegistryFolder();
    if (folder.isPresent()) {
      return new RegistryComparison.Side(new TableSource.Directory(folder.get().toString(), folder.get()), null);
    }
    return new RegistryComparison.Side(TableSource.of("the registry bundled in the plugin", bundled), null);
  }
}
