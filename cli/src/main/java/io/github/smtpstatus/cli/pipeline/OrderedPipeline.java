package io.github.smtpstatus.cli.pipeline;

import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs {@code work} on items on a pool of threads and gives the results to {@code sink} on the
 * calling thread, in the order the items came: what {@code --threads N} is made of.
 *
 * <p>At most {@code 2 * threads} items are in flight; {@link #accept} waits for the oldest when that
 * many are, so memory stays bounded however fast the input arrives. With one thread there is no pool:
 * each item is worked and sunk on the calling thread. A failure of {@code work} is rethrown by the
 * {@code accept} or {@link #finish} that would have sunk its result.
 *
 * @param <I> the items
 * @param <O> the results
 */
public final class OrderedPipeline<I, O> implements AutoCloseable {

  private final Function<I, O> work;
  private final Consumer<O> sink;
  private final ExecutorService pool;
  private final int maxInFlight;
  private final ArrayDeque<Future<O>> inFlight = new ArrayDeque<>();

  /**
   * A pipeline.
   *
   * @param threads how many workers (at least 1; with 1, no pool)
   * @param work what a worker does with an item
   * @param sink what the calling thread does with each result, in item order
   * @throws IllegalArgumentException if threads is below 1
   */
  public OrderedPipeline(int threads, Function<I, O> work, Consumer<O> sink) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.work = work;
    this.sink = sink;
    this.maxInFlight = 2 * threads;
    this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "smtp-status-worker");
      thread.setDaemon(true);
      return thread;
    });
  }

  /**
   * Works an item, first sinking the oldest results while too many are in flight.
   *
   * @param item the next item
   */
  public void accept(I item) {
    if (pool == null) {
      sink.accept(work.apply(item));
      return;
    }
    while (inFlight.size() >= maxInFlight) {
      sinkOldest();
    }
    inFlight.add(pool.submit(() -> work.apply(item)));
  }

  /** Sinks every result still in flight, in order. */
  public void finish() {
    while (!inFlight.isEmpty()) {
      sinkOldest();
    }
  }

  private void sinkOldest() {
    Future<O> oldest = inFlight.poll();
    O result;
    try {
      result = oldest.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for a worker", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("Worker failed: " + cause, cause);
    }
    sink.accept(result);
  }

  /** Stops the workers; results not yet sunk are dropped. */
  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
