package io.github.smtpstatus.codegen.rules.compile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhraseNormalizerTest {

  /** Shows the boundary mark as '|' in the table. */
  private static String visible(String normalized) {
    return normalized.replace(PhraseNormalizer.BOUNDARY, '|');
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @CsvSource(delimiter = ';', value = {
      "user unknown;         |user| |unknown|",
      "User  Unknown;        |user| |unknown|",
      "[TSS04];              [|tss04|]",
      "550 : user unknown;   |550| : |user| |unknown|",
      "can't;                |can|'|t|",
      "pipe to |;            |pipe| |to| |",
      "x-unix;               |x|-|unix|",
      "a_b;                  |a_b|",
  })
  void boundariesMarkEveryPassageBetweenWordAndOtherCharacters(String phrase, String normalized) {
    assertThat(visible(PhraseNormalizer.normalize(phrase))).isEqualTo(normalized);
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @CsvSource(delimiter = ';', value = {
      "'';               is blank",
      "'  ';             is blank",
      "' x';             starts or ends with whitespace",
      "'x ';             starts or ends with whitespace",
      "'-- --';          has no letter or digit",
      "'\u00fcber';      can never match: it contains U+00FC at index 0, and text outside printable ASCII never matches a phrase character",
  })
  void phrasesThatCanNeverMatchSayWhy(String phrase, String problem) {
    assertThat(PhraseNormalizer.problem(phrase)).isEqualTo(problem);
  }
}
