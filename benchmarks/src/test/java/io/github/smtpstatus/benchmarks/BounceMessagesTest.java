package io.github.smtpstatus.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpstatus.benchmarks.bounce.BounceMessages;
import io.github.smtpstatus.bounce.Bounce;
import io.github.smtpstatus.bounce.BounceKind;
import io.github.smtpstatus.bounce.BounceReader;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The bounce benchmarks measure what they say: real bounces read to one result each, messages of the length asked. */
class BounceMessagesTest {

  @Test
  void generatedBouncesAreReadAsBouncesOfOneRecipientWithAStatus() {
    BounceReader reader = BounceReader.create();
    for (byte[] message : BounceMessages.generated(50)) {
      Bounce bounce = reader.read(message);
      assertThat(bounce.kind()).isIn(BounceKind.DELIVERY_STATUS_NOTIFICATION, BounceKind.PROSE_BOUNCE);
      assertThat(bounce.recipients()).singleElement()
          .satisfies(recipient -> assertThat(recipient.status()).isPresent());
    }
  }

  @Test
  void generatedBouncesAreTheSameOnEveryRun() {
    assertThat(BounceMessages.generated(20)).isDeepEqualTo(BounceMessages.generated(20));
    assertThat(Arrays.stream(BounceMessages.generated(512)).map(Arrays::toString).distinct().count()).isGreaterThan(500);
  }

  @ParameterizedTest
  @CsvSource({"prose, 1024", "prose, 1048576", "report, 65536", "mime, 1024", "mime, 1048576"})
  void adversarialMessagesHaveAboutTheLengthAsked(String shape, int length) {
    byte[] message = BounceMessages.adversarial(shape, length);

    assertThat(message.length).isBetween(length * 3 / 4, length + 1024);
  }
}
