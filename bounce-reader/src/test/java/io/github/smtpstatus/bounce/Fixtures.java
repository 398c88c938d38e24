package io.github.smtpstatus.bounce;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The test messages, written for this project in the styles of real MTAs and from the RFC examples.
 * They live in {@code BounceReaderFuzzTestInputs/}, so that they are also the seed corpus of
 * {@link BounceReaderFuzzTest}.
 */
final class Fixtures {

  private Fixtures() {}

  static byte[] bytes(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("BounceReaderFuzzTestInputs/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(name, e);
    }
  }

  /** A message written in a test as text (UTF-8), read with the default limits. */
  static Bounce readText(String message) {
    return BounceReader.create().read(message.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  static Bounce read(String name) {
    return BounceReader.create().read(bytes(name));
  }
}
