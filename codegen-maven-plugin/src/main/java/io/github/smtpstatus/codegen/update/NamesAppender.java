package io.github.smtpstatus.codegen.update;

import io.github.smtpstatus.codegen.Problem;
import io.github.smtpstatus.codegen.RegistryFormatException;
import io.github.smtpstatus.codegen.Warnings;
import io.github.smtpstatus.codegen.model.EnumeratedCode;
import io.github.smtpstatus.codegen.model.Registry;
import io.github.smtpstatus.codegen.model.SubCode;
import io.github.smtpstatus.codegen.naming.ConstantNameResolver;
import io.github.smtpstatus.codegen.naming.ConstantNames;
import io.github.smtpstatus.codegen.read.KeyValueFile;
import io.github.smtpstatus.codegen.read.TextLines;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pins the names of new rows: each row of the new registry that {@code names.properties} does not pin
 * gets the name {@link ConstantNameResolver} derives, appended at the end of the file under a dated
 * comment. Existing lines are never changed, so no existing constant is ever renamed.
 */
public final class NamesAppender {

  static final String NEW_FILE_HEADER = """
      # Pinned Java constant names, one per registry row: <code as IANA writes it>=<CONSTANT_NAME>.
      # "mvn smtp-status:update" appends a derived name for each new code and never changes a line.
      """;

  private NamesAppender() {}

  /**
   * The names to append: every row of {@code registry} without a pinned name, with its derived name, in
   * table order (classes, subjects, enumerated codes).
   *
   * @param registry the new registry
   * @param pinned the current {@code names.properties}, or {@code null} if there is none
   * @param namesFile how messages name {@code names.properties}
   * @param warnings receives each warning about the names file, with file and line
   * @return the new name of each unnamed code, by code ({@code X.7.31})
   * @throws RegistryFormatException if a derived name collides with another name, or no name can be
   *     derived: the message asks to pin a name
   */
  public static Map<String, String> newNames(Registry registry, KeyValueFile pinned, String namesFile, Warnings warnings)
      throws RegistryFormatException {
    ConstantNames names;
    try {
      names = new ConstantNameResolver(warnings).resolve(registry, pinned);
    } catch (RegistryFormatException e) {
      List<Problem> problems = new ArrayList<>(e.problems());
      problems.add(Problem.inFile(namesFile, "cannot name the new registry; pin a name for each code above by adding a"
          + " line code=NAME to this file (existing lines are never changed), then run the update again"));
      throw new RegistryFormatException(problems);
    }
    Map<String, String> added = new LinkedHashMap<>();
    for (SubCode row : registry.classes()) {
      if (unpinned(pinned, row.code())) {
        added.put(row.code(), names.ofClass(row.number()));
      }
    }
    for (SubCode row : registry.subjects()) {
      if (unpinned(pinned, row.code())) {
        added.put(row.code(), names.ofSubject(row.number()));
      }
    }
    for (EnumeratedCode row : registry.codes()) {
      if (unpinned(pinned, row.code())) {
        added.put(row.code(), names.ofCode(row.key()));
      }
    }
    return added;
  }

  private static boolean unpinned(KeyValueFile pinned, String code) {
    return pinned == null || pinned.get(code) == null;
  }

  /**
   * The file with the names appended: the current bytes unchanged, a line break if the last line lacks
   * one, a blank line unless the file ends with one, {@code # added by smtp-status:update on <date>} and
   * one {@code code=NAME} line each.
   * The file's line ending (that of its first line: CRLF, LF or CR) is kept.
   *
   * @param current the current file, or {@code null} to start a new one
   * @param names the names to append, by code
   * @param date the date written in the comment line
   * @return the new content of the file
   * @throws IllegalArgumentException if {@code names} is empty
   */
  public static byte[] append(byte[] current, Map<String, String> names, LocalDate date) {
    if (names.isEmpty()) {
      throw new IllegalArgumentException("no names to append");
    }
    String text = current == null ? NEW_FILE_HEADER : new String(current, StandardCharsets.UTF_8);
    String eol = TextLines.firstEnding(text, "\n");
    StringBuilder block = new StringBuilder();
    if (!text.isEmpty() && TextLines.ending(text).isEmpty()) {
      block.append(eol);
    }
    if (!text.isEmpty() && !text.endsWith(eol + eol)) {
      block.append(eol);
    }
    block.append("# added by smtp-status:update on ").append(date).append(eol);
    names.forEach((code, name) -> block.append(code).append('=').append(name).append(eol));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] head = current == null ? NEW_FILE_HEADER.getBytes(StandardCharsets.UTF_8) : current;
    out.writeBytes(head);
    out.writeBytes(block.toString().getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }
}
