package io.github.smtpstatus.codegen.rules.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpstatus.codegen.Problem;
import io.github.smtpstatus.codegen.rules.RulesFixtures;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleOrderCheckTest {

  private static final String HEADER = "code,reply,phrase,host,reason\n";

  private static List<String> problems(String first, String second) {
    return RuleOrderCheck.check(RulesFixtures.rules("r.csv", HEADER + first + "\n" + second + "\n")).stream()
        .map(Problem::toString).toList();
  }

  @ParameterizedTest(name = "[{index}] {0} before {1}")
  @CsvSource(delimiter = '|', value = {
      "',,quota exceeded,,MAILBOX_FULL'   | ',,sending quota exceeded,,RATE_LIMITED'",
      "',,user unknown,,USER_UNKNOWN'     | ',,User  Unknown,,FILTERED'",
      "',,user unknown,,USER_UNKNOWN'     | ',,user unknown && end of data,,FILTERED'",
      "'X.7.XXX,,,,SECURITY_ERROR'        | '5.7.1,,,,POLICY_VIOLATION'",
      "'5.7.600-699,,,,BLOCKED'           | '5.7.606-649,,,,BLOCKED'",
      "'X.1.1,,,,USER_UNKNOWN'            | 'X.1.1,550,,,USER_UNKNOWN'",
      "',5XX,,,UNDETERMINED'              | ',550,,,UNDETERMINED'",
      "',,,google.com,BLOCKED'            | ',,,mx.google.com,BLOCKED'",
      "',,,google.com,BLOCKED'            | 'X.7.1,,x,google.com,BLOCKED'",
  })
  void aRuleCoveredByAnEarlierOneCanNeverDecide(String first, String second) {
    assertThat(problems(first, second))
        .containsExactly("r.csv:3: can never decide: rule r.csv:2 comes first and matches every failure this rule matches");
  }

  @ParameterizedTest(name = "[{index}] {0} before {1}")
  @CsvSource(delimiter = '|', value = {
      "',,sending quota exceeded,,RATE_LIMITED' | ',,quota exceeded,,MAILBOX_FULL'",
      "',,user unknowns,,USER_UNKNOWN'         | ',,user unknown,,FILTERED'",
      "',,user unknown && end of data,,FILTERED' | ',,user unknown,,USER_UNKNOWN'",
      "'5.7.1,,,,POLICY_VIOLATION'             | 'X.7.XXX,,,,SECURITY_ERROR'",
      "'4.7.28,,,,RATE_LIMITED'                | 'X.7.28,,,,BLOCKED'",
      "',,,mx.google.com,BLOCKED'              | ',,,google.com,BLOCKED'",
      "',,,google.com,BLOCKED'                 | ',,,notgoogle.com,BLOCKED'",
      "'X.1.1,550,,,USER_UNKNOWN'              | 'X.1.1,,,,USER_UNKNOWN'",
  })
  void aMoreSpecificRuleBeforeAMoreGeneralOneIsFine(String first, String second) {
    assertThat(problems(first, second)).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] {0} then {1}")
  @CsvSource(delimiter = '|', value = {
      "'5.7.606-649,,,,BLOCKED' | '5.7.640-700,,,,BLOCKED'       | 5.7.640-700",
      "'5.7.606-649,,,,BLOCKED' | '5.7.600-606,,,,RATE_LIMITED'  | 5.7.600-606",
      "'X.7.606-649,,,,BLOCKED' | '5.7.649,,,,RATE_LIMITED'      | ",
  })
  void detailRangesThatOverlapWithoutNestingAreRefused(String first, String second, String overlapping) {
    List<String> problems = problems(first, second);

    if (overlapping == null) {
      assertThat(problems).containsExactly(
          "r.csv:3: can never decide: rule r.csv:2 comes first and matches every failure this rule matches");
    } else {
      assertThat(problems).containsExactly("r.csv:3: column \"code\": \"" + overlapping + "\" overlaps the detail range "
          + first.substring(0, first.indexOf(',')) + " of rule r.csv:2 without containing it or lying within it");
    }
  }

  @ParameterizedTest(name = "[{index}] {0} then {1}")
  @CsvSource(delimiter = '|', value = {
      "'5.7.606-649,,,,BLOCKED'   | '5.7.640-700,,x,,BLOCKED'",
      "'5.7.606-649,,,,BLOCKED'   | '4.7.640-700,,,,BLOCKED'",
      "'5.7.606-649,,,,BLOCKED'   | '5.7.650-700,,,,BLOCKED'",
  })
  void rangesTellingApartByAnotherConditionMayOverlap(String first, String second) {
    assertThat(problems(first, second)).isEmpty();
  }
}
