package io.github.smtpstatus.cli.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Counts of results by several dimensions at once (by enhanced code, by reply code, ...), each in a
 * {@link TopCounter}, so memory stays bounded however many results and distinct keys there are.
 * Not thread-safe: workers fill their own and {@link #addAll} merges them in order.
 *
 * @param <T> the result type
 */
public final class Summary<T> {

  /** Distinct keys held per dimension; beyond it the rarest are dropped (and the table says so). */
  public static final int CAPACITY = 10_000;

  /**
   * One way of grouping results.
   *
   * @param name the name JSON and {@code --by} use: {@code code}
   * @param heading the table's heading for people: "By enhanced code"
   * @param key the key of a result, or null when the result has none (it is then not counted here)
   * @param label what to show beside a key for people ("Bad destination mailbox address"), or null
   * @param <T> the type of the results grouped
   */
  public record Dimension<T>(String name, String heading, Function<T, String> key, Function<String, String> label) {
    /**
     * Checks the parts.
     *
     * @param name the name JSON and the tables use
     * @param heading the table's heading for people
     * @param key the key of a result, or null
     * @param label what to show beside a key, or null
     * @throws NullPointerException if name, heading or key is null
     */
    public Dimension {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(heading, "heading == null");
      Objects.requireNonNull(key, "key == null");
    }
  }

  private final List<Dimension<T>> dimensions;
  private final List<TopCounter> counters = new ArrayList<>();
  private final Function<T, String> outcome;
  private final TopCounter outcomes = new TopCounter(64);
  private long results;

  /**
   * An empty summary.
   *
   * @param dimensions the ways of grouping results, in table order
   * @param outcome each result's headline group ("permanent failure")
   */
  public Summary(List<Dimension<T>> dimensions, Function<T, String> outcome) {
    this.dimensions = List.copyOf(dimensions);
    this.outcome = outcome;
    for (int i = 0; i < this.dimensions.size(); i++) {
      counters.add(new TopCounter(CAPACITY));
    }
  }

  /**
   * Counts one result.
   *
   * @param result the result
   */
  public void add(T result) {
    results++;
    outcomes.add(outcome.apply(result), 1);
    for (int i = 0; i < dimensions.size(); i++) {
      String key = dimensions.get(i).key().apply(result);
      if (key != null) {
        counters.get(i).add(key, 1);
      }
    }
  }

  /**
   * Adds the counts of another summary over the same dimensions.
   *
   * @param other the other summary
   */
  public void addAll(Summary<T> other) {
    results += other.results;
    outcomes.addAll(other.outcomes);
    for (int i = 0; i < dimensions.size(); i++) {
      counters.get(i).addAll(other.counters.get(i));
    }
  }

  /** {@return how many results were counted} */
  public long results() {
    return results;
  }

  /** {@return the headline groups, most frequent first} */
  public List<TopCounter.Entry> outcomes() {
    return outcomes.top(64);
  }

  /** {@return the dimensions, in order} */
  public List<Dimension<T>> dimensions() {
    return dimensions;
  }

  /**
   * The counts of one dimension.
   *
   * @param index the dimension's index in {@link #dimensions()}
   * @return its counter
   */
  public TopCounter counter(int index) {
    return counters.get(index);
  }
}
