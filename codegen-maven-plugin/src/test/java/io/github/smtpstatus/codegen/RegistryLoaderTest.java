package io.github.smtpstatus.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smtpstatus.codegen.model.CodeKey;
import io.github.smtpstatus.codegen.model.TableKind;
import io.github.smtpstatus.codegen.read.InputFile;
import io.github.smtpstatus.codegen.read.Sha256;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegistryLoaderTest {

  @Test
  void validateKeepsEveryTableWithItsFieldsExactlyAsWritten() throws Exception {
    RegistryLoader.Validated validated = new RegistryLoader(Warnings.IGNORE).validate(inputs(TestRegistries.current()));

    assertThat(validated.tables()).containsOnlyKeys(TableKind.values());
    assertThat(validated.tables().get(TableKind.ENUMERATED).sha256())
        .isEqualTo(Sha256.hex(TestRegistries.bundled(TableKind.ENUMERATED.fileName())));
    assertThat(validated.tables().get(TableKind.SUBJECT).rows().get(1).get("Description"))
        .startsWith("The address status reports on the originator or destination\naddress.  It may");
    assertThat(validated.registry().codes()).hasSize(81);
    assertThat(validated.names().get("X.1.1").value()).isEqualTo("BAD_DESTINATION_MAILBOX_ADDRESS");
  }

  @Test
  void loadNamesWhatValidateValidated() throws Exception {
    RegistryLoader.Loaded loaded = new RegistryLoader(Warnings.IGNORE).load(inputs(TestRegistries.older()));

    assertThat(loaded.registry().codes()).hasSize(78);
    assertThat(loaded.names().ofCode(new CodeKey(7, 28))).isEqualTo("MAIL_BOMB_DETECTED");
  }

  @Test
  void validateDoesNotNameRowsSoANamingConflictPassesIt() throws Exception {
    Map<String, byte[]> files = TestRegistries.current();
    files.put("names.properties", TestRegistries.bytes("X.1.1=MAILBOX_FULL\n"));
    RegistryLoader loader = new RegistryLoader(Warnings.IGNORE);

    assertThat(loader.validate(inputs(files)).registry().codes()).hasSize(81);
    assertThatThrownBy(() -> loader.load(inputs(files)))
        .isInstanceOf(RegistryFormatException.class)
        .hasMessageContaining("gives constant name MAILBOX_FULL to X.2.2, which X.1.1 already has");
  }

  private static RegistryInputs inputs(Map<String, byte[]> files) throws RegistryFormatException {
    return new RegistryInputs(
        InputFile.of(TableKind.CLASS.fileName(), files.get(TableKind.CLASS.fileName())),
        InputFile.of(TableKind.SUBJECT.fileName(), files.get(TableKind.SUBJECT.fileName())),
        InputFile.of(TableKind.ENUMERATED.fileName(), files.get(TableKind.ENUMERATED.fileName())),
        InputFile.of("names.properties", files.get("names.properties")),
        InputFile.of("registry.properties", files.get("registry.properties")));
  }
}
