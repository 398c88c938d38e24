package io.github.smtpstatus.cli.output;

/**
 * ANSI colours for the tool's own words (headings, outcomes), never for text from the input: that is
 * {@linkplain TerminalText#escape escaped} first and only ever wrapped. Off unless standard output is
 * a terminal and neither {@code --no-color} nor {@code NO_COLOR} (no-color.org) says otherwise.
 */
public final class Style {

  /** No colour: every method returns its argument. */
  public static final Style PLAIN = new Style(false);
  /** ANSI SGR colours. */
  public static final Style ANSI = new Style(true);

  private final boolean enabled;

  private Style(boolean enabled) {
    this.enabled = enabled;
  }

  /** {@return whether this style writes escape sequences} */
  public boolean enabled() {
    return enabled;
  }

  /**
   * Bold.
   *
   * @param text the tool's own text
   * @return the text, wrapped in the colour when this style has colour
   */
  public String bold(String text) {
    return wrap("1", text);
  }

  /**
   * Dim, for secondary text.
   *
   * @param text the tool's own text
   * @return the text, wrapped in the colour when this style has colour
   */
  public String dim(String text) {
    return wrap("2", text);
  }

  /**
   * Red, for permanent failures.
   *
   * @param text the tool's own text
   * @return the text, wrapped in the colour when this style has colour
   */
  public String red(String text) {
    return wrap("31", text);
  }

  /**
   * Yellow, for transient failures.
   *
   * @param text the tool's own text
   * @return the text, wrapped in the colour when this style has colour
   */
  public String yellow(String text) {
    return wrap("33", text);
  }

  /**
   * Green, for success.
   *
   * @param text the tool's own text
   * @return the text, wrapped in the colour when this style has colour
   */
  public String green(String text) {
    return wrap("32", text);
  }

  /**
   * The colour of a status class: 2 green, 4 yellow, 5 red.
   *
   * @param statusClass 2, 4 or 5 (anything else: no colour)
   * @param text the tool's own text
   * @return the text, wrapped in the class's colour when this style has colour
   */
  public String forClass(int statusClass, String text) {
    return switch (statusClass) {
      case 2 -> green(text);
      case 4 -> yellow(text);
      case 5 -> red(text);
      default -> text;
    };
  }

  private String wrap(String sgr, String text) {
    return enabled && !text.isEmpty() ? "\u001b[" + sgr + "m" + text + "\u001b[0m" : text;
  }
}
