package io.github.smtpstatus.cli.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts keys with memory bounded whatever the input: at most {@code capacity} distinct keys are held.
 * When a new key would exceed that, the less frequent half is dropped (each drop is remembered), so the
 * frequent keys, the ones a top-N table shows, keep counting; their counts can then be low by at most
 * {@link #maxDropped()} each, and {@link #exact()} turns false. Until then every count is exact.
 * Not thread-safe.
 */
public final class TopCounter {

  /**
   * One key and its count.
   *
   * @param key the key counted
   * @param count how often it was counted
   */
  public record Entry(String key, long count) {}

  private final int capacity;
  private final Map<String, long[]> counts = new HashMap<>();
  private long maxDropped;
  private long droppedKeys;

  /**
   * An empty counter.
   *
   * @param capacity how many distinct keys it holds at most (at least 2)
   * @throws IllegalArgumentException if capacity is below 2
   */
  public TopCounter(int capacity) {
    if (capacity < 2) {
      throw new IllegalArgumentException("capacity must be at least 2: " + capacity);
    }
    this.capacity = capacity;
  }

  /**
   * Counts a key.
   *
   * @param key the key
   * @param n how much to add to its count
   */
  public void add(String key, long n) {
    long[] count = counts.get(key);
    if (count == null) {
      if (counts.size() >= capacity) {
        prune();
      }
      count = new long[1];
      counts.put(key, count);
    }
    count[0] += n;
  }

  /**
   * Adds the counts of another counter.
   *
   * @param other the other counter
   */
  public void addAll(TopCounter other) {
    for (Map.Entry<String, long[]> entry : other.counts.entrySet()) {
      add(entry.getKey(), entry.getValue()[0]);
    }
    maxDropped = Math.max(maxDropped, other.maxDropped);
    droppedKeys += other.droppedKeys;
  }

  private void prune() {
    List<Map.Entry<String, long[]>> entries = new ArrayList<>(counts.entrySet());
    entries.sort(Comparator.comparingLong(entry -> entry.getValue()[0]));
    for (int i = 0; i < entries.size() / 2 + 1; i++) {
      Map.Entry<String, long[]> entry = entries.get(i);
      maxDropped = Math.max(maxDropped, entry.getValue()[0]);
      counts.remove(entry.getKey());
      droppedKeys++;
    }
  }

  /** {@return whether every count is exact: no key was ever dropped} */
  public boolean exact() {
    return droppedKeys == 0;
  }

  /** {@return the largest count ever dropped: how low a shown count can be} */
  public long maxDropped() {
    return maxDropped;
  }

  /** {@return how many distinct keys are held now} */
  public int size() {
    return counts.size();
  }

  /**
   * The most frequent keys.
   *
   * @param n how many
   * @return the {@code n} keys with the highest counts, highest first, ties in key order
   */
  public List<Entry> top(int n) {
    List<Entry> entries = new ArrayList<>(counts.size());
    for (Map.Entry<String, long[]> entry : counts.entrySet()) {
      entries.add(new Entry(entry.getKey(), entry.getValue()[0]));
    }
    entries.sort(Comparator.comparingLong(Entry::count).reversed().thenComparing(Entry::key));
    return entries.size() <= n ? entries : List.copyOf(entries.subList(0, n));
  }
}
