package io.github.smtpstatus;

import java.util.Random;
import java.util.stream.LongStream;

/**
 * Seeded generators of text for the property tests: the same seed gives the same inputs on every JDK
 * ({@link Random} is specified to the bit), so a failure names its seed and can be rerun alone.
 * Each generator mixes in the edge cases a property is most likely to break on (empty text, the bounds
 * of a range) with a fixed probability.
 */
final class RandomInputs {

  /** Inputs each seed generates for one property. */
  static final int PER_SEED = 100;

  /** Characters that make codes, replies and near misses: digits, dots, separators, line ends, letters, other digits. */
  private static final String NEAR_MISS_CHARS = "0123456789012345.....-- #()=;:\r\n\t\u0000aXx\u0661\uff15";

  /** Pieces of code-like text: codes and near codes are made separately, these glue them. */
  private static final String[] GLUE = {"550-", "550 ", "dsn=", "(#", ")", "[", "]", ".", "..", "-", " ", "\r\n", "a",
      "v", "192.168.", "0", "01", "_", "\u00e9", ","};

  private static final String CLASS_DIGITS = "24531";

  private final Random random;

  RandomInputs(long seed) {
    this.random = new Random(seed);
  }

  /** The seeds of a property test: 20 of them, so 2,000 inputs a property, as many as jqwik tried. */
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 20).map(i -> 3463L * 1000 + i);
  }

  Random random() {
    return random;
  }

  /** An int in {@code [min, max]}, one time in ten a bound. */
  int between(int min, int max) {
    return switch (random.nextInt(20)) {
      case 0 -> min;
      case 1 -> max;
      default -> min + random.nextInt(max - min + 1);
    };
  }

  <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  /** Text of up to 40 characters over the alphabet of near misses, any {@code char}s, or code-like pieces. */
  String nearMiss() {
    return switch (random.nextInt(3)) {
      case 0 -> over(NEAR_MISS_CHARS, 40);
      case 1 -> anyChars(40);
      default -> codeLikeText();
    };
  }

  /** Up to {@code maxLength} characters picked from {@code alphabet}; empty one time in twenty. */
  String over(String alphabet, int maxLength) {
    int length = random.nextInt(20) == 0 ? 0 : random.nextInt(maxLength + 1);
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }

  /** Up to {@code maxLength} of any {@code char}: ASCII, Latin-1, the BMP, lone and paired surrogates. */
  String anyChars(int maxLength) {
    int length = random.nextInt(20) == 0 ? 0 : random.nextInt(maxLength + 1);
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(switch (random.nextInt(4)) {
        case 0 -> (char) random.nextInt(0x80);
        case 1 -> (char) random.nextInt(0x100);
        case 2 -> (char) (0xd800 + random.nextInt(0x800));
        default -> (char) random.nextInt(0x10000);
      });
    }
    return text.toString();
  }

  /** Up to 12 pieces glued together: codes of every class digit and range, and the separators around them. */
  String codeLikeText() {
    int pieces = random.nextInt(13);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      if (random.nextBoolean()) {
        text.append(CLASS_DIGITS.charAt(random.nextInt(CLASS_DIGITS.length()))).append('.')
            .append(between(0, 1200)).append('.').append(between(0, 1200));
      } else {
        text.append(pick(GLUE));
      }
    }
    return text.toString();
  }
}
