package io.github.smtpstatus.codegen.update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smtpstatus.codegen.RegistryFormatException;
import io.github.smtpstatus.codegen.RegistryInputs;
import io.github.smtpstatus.codegen.TestRegistries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryFolderTest {

  @TempDir
  Path temp;

  @Test
  void defaultIsTheModulesOwnFolderWhenRunInRegistryData() throws Exception {
    Path module = temp.resolve("registry-data");
    Files.createDirectories(module.resolve("src/main/resources/io/github/smtpstatus/registry"));

    assertThat(RegistryFolder.defaultFor(module))
        .contains(module.resolve("src/main/resources/io/github/smtpstatus/registry"));
  }

  @Test
  void defaultIsRegistryDataFolderWhenRunFromTheRoot() throws Exception {
    Files.createDirectories(temp.resolve("registry-data/src/main/resources/io/github/smtpstatus/registry"));

    assertThat(RegistryFolder.defaultFor(temp))
        .contains(temp.resolve("registry-data/src/main/resources/io/github/smtpstatus/registry"));
  }

  @Test
  void noDefaultElsewhere() {
    assertThat(RegistryFolder.defaultFor(temp)).isEmpty();
  }

  @Test
  void readRequiresTheTablesAndTakesNamesAndProvenanceWhenPresent() throws Exception {
    Map<String, byte[]> files = TestRegistries.current();
    files.remove("registry.properties");
    TestRegistries.write(temp, files);

    RegistryInputs inputs = new RegistryFolder(temp).read();

    assertThat(inputs.names().name()).isEqualTo(temp.resolve("names.properties").toString());
    assertThat(inputs.provenance()).isNull();
  }

  @Test
  void readOfAMissingFolderSaysSo() {
    Path missing = temp.resolve("nowhere");

    assertThatThrownBy(() -> new RegistryFolder(missing).read())
        .isInstanceOf(RegistryFormatException.class)
        .hasMessage(missing + ": is not a directory");
  }
}
