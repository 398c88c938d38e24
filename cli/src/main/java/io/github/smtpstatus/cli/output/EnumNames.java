package io.github.smtpstatus.cli.output;

import java.util.Locale;

/**
 * Enum constants by the lower-case names the output and the options use: {@code USER_UNKNOWN} is
 * {@code "user_unknown"}.
 */
public final class EnumNames {

  private EnumNames() {}

  /**
   * The constant's name in lower case.
   *
   * @param constant an enum constant
   * @return its name in lower case
   */
  public static String lower(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }
}
