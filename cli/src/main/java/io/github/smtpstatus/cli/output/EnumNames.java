package io.github.smtpstatus.cli.output;

import java.util.Locale;

/**
 * Enum constants by the lower-case names the output uses ({@code USER_UNKNOWN} is {@code "user_unknown"}),
 * computed once per enum type rather than once per record.
 */
public final class EnumNames {

  private static final ClassValue<String[]> LOWER = new ClassValue<>() {
    @Override
    protected String[] computeValue(Class<?> type) {
      Object[] constants = type.getEnumConstants();
      String[] names = new String[constants.length];
      for (int i = 0; i < constants.length; i++) {
        names[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT);
      }
      return names;
    }
  };

  private EnumNames() {}

  /**
   * The constant's name in lower case.
   *
   * @param constant an enum constant
   * @return its name in lower case
   */
  public static String lower(Enum<?> constant) {
    return LOWER.get(constant.getDeclaringClass())[constant.ordinal()];
  }
}
