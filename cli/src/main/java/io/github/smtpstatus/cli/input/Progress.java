package io.github.smtpstatus.cli.input;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The progress line on standard error: bytes read of the total, lines per second, throughput and the
 * time left, redrawn in place at most four times a second. Shown only when standard error is a
 * terminal and the size of the input is known (files, not a pipe); otherwise every method does
 * nothing. Text from the input never appears in it.
 */
public final class Progress {

  private static final long INTERVAL_NANOS = 250_000_000L;

  private final PrintWriter err;
  private final long totalBytes;
  private final LongSupplier nanoTime;
  private final boolean enabled;
  private final long start;
  private long lastDraw;
  private boolean drawn;

  /**
   * A progress line.
   *
   * @param err standard error
   * @param totalBytes the size of all the inputs
   * @param nanoTime a monotonic clock in nanoseconds
   * @param enabled whether to show it at all (standard error is a terminal)
   */
  public Progress(PrintWriter err, long totalBytes, LongSupplier nanoTime, boolean enabled) {
    this.err = err;
    this.totalBytes = totalBytes;
    this.nanoTime = nanoTime;
    this.enabled = enabled && totalBytes > 0;
    this.start = nanoTime.getAsLong();
    this.lastDraw = start;
  }

  /**
   * A progress line that never shows.
   *
   * @param err standard error
   * @return the progress line
   */
  public static Progress none(PrintWriter err) {
    return new Progress(err, 0, () -> 0L, false);
  }

  /** {@return whether the line is shown at all} */
  public boolean enabled() {
    return enabled;
  }

  /**
   * Redraws the line if a quarter of a second has passed since the last time.
   *
   * @param bytes bytes read so far
   * @param lines lines read so far
   */
  public void update(long bytes, long lines) {
    if (!enabled) {
      return;
    }
    long now = nanoTime.getAsLong();
    if (now - lastDraw < INTERVAL_NANOS) {
      return;
    }
    lastDraw = now;
    err.print("\r\u001b[K" + line(bytes, lines, now - start));
    err.flush();
    drawn = true;
  }

  /** Erases the line, before another message goes to standard error and at the end. */
  public void clear() {
    if (drawn) {
      err.print("\r\u001b[K");
      err.flush();
      drawn = false;
    }
  }

  /** The text of the line after {@code elapsedNanos}. */
  String line(long bytes, long lines, long elapsedNanos) {
    double seconds = Math.max(elapsedNanos / 1e9, 1e-9);
    double bytesPerSecond = bytes / seconds;
    long percent = totalBytes == 0 ? 100 : Math.min(100, bytes * 100 / totalBytes);
    String eta = bytesPerSecond <= 0 ? "?" : duration((long) ((totalBytes - Math.min(bytes, totalBytes))
        / bytesPerSecond));
    return String.format(Locale.ROOT, "smtp-status: %s of %s (%d%%), %,d lines/s, %s/s, ETA %s",
        bytes(bytes), bytes(totalBytes), percent, (long) (lines / seconds), bytes((long) bytesPerSecond), eta);
  }

  /** A byte count in decimal units: {@code 812 B}, {@code 4.2 MB}, {@code 1.07 GB}. */
  static String bytes(long count) {
    if (count < 1000) {
      return count + " B";
    }
    if (count < 1_000_000) {
      return String.format(Locale.ROOT, "%.1f kB", count / 1e3);
    }
    if (count < 1_000_000_000) {
      return String.format(Locale.ROOT, "%.1f MB", count / 1e6);
    }
    return String.format(Locale.ROOT, "%.2f GB", count / 1e9);
  }

  /** {@code 0:07}, {@code 12:30}, {@code 1:02:03}. */
  static String duration(long seconds) {
    long hours = seconds / 3600;
    long minutes = (seconds / 60) % 60;
    long secs = seconds % 60;
    return hours > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, secs)
        : String.format(Locale.ROOT, "%d:%02d", minutes, secs);
  }
}
