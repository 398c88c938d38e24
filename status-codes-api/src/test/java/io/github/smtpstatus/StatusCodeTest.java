package io.github.smtpstatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class StatusCodeTest {

  /** Every registered code in every class: 3 x 81. */
  static Stream<StatusCode> everyRegisteredCodeInEveryClass() {
    List<StatusCode> codes = new ArrayList<>();
    for (StatusClass statusClass : StatusClass.values()) {
      for (EnhancedStatusCode entry : EnhancedStatusCode.values()) {
        codes.add(StatusCode.of(statusClass, entry));
      }
    }
    return codes.stream();
  }

  @ParameterizedTest
  @MethodSource("everyRegisteredCodeInEveryClass")
  void parsingTheCanonicalFormGivesTheSameCachedInstance(StatusCode code) {
    assertThat(StatusCode.parse(code.toString())).isSameAs(code);
    assertThat(StatusCode.tryParse(code.toString())).containsSame(code);
  }

  @Test
  void parsingARegisteredCodeTwiceReturnsTheSameObject() {
    assertThat(StatusCode.parse("5.1.1")).isSameAs(StatusCode.parse(new StringBuilder("5.1.1")));
    assertThat(StatusCode.tryParse("5.1.1")).isSameAs(StatusCode.tryParse("5.1.1"));
  }

  @ParameterizedTest
  @CsvSource({
      "2.0.0, 2, 0, 0", "5.1.1, 5, 1, 1", "4.4.7, 4, 4, 7", "5.7.606, 5, 7, 606", "5.1.10, 5, 1, 10",
      "4.999.999, 4, 999, 999", "2.10.0, 2, 10, 0", "5.0.100, 5, 0, 100"})
  void parsesClassSubjectAndDetail(String text, int statusClass, int subject, int detail) {
    StatusCode code = StatusCode.parse(text);

    assertThat(code.statusClass().number()).isEqualTo(statusClass);
    assertThat(code.subject()).isEqualTo(subject);
    assertThat(code.detail()).isEqualTo(detail);
    assertThat(code).hasToString(text);
  }

  @ParameterizedTest(name = "\"{0}\": {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      ~~         | 0 | empty input
      5.01.1     | 2 | leading zero in subject
      5.1.01     | 4 | leading zero in detail
      5.00.1     | 2 | leading zero in subject
      3.1.1      | 0 | class must be 2, 4 or 5
      0.1.1      | 0 | class must be 2, 4 or 5
      9.1.1      | 0 | class must be 2, 4 or 5
      /.1.1      | 0 | expected the class digit 2, 4 or 5, found '/'
      :.1.1      | 0 | expected the class digit 2, 4 or 5, found ':'
      1.1.1      | 0 | class must be 2, 4 or 5
      X.1.1      | 0 | expected the class digit 2, 4 or 5, found 'X'
      ~ 5.1.1~   | 0 | expected the class digit 2, 4 or 5, found ' '
      #5.1.1     | 0 | expected the class digit 2, 4 or 5, found '#'
      5          | 1 | expected '.' after the class, found end of input
      5,1,1      | 1 | expected '.' after the class, found ','
      5.         | 2 | missing subject
      5..1       | 2 | missing subject
      5.1        | 3 | expected '.' and a detail after the subject
      5.1.       | 4 | missing detail
      5.1.1.     | 5 | unexpected character '.' after the detail
      ~5.1.1 ~   | 5 | unexpected character ' ' after the detail
      5.1.1a     | 5 | unexpected character 'a' after the detail
      5.1000.1   | 5 | subject has more than 3 digits
      5.1.1000   | 7 | detail has more than 3 digits
      5.a.1      | 2 | unexpected character 'a' in subject
      5.1.x      | 4 | unexpected character 'x' in detail
      5.1-1      | 3 | unexpected character '-' in subject
      5.1.1.1    | 5 | unexpected character '.' after the detail
      55.1.1     | 1 | expected '.' after the class, found '5'
      """)
  void rejectsWithIndexAndReason(String text, int index, String reason) {
    String input = text == null ? "" : text;

    StatusCodeFormatException e = catchThrowableOfType(StatusCodeFormatException.class, () -> StatusCode.parse(input));

    assertThat(e).hasMessage("Invalid status code \"" + input + "\": " + reason + " at index " + index);
    assertThat(e.getIndex()).isEqualTo(index);
    assertThat(e.getReason()).isEqualTo(reason);
    assertThat(e.getInput()).isEqualTo(input);
    assertThat(StatusCode.tryParse(input)).isEmpty();
    assertThat(StatusCode.isValid(input)).isFalse();
  }

  @Test
  void theMessageOfTheIssueExample() {
    assertThatThrownBy(() -> StatusCode.parse("5.01.1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid status code \"5.01.1\": leading zero in subject at index 2");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"5.\u0661.1", "5.1.\u0661", "\u0665.1.1", "5.1.\uff11", "5.\u0967.1"})
  void rejectsNonAsciiDigits(String text) {
    assertThat(StatusCode.tryParse(text)).isEmpty();
    assertThatThrownBy(() -> StatusCode.parse(text)).isInstanceOf(StatusCodeFormatException.class);
  }

  @Test
  void nonAsciiDigitIsNamedInTheMessage() {
    assertThatThrownBy(() -> StatusCode.parse("5.1.\u0661"))
        .hasMessage("Invalid status code \"5.1.\u0661\": non-ASCII digit U+0661 in detail at index 4");
    assertThatThrownBy(() -> StatusCode.parse("5.1\u0661.1"))
        .hasMessage("Invalid status code \"5.1\u0661.1\": non-ASCII digit U+0661 in subject at index 3");
  }

  @Test
  void codesThatDifferInClassSubjectOrDetailHaveDifferentHashCodes() {
    List<Integer> hashes = new ArrayList<>();
    for (StatusClass statusClass : StatusClass.values()) {
      for (int subject : new int[] {0, 1, 2, 10, 999}) {
        for (int detail : new int[] {0, 1, 2, 10, 999}) {
          hashes.add(StatusCode.of(statusClass, subject, detail).hashCode());
        }
      }
    }

    assertThat(hashes).hasSize(75).doesNotHaveDuplicates();
  }

  @Test
  void messageQuotesControlCharactersAndCutsLongInput() {
    assertThatThrownBy(() -> StatusCode.parse("5.1.1\u0000"))
        .hasMessage("Invalid status code \"5.1.1\\u0000\": unexpected character U+0000 after the detail at index 5");
    String longInput = "5.1.1" + "x".repeat(100_000);
    StatusCodeFormatException e = catchThrowableOfType(StatusCodeFormatException.class, () -> StatusCode.parse(longInput));
    assertThat(e.getMessage()).hasSizeLessThan(200).contains("...\"");
    assertThat(e.getInput()).isEqualTo(longInput);
  }

  @Test
  void unregisteredCodesParseButAreNotRegistered() {
    StatusCode microsoft = StatusCode.parse("5.7.606");

    assertThat(microsoft.registered()).isEmpty();
    assertThat(StatusCode.parse("5.7.606")).isEqualTo(microsoft);
  }

  @Test
  void aRepeatedUnregisteredCodeReusesItsRecentInstance() {
    StatusCode first = StatusCode.parse("5.7.606");

    assertThat(StatusCode.parse("5.7.606")).isSameAs(first);
    assertThat(StatusCode.of(StatusClass.PERMANENT_FAILURE, 7, 606)).isSameAs(first);
    assertThat(StatusCode.tryParse("5.7.606")).containsSame(first);
  }

  @Test
  void unregisteredCodesThatShareACacheSlotStayDistinct() {
    List<StatusCode> codes = new ArrayList<>();
    for (int detail = 0; detail < 1000; detail++) {
      codes.add(StatusCode.parse("4.9." + detail));
    }

    for (int detail = 0; detail < 1000; detail++) {
      StatusCode again = StatusCode.parse("4.9." + detail);
      assertThat(again).isEqualTo(codes.get(detail)).hasToString("4.9." + detail);
      assertThat(again.detail()).isEqualTo(detail);
    }
  }

  @Test
  void registeredCodesKnowTheirRegistryEntry() {
    assertThat(StatusCode.parse("5.1.1").registered()).contains(EnhancedStatusCode.BAD_DESTINATION_MAILBOX_ADDRESS);
    assertThat(StatusCode.parse("4.2.2").registered()).contains(EnhancedStatusCode.MAILBOX_FULL);
  }

  @ParameterizedTest
  @CsvSource({"2.0.0, true, false, false", "4.4.7, false, true, false", "5.1.1, false, false, true"})
  void classPredicates(String text, boolean success, boolean transientFailure, boolean permanent) {
    StatusCode code = StatusCode.parse(text);

    assertThat(code.isSuccess()).isEqualTo(success);
    assertThat(code.isTransient()).isEqualTo(transientFailure);
    assertThat(code.isPermanent()).isEqualTo(permanent);
  }

  @Test
  void equalsAndHashCodeGoByClassSubjectAndDetail() {
    StatusCode built = StatusCode.of(StatusClass.PERMANENT_FAILURE, 7, 606);

    assertThat(built).isEqualTo(StatusCode.parse("5.7.606")).hasSameHashCodeAs(StatusCode.parse("5.7.606"));
    assertThat(built).isNotEqualTo(StatusCode.parse("4.7.606")).isNotEqualTo(StatusCode.parse("5.7.60"));
    assertThat(built).isNotEqualTo("5.7.606");
  }

  @Test
  void ordersByClassThenSubjectThenDetailNumerically() {
    List<StatusCode> sorted = Stream.of("5.1.10", "4.7.1", "5.1.2", "2.0.0", "5.10.0", "5.2.0")
        .map(StatusCode::parse).sorted().toList();

    assertThat(sorted).extracting(StatusCode::toString)
        .containsExactly("2.0.0", "4.7.1", "5.1.2", "5.1.10", "5.2.0", "5.10.0");
  }

  @Test
  void ofGivesTheCachedInstanceForRegisteredCodes() {
    assertThat(StatusCode.of(StatusClass.PERMANENT_FAILURE, 1, 1)).isSameAs(StatusCode.parse("5.1.1"));
    assertThat(StatusCode.of(StatusClass.PERSISTENT_TRANSIENT_FAILURE, EnhancedStatusCode.MAILBOX_FULL))
        .isSameAs(StatusCode.parse("4.2.2"));
  }

  @ParameterizedTest
  @CsvSource({"-1, 0", "0, -1", "1000, 0", "0, 1000"})
  void ofRejectsNumbersOutsideThreeDigits(int subject, int detail) {
    assertThatThrownBy(() -> StatusCode.of(StatusClass.SUCCESS, subject, detail))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("subject and detail must be 0 to 999: 2." + subject + "." + detail);
  }

  @Test
  void nullInputIsANullPointerNamingTheParameter() {
    assertThatThrownBy(() -> StatusCode.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text == null");
    assertThatThrownBy(() -> StatusCode.tryParse(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> StatusCode.isValid(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void meaningOfARegisteredCodeIsItsEntry() {
    StatusMeaning meaning = StatusCode.parse("5.2.2").meaning();

    assertThat(meaning.level()).isEqualTo(StatusMeaning.Level.CODE);
    assertThat(meaning.entry()).contains(EnhancedStatusCode.MAILBOX_FULL);
    assertThat(meaning.sampleText()).isEqualTo("Mailbox full");
    assertThat(meaning).hasToString("5.2.2: Mailbox full");
  }

  @Test
  void meaningOfAnUnregisteredDetailFallsBackToTheSubjectsOtherCode() {
    StatusMeaning meaning = StatusCode.parse("5.7.606").meaning();

    assertThat(meaning.level()).isEqualTo(StatusMeaning.Level.SUBJECT);
    assertThat(meaning.entry()).contains(EnhancedStatusCode.OTHER_OR_UNDEFINED_SECURITY_STATUS);
    assertThat(meaning.statusSubject()).contains(StatusSubject.SECURITY_OR_POLICY_STATUS);
    assertThat(meaning.sampleText()).isEqualTo("Other or undefined security status");
    assertThat(meaning).hasToString("5.7.606: Other or undefined security status (subject X.7.0, detail 606 unregistered)");
  }

  @Test
  void meaningOfAnUnregisteredSubjectFallsBackToTheClass() {
    StatusMeaning meaning = StatusCode.parse("4.9.1").meaning();

    assertThat(meaning.level()).isEqualTo(StatusMeaning.Level.CLASS);
    assertThat(meaning.entry()).isEmpty();
    assertThat(meaning.statusSubject()).isEmpty();
    assertThat(meaning.statusClass()).isEqualTo(StatusClass.PERSISTENT_TRANSIENT_FAILURE);
    assertThat(meaning.sampleText()).isEqualTo("Persistent Transient Failure");
    assertThat(meaning).hasToString("4.9.1: Persistent Transient Failure (class only, subject 9 unregistered)");
  }
}
