package io.github.smtpstatus.cli.bounces;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpstatus.bounce.BounceReader;
import io.github.smtpstatus.classify.BounceReason;
import io.github.smtpstatus.classify.ClassificationRule;
import io.github.smtpstatus.classify.Classifier;
import io.github.smtpstatus.cli.input.Input;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BounceReadingTest {

  private static List<BounceResult> read(BounceReader reader, String sample) {
    List<BounceResult> results = new ArrayList<>();
    Input input = Input.of(Path.of("..", "samples", "bounces", sample).toString(), () -> {
      throw new AssertionError("no standard input");
    });
    new BounceReading(reader, List.of(input), new PrintWriter(new StringWriter())).run(results::add, () -> false);
    return results;
  }

  @Test
  void eachResultHasTheReadersOwnVerdictForItsRecipient() {
    List<BounceResult> results = read(BounceReader.create(), "postfix-dsn.eml");
    assertThat(results).isNotEmpty()
        .allSatisfy(result -> assertThat(result.classification()).isSameAs(result.recipient().classification()));
  }

  @Test
  void theReadersClassifierDecides() {
    Classifier everythingThrottled = Classifier.builder()
        .add(ClassificationRule.builder("test:every-5xx").code("5.XXX.XXX").reason(BounceReason.RATE_LIMITED).build())
        .addAll(Classifier.standard()).build();
    List<BounceResult> results = read(BounceReader.builder().classifier(everythingThrottled).build(),
        "postfix-dsn.eml");
    assertThat(results).isNotEmpty().extracting(result -> result.classification().decidedBy())
        .containsOnly("test:every-5xx");
  }
}
