package io.github.smtpstatus.codegen.naming;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpstatus.codegen.Fixtures;
import io.github.smtpstatus.codegen.RegistryInputs;
import io.github.smtpstatus.codegen.Warnings;
import io.github.smtpstatus.codegen.model.TableKind;
import io.github.smtpstatus.codegen.read.CsvTableReader;
import io.github.smtpstatus.codegen.read.RawRow;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ConstantNamingRuleTest {

  /**
   * Every row of the bundled registry: the rule gives the pinned name, or, where names.properties pins
   * a shorter one, the name its "# derived:" comment records.
   */
  static Stream<Arguments> everyBundledRow() throws Exception {
    Map<String, String> expected = derivedNamesRecordedInNamesFile();
    List<Arguments> rows = new ArrayList<>();
    for (TableKind kind : TableKind.values()) {
      for (RawRow row : new CsvTableReader(Warnings.IGNORE).read(Fixtures.bundled(kind.fileName()), kind).rows()) {
        String code = row.get(TableKind.CODE);
        if (!row.get(TableKind.SAMPLE_TEXT).isEmpty()) {
          rows.add(Arguments.of(code, row.get(TableKind.SAMPLE_TEXT), expected.get(code)));
        }
      }
    }
    assertThat(rows).hasSize(3 + 8 + 80);
    return rows.stream();
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("everyBundledRow")
  void derivesTheRecordedNameForEveryBundledRow(String code, String sampleText, String expectedName) {
    assertThat(ConstantNamingRule.derive(sampleText)).isEqualTo(expectedName);
  }

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      Mailbox full                                   | MAILBOX_FULL
      Bad sender's system address                    | BAD_SENDERS_SYSTEM_ADDRESS
      Bad sender’s system address                    | BAD_SENDERS_SYSTEM_ADDRESS
      UTF-8 string reply is required                 | UTF_8_STRING_REPLY_IS_REQUIRED
      ~Destination mailbox has moved, No forwarding~ | DESTINATION_MAILBOX_HAS_MOVED_NO_FORWARDING
      ~  leading and trailing  ~                     | LEADING_AND_TRAILING
      ~multiple   spaces -- and ... dots~            | MULTIPLE_SPACES_AND_DOTS
      8bit MIME required                             | STATUS_8BIT_MIME_REQUIRED
      9 lives                                        | STATUS_9_LIVES
      ~az AZ 09 @[/:`{~                              | AZ_AZ_09
      2 many recipients                              | STATUS_2_MANY_RECIPIENTS
      Quota dépassée                                 | QUOTA_DEPASSEE
      Ärger mit Öl                                   | ARGER_MIT_OL
      ﬁle too big                                    | FILE_TOO_BIG
      RRVS test cannot be completed                  | RRVS_TEST_CANNOT_BE_COMPLETED
      non-ASCII addresses (sender/recipient)         | NON_ASCII_ADDRESSES_SENDER_RECIPIENT
      Straße gesperrt                                | STRA_E_GESPERRT
      ~"Quoted" text~                                | QUOTED_TEXT
      ~'~                                            | ~~
      ~...~                                          | ~~
      日本語                                          | ~~
      """)
  void derivesUpperSnakeFromSampleText(String sampleText, String expected) {
    assertThat(ConstantNamingRule.derive(sampleText)).isEqualTo(expected == null ? "" : expected);
  }

  private static Map<String, String> derivedNamesRecordedInNamesFile() {
    String text = new String(Fixtures.bundled(RegistryInputs.NAMES_FILE).bytes(), StandardCharsets.UTF_8);
    Map<String, String> names = new HashMap<>();
    String derivedComment = null;
    for (String line : text.split("\r?\n")) {
      if (line.startsWith("# derived: ")) {
        derivedComment = line.substring("# derived: ".length()).strip();
      } else if (!line.isBlank() && !line.startsWith("#")) {
        String[] parts = line.split("=", 2);
        names.put(parts[0].strip(), derivedComment != null ? derivedComment : parts[1].strip());
        derivedComment = null;
      }
    }
    return names;
  }
}
