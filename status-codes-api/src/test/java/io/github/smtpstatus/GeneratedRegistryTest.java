package io.github.smtpstatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The generated enums against the bundled IANA tables they were generated from. */
class GeneratedRegistryTest {

  /** Each row of the bundled enumerated table: code, sample text, description, as IANA wrote them. */
  static Stream<CSVRecord> enumeratedRows() throws IOException {
    return rows("smtp-enhanced-status-codes-3.csv").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enumeratedRows")
  void everyBundledRowIsAConstantWithItsCodeAndText(CSVRecord row) {
    String[] parts = row.get("Code").split("\\.");
    EnhancedStatusCode code = EnhancedStatusCode.of(Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));

    assertThat(code.code()).isEqualTo(row.get("Code"));
    assertThat(code.sampleText()).isEqualTo(collapse(row.get("Sample Text")));
    assertThat(code.description()).isEqualTo(collapse(row.get("Description")));
    assertThat(code.submitter()).isEqualTo(collapse(row.get("Submitter")));
    assertThat(code.changeController()).isEqualTo(collapse(row.get("Change Controller")));
    assertThat(code.associatedReplyCodes().text()).isEqualTo(collapse(row.get("Associated basic status code")));
  }

  @Test
  void thereIsExactlyOneConstantPerRow() throws IOException {
    assertThat(EnhancedStatusCode.values()).hasSize(rows("smtp-enhanced-status-codes-3.csv").size()).hasSize(81);
    assertThat(StatusClass.values()).hasSize(3);
    assertThat(StatusSubject.values()).hasSize(8);
    assertThat(StatusCodeRegistry.CODE_COUNT).isEqualTo(81);
  }

  @ParameterizedTest
  @EnumSource(EnhancedStatusCode.class)
  void lookupRoundTripsForEveryConstant(EnhancedStatusCode code) {
    assertThat(EnhancedStatusCode.of(code.subject(), code.detail())).isSameAs(code);
    assertThat(EnhancedStatusCode.find(code.subject(), code.detail())).containsSame(code);
    assertThat(EnhancedStatusCode.find(code.subject(), code.detail()))
        .isSameAs(EnhancedStatusCode.find(code.subject(), code.detail()));
    assertThat(code.statusSubject().number()).isEqualTo(code.subject());
  }

  @ParameterizedTest
  @EnumSource(StatusClass.class)
  void classLookupRoundTrips(StatusClass statusClass) {
    assertThat(StatusClass.of(statusClass.number())).isSameAs(statusClass);
    assertThat(statusClass.code()).isEqualTo(statusClass.number() + ".XXX.XXX");
  }

  @ParameterizedTest
  @EnumSource(StatusSubject.class)
  void subjectLookupRoundTrips(StatusSubject subject) {
    assertThat(StatusSubject.find(subject.number())).containsSame(subject);
    assertThat(subject.code()).isEqualTo("X." + subject.number() + ".XXX");
  }

  @Test
  void unregisteredCodesAreNotFound() {
    assertThat(EnhancedStatusCode.find(7, 606)).isEmpty();
    assertThat(EnhancedStatusCode.find(8, 0)).isEmpty();
    assertThat(EnhancedStatusCode.find(-1, 0)).isEmpty();
    assertThat(StatusClass.find(3)).isEmpty();
    assertThatThrownBy(() -> EnhancedStatusCode.of(7, 606))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("X.7.606 is not a registered enhanced status code");
  }

  @Test
  @SuppressWarnings("deprecation")
  void deprecatedDuplicatePointsToItsReplacement() {
    EnhancedStatusCode duplicate = EnhancedStatusCode.DEPRECATED_UTF_8_STRING_REPLY_REQUIRED;

    assertThat(duplicate.isDeprecated()).isTrue();
    assertThat(duplicate.replacement()).contains(EnhancedStatusCode.UTF_8_STRING_REPLY_REQUIRED_BUT_NOT_PERMITTED);
    assertThat(Arrays.stream(EnhancedStatusCode.values()).filter(EnhancedStatusCode::isDeprecated)).hasSize(1);
  }

  @Test
  void associatedReplyCodesAreStructured() {
    assertThat(EnhancedStatusCode.BAD_DESTINATION_MAILBOX_ADDRESS.associatedReplyCodes().replyCodes())
        .containsExactly(451, 550);
    assertThat(EnhancedStatusCode.MAILBOX_OWNER_HAS_CHANGED.associatedReplyCodes().permits(554)).isTrue();
    assertThat(EnhancedStatusCode.MAILBOX_OWNER_HAS_CHANGED.associatedReplyCodes().permits(450)).isFalse();
    assertThat(EnhancedStatusCode.PRIORITY_LEVEL_IS_TOO_LOW.associatedReplyCodes().permits(421)).isTrue();
    assertThat(EnhancedStatusCode.MAIL_FLOOD_DETECTED.associatedReplyCodes().kind())
        .isEqualTo(AssociatedReplyCodes.Kind.NOT_GIVEN);
    assertThat(EnhancedStatusCode.OTHER_UNDEFINED_STATUS.associatedReplyCodes().kind())
        .isEqualTo(AssociatedReplyCodes.Kind.ANY);
  }

  @Test
  void referencesLinkToTheRfcEditor() {
    RegistryReference reference = EnhancedStatusCode.REVERSE_DNS_VALIDATION_FAILED.references().get(0);

    assertThat(reference.rfcNumber()).hasValue(7372);
    assertThat(reference.section()).contains("3.3");
    assertThat(reference.url()).contains("https://www.rfc-editor.org/rfc/rfc7372");
  }

  @Test
  void codeInAClassIsWhatServersSend() {
    assertThat(EnhancedStatusCode.MAILBOX_FULL.code(StatusClass.PERSISTENT_TRANSIENT_FAILURE)).isEqualTo("4.2.2");
  }

  @Test
  void provenanceNamesTheBundledTables() {
    assertThat(StatusCodeRegistry.ENUMERATED_TABLE.sha256())
        .isEqualTo("7777054772306f7e778b6e86f5baff38c5627016ef5530275e01532018fc4a93");
    assertThat(StatusCodeRegistry.tables()).extracting(StatusCodeRegistry.Table::rows).containsExactly(3, 8, 81);
  }

  private static List<CSVRecord> rows(String file) throws IOException {
    try (InputStream in = GeneratedRegistryTest.class.getClassLoader()
            .getResourceAsStream("io/github/smtpstatus/registry/" + file);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return new ArrayList<>(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)
          .getRecords());
    }
  }

  private static String collapse(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }
}
