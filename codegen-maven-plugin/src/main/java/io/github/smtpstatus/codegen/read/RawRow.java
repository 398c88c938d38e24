package io.github.smtpstatus.codegen.read;

import java.util.Map;

/**
 * One CSV record: its starting line and its fields by column name, exactly as written.
 *
 * @param line the 1-based line on which the record starts
 * @param fields the values by canonical column name
 */
public record RawRow(int line, Map<String, String> fields) {

  /**
   * Copies the fields.
   *
   * @param line the 1-based line on which the record starts
   * @param fields the values by canonical column name
   */
  public RawRow {
    fields = Map.copyOf(fields);
  }

  /**
   * {@return the value of a column}
   *
   * @param column the column name, as in the header
   * @throws IllegalArgumentException if the table has no such column
   */
  public String get(String column) {
    String value = fields.get(column);
    if (value == null) {
      throw new IllegalArgumentException("no column " + column);
    }
    return value;
  }
}
