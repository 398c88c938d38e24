package io.github.smtpstatus;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Finds control characters in a reply, the test that reads nearly every character of it. A control
 * character is one below U+0020 other than TAB, or DEL (U+007F): what RFC 5321's {@code textstring}
 * does not allow (CR and LF end a line and are found too).
 *
 * <p>Reading a {@code String} one {@code charAt} at a time costs about a nanosecond per character here
 * (a bounds check and a test of the string's coding each). So a reply is first copied whole, once, into
 * a scratch array by {@link String#getBytes(int, int, byte[], int)} (a plain array copy for the Latin-1
 * strings that replies nearly always are), and the copy is then tested eight characters at a time as one
 * {@code long}. That method keeps only the low byte of a character above U+00FF, so a byte that looks
 * like a control character is confirmed with {@code charAt} before it counts: the copy can add
 * candidates, never hide one.
 */
final class ControlChars {

  /** Replies up to this many characters are copied; longer ones, rare, are read with {@code charAt}. */
  static final int SCRATCH_LENGTH = 4096;

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;

  /**
   * One scratch array shared by all threads, taken with {@code getAndSet}: a thread that finds it taken
   * reads its reply with {@code charAt}, so a parse never waits and never allocates for it.
   */
  private static final AtomicReference<byte[]> SCRATCH = new AtomicReference<>(new byte[SCRATCH_LENGTH]);

  private ControlChars() {}

  /**
   * The low bytes of {@code s} in the shared scratch array, or null when {@code s} is too long or another
   * thread holds the array. Give it back with {@link #release}.
   */
  @SuppressWarnings("deprecation") // getBytes(int, int, byte[], int): exactly the low byte of each char is wanted
  static byte[] copy(String s) {
    if (s.length() > SCRATCH_LENGTH) {
      return null;
    }
    byte[] scratch = SCRATCH.getAndSet(null);
    if (scratch != null) {
      s.getBytes(0, s.length(), scratch, 0);
    }
    return scratch;
  }

  /** Gives back what {@link #copy} returned; nothing to do for null. */
  static void release(byte[] scratch) {
    if (scratch != null) {
      SCRATCH.lazySet(scratch);
    }
  }

  /**
   * The index of the first control character in {@code [from, to)} of {@code s}, or {@code to};
   * {@code copy} is {@link #copy}'s result for {@code s}, or null to read {@code s} directly.
   */
  static int first(String s, byte[] copy, int from, int to) {
    if (copy == null) {
      return direct(s, from, to);
    }
    int i = from;
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      if (mayHoldControl((long) LONGS.get(copy, i))) {
        int found = inBytes(s, copy, i, i + Long.BYTES);
        if (found >= 0) {
          return found;
        }
      }
    }
    int found = inBytes(s, copy, i, to);
    return found >= 0 ? found : to;
  }

  /**
   * Whether one of the eight bytes of {@code x} may be below 0x20 or equal to 0x7f. The two terms are
   * the classic "has a byte less than n" and "has a zero byte" tests: they never miss such a byte; a
   * byte above a real one may be flagged too, which {@link #inBytes} sorts out.
   */
  static boolean mayHoldControl(long x) {
    long below = (x - ONES * 0x20) & ~x & HIGHS;
    long del = x ^ (ONES * 0x7f);
    long isDel = (del - ONES) & ~del & HIGHS;
    return (below | isDel) != 0;
  }

  /** The first control character among {@code [i, end)}, judged by the copy and confirmed in {@code s}; or -1. */
  private static int inBytes(String s, byte[] copy, int i, int end) {
    for (; i < end; i++) {
      int b = copy[i] & 0xff;
      if ((b < 0x20 && b != '\t' || b == 0x7f) && isControl(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static int direct(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isControl(s.charAt(i))) {
        return i;
      }
    }
    return to;
  }

  static boolean isControl(char c) {
    return c < 0x20 && c != '\t' || c == 0x7f;
  }
}
