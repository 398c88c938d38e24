package io.github.smtpstatus.codegen.mojo;

import io.github.smtpstatus.codegen.fetch.HttpDownloader;
import io.github.smtpstatus.codegen.fetch.InvalidSourceException;
import io.github.smtpstatus.codegen.fetch.Location;
import io.github.smtpstatus.codegen.update.RegistryFolder;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * What {@code update} and {@code diff} share: network settings, offline mode, the report file, the
 * default registry folder.
 */
@SuppressWarnings("deprecation") // @Component: this project injects no JSR-330 on Maven 3.8
abstract class AbstractRegistryMojo extends AbstractMojo {

  /** Milliseconds to wait for a connection to the source. */
  @Parameter(property = "smtp-status.connectTimeout", defaultValue = "10000")
  private int connectTimeout;

  /**
   * Milliseconds to wait for the response headers, and for each piece of the body; a server that stalls
   * longer fails the goal.
   */
  @Parameter(property = "smtp-status.readTimeout", defaultValue = "30000")
  private int readTimeout;

  /**
   * Milliseconds one table's whole download may take, redirects included: a server that trickles its
   * headers or body slowly enough never to trip the read timeout fails the goal at this deadline.
   */
  @Parameter(property = "smtp-status.deadline", defaultValue = "120000")
  private int deadline;

  /** Where the report is written (Markdown); it is also printed to the build log. */
  @Parameter(property = "smtp-status.reportFile", defaultValue = "${project.build.directory}/smtp-status/registry-diff.md")
  private File reportFile;

  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  private File basedir;

  @Parameter(defaultValue = "${settings}", readonly = true, required = true)
  private Settings settings;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  private MavenSession session;

  /** Decrypts a proxy password that settings-security.xml encrypts. */
  @Component
  private SettingsDecrypter settingsDecrypter;

  Path basedir() {
    return basedir.toPath();
  }

  Path reportFile() {
    return reportFile.toPath();
  }

  /** The registry folder of this project, if it has one where registry-data keeps it. */
  Optional<Path> defaultRegistryFolder() {
    return RegistryFolder.defaultFor(basedir.toPath());
  }

  /** Parses a location parameter, relative to the project's base directory. */
  Location location(String parameter, String value) throws MojoFailureException {
    try {
      return Location.parse(value, basedir());
    } catch (InvalidSourceException e) {
      throw new MojoFailureException("smtp-status: parameter " + parameter + ": " + e.getMessage());
    }
  }

  /**
   * Fails before any network access when Maven runs offline ({@code -o}) and a location is a URL.
   *
   * @param goal the goal, for the message
   * @param parameter the parameter that holds the location
   * @param advice what to set instead
   */
  void requireReachable(String goal, String parameter, Location location, String advice) throws MojoFailureException {
    if (session != null && session.isOffline() && location instanceof Location.Remote) {
      throw new MojoFailureException("smtp-status: Maven is offline (-o), so " + goal + " downloads nothing, and "
          + parameter + " is the URL " + location.text() + "; no network access was attempted and no file was changed."
          + " Run again without -o, or " + advice);
    }
  }

  /** A downloader with the configured timeouts and the active proxies of Maven's settings. */
  HttpDownloader downloader() throws MojoFailureException {
    if (connectTimeout <= 0 || readTimeout <= 0 || deadline <= 0) {
      throw new MojoFailureException("smtp-status: connectTimeout, readTimeout and deadline must be positive"
          + " (milliseconds), got " + connectTimeout + ", " + readTimeout + " and " + deadline);
    }
    MavenProxies proxies = proxies();
    return new HttpDownloader(new HttpDownloader.Settings(Duration.ofMillis(connectTimeout),
        Duration.ofMillis(readTimeout), Duration.ofMillis(deadline), proxies, proxies == null ? null : proxies.authenticator(),
        null));
  }

  private MavenProxies proxies() {
    if (settings == null) {
      return null;
    }
    List<Proxy> active = new ArrayList<>();
    for (Proxy proxy : settings.getProxies()) {
      if (!proxy.isActive()) {
        continue;
      }
      Proxy decrypted = proxy;
      if (settingsDecrypter != null) {
        SettingsDecryptionResult result = settingsDecrypter.decrypt(new DefaultSettingsDecryptionRequest(proxy));
        for (SettingsProblem problem : result.getProblems()) {
          getLog().warn("smtp-status: proxy " + proxy.getId() + ": " + problem.getMessage());
        }
        if (result.getProxy() != null) {
          decrypted = result.getProxy();
        }
      }
      getLog().debug("smtp-status: proxy " + decrypted.getId() + " at " + decrypted.getHost() + ":" + decrypted.getPort());
      active.add(decrypted);
    }
    return active.isEmpty() ? null : new MavenProxies(active);
  }

  /** Prints a report to the build log, line by line. */
  void print(String report) {
    for (String line : report.split("\n", -1)) {
      getLog().info(line);
    }
  }
}
