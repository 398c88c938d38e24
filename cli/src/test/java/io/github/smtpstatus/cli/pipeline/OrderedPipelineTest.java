package io.github.smtpstatus.cli.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrderedPipelineTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 4, 8})
  void resultsComeInInputOrderWhateverTheWorkersTake(int threads) {
    List<Integer> sunk = new ArrayList<>();
    Random random = new Random(42);
    long[] delays = new long[200];
    for (int i = 0; i < delays.length; i++) {
      delays[i] = random.nextInt(200_000);
    }
    try (OrderedPipeline<Integer, Integer> pipeline = new OrderedPipeline<>(threads, i -> {
      LockSupport.parkNanos(delays[i]);
      return i * 10;
    }, sunk::add)) {
      for (int i = 0; i < delays.length; i++) {
        pipeline.accept(i);
      }
      pipeline.finish();
    }
    assertThat(sunk).hasSize(200);
    for (int i = 0; i < sunk.size(); i++) {
      assertThat(sunk.get(i)).isEqualTo(i * 10);
    }
  }

  @Test
  void atMostTwiceTheThreadsAreInFlight() {
    AtomicInteger started = new AtomicInteger();
    AtomicInteger maxAhead = new AtomicInteger();
    AtomicInteger sunk = new AtomicInteger();
    try (OrderedPipeline<Integer, Integer> pipeline = new OrderedPipeline<>(3, i -> {
      started.incrementAndGet();
      return i;
    }, i -> sunk.incrementAndGet())) {
      for (int i = 0; i < 100; i++) {
        pipeline.accept(i);
        maxAhead.accumulateAndGet(i + 1 - sunk.get(), Math::max);
      }
      pipeline.finish();
    }
    assertThat(maxAhead.get()).isEqualTo(6);
    assertThat(sunk.get()).isEqualTo(100);
  }

  @Test
  void aSingleThreadWorksOnTheCallingThread() {
    List<String> threads = new ArrayList<>();
    try (OrderedPipeline<Integer, Integer> pipeline = new OrderedPipeline<>(1, i -> {
      threads.add(Thread.currentThread().getName());
      return i;
    }, i -> { })) {
      pipeline.accept(1);
    }
    assertThat(threads).containsExactly(Thread.currentThread().getName());
  }

  @Test
  void aWorkerFailureIsRethrownWhereItsResultWouldBeSunk() {
    try (OrderedPipeline<Integer, Integer> pipeline = new OrderedPipeline<>(2, i -> {
      if (i == 3) {
        throw new IllegalStateException("bad item 3");
      }
      return i;
    }, i -> { })) {
      for (int i = 0; i < 3; i++) {
        pipeline.accept(i);
      }
      pipeline.accept(3);
      assertThatThrownBy(pipeline::finish).isInstanceOf(IllegalStateException.class).hasMessage("bad item 3");
    }
  }

  @Test
  void rejectsFewerThanOneThread() {
    assertThatIllegalArgumentException().isThrownBy(() -> new OrderedPipeline<Integer, Integer>(0, i -> i, i -> { }))
        .withMessage("threads must be at least 1: 0");
  }
}
