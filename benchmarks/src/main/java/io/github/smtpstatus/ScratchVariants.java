package io.github.smtpstatus;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The ways measured by {@link ScratchChoiceBenchmark} to find a reply's control characters and to
 * collect {@code findAll}'s matches, written out side by side (issue 12). It lives in the API's package
 * to call the package-private search {@link StatusCodes#next}, so that the {@code findAll} variants
 * differ in how they collect matches and in nothing else.
 *
 * <p>The control-character scans are the one the API uses ({@code charAt}) and the word-at-a-time scan
 * it used before, over a copy of the reply into a scratch array shared by all threads (the API until
 * issue 12), one per thread, or one per call.
 */
final class ScratchVariants {

  private ScratchVariants() {}

  // ----- control characters in a reply: the index of each line end, summed, as a parse finds them.

  /** Plain {@code charAt}, what {@code SmtpReply} does now. */
  static int lineEndsByCharAt(String s) {
    int sum = 0;
    int n = s.length();
    for (int pos = 0; pos < n; ) {
      int end = pos;
      while (end < n && !isControl(s.charAt(end))) {
        end++;
      }
      sum += end;
      pos = end + 2;
    }
    return sum;
  }

  private static final int SCRATCH_LENGTH = 4096;
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final AtomicReference<byte[]> SHARED_BYTES = new AtomicReference<>(new byte[SCRATCH_LENGTH]);
  private static final ThreadLocal<byte[]> THREAD_BYTES = ThreadLocal.withInitial(() -> new byte[SCRATCH_LENGTH]);

  /** The copy in one scratch array for all threads, taken with {@code getAndSet} (the API before issue 12). */
  static int lineEndsBySharedScratch(String s) {
    byte[] scratch = s.length() > SCRATCH_LENGTH ? null : SHARED_BYTES.getAndSet(null);
    try {
      return lineEnds(s, copy(s, scratch));
    } finally {
      if (scratch != null) {
        SHARED_BYTES.lazySet(scratch);
      }
    }
  }

  /** The copy in a scratch array of the calling thread's own. */
  static int lineEndsByThreadScratch(String s) {
    return lineEnds(s, s.length() > SCRATCH_LENGTH ? null : copy(s, THREAD_BYTES.get()));
  }

  /** The copy in an array made for the call. */
  static int lineEndsByFreshArray(String s) {
    return lineEnds(s, copy(s, new byte[s.length()]));
  }

  @SuppressWarnings("deprecation") // getBytes(int, int, byte[], int): the low byte of each char is wanted
  private static byte[] copy(String s, byte[] scratch) {
    if (scratch != null) {
      s.getBytes(0, s.length(), scratch, 0);
    }
    return scratch;
  }

  private static int lineEnds(String s, byte[] copy) {
    if (copy == null) {
      return lineEndsByCharAt(s);
    }
    int sum = 0;
    int n = s.length();
    for (int pos = 0; pos < n; ) {
      int end = first(s, copy, pos, n);
      sum += end;
      pos = end + 2;
    }
    return sum;
  }

  private static int first(String s, byte[] copy, int from, int to) {
    int i = from;
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      long x = (long) LONGS.get(copy, i);
      long below = (x - ONES * 0x20) & ~x & HIGHS;
      long del = x ^ (ONES * 0x7f);
      if ((below | ((del - ONES) & ~del & HIGHS)) != 0) {
        int found = inBytes(s, copy, i, i + Long.BYTES);
        if (found >= 0) {
          return found;
        }
      }
    }
    int found = inBytes(s, copy, i, to);
    return found >= 0 ? found : to;
  }

  private static int inBytes(String s, byte[] copy, int i, int end) {
    for (; i < end; i++) {
      int b = copy[i] & 0xff;
      if ((b < 0x20 && b != '\t' || b == 0x7f) && isControl(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isControl(char c) {
    return c < 0x20 && c != '\t' || c == 0x7f;
  }

  // ----- findAll: the same search, four ways to collect its matches into an exact-size list.

  private static final int MATCHES = 4096;
  private static final AtomicReference<long[]> SHARED_MATCHES = new AtomicReference<>(new long[MATCHES]);
  private static final ThreadLocal<long[]> THREAD_MATCHES = ThreadLocal.withInitial(() -> new long[MATCHES]);

  /** Noted in one buffer for all threads, taken with {@code getAndSet} (the API before issue 12). */
  static List<StatusCode> findAllSharedScratch(String text) {
    long first = StatusCodes.next(text, 0, text.length());
    if (first < 0) {
      return List.of();
    }
    long[] scratch = SHARED_MATCHES.getAndSet(null);
    if (scratch == null) {
      return countThenFill(text, first);
    }
    try {
      return withScratch(text, first, scratch);
    } finally {
      SHARED_MATCHES.set(scratch);
    }
  }

  /** Noted in a buffer of the calling thread's own. */
  static List<StatusCode> findAllThreadScratch(String text) {
    long first = StatusCodes.next(text, 0, text.length());
    return first < 0 ? List.of() : withScratch(text, first, THREAD_MATCHES.get());
  }

  /** Counted, then found again into an array of that size. */
  static List<StatusCode> findAllCountThenFill(String text) {
    long first = StatusCodes.next(text, 0, text.length());
    return first < 0 ? List.of() : countThenFill(text, first);
  }

  /** Collected into an array grown by doubling, then copied into one of the exact size. */
  static List<StatusCode> findAllGrowingArray(String text) {
    int n = text.length();
    long match = StatusCodes.next(text, 0, n);
    if (match < 0) {
      return List.of();
    }
    StatusCode[] found = new StatusCode[8];
    int count = 0;
    for (; match >= 0; match = StatusCodes.next(text, CodeScanner.end(match), n)) {
      if (count == found.length) {
        found = Arrays.copyOf(found, count * 2);
      }
      found[count++] = StatusCode.of(match);
    }
    return new ImmutableArrayList<>(count == found.length ? found : Arrays.copyOf(found, count));
  }

  private static List<StatusCode> withScratch(String text, long first, long[] scratch) {
    int n = text.length();
    int count = 0;
    long match = first;
    while (match >= 0 && count < scratch.length) {
      scratch[count++] = match;
      match = StatusCodes.next(text, CodeScanner.end(match), n);
    }
    int more = 0;
    for (long rest = match; rest >= 0; rest = StatusCodes.next(text, CodeScanner.end(rest), n)) {
      more++;
    }
    StatusCode[] found = new StatusCode[count + more];
    for (int k = 0; k < count; k++) {
      found[k] = StatusCode.of(scratch[k]);
    }
    return fill(text, match, found, count);
  }

  private static List<StatusCode> countThenFill(String text, long first) {
    int n = text.length();
    int count = 0;
    for (long match = first; match >= 0; match = StatusCodes.next(text, CodeScanner.end(match), n)) {
      count++;
    }
    return fill(text, first, new StatusCode[count], 0);
  }

  private static List<StatusCode> fill(String text, long match, StatusCode[] found, int filled) {
    while (match >= 0 && filled < found.length) {
      found[filled++] = StatusCode.of(match);
      match = StatusCodes.next(text, CodeScanner.end(match), text.length());
    }
    return new ImmutableArrayList<>(found);
  }

  // ----- one code: the straight-line validator the API calls first (CodeScanner.whole), against the
  // one scanner alone, which the API used for whole codes between issue 12 and the restored fast path.

  /** {@code tryParse} as it is: the straight-line validator, then the code. */
  static StatusCode parseByExact(String text) {
    long result = CodeScanner.whole(text, 0, text.length());
    return result < 0 ? null : StatusCode.of(result);
  }

  /** {@code tryParse} with the one scanner only. */
  static StatusCode parseByScan(String text) {
    long result = CodeScanner.scanExact(text, 0, text.length());
    return result < 0 ? null : StatusCode.of(result);
  }
}
