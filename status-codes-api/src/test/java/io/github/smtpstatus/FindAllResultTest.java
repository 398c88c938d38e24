package io.github.smtpstatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * findAll's result is the same whichever way it is built: noted in the shared scratch buffer, counted
 * past its end and found again, or counted and filled when another thread holds the buffer.
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
  void exactlyAsManyMatchesAsTheScratchBufferHolds() {
    int capacity = StatusCodes.SCRATCH.get().length;
    for (int count : new int[] {capacity - 1, capacity, capacity + 1}) {
      List<StatusCode> expected = new ArrayList<>();
      assertThat(StatusCodes.findAll(text(count, expected))).isEqualTo(expected);
    }
  }

  @Test
  void whileAnotherThreadHoldsTheScratchBuffer() {
    long[] taken = StatusCodes.SCRATCH.getAndSet(null);
    try {
      List<StatusCode> expected = new ArrayList<>();
      String text = text(100, expected);
      assertThat(StatusCodes.findAll(text)).isEqualTo(expected);
      assertThat(StatusCodes.findAll("no code here")).isEmpty();
    } finally {
      StatusCodes.SCRATCH.set(taken);
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
