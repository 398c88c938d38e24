package io.github.smtpstatus.cli;

import io.github.smtpstatus.cli.output.EnumNames;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** An enum's constants in lower case, the way the options take them (case is ignored when parsing). */
abstract class LowerCaseNames<E extends Enum<E>> implements Iterable<String> {

  private final List<String> names = new ArrayList<>();

  LowerCaseNames(Class<E> type) {
    for (E constant : type.getEnumConstants()) {
      names.add(EnumNames.lower(constant));
    }
  }

  @Override
  public Iterator<String> iterator() {
    return names.iterator();
  }
}
