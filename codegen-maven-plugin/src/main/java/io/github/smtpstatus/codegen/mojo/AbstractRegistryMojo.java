package io.github.smtpstatus.codegen.mojo;

import io.github.smtpstatus.codegen.update.HttpDownloader;
import io.github.smtpstatus.codegen.update.RegistryFolder;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
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

/** What {@code update} and {@code diff} share: network settings, the report file, the default registry folder. */
@SuppressWarnings("deprecation") // @Component: this project injects no JSR-330 on Maven 3.8
abstract class AbstractRegistryMojo extends AbstractMojo {

  /** Milliseconds to wait for a connection to the source. */
  @Parameter(property = "smtp-status.connectTimeout", defaultValue = "10000")
  private int connectTimeout;

  /** Milliseconds to wait for each piece of data from the source; a server that stalls longer fails the goal. */
  @Parameter(property = "smtp-status.readTimeout", defaultValue = "30000")
  private int readTimeout;

  /** Where the report is written (Markdown); it is also printed to the build log. */
  @Parameter(property = "smtp-status.reportFile", defaultValue = "${project.build.directory}/smtp-status/registry-diff.md")
  private File reportFile;

  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  private File basedir;

  @Parameter(defaultValue = "${settings}", readonly = true, required = true)
  private Settings settings;

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

  /** A downloader with the configured timeouts and the active proxy of Maven's settings. */
  HttpDownloader downloader() throws MojoFailureException {
    if (connectTimeout <= 0 || readTimeout <= 0) {
      throw new MojoFailureException("smtp-status: connectTimeout and readTimeout must be positive (milliseconds), got "
          + connectTimeout + " and " + readTimeout);
    }
    return new HttpDownloader(new HttpDownloader.Settings(
        Duration.ofMillis(connectTimeout), Duration.ofMillis(readTimeout), proxy()));
  }

  private HttpDownloader.ProxySettings proxy() {
    if (settings == null) {
      return null;
    }
    Proxy chosen = null;
    for (Proxy proxy : settings.getProxies()) {
      if (!proxy.isActive()) {
        continue;
      }
      String protocol = proxy.getProtocol() == null ? "http" : proxy.getProtocol().toLowerCase(Locale.ROOT);
      if (protocol.equals("https") || (chosen == null && protocol.equals("http"))) {
        chosen = proxy;
      }
    }
    if (chosen == null) {
      return null;
    }
    if (settingsDecrypter != null) {
      SettingsDecryptionResult result = settingsDecrypter.decrypt(new DefaultSettingsDecryptionRequest(chosen));
      for (SettingsProblem problem : result.getProblems()) {
        getLog().warn("smtp-status: proxy " + chosen.getId() + ": " + problem.getMessage());
      }
      if (result.getProxy() != null) {
        chosen = result.getProxy();
      }
    }
    getLog().debug("smtp-status: using proxy " + chosen.getId() + " at " + chosen.getHost() + ":" + chosen.getPort());
    return new HttpDownloader.ProxySettings(chosen.getHost(), chosen.getPort(), chosen.getUsername(),
        chosen.getPassword(), chosen.getNonProxyHosts());
  }

  /** Prints a report to the build log, line by line. */
  void print(String report) {
    for (String line : report.split("\n", -1)) {
      getLog().info(line);
    }
  }
}
