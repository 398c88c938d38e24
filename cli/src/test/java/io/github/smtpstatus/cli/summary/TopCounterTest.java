package io.github.smtpstatus.cli.summary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopCounterTest {

  @Test
  void countsExactlyWhileUnderCapacity() {
    TopCounter counter = new TopCounter(10);
    for (String key : "a b a c a b".split(" ")) {
      counter.add(key, 1);
    }
    assertThat(counter.top(10)).containsExactly(new TopCounter.Entry("a", 3), new TopCounter.Entry("b", 2),
        new TopCounter.Entry("c", 1));
    assertThat(counter.exact()).isTrue();
  }

  @Test
  void topBreaksTiesByKeyAndStopsAtN() {
    TopCounter counter = new TopCounter(10);
    counter.add("b", 2);
    counter.add("a", 2);
    counter.add("c", 5);
    assertThat(counter.top(2)).containsExactly(new TopCounter.Entry("c", 5), new TopCounter.Entry("a", 2));
  }

  @Test
  void keepsTheFrequentKeysWhenDistinctKeysOverflow() {
    TopCounter counter = new TopCounter(100);
    for (int i = 0; i < 100_000; i++) {
      counter.add("rare" + i, 1);
      if (i % 10 == 0) {
        counter.add("frequent", 1);
      }
    }
    assertThat(counter.size()).isLessThanOrEqualTo(100);
    assertThat(counter.top(1).get(0).key()).isEqualTo("frequent");
    assertThat(counter.top(1).get(0).count()).isBetween(10_000L - counter.maxDropped(), 10_000L);
    assertThat(counter.exact()).isFalse();
    assertThat(counter.maxDropped()).isEqualTo(1);
  }

  @Test
  void mergingAddsCounts() {
    TopCounter one = new TopCounter(10);
    one.add("a", 2);
    TopCounter two = new TopCounter(10);
    two.add("a", 3);
    two.add("b", 1);
    one.addAll(two);
    assertThat(one.top(5)).containsExactly(new TopCounter.Entry("a", 5), new TopCounter.Entry("b", 1));
  }
}
