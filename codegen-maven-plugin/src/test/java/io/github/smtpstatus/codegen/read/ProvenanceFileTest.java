package io.github.smtpstatus.codegen.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smtpstatus.codegen.Fixtures;
import io.github.smtpstatus.codegen.RegistryFormatException;
import io.github.smtpstatus.codegen.model.TableKind;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProvenanceFileTest {

  @Test
  void readsTheBundledProvenance() throws RegistryFormatException {
    ProvenanceFile provenance = ProvenanceFile.parse(Fixtures.bundled("registry.properties"));

    ProvenanceFile.Record enumerated = provenance.get(TableKind.ENUMERATED);
    assertThat(enumerated.file()).isEqualTo("smtp-enhanced-status-codes-3.csv");
    assertThat(enumerated.url())
        .isEqualTo("https://www.iana.org/assignments/smtp-enhanced-status-codes/smtp-enhanced-status-codes-3.csv");
    assertThat(enumerated.retrieved()).isEqualTo("2020-09");
    assertThat(enumerated.sha256()).isEqualTo(Sha256.hex(Fixtures.bundled("smtp-enhanced-status-codes-3.csv")));
  }

  @Test
  void namesMissingKeysAndMalformedValues() {
    String text = new String(Fixtures.bundled("registry.properties").bytes(), StandardCharsets.UTF_8)
        .replace("class.retrieved=2020-09", "class.retrieved=September 2020")
        .replaceAll("subject\\.url=.*\\n", "");

    assertThatThrownBy(() -> ProvenanceFile.parse(Fixtures.input("registry.properties", text)))
        .hasMessage("registry.properties:14: key \"class.retrieved\": \"September 2020\" is not a date "
            + "(yyyy-MM-dd or yyyy-MM)\n"
            + "registry.properties: missing \"subject.url\"");
  }
}
