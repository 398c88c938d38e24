package io.github.smtpstatus;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An unmodifiable list over an array that nothing else references: the parsers fill an array of the
 * exact size and hand it over, so a result costs one array and this one small object, with no copy
 * (as {@code List.copyOf} would make) and no wrapper around a wrapper. Every mutator throws
 * {@link UnsupportedOperationException}.
 */
final class ImmutableArrayList<E> extends AbstractList<E> implements RandomAccess {

  private final E[] elements;

  /** Takes ownership of {@code elements}, which must hold no null and must not change afterwards. */
  ImmutableArrayList(E[] elements) {
    this.elements = Objects.requireNonNull(elements, "elements == null");
  }

  @Override
  public E get(int index) {
    return elements[index];
  }

  @Override
  public int size() {
    return elements.length;
  }
}
