package io.github.smtpstatus.benchmarks.corpus;

import java.util.Random;

/**
 * Adversarial texts for the lenient reply reading and the prose scanner, generated from fixed seeds:
 * a sequence of 128-character units drawn at random from shapes built to make a reader rescan
 * (look-alike line prefixes, folds, code forms, quotes, candidates that are refused late, regions that
 * end far away). Every unit starts with {@code 550-5.7.1 }, so every {@link Corpora#KB} slice is a
 * quoted reply that the lenient reading must walk whole; a shorter text is a prefix of a longer one.
 */
public final class QuotedTexts {

  private static final int UNIT = 128;
  private static final long REPLY_SEED = 2034L;
  private static final long PROSE_SEED = 3464L;

  private static final String[] REPLY_UNITS = {
      "550-5.7.1 text 550-5.7.2 look alike 550-5.7.10 longer 5500-5.7.1 551-5.7.1 550:5.7.1 x550-5.7.1 ",
      "550-5.7.1 folded\r\n    text\n\tmore\r\n  and more\n   wrapped ",
      "550-5.7.1 a 550-5.7.1 b 550-5.7.1 c 550-5.7.1 d 550-5.7.1 e 550-5.7.1 f ",
      "550-5.7.1 #5.7.1 (#5.7.1) '5.7.1 q' \"5.7.1\" #x (#5.7.1 ",
      "550-5.7.1 <550 5.1.1 <a@b>> '550-'x' said: 550 5.1.1 y: 450 4.2.2 z ",
      "550-5.7.1 5.1.1.1.1.1 192.0.2.1 [2001:db8::550] 2024-03-01 12:00:00 ",
  };

  private static final String[] PROSE_UNITS = {
      "said: 550 x <550 5.1.1 y> '550-'z' smtp; 550 550 5.1.1 ok (in reply to RCPT TO command)\n",
      "SMTP error from remote mail server after RCPT TO:<a@b.example>: 550 user\n    unknown ",
      "(in reply to (in reply to ((((((( ))))) 450 4. 450-4.2 550 5.1 550 5.1.1x 5.1.1 ",
      "192.0.2.1 2024-03-01 12:00:00 [2001:db8::250] port 465 <550@example.com> in 840 minutes ",
      "<<< 550-5.1.1 first\n<<< 550 5.1.1 second\n]: 421 ok\n>: 452 full\nto me: 554 no\n",
      "host x said:\n    550-5.1.1 wrapped 550-5.1.1 and flattened 550 5.1.1 \"end\n",
  };

  private QuotedTexts() {}

  /** A quoted-reply text of exactly {@code length} characters. */
  public static String reply(int length) {
    return units(REPLY_UNITS, REPLY_SEED, length, "550-5.7.1 ");
  }

  /** A prose text of exactly {@code length} characters. */
  public static String prose(int length) {
    return units(PROSE_UNITS, PROSE_SEED, length, "");
  }

  /**
   * A prose text of exactly {@code length} characters from the units without Postfix's
   * {@code (in reply to}: the scanner looks for that annotation after each reply it takes, and a search
   * that finds none must stop at the reply's line, not read on to the end of the text.
   */
  public static String proseWithoutAnnotations(int length) {
    String[] units = java.util.Arrays.stream(PROSE_UNITS).filter(unit -> !unit.contains("(in reply to"))
        .toArray(String[]::new);
    return units(units, PROSE_SEED, length, "");
  }

  private static String units(String[] units, long seed, int length, String start) {
    Random random = new Random(seed);
    StringBuilder text = new StringBuilder(length + UNIT);
    while (text.length() < length) {
      String unit = units[random.nextInt(units.length)];
      int from = text.length();
      text.append(start.isEmpty() || unit.startsWith(start) ? "" : start).append(unit);
      while (text.length() < from + UNIT) {
        text.append(text.length() % 7 == 0 ? ' ' : (char) ('a' + random.nextInt(26)));
      }
      text.setLength(from + UNIT);
    }
    text.setLength(length);
    return text.toString();
  }
}
