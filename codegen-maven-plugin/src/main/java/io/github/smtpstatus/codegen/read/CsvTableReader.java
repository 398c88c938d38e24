package io.github.smtpstatus.codegen.read;

import io.github.smtpstatus.codegen.Problem;
import io.github.smtpstatus.codegen.RegistryFormatException;
import io.github.smtpstatus.codegen.Warnings;
import io.github.smtpstatus.codegen.model.TableKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one IANA registry table from CSV (RFC 4180, as IANA publishes it) into a {@link RawTable}.
 *
 * <p>Checks the structure only: strict UTF-8 (a byte-order mark is accepted), not empty, quotes
 * closed, a header naming exactly the table's columns in any order, and the header's number of fields
 * on every record. CRLF, LF and line breaks inside quoted fields are all accepted. Values are checked
 * later, by the validator.
 */
public final class CsvTableReader {

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

  private final Warnings warnings;

  /**
   * A reader that reports soft oddities of a table to {@code warnings}.
   *
   * @param warnings receives each warning, with file and line
   */
  public CsvTableReader(Warnings warnings) {
    this.warnings = warnings;
  }

  /**
   * Reads a table.
   *
   * @param input the file
   * @param kind which table it must be
   * @return the rows, every field exactly as written
   * @throws RegistryFormatException if the file is not a well-formed table of this kind
   */
  public RawTable read(InputFile input, TableKind kind) throws RegistryFormatException {
    List<RawRow> rows = readRows(input, kind.title(), kind.columns(), List.of());
    return new RawTable(input.name(), kind, Sha256.hex(input), rows);
  }

  /**
   * Reads the rows of a table other than the registry's, such as a classification rules file: the
   * header must name every required column and may name optional ones, in any order; a missing
   * optional column reads as empty on every row.
   *
   * @param input the file
   * @param title the table's name in messages, such as "classification rules"
   * @param required the columns the header must name; matched ignoring case and runs of white space
   * @param optional the columns the header may name, likewise
   * @return the rows in file order, each with every required and optional column, values exactly as written
   * @throws RegistryFormatException if the file is not a well-formed table with these columns
   */
  public List<RawRow> readRows(InputFile input, String title, List<String> required, List<String> optional)
      throws RegistryFormatException {
    String file = input.name();
    String text = TextDecoder.decode(input);
    if (text.isBlank()) {
      throw new RegistryFormatException(Problem.inFile(file, "is empty"));
    }
    List<CSVRecord> records = parse(file, text);
    LineIndex lines = new LineIndex(text);

    CSVRecord header = records.get(0);
    List<String> columns = columns(file, title, required, optional, header);

    List<RawRow> rows = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (CSVRecord record : records.subList(1, records.size())) {
      int line = lines.lineOf(record.getCharacterPosition());
      if (record.size() == 1 && record.get(0).isEmpty()) {
        warnings.warn(Problem.atLine(file, line, "blank line ignored"));
        continue;
      }
      if (record.size() != columns.size()) {
        problems.add(Problem.atLine(file, line,
            "has " + record.size() + " fields, the header has " + columns.size()));
        continue;
      }
      Map<String, String> fields = new LinkedHashMap<>();
      for (String column : optional) {
        fields.put(column, "");
      }
      for (int i = 0; i < columns.size(); i++) {
        fields.put(columns.get(i), record.get(i));
      }
      rows.add(new RawRow(line, fields));
    }
    if (!problems.isEmpty()) {
      throw new RegistryFormatException(problems);
    }
    if (rows.isEmpty()) {
      throw new RegistryFormatException(Problem.inFile(file, "has a header but no rows"));
    }
    return rows;
  }

  private static List<CSVRecord> parse(String file, String text) throws RegistryFormatException {
    try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
      return parser.getRecords();
    } catch (IOException | UncheckedIOException e) {
      Problem located = QuoteScanner.locateError(file, text);
      if (located != null) {
        throw new RegistryFormatException(located);
      }
      // The scanner mirrors RFC 4180 quoting; reaching this means Commons CSV found something else.
      throw new RegistryFormatException(Problem.inFile(file, "is not valid CSV: " + e.getMessage()));
    }
  }

  /** Maps each header field to its canonical column name; order may differ from IANA's. */
  private List<String> columns(String file, String title, List<String> required, List<String> optional,
      CSVRecord header) throws RegistryFormatException {
    List<String> known = new ArrayList<>(required);
    known.addAll(optional);
    Map<String, String> canonical = new HashMap<>();
    for (String column : known) {
      canonical.put(normalize(column), column);
    }
    List<Problem> problems = new ArrayList<>();
    List<String> columns = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String written = header.get(i);
      String column = canonical.get(normalize(written));
      if (column == null) {
        problems.add(Problem.inColumn(file, 1, written, null,
            "unknown column in the " + title + " table (expected " + String.join(", ", known) + ")"));
      } else if (seen.putIfAbsent(column, i) != null) {
        problems.add(Problem.inColumn(file, 1, written, null, "appears twice in the header"));
      } else if (!column.equals(written)) {
        warnings.warn(Problem.inColumn(file, 1, written, null, "matched to column \"" + column + "\""));
      }
      columns.add(column);
    }
    for (String column : required) {
      if (!seen.containsKey(column)) {
        problems.add(Problem.atLine(file, 1, "missing column \"" + column + "\" of the " + title + " table"));
      }
    }
    if (!problems.isEmpty()) {
      throw new RegistryFormatException(problems);
    }
    return columns;
  }

  private static String normalize(String column) {
    return column.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
