package io.github.smtpstatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * findAll's result is the same whichever way it is built: one code without the thread's buffer, more
 * noted in the buffer as it grows, or counted past its largest size and found again.
 */
class FindAllResultTest {

  private static final List<String> CODES = List.of("5.1.1", "4.4.7", "5.7.606", "2.0.0", "4.7.650");

  /** {@code count} codes one space apart, cycling through {@link #CODES}, and what findAll must return. */
  private static String text(int count, List<StatusCode> expected) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      String code = CODES.get(i % CODES.size());
      text.append("x ").append(code).append(i % 7 == 0 ? ". " : " ");
      expected.add(StatusCode.parse(code));
    }
    return text.toString();
  }

  @Test
  void moreMatchesThanTheScratchBufferHolds() {
    List<StatusCode> expected = new ArrayList<>();
    String text = text(10_000, expected);
    assertThat(StatusCodes.findAll(text)).isEqualTo(expected);
    assertThat(StatusCodes.findAll(new StringBuilder(text))).isEqualTo(expected);
  }

  @Test
  void asManyMatchesAsTheBufferHoldsAtEachSizeAndOneMore() {
    for (int count : new int[] {1, 2, 31, 32, 33, 64, 65, StatusCodes.MAX_BUFFERED - 1, StatusCodes.MAX_BUFFERED,
        StatusCodes.MAX_BUFFERED + 1, 2, 1}) {
      List<StatusCode> expected = new ArrayList<>();
      assertThat(StatusCodes.findAll(text(count, expected))).as("%d codes", count).isEqualTo(expected);
    }
  }

  /** Each thread grows its own buffer: threads searching texts of different sizes at once never mix them. */
  @Test
  void threadsSearchingTextsOfDifferentSizesAtOnceEachGetTheirOwnCodes() throws Exception {
    int[] counts = {1, 2, 40, 700, StatusCodes.MAX_BUFFERED + 50, 3};
    ExecutorService pool = Executors.newFixedThreadPool(counts.length);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < counts.length; t++) {
        int[] mine = {counts[t], counts[(t + 1) % counts.length]};
        results.add(pool.submit(() -> {
          start.await();
          List<StatusCode> small = new ArrayList<>();
          List<StatusCode> large = new ArrayList<>();
          String first = text(mine[0], small);
          String second = text(mine[1], large);
          boolean same = true;
          for (int round = 0; round < 50; round++) {
            same &= StatusCodes.findAll(first).equals(small) && StatusCodes.findAll(second).equals(large);
          }
          return same;
        }));
      }
      start.countDown();
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theResultIsAnUnmodifiableListOfExactlyTheCodes() {
    List<StatusCode> found = StatusCodes.findAll("dsn=5.1.1, status=bounced (550 5.1.1 unknown); then 4.4.7");
    assertThat(found).hasSize(3).containsExactly(StatusCode.parse("5.1.1"), StatusCode.parse("5.1.1"),
        StatusCode.parse("4.4.7"));
    assertThat(found).isEqualTo(List.of(StatusCode.parse("5.1.1"), StatusCode.parse("5.1.1"), StatusCode.parse("4.4.7")))
        .hasSameHashCodeAs(List.of(StatusCode.parse("5.1.1"), StatusCode.parse("5.1.1"), StatusCode.parse("4.4.7")));
    assertThatThrownBy(() -> found.set(0, null)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> found.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(found::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> found.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void unregisteredCodesPrintTheirCanonicalForm() {
    StatusCode code = StatusCode.parse("5.7.606");
    assertThat(code.toString()).isEqualTo("5.7.606").isSameAs(code.toString());
    assertThat(StatusCodes.findAll("550 5.7.606 Access denied").get(0)).hasToString("5.7.606");
  }
}
