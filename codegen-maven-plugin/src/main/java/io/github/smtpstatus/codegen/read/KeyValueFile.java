package io.github.smtpstatus.codegen.read;

import io.github.smtpstatus.codegen.Problem;
import io.github.smtpstatus.codegen.RegistryFormatException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@code key=value} file that keeps line numbers: {@code names.properties} and
 * {@code registry.properties}.
 *
 * <p>The syntax is the plain subset of Java properties these files use: one {@code key=value} per
 * line ({@link TextLines}: CRLF, LF or a lone CR), UTF-8, {@code #} or {@code !} comment lines, blank
 * lines; keys and values are trimmed. Unlike {@link java.util.Properties}, a duplicate key or a line
 * without {@code =} is an error, and every entry remembers its line so that a message can point at it.
 */
public final class KeyValueFile {

  /**
   * One entry.
   *
   * @param key the key
   * @param value the value
   * @param line the 1-based line
   */
  public record Entry(String key, String value, int line) {
    /**
     * Rejects a null key or value.
     *
     * @param key the key
     * @param value the value
     * @param line the 1-based line
     */
    public Entry {
      Objects.requireNonNull(key, "key == null");
      Objects.requireNonNull(value, "value == null");
    }
  }

  private final String file;
  private final List<Entry> entries;
  private final Map<String, Entry> byKey;

  private KeyValueFile(String file, List<Entry> entries) {
    this.file = file;
    this.entries = List.copyOf(entries);
    Map<String, Entry> map = new HashMap<>();
    for (Entry entry : entries) {
      map.put(entry.key(), entry);
    }
    this.byKey = Map.copyOf(map);
  }

  /**
   * Parses a file.
   *
   * @param input the file
   * @return the entries, in file order
   * @throws RegistryFormatException on invalid UTF-8, a line without {@code =}, an empty key, or a
   *     duplicate key
   */
  public static KeyValueFile parse(InputFile input) throws RegistryFormatException {
    String text = TextDecoder.decode(input);
    List<Entry> entries = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    List<String> lines = TextLines.split(text);
    for (int index = 0; index < lines.size(); index++) {
      int line = index + 1;
      String content = lines.get(index).strip();
      if (!content.isEmpty() && content.charAt(0) != '#' && content.charAt(0) != '!') {
        int equals = content.indexOf('=');
        if (equals < 0) {
          problems.add(Problem.atLine(input.name(), line, content, "is not a key=value line"));
        } else {
          String key = content.substring(0, equals).strip();
          String value = content.substring(equals + 1).strip();
          Integer previous = firstLine.putIfAbsent(key, line);
          if (key.isEmpty()) {
            problems.add(Problem.atLine(input.name(), line, content, "has an empty key"));
          } else if (previous != null) {
            problems.add(Problem.atKey(input.name(), line, key, null, "is set twice (first on line " + previous + ")"));
          } else {
            entries.add(new Entry(key, value, line));
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new RegistryFormatException(problems);
    }
    return new KeyValueFile(input.name(), entries);
  }

  /** {@return the name messages use for the file} */
  public String file() {
    return file;
  }

  /** {@return the entries in file order} */
  public List<Entry> entries() {
    return entries;
  }

  /**
   * {@return the entry for a key, or {@code null}}
   *
   * @param key the key
   */
  public Entry get(String key) {
    return byKey.get(key);
  }
}
