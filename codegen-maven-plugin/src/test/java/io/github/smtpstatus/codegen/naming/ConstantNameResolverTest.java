package io.github.smtpstatus.codegen.naming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smtpstatus.codegen.Fixtures;
import io.github.smtpstatus.codegen.RegistryFormatException;
import io.github.smtpstatus.codegen.RegistryLoader;
import io.github.smtpstatus.codegen.RegistryInputs;
import io.github.smtpstatus.codegen.model.CodeKey;
import io.github.smtpstatus.codegen.model.TableKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConstantNameResolverTest {

  @Test
  void bundledRegistryUsesEveryPinnedName() throws RegistryFormatException {
    Fixtures.CollectedWarnings warnings = new Fixtures.CollectedWarnings();

    ConstantNames names = new RegistryLoader(warnings).load(Fixtures.bundledInputs()).names();

    assertThat(warnings.messages()).noneMatch(message -> message.contains("names.properties"))
        .noneMatch(message -> message.contains("character name"));
    assertThat(names.codes()).hasSize(81);
    assertThat(names.ofCode(new CodeKey(1, 1))).isEqualTo("BAD_DESTINATION_MAILBOX_ADDRESS");
    assertThat(names.ofCode(new CodeKey(2, 2))).isEqualTo("MAILBOX_FULL");
    assertThat(names.ofCode(new CodeKey(6, 9))).isEqualTo("UTF_8_HEADER_MESSAGE_CANNOT_BE_TRANSFERRED");
    assertThat(names.ofClass(5)).isEqualTo("PERMANENT_FAILURE");
    assertThat(names.ofSubject(7)).isEqualTo("SECURITY_OR_POLICY_STATUS");
  }

  @Test
  void pinnedNameWinsOverAChangedSampleText() throws RegistryFormatException {
    String renamed = Fixtures.SMALL_CODES.replace("Bad destination mailbox address", "Mailbox does not exist");
    RegistryInputs inputs = new RegistryInputs(Fixtures.input("c1.csv", Fixtures.SMALL_CLASSES),
        Fixtures.input("c2.csv", Fixtures.SMALL_SUBJECTS), Fixtures.input("c3.csv", renamed),
        Fixtures.input("names.properties", "X.1.1=BAD_DESTINATION_MAILBOX_ADDRESS\n"), null);

    ConstantNames names = new RegistryLoader(problem -> { }).load(inputs).names();

    assertThat(names.ofCode(new CodeKey(1, 1))).isEqualTo("BAD_DESTINATION_MAILBOX_ADDRESS");
  }

  @Test
  void deprecatedRowWithoutSampleTextIsNamedAfterItsReplacement() throws RegistryFormatException {
    ConstantNames names = new RegistryLoader(problem -> { }).load(Fixtures.smallInputs()).names();

    assertThat(names.ofCode(new CodeKey(6, 10)))
        .isEqualTo("DEPRECATED_UTF_8_STRING_REPLY_IS_REQUIRED_BUT_NOT_PERMITTED_BY_THE_SMTP_CLIENT");
  }

  @Test
  void longDerivedNameDrawsAWarningNamingTheLine() throws RegistryFormatException {
    Fixtures.CollectedWarnings warnings = new Fixtures.CollectedWarnings();

    new RegistryLoader(warnings).load(Fixtures.smallInputs());

    assertThat(warnings.messages()).contains("smtp-enhanced-status-codes-3.csv:4: column \"Sample Text\": "
        + "\"UTF-8 string reply is required, but not permitted by the SMTP client\" gives the 67-character name "
        + "UTF_8_STRING_REPLY_IS_REQUIRED_BUT_NOT_PERMITTED_BY_THE_SMTP_CLIENT for X.6.8; consider pinning a "
        + "shorter one in names.properties",
        "smtp-enhanced-status-codes-3.csv:6: column \"Sample Text\": is empty for deprecated X.6.10, named after "
        + "its replacement: the 78-character name "
        + "DEPRECATED_UTF_8_STRING_REPLY_IS_REQUIRED_BUT_NOT_PERMITTED_BY_THE_SMTP_CLIENT; consider pinning a "
        + "shorter one in names.properties");
  }

  @Test
  void pinnedNamesMatchingNoRowDrawOneWarning() throws RegistryFormatException {
    Fixtures.CollectedWarnings warnings = new Fixtures.CollectedWarnings();
    RegistryInputs inputs = new RegistryInputs(Fixtures.smallInputs().classCodes(),
        Fixtures.smallInputs().subjectCodes(), Fixtures.smallInputs().enumeratedCodes(),
        Fixtures.input("names.properties", "X.9.9=GONE\nX.1.1=BAD_DESTINATION_MAILBOX_ADDRESS\n"), null);

    new RegistryLoader(warnings).load(inputs);

    assertThat(warnings.messages()).contains("names.properties: 1 pinned name(s) match no row of the tables: X.9.9");
  }

  @ParameterizedTest(name = "{0} unused")
  @CsvSource(delimiter = '|', textBlock = """
      10 | names.properties: 10 pinned name(s) match no row of the tables: X.9.1, X.9.2, X.9.3, X.9.4, X.9.5, X.9.6, X.9.7, X.9.8, X.9.9, X.9.10
      11 | names.properties: 11 pinned name(s) match no row of the tables: X.9.1, X.9.2, X.9.3, X.9.4, X.9.5, X.9.6, X.9.7, X.9.8, X.9.9, X.9.10, ...
      """)
  void theWarningListsAtMostTenUnusedPinnedNames(int unused, String warning) throws RegistryFormatException {
    StringBuilder pinned = new StringBuilder();
    for (int i = 1; i <= unused; i++) {
      pinned.append("X.9.").append(i).append("=GONE_").append(i).append('\n');
    }
    Fixtures.CollectedWarnings warnings = new Fixtures.CollectedWarnings();
    RegistryInputs small = Fixtures.smallInputs();

    new RegistryLoader(warnings).load(new RegistryInputs(small.classCodes(), small.subjectCodes(),
        small.enumeratedCodes(), Fixtures.input("names.properties", pinned.toString()), null));

    assertThat(warnings.messages()).filteredOn(message -> message.startsWith("names.properties")).containsExactly(warning);
  }

  @ParameterizedTest(name = "{0} characters")
  @CsvSource({"50, false", "51, true"})
  void onlyANameOverFiftyCharactersDrawsTheLengthWarning(int length, boolean warned) throws RegistryFormatException {
    String sampleText = "N".repeat(length);
    String codes = Fixtures.CODE_HEADER + "X.1.1," + sampleText + ",Any,Long.,[RFC3463],A,B\r\n";
    Fixtures.CollectedWarnings warnings = new Fixtures.CollectedWarnings();

    new RegistryLoader(warnings).load(new RegistryInputs(Fixtures.input(TableKind.CLASS.fileName(), Fixtures.SMALL_CLASSES),
        Fixtures.input(TableKind.SUBJECT.fileName(), Fixtures.SMALL_SUBJECTS),
        Fixtures.input(TableKind.ENUMERATED.fileName(), codes), null, null));

    assertThat(warnings.messages().contains("smtp-enhanced-status-codes-3.csv:2: column \"Sample Text\": \"" + sampleText
        + "\" gives the " + length + "-character name " + sampleText + " for X.1.1; consider pinning a shorter one in "
        + "names.properties")).isEqualTo(warned);
  }

  @Test
  void classAndEnumeratedConstantsMayShareANameBecauseTheyAreDifferentTypes() throws RegistryFormatException {
    RegistryInputs small = Fixtures.smallInputs();
    RegistryInputs inputs = new RegistryInputs(small.classCodes(), small.subjectCodes(), small.enumeratedCodes(),
        Fixtures.input("names.properties", "5.XXX.XXX=SAME\nX.1.1=SAME\n"), null);

    ConstantNames names = new RegistryLoader(problem -> { }).load(inputs).names();

    assertThat(names.ofClass(5)).isEqualTo(names.ofCode(new CodeKey(1, 1)));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      MAILBOX_FULL            |
      ZONE_A_0_9              |
      X5_2_2                  |
      _LEADING_UNDERSCORE     |
      class                   | is a Java keyword, not a valid constant name
      _                       | is a Java keyword, not a valid constant name
      2FAST                   | is not a Java identifier
      HAS SPACE               | is not a Java identifier
      HAS-DASH                | is not a Java identifier
      mailboxFull             | is not an UPPER_SNAKE constant name (A-Z, 0-9 and _ only)
      MAILBOX_ÜBERVOLL        | is not an UPPER_SNAKE constant name (A-Z, 0-9 and _ only)
      """)
  void pinnedNamesMustBeUpperSnakeJavaIdentifiers(String name, String reason) {
    assertThat(ConstantNameResolver.invalidReason(name)).isEqualTo(reason);
  }

  @Test
  void emptyPinnedNameIsRejected() {
    assertThat(ConstantNameResolver.invalidReason("")).isEqualTo("is empty; a constant name is required");
  }

  @Test
  void rowWhoseTextGivesNoNameAndHasNoPinIsAnError() {
    String codes = Fixtures.CODE_HEADER + "X.1.1,...,Any,Punctuation only.,[RFC3463],A,B\r\n";
    RegistryInputs inputs = new RegistryInputs(Fixtures.input(TableKind.CLASS.fileName(), Fixtures.SMALL_CLASSES),
        Fixtures.input(TableKind.SUBJECT.fileName(), Fixtures.SMALL_SUBJECTS),
        Fixtures.input(TableKind.ENUMERATED.fileName(), codes), null, null);

    assertThatThrownBy(() -> new RegistryLoader(problem -> { }).load(inputs))
        .hasMessage("smtp-enhanced-status-codes-3.csv:2: column \"Sample Text\": \"...\" gives no constant name "
            + "for X.1.1; pin one in names.properties");
  }
}
