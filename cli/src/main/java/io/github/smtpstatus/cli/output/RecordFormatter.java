package io.github.smtpstatus.cli.output;

import io.github.smtpstatus.cli.OutputOptions.Format;
import java.io.StringWriter;
import java.util.List;
import java.util.function.BiConsumer;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.core.JsonGenerator;

/**
 * Turns a batch of records into the text a command writes: JSON Lines or CSV of the schema, or one
 * line of human text each. Thread-safe (each call has its own generator or printer), so workers can
 * format their own batches.
 *
 * @param <T> the record type
 */
public final class RecordFormatter<T> {

  private final Format format;
  private final Schema<T> schema;
  private final BiConsumer<StringBuilder, T> human;

  /**
   * A formatter.
   *
   * @param format the output format
   * @param schema the records' schema, for JSON and CSV
   * @param human appends one record's line of human text, its line end included
   */
  public RecordFormatter(Format format, Schema<T> schema, BiConsumer<StringBuilder, T> human) {
    this.format = format;
    this.schema = schema;
    this.human = human;
  }

  /** {@return the CSV header, or the empty string for the other formats} */
  public String header() {
    if (format != Format.CSV) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    CsvLines.writeHeader(CsvLines.open(out), schema);
    return out.toString();
  }

  /**
   * Formats records.
   *
   * @param records records, in output order
   * @return their text, in order
   */
  public String format(List<T> records) {
    switch (format) {
      case JSON -> {
        StringWriter out = new StringWriter(records.size() * 400);
        try (JsonGenerator json = JsonLines.open(out)) {
          for (int i = 0; i < records.size(); i++) {
            JsonLines.write(json, schema, records.get(i));
          }
        }
        return out.toString();
      }
      case CSV -> {
        StringBuilder out = new StringBuilder(records.size() * 300);
        CSVPrinter csv = CsvLines.open(out);
        for (int i = 0; i < records.size(); i++) {
          CsvLines.write(csv, schema, records.get(i));
        }
        return out.toString();
      }
      default -> {
        StringBuilder out = new StringBuilder(records.size() * 200);
        for (int i = 0; i < records.size(); i++) {
          human.accept(out, records.get(i));
        }
        return out.toString();
      }
    }
  }
}
