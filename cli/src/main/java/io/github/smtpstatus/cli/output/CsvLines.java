package io.github.smtpstatus.cli.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes records as CSV (RFC 4180: comma, double quotes, CRLF after each record) through Commons CSV,
 * with a header line of the schema's field names.
 *
 * <p>Two things differ from a plain dump, because a CSV file ends up in a spreadsheet or on a
 * terminal: text from the input is {@linkplain TerminalText#escape escaped} (so no record spans lines
 * and nothing drives a terminal), and a cell that starts with {@code =}, {@code +}, {@code -} or
 * {@code @} gets a leading {@code '}, so that no spreadsheet runs it as a formula (the OWASP advice
 * on CSV injection).
 */
public final class CsvLines {

  private static final CSVFormat FORMAT = CSVFormat.RFC4180;

  private CsvLines() {}

  /**
   * A printer; one per thread (Commons CSV locks each printer).
   *
   * @param out where the records go
   * @return a printer of RFC 4180 records
   */
  public static CSVPrinter open(Appendable out) {
    try {
      return new CSVPrinter(out, FORMAT);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write CSV: " + e.getMessage(), e);
    }
  }

  /**
   * Writes the header record: the schema's field names.
   *
   * @param out the printer
   * @param schema the records' schema
   */
  public static void writeHeader(CSVPrinter out, Schema<?> schema) {
    List<String> names = new ArrayList<>();
    for (Schema.Field<?> field : schema.fields()) {
      names.add(field.name());
    }
    print(out, names);
  }

  /**
   * Writes one record: a cell per field, empty where the value is null.
   *
   * @param <T> the record type
   * @param out the printer
   * @param schema the record's schema
   * @param record the record
   */
  public static <T> void write(CSVPrinter out, Schema<T> schema, T record) {
    List<String> cells = new ArrayList<>(schema.fields().size());
    for (Schema.Field<T> field : schema.fields()) {
      cells.add(cell(field, field.value().apply(record)));
    }
    print(out, cells);
  }

  private static <T> String cell(Schema.Field<T> field, Object value) {
    if (value == null) {
      return "";
    }
    return switch (field.type()) {
      case STRING -> safe((String) value);
      case INTEGER, BOOLEAN -> value.toString();
      case STRINGS -> safe(String.join("; ", castStrings(value)));
      case OBJECTS -> {
        List<String> texts = new ArrayList<>();
        for (Object each : (List<?>) value) {
          texts.add(field.csvText().apply(each));
        }
        yield safe(String.join("; ", texts));
      }
    };
  }

  @SuppressWarnings("unchecked")
  private static List<String> castStrings(Object value) {
    return (List<String>) value;
  }

  /** The escaped cell, with a leading {@code '} where a spreadsheet would read a formula. */
  static String safe(String text) {
    String escaped = TerminalText.escape(text);
    if (!escaped.isEmpty() && "=+-@".indexOf(escaped.charAt(0)) >= 0) {
      return "'" + escaped;
    }
    return escaped;
  }

  private static void print(CSVPrinter out, List<String> cells) {
    try {
      out.printRecord(cells);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write CSV: " + e.getMessage(), e);
    }
  }
}
