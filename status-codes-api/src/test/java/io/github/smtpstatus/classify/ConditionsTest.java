package io.github.smtpstatus.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConditionsTest {

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource({
      "5.1.1, 5.1.1",
      "X.1.1, X.1.1",
      "x.1.1, X.1.1",
      "4.7.XXX, 4.7.XXX",
      "X.7.xxx, X.7.XXX",
      "5.XXX.XXX, 5.XXX.XXX",
      "X.XXX.XXX, X.XXX.XXX",
      "5.7.606-649, 5.7.606-649",
      "2.0.0, 2.0.0",
      "5.999.999, 5.999.999",
  })
  void codeConditionsParseToTheirCanonicalForm(String written, String canonical) {
    int[] code = Conditions.parseCode(written);

    assertThat(Conditions.formatCode(code[0], code[1], code[2], code[3])).isEqualTo(canonical);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', value = {
      "5.1            | Invalid code condition \"5.1\": is not class.subject.detail",
      "3.1.1          | Invalid code condition \"3.1.1\": has class \"3\" (expected 2, 4, 5 or X)",
      "5.XXX.1        | Invalid code condition \"5.XXX.1\": has any subject but a particular detail",
      "5.01.1         | Invalid code condition \"5.01.1\": has a leading zero in its subject",
      "5.1.1000       | Invalid code condition \"5.1.1000\": has a detail of 4 digits (expected 1 to 3)",
      "5.1.a          | Invalid code condition \"5.1.a\": has a detail \"a\" that is not a number",
      "5.7.649-606    | Invalid code condition \"5.7.649-606\": has a detail range whose low end 649 is not below its high end 606",
      "5.7.606-606    | Invalid code condition \"5.7.606-606\": has a detail range whose low end 606 is not below its high end 606",
      "5.7.-6         | Invalid code condition \"5.7.-6\": has a detail of 0 digits (expected 1 to 3)",
      "5.\u0661.1     | Invalid code condition \"5.\u0661.1\": has a subject \"\u0661\" that is not a number",
  })
  void invalidCodeConditionsAreRefusedSayingWhy(String written, String message) {
    assertThatThrownBy(() -> Conditions.parseCode(written)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource({"550, 550, 550", "5XX, 500, 599", "4xx, 400, 499", "250, 250, 250"})
  void replyConditionsParseToARange(String written, int low, int high) {
    assertThat(Conditions.parseReply(written)).containsExactly(low, high);
    assertThat(Conditions.formatReply(low, high)).isEqualTo(written.toUpperCase());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource({"55", "5500", "650", "150", "5X0", "abc"})
  void invalidReplyConditionsAreRefused(String written) {
    assertThatThrownBy(() -> Conditions.parseReply(written)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid reply code condition \"" + written
            + "\": expected three digits from 200 to 599 (550) or a class (5XX)");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', value = {
      "google..com     | has an empty, over-long or hyphen-edged label",
      ".google.com     | has an empty, over-long or hyphen-edged label",
      "-google.com     | has an empty, over-long or hyphen-edged label",
      "goo_gle.com     | has the character '_' (expected letters, digits, hyphens and dots)",
      "g\u00f6ogle.com | has the character '\u00f6' (expected letters, digits, hyphens and dots)",
  })
  void invalidHostConditionsAreRefused(String written, String reason) {
    assertThatThrownBy(() -> Conditions.parseHost(written)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid host condition \"" + written + "\": " + reason);
  }

  @ParameterizedTest(name = "[{index}] {0} ends with {1}: {2}")
  @CsvSource({
      "mx.google.com, google.com, true",
      "Google.COM, google.com, true",
      "google.com., google.com, true",
      "xgoogle.com, google.com, false",
      "google.co, google.com, false",
      "oogle.com, google.com, false",
  })
  void hostsMatchSuffixesOnLabelBoundariesIgnoringCaseAndAFinalDot(String host, String suffix, boolean matches) {
    assertThat(Conditions.hostMatches(host, suffix)).isEqualTo(matches);
  }
}
