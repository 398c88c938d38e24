package io.github.smtpstatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ControlCharsTest {

  /** The word-at-a-time search over the copy and the direct search give the same answer. */
  private static int first(String text, int from, int to) {
    int direct = ControlChars.first(text, null, from, to);
    byte[] copy = ControlChars.copy(text);
    try {
      assertThat(copy).as("the scratch array is free").isNotNull();
      assertThat(ControlChars.first(text, copy, from, to)).as("through the copy").isEqualTo(direct);
    } finally {
      ControlChars.release(copy);
    }
    return direct;
  }

  /** Lengths with a tail only, one word, words and a tail, and many words. */
  @ParameterizedTest(name = "length {0}")
  @ValueSource(ints = {1, 7, 8, 9, 16, 23, 100, 513})
  void findsEveryControlCharacterBelowU0100AtEveryKindOfPosition(int length) {
    for (int position : new int[] {0, 1, 6, 7, 8, length / 2, length - 9, length - 8, length - 1}) {
      if (position < 0 || position >= length) {
        continue;
      }
      for (char c = 0; c < 0x100; c++) {
        String text = "a".repeat(position) + c + "b".repeat(length - position - 1);
        int expected = c < 0x20 && c != '\t' || c == 0x7f ? position : length;
        assertThat(first(text, 0, length)).as("U+%04X at %d of %d", (int) c, position, length).isEqualTo(expected);
      }
    }
  }

  /** The copy keeps a character's low byte only; a character above U+00FF is never a control character. */
  @ParameterizedTest(name = "U+{0}")
  @ValueSource(ints = {0x010A, 0x010D, 0x0100, 0x017F, 0x0A0D, 0xFF0A, 0x2009, 0xD800, 0x7F7F})
  void aCharacterWhoseLowByteLooksLikeAControlCharacterIsNotOne(int c) {
    String text = "x".repeat(20) + (char) c + "y".repeat(40);
    assertThat(first(text, 0, text.length())).isEqualTo(text.length());
    String withControl = text + '\u0000';
    assertThat(first(withControl, 0, withControl.length())).isEqualTo(text.length());
  }

  @Test
  void tabIsNotAControlCharacter() {
    String text = "\t".repeat(100);
    assertThat(first(text, 0, 100)).isEqualTo(100);
  }

  @Test
  void readsOnlyItsRegion() {
    String text = "\u0000" + "x".repeat(40) + "\r";
    assertThat(first(text, 1, 41)).isEqualTo(41);
    assertThat(first(text, 1, 42)).isEqualTo(41);
    assertThat(first(text, 0, 42)).isEqualTo(0);
  }

  @Test
  void aTextLongerThanTheScratchArrayIsNotCopied() {
    assertThat(ControlChars.copy("x".repeat(ControlChars.SCRATCH_LENGTH + 1))).isNull();
  }

  @Test
  void whileOneCallerHoldsTheScratchArrayAnotherGetsNoneAndReadsDirectly() {
    byte[] held = ControlChars.copy("550 held");
    try {
      assertThat(ControlChars.copy("550 other")).isNull();
      assertThat(SmtpReply.parse("550 5.1.1 clean").code()).isEqualTo(550);
      assertThatThrownBy(() -> SmtpReply.parse("550 5.1.1 \u0007bell"))
          .hasMessageContaining("control character U+0007 in the text");
    } finally {
      ControlChars.release(held);
    }
    assertThat(ControlChars.copy("550 again")).isNotNull().satisfies(ControlChars::release);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"550 5.1.1 fine", "550 5.1.1 bell \u0007", "550-continued\r\n"})
  void parsingAReplyGivesTheScratchArrayBackWhetherItSucceedsOrNot(String reply) {
    SmtpReply.tryParse(reply);
    byte[] after = ControlChars.copy("550 next");
    try {
      assertThat(after).isNotNull();
    } finally {
      ControlChars.release(after);
    }
  }

  @Test
  void theWordTestNeverMissesAControlByteWhateverTheOtherBytes() {
    Random random = new Random(3463);
    for (int round = 0; round < 20_000; round++) {
      long word = random.nextLong();
      for (int b = 0; b < 0x100; b++) {
        int shift = 8 * random.nextInt(8);
        long x = word & ~(0xffL << shift) | (long) b << shift;
        if (b < 0x20 || b == 0x7f) {
          assertThat(ControlChars.mayHoldControl(x)).as("%016x", x).isTrue();
        }
      }
    }
  }

  @Test
  void theWordTestPassesAWordOfPrintableBytes() {
    assertThat(ControlChars.mayHoldControl(0x2020202020202020L)).isFalse();
    assertThat(ControlChars.mayHoldControl(0x7e7e7e7e7e7e7e7eL)).isFalse();
    assertThat(ControlChars.mayHoldControl(0xffa0807e41302120L)).isFalse();
  }
}
