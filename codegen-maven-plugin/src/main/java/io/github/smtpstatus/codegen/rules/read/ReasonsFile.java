package io.github.smtpstatus.codegen.rules.read;

import io.github.smtpstatus.codegen.Problem;
import io.github.smtpstatus.codegen.RegistryFormatException;
import io.github.smtpstatus.codegen.Warnings;
import io.github.smtpstatus.codegen.read.CsvTableReader;
import io.github.smtpstatus.codegen.read.InputFile;
import io.github.smtpstatus.codegen.read.RawRow;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The taxonomy of bounce reasons ({@code reasons.csv} beside the rules): one row per reason with the
 * action it asks of the sender, the Sisimai reason names it corresponds to and a description. The
 * API's {@code BounceReason} enum is checked against it by a test; rules may only name these reasons.
 */
public final class ReasonsFile {

  /** The name of the bundled file. */
  public static final String FILE = "reasons.csv";

  private static final List<String> COLUMNS = List.of("reason", "action", "sisimai", "description");

  private ReasonsFile() {}

  /**
   * Reads the taxonomy.
   *
   * @param input the reasons file
   * @param warnings receives each soft oddity of the file, such as a header matched by case or a blank line
   * @return the reason names in file order
   * @throws RegistryFormatException if the file is malformed, a name is not UPPER_SNAKE or repeats
   */
  public static Set<String> read(InputFile input, Warnings warnings) throws RegistryFormatException {
    List<RawRow> rows = new CsvTableReader(warnings).readRows(input, "bounce reasons", COLUMNS, List.of());
    Set<String> names = new LinkedHashSet<>();
    List<Problem> problems = new ArrayList<>();
    for (RawRow row : rows) {
      String name = row.get("reason");
      if (!name.matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*")) {
        problems.add(Problem.inColumn(input.name(), row.line(), "reason", name, "is not an UPPER_SNAKE name"));
      } else if (!names.add(name)) {
        problems.add(Problem.inColumn(input.name(), row.line(), "reason", name, "appears twice"));
      }
    }
    if (!problems.isEmpty()) {
      throw new RegistryFormatException(problems);
    }
    return names;
  }
}
