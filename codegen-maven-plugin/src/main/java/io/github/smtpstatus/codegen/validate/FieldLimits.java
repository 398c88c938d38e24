package io.github.smtpstatus.codegen.validate;

import io.github.smtpstatus.codegen.Problem;
import io.github.smtpstatus.codegen.model.TableKind;
import io.github.smtpstatus.codegen.read.RawRow;
import java.util.List;
import java.util.Map;

/**
 * The longest text each column may hold, and the most codes a table may have: limits far above what
 * IANA's registry holds (its longest description is under 700 characters) that keep every generated
 * string under javac's 65,535-byte limit for a constant (three bytes a character at most), every
 * generated class within the JVM's limits, and the work of the parsers bounded.
 */
public final class FieldLimits {

  /** The most characters of a sample text: a sample text is a short reply text, not a paragraph. */
  public static final int MAX_SAMPLE_TEXT = 1_000;

  /** The most characters of a description: at most 30,000 bytes as a Java constant. */
  public static final int MAX_DESCRIPTION = 10_000;

  /** The most characters of any other column (code, reply codes, reference, submitter, change controller). */
  public static final int MAX_OTHER = 1_000;

  /**
   * The most rows of the enumerated table: each constant of a Java enum costs 16 bytes of bytecode in
   * the enum's class initializer (which the JVM limits to 65,535), so about 4,090 fit; this leaves room
   * for the rest of the initializer.
   */
  public static final int MAX_CODES = 4_000;

  private FieldLimits() {}

  /**
   * {@return the limit of a column, in characters}
   *
   * @param column a column name of a registry table; any other than sample text and description has
   *     {@link #MAX_OTHER}
   */
  public static int limit(String column) {
    return switch (column) {
      case TableKind.SAMPLE_TEXT -> MAX_SAMPLE_TEXT;
      case TableKind.DESCRIPTION -> MAX_DESCRIPTION;
      default -> MAX_OTHER;
    };
  }

  /**
   * Adds a problem for each field of the row over its limit (counted with whitespace runs collapsed, as
   * the value is kept).
   *
   * @return whether the row had such a field, so that nothing else of it is looked at
   */
  static boolean check(String file, RawRow row, List<Problem> problems) {
    boolean over = false;
    for (Map.Entry<String, String> field : row.fields().entrySet()) {
      int length = Texts.collapse(field.getValue()).length();
      int limit = limit(field.getKey());
      if (length > limit) {
        problems.add(Problem.inColumn(file, row.line(), field.getKey(), field.getValue(),
            "is " + length + " characters long; the limit is " + limit));
        over = true;
      }
    }
    return over;
  }
}
