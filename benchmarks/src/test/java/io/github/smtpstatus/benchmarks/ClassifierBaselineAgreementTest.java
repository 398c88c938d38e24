package io.github.smtpstatus.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpstatus.StatusCode;
import io.github.smtpstatus.benchmarks.baseline.RegexClassifier;
import io.github.smtpstatus.benchmarks.corpus.ClassificationSamples;
import io.github.smtpstatus.classify.ClassificationRule;
import io.github.smtpstatus.classify.Classifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The regular-expression baseline decides as the library does, so the benchmark compares like with like. */
class ClassifierBaselineAgreementTest {

  private static final Classifier LIBRARY = Classifier.standard();
  private static final RegexClassifier REGEX = new RegexClassifier(LIBRARY.rules());

  @Test
  void theBenchmarkCountsEveryFailurePerInvocation() {
    assertThat(ClassifyBenchmark.FAILURES).isEqualTo(ClassificationSamples.FAILURES.size());
  }

  @Test
  void bothDecideTheBenchmarkFailuresByTheSameRule() {
    for (ClassificationSamples.Failure failure : ClassificationSamples.FAILURES) {
      assertThat(REGEX.classify(failure.code(), failure.reply(), failure.text(), failure.host()))
          .as(failure.text())
          .isEqualTo(LIBRARY.classify(failure.code(), failure.reply(), failure.text(), failure.host()).decidedBy());
    }
  }

  @Test
  void bothDecideATextMadeOfEachShippedRulesOwnConditionsByTheSameRule() {
    List<String> disagreements = new ArrayList<>();
    int index = 0;
    for (ClassificationRule rule : LIBRARY.rules()) {
      StatusCode code = rule.code().map(ClassifierBaselineAgreementTest::example).orElse(null);
      int reply = rule.replyCode().map(written -> Integer.parseInt(written.replace("XX", "50"))).orElse(550);
      String text = "Delivery failed (" + index++ + "): " + String.join(" and ", rule.phrases()).toUpperCase()
          + ", see the report.";
      String host = rule.host().map(suffix -> "mx1." + suffix).orElse(null);
      String library = LIBRARY.classify(code, reply, text, host).decidedBy();
      String regex = REGEX.classify(code, reply, text, host);
      if (!library.equals(regex)) {
        disagreements.add(rule.origin() + ": library " + library + ", regex " + regex);
      }
    }
    assertThat(disagreements).isEmpty();
  }

  @Test
  void bothDecideTheCostPerByteTextsByTheSameRule() {
    for (int length : new int[] {100, 1024, 16384}) {
      for (boolean adversarial : new boolean[] {false, true}) {
        String text = ClassificationSamples.text(length, adversarial, 3463L);
        assertThat(REGEX.classify(null, 550, text, null)).isEqualTo(LIBRARY.classify(null, 550, text, null).decidedBy());
      }
    }
  }

  /** A code the condition accepts: class 5 (or 2 for a class-2 condition), the subject, the lowest detail. */
  private static StatusCode example(String condition) {
    String[] parts = condition.split("\\.");
    String statusClass = parts[0].equals("X") ? "5" : parts[0];
    String subject = parts[1].equals("XXX") ? "9" : parts[1];
    String detail = parts[2].equals("XXX") ? "99" : parts[2].split("-")[0];
    return StatusCode.parse(statusClass + "." + subject + "." + detail);
  }
}
