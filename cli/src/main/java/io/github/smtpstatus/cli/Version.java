package io.github.smtpstatus.cli;

import io.github.smtpstatus.StatusCodeRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/** {@code --version}: the tool's version and the registry it was built with. */
final class Version implements CommandLine.IVersionProvider {

  /** The version the build wrote into {@code version.properties}. */
  static String tool() {
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("version.properties is missing from the tool's jar");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read version.properties: " + e.getMessage(), e);
    }
  }

  @Override
  public String[] getVersion() {
    StatusCodeRegistry.Table codes = StatusCodeRegistry.ENUMERATED_TABLE;
    return new String[] {
      "smtp-status " + tool(),
      "IANA SMTP Enhanced Status Codes registry: " + StatusCodeRegistry.CODE_COUNT + " codes, retrieved "
          + codes.retrieved() + " (" + codes.fileName() + ", SHA-256 " + codes.sha256() + ")",
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}
