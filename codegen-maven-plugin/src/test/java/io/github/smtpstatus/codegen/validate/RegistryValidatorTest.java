package io.github.smtpstatus.codegen.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpstatus.codegen.Fixtures;
import io.github.smtpstatus.codegen.RegistryFormatException;
import io.github.smtpstatus.codegen.RegistryLoader;
import io.github.smtpstatus.codegen.model.AssociatedReplyCodes.Kind;
import io.github.smtpstatus.codegen.model.CodeKey;
import io.github.smtpstatus.codegen.model.EnumeratedCode;
import io.github.smtpstatus.codegen.model.Registry;
import io.github.smtpstatus.codegen.model.SubCode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled registry, as the validator models it. */
class RegistryValidatorTest {

  private static Registry registry;
  private static Fixtures.CollectedWarnings warnings;

  @BeforeAll
  static void load() throws RegistryFormatException {
    warnings = new Fixtures.CollectedWarnings();
    registry = new RegistryLoader(warnings).load(Fixtures.bundledInputs()).registry();
  }

  @Test
  void holdsThreeClassesEightSubjectsAndEightyOneCodes() {
    assertThat(registry.classes()).extracting(SubCode::number).containsExactly(2, 4, 5);
    assertThat(registry.subjects()).extracting(SubCode::number).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
    assertThat(registry.codes()).hasSize(81);
  }

  @Test
  void sortsCodesBySubjectThenDetailNumerically() {
    List<String> codes = registry.codes().stream().map(EnumeratedCode::code).toList();

    assertThat(codes).startsWith("X.0.0", "X.1.0", "X.1.1").endsWith("X.7.29", "X.7.30");
    assertThat(codes.indexOf("X.1.10")).isEqualTo(codes.indexOf("X.1.9") + 1);
  }

  @Test
  void marksX610DeprecatedInFavourOfX68() {
    EnumeratedCode deprecated = code(6, 10);

    assertThat(deprecated.deprecated()).isTrue();
    assertThat(deprecated.replacement()).contains(new CodeKey(6, 8));
    assertThat(deprecated.sampleText()).isEmpty();
    assertThat(registry.codes()).filteredOn(EnumeratedCode::deprecated).hasSize(1);
  }

  @Test
  void collapsesMultiLineSampleTextAndDescription() {
    assertThat(code(6, 8).sampleText())
        .isEqualTo("UTF-8 string reply is required, but not permitted by the SMTP client");
    assertThat(code(6, 7).description())
        .isEqualTo("This indicates the reception of a MAIL or RCPT command that non-ASCII addresses are not permitted");
  }

  @Test
  void structuresTheAssociatedReplyCodes() {
    assertThat(code(0, 0).replyCodes().kind()).isEqualTo(Kind.ANY);
    assertThat(code(1, 0).replyCodes().kind()).isEqualTo(Kind.NOT_GIVEN);
    assertThat(code(1, 1).replyCodes().replyCodes()).containsExactly(451, 550);
    assertThat(code(3, 6).replyCodes().replyCodes()).containsExactly(250, 251);
    assertThat(code(7, 24).replyCodes().replyCodes()).containsExactly(451, 550);
    assertThat(code(7, 17).replyCodes().replyClasses()).containsExactly(5);
    assertThat(code(7, 15).replyCodes().replyCodes()).containsExactly(450, 550);
    assertThat(code(7, 15).replyCodes().replyClasses()).containsExactly(4, 5);
    assertThat(code(5, 0).replyCodes().replyCodes()).hasSize(14).startsWith(220).endsWith(554);
    assertThat(code(7, 28).replyCodes().kind()).isEqualTo(Kind.NOT_GIVEN);
    assertThat(code(7, 28).replyCodes().text()).isEqualTo(".");
  }

  @Test
  void structuresTheReferences() {
    assertThat(code(1, 10).references()).extracting(reference -> reference.rfcNumber().getAsInt())
        .containsExactly(7505, 7504);
    assertThat(code(7, 25).references().get(0).section()).contains("3.3");
    assertThat(code(7, 28).references().get(0).document()).isEqualTo("draft-levine-mailbomb-header");
    assertThat(code(7, 28).references().get(0).rfcNumber()).isEmpty();
  }

  @Test
  void warnsOnlyAboutTheTwoJunkReplyCodeValuesWithTheirLines() {
    assertThat(warnings.messages()).containsExactly(
        "smtp-enhanced-status-codes-3.csv:178: column \"Associated basic status code\": \"\" is empty; treated as "
            + "\"Not given\"",
        "smtp-enhanced-status-codes-3.csv:306: column \"Associated basic status code\": \".\" names no reply code; "
            + "treated as \"Not given\"");
  }

  @Test
  void recordsProvenanceFromTheBundledPropertiesAndTheBytesRead() {
    assertThat(registry.enumeratedProvenance().retrieved()).isEqualTo("2020-09");
    assertThat(registry.enumeratedProvenance().sha256())
        .isEqualTo("7777054772306f7e778b6e86f5baff38c5627016ef5530275e01532018fc4a93");
    assertThat(registry.classProvenance().sourceUrl()).endsWith("/smtp-enhanced-status-codes-1.csv");
  }

  @Test
  void warnsWhenTheRecordedSha256DoesNotMatch() throws RegistryFormatException {
    Fixtures.CollectedWarnings collected = new Fixtures.CollectedWarnings();
    var bundled = Fixtures.bundledInputs();
    var edited = Fixtures.input("smtp-enhanced-status-codes-1.csv",
        new String(bundled.classCodes().bytes(), java.nio.charset.StandardCharsets.UTF_8).replace("IESG", "IETF"));

    new RegistryLoader(collected).load(new io.github.smtpstatus.codegen.RegistryInputs(edited,
        bundled.subjectCodes(), bundled.enumeratedCodes(), bundled.names(), bundled.provenance()));

    assertThat(collected.messages()).anyMatch(message -> message.startsWith(
        "registry.properties:15: key \"class.sha256\": "
            + "\"69051e0cbd0556c63cd3c34685584943796211376071be282f9d86097035320d\" does not match "
            + "smtp-enhanced-status-codes-1.csv (its SHA-256 is "));
  }

  private static EnumeratedCode code(int subject, int detail) {
    Optional<EnumeratedCode> found =
        registry.codes().stream().filter(code -> code.key().equals(new CodeKey(subject, detail))).findFirst();
    return found.orElseThrow();
  }
}
