package io.github.smtpstatus.codegen.update;

import static io.github.smtpstatus.codegen.TestRegistries.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smtpstatus.codegen.RegistryFormatException;
import io.github.smtpstatus.codegen.RegistryInputs;
import io.github.smtpstatus.codegen.RegistryLoader;
import io.github.smtpstatus.codegen.TestRegistries;
import io.github.smtpstatus.codegen.Warnings;
import io.github.smtpstatus.codegen.model.TableKind;
import io.github.smtpstatus.codegen.read.InputFile;
import io.github.smtpstatus.codegen.read.KeyValueFile;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NamesAppenderTest {

  private static final LocalDate DATE = LocalDate.of(2026, 11, 28);

  @Test
  void newNamesAreTheDerivedNamesOfUnpinnedRowsInTableOrder() throws Exception {
    RegistryLoader.Validated current = validate(TestRegistries.current());
    KeyValueFile olderNames = KeyValueFile.parse(InputFile.of("names.properties",
        TestRegistries.older().get("names.properties")));

    Map<String, String> names = NamesAppender.newNames(current.registry(), olderNames, "names.properties", Warnings.IGNORE);

    assertThat(names).containsExactly(
        Map.entry("X.1.10", "RECIPIENT_ADDRESS_HAS_NULL_MX"),
        Map.entry("X.7.29", "ARC_VALIDATION_FAILURE"),
        Map.entry("X.7.30", "REQUIRETLS_SUPPORT_REQUIRED"));
  }

  @Test
  void withoutANamesFileEveryRowGetsItsDerivedName() throws Exception {
    Map<String, String> names = NamesAppender.newNames(validate(TestRegistries.current()).registry(), null,
        "names.properties", Warnings.IGNORE);

    assertThat(names).hasSize(3 + 8 + 81).containsEntry("2.XXX.XXX", "SUCCESS").containsEntry("X.7.XXX",
        "SECURITY_OR_POLICY_STATUS").containsEntry("X.6.10", "DEPRECATED_UTF_8_STRING_REPLY_IS_REQUIRED_BUT_NOT_PERMITTED_BY_THE_SMTP_CLIENT");
  }

  @Test
  void appendKeepsEveryByteAndAddsADatedBlock() {
    byte[] current = bytes("# names\nX.1.1=A\n");

    byte[] appended = NamesAppender.append(current, names("X.1.2", "B", "X.1.3", "C"), DATE);

    assertThat(new String(appended, StandardCharsets.UTF_8))
        .isEqualTo("# names\nX.1.1=A\n\n# added by smtp-status:update on 2026-11-28\nX.1.2=B\nX.1.3=C\n");
  }

  @Test
  void appendAddsNoSecondBlankLineAfterATrailingBlankLine() {
    byte[] appended = NamesAppender.append(bytes("X.1.1=A\n\n"), names("X.1.2", "B"), DATE);

    assertThat(new String(appended, StandardCharsets.UTF_8))
        .isEqualTo("X.1.1=A\n\n# added by smtp-status:update on 2026-11-28\nX.1.2=B\n");
  }

  @Test
  void appendEndsAnUnterminatedLastLineFirst() {
    byte[] appended = NamesAppender.append(bytes("X.1.1=A"), names("X.1.2", "B"), DATE);

    assertThat(new String(appended, StandardCharsets.UTF_8))
        .isEqualTo("X.1.1=A\n\n# added by smtp-status:update on 2026-11-28\nX.1.2=B\n");
  }

  @Test
  void appendKeepsCrlfLineEndings() {
    byte[] appended = NamesAppender.append(bytes("X.1.1=A\r\n"), names("X.1.2", "B"), DATE);

    assertThat(new String(appended, StandardCharsets.UTF_8))
        .isEqualTo("X.1.1=A\r\n\r\n# added by smtp-status:update on 2026-11-28\r\nX.1.2=B\r\n");
  }

  @Test
  void appendKeepsLoneCrLineEndings() {
    byte[] appended = NamesAppender.append(bytes("X.1.1=A\r"), names("X.1.2", "B"), DATE);

    assertThat(new String(appended, StandardCharsets.UTF_8))
        .isEqualTo("X.1.1=A\r\r# added by smtp-status:update on 2026-11-28\rX.1.2=B\r");
  }

  @Test
  void appendStartsAMissingFileWithAHeader() {
    byte[] appended = NamesAppender.append(null, names("X.1.2", "B"), DATE);

    assertThat(new String(appended, StandardCharsets.UTF_8))
        .isEqualTo(NamesAppender.NEW_FILE_HEADER + "\n# added by smtp-status:update on 2026-11-28\nX.1.2=B\n");
  }

  @Test
  void aDerivedNameThatCollidesFailsAndAsksForAPinnedName() throws Exception {
    Map<String, byte[]> files = TestRegistries.current();
    files.put(TableKind.ENUMERATED.fileName(), bytes(new String(files.get(TableKind.ENUMERATED.fileName()),
        StandardCharsets.UTF_8) + "X.7.31,Mail flood detected,550,Again.,[RFC9999],A. Person,IESG\r\n"));
    RegistryLoader.Validated next = validate(files);
    KeyValueFile pinned = KeyValueFile.parse(InputFile.of("names.properties", files.get("names.properties")));

    assertThatThrownBy(() -> NamesAppender.newNames(next.registry(), pinned, "registry/names.properties", Warnings.IGNORE))
        .isInstanceOf(RegistryFormatException.class)
        .hasMessage("smtp-enhanced-status-codes-3.csv:314: column \"Sample Text\": \"Mail flood detected\" gives constant"
            + " name MAIL_FLOOD_DETECTED to X.7.31, which X.7.28 already has\n"
            + "registry/names.properties: cannot name the new registry; pin a name for each code above by adding a line"
            + " code=NAME to this file (existing lines are never changed), then run the update again");
  }

  private static Map<String, String> names(String... codeAndName) {
    Map<String, String> names = new LinkedHashMap<>();
    for (int i = 0; i < codeAndName.length; i += 2) {
      names.put(codeAndName[i], codeAndName[i + 1]);
    }
    return names;
  }

  private static RegistryLoader.Validated validate(Map<String, byte[]> files) throws RegistryFormatException {
    return new RegistryLoader(Warnings.IGNORE).validate(new RegistryInputs(
        InputFile.of(TableKind.CLASS.fileName(), files.get(TableKind.CLASS.fileName())),
        InputFile.of(TableKind.SUBJECT.fileName(), files.get(TableKind.SUBJECT.fileName())),
        InputFile.of(TableKind.ENUMERATED.fileName(), files.get(TableKind.ENUMERATED.fileName())),
        null, null));
  }
}
