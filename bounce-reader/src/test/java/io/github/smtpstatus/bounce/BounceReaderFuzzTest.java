package io.github.smtpstatus.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

/**
 * Fuzz targets over raw message bytes (Jazzer). In {@code mvn verify} each runs once per seed in
 * {@code BounceReaderFuzzTestInputs/} (the fixtures the other tests read, all written for this
 * project); {@code scripts/fuzz.sh bounce-reader BounceReaderFuzzTest#read 600} fuzzes for real. Any
 * exception fails, and what comes out must hold together.
 */
class BounceReaderFuzzTest {

  private static final BounceReader READER = BounceReader.builder().maxMessageBytes(1 << 20).build();

  @FuzzTest(maxDuration = "10m")
  void read(byte[] bytes) throws IOException {
    Bounce bounce = READER.read(bytes);

    assertThat(READER.read(new ByteArrayInputStream(bytes))).as("the same from a stream").isEqualTo(bounce);
    assertThat(READER.read(bytes)).as("deterministic").isEqualTo(bounce);
    assertThat(bounce.findings()).hasSizeLessThanOrEqualTo(64);
    assertThat(bounce.recipients()).hasSizeLessThanOrEqualTo(1000);
    if (bounce.kind() == BounceKind.NOT_A_BOUNCE) {
      assertThat(bounce.recipients()).isEmpty();
    }
    for (RecipientResult recipient : bounce.recipients()) {
      assertHoldsTogether(recipient);
    }
  }

  @FuzzTest(maxDuration = "10m")
  void mbox(byte[] bytes) {
    List<Mbox.Message> messages = Mbox.messages(new ByteArrayInputStream(bytes), READER.settings()).toList();

    long octets = 0;
    for (Mbox.Message message : messages) {
      assertThat(message.length()).isBetween(0, message.bytes().length);
      octets += message.length();
    }
    assertThat(octets).as("a message holds octets of the mbox only").isLessThanOrEqualTo(bytes.length);
    assertThat(READER.readMbox(new ByteArrayInputStream(bytes)).count()).isEqualTo(messages.size());
  }

  private static void assertHoldsTogether(RecipientResult recipient) {
    assertThat(recipient.recipient()).isNotNull();
    assertThat(recipient.status()).isEqualTo(recipient.chosen().flatMap(StatusCandidate::code));
    assertThat(recipient.statusEvidence()).isEqualTo(recipient.chosen().map(StatusCandidate::evidence));
    recipient.chosen().ifPresent(chosen -> assertThat(recipient.candidates()).contains(chosen));
    assertThat(recipient.replyCode().isPresent()).isEqualTo(recipient.reply().isPresent());
    recipient.reply().ifPresent(reply -> {
      assertThat(reply.code()).isBetween(200, 559);
      assertThat(recipient.replyCode()).hasValue(reply.code());
    });
    for (StatusCandidate candidate : recipient.candidates()) {
      candidate.reply().ifPresent(reply -> assertThat(candidate.replyCode()).hasValue(reply.code()));
    }
    assertThat(recipient.diagnosticText()).isNotNull();
  }
}
