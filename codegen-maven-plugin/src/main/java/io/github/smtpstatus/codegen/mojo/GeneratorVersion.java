package io.github.smtpstatus.codegen.mojo;

import io.github.smtpstatus.codegen.read.Sha256;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import org.apache.maven.plugin.descriptor.PluginDescriptor;

/** Identifies the running plugin for the generation fingerprints. */
final class GeneratorVersion {

  private GeneratorVersion() {}

  /** The plugin version and, when the plugin is a jar, its digest: a rebuilt SNAPSHOT regenerates. */
  static String of(PluginDescriptor plugin) throws IOException {
    String version = plugin.getId();
    File jar = plugin.getPluginArtifact() == null ? null : plugin.getPluginArtifact().getFile();
    if (jar != null && jar.isFile()) {
      version += "@" + Sha256.hex(Files.readAllBytes(jar.toPath()));
    }
    return version;
  }
}
