package io.github.smtpstatus.cli.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProgressTest {

  @Test
  void lineGivesBytesPercentRatesAndTimeLeft() {
    Progress progress = new Progress(new PrintWriter(new StringWriter()), 1_000_000_000L, () -> 0L, true);
    assertThat(progress.line(250_000_000L, 2_000_000L, 2_000_000_000L))
        .isEqualTo("smtp-status: 250.0 MB of 1.00 GB (25%), 1,000,000 lines/s, 125.0 MB/s, ETA 0:06");
  }

  @Test
  void drawsInPlaceAtMostFourTimesASecondAndClearsAtTheEnd() {
    StringWriter err = new StringWriter();
    AtomicLong now = new AtomicLong();
    Progress progress = new Progress(new PrintWriter(err), 1000, now::get, true);
    now.set(100_000_000L);
    progress.update(100, 10);
    assertThat(err.toString()).isEmpty();
    now.set(300_000_000L);
    progress.update(300, 30);
    now.set(400_000_000L);
    progress.update(400, 40);
    progress.clear();
    assertThat(err.toString()).isEqualTo("\r\u001b[Ksmtp-status: 300 B of 1.0 kB (30%), 100 lines/s, 1.0 kB/s, ETA 0:00"
        + "\r\u001b[K");
  }

  @Test
  void drawsNothingWhenNotEnabled() {
    StringWriter err = new StringWriter();
    AtomicLong now = new AtomicLong();
    Progress progress = new Progress(new PrintWriter(err), 1000, now::get, false);
    now.set(10_000_000_000L);
    progress.update(500, 5);
    progress.clear();
    assertThat(err.toString()).isEmpty();
    assertThat(progress.enabled()).isFalse();
  }

  @Test
  void isOffForAnInputOfUnknownSize() {
    assertThat(new Progress(new PrintWriter(new StringWriter()), 0, () -> 0L, true).enabled()).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"0, 0 B", "999, 999 B", "1000, 1.0 kB", "4200000, 4.2 MB", "1073741824, 1.07 GB"})
  void bytesAreInDecimalUnits(long count, String expected) {
    assertThat(Progress.bytes(count)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"0, 0:00", "7, 0:07", "750, 12:30", "3723, 1:02:03"})
  void durationsAreMinutesAndSeconds(long seconds, String expected) {
    assertThat(Progress.duration(seconds)).isEqualTo(expected);
  }
}
