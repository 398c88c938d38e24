package io.github.smtpstatus.codegen.rules.compile;

import io.github.smtpstatus.codegen.rules.model.CodeCondition;
import io.github.smtpstatus.codegen.rules.model.Rule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Compiles an ordered rule list into the tables the API's {@code Classifier.ofTables} reads: a pool of
 * strings and a stream of non-negative integers written as ASCII base-32 digits, cut into chunks
 * small enough for a class-file constant. The layout is documented on the API's {@code RuleTables}
 * (format {@value PhraseNormalizer#FORMAT}); a pure function, same rules, same tables.
 */
public final class TableEncoder {

  /** Base-32 digits ending a number. */
  static final String LAST = "0123456789abcdefghijklmnopqrstuv";
  /** Base-32 digits followed by more digits of the same number. */
  static final String MORE = "ABCDEFGHIJKLMNOPQRSTUVWXYZ:;<=>?";
  /** Characters per chunk: far below the 65535 bytes of a class-file string constant. */
  static final int CHUNK = 8000;

  /**
   * The compiled tables.
   *
   * @param strings the string pool
   * @param chunks the integer stream in chunks
   * @param rules the number of rules
   * @param phrases the number of distinct phrases (after normalization)
   * @param states the number of automaton states
   */
  public record Tables(List<String> strings, List<String> chunks, int rules, int phrases, int states) {
    /**
     * Copies the lists.
     *
     * @param strings the string pool
     * @param chunks the integer stream in chunks
     * @param rules the number of rules
     * @param phrases the number of distinct phrases (after normalization)
     * @param states the number of automaton states
     */
    public Tables {
      strings = List.copyOf(strings);
      chunks = List.copyOf(chunks);
    }
  }

  private final Map<String, Integer> strings = new LinkedHashMap<>();
  private final StringBuilder stream = new StringBuilder();

  private TableEncoder() {}

  /**
   * Compiles the rules.
   *
   * @param rules the rules, tried in list order
   * @return the tables
   */
  public static Tables encode(List<Rule> rules) {
    return new TableEncoder().run(rules);
  }

  private Tables run(List<Rule> rules) {
    Map<String, Integer> phrases = new LinkedHashMap<>();
    TreeSet<Character> characters = new TreeSet<>();
    for (Rule rule : rules) {
      for (String normalized : rule.normalizedPhrases()) {
        phrases.putIfAbsent(normalized, phrases.size());
        for (char c : normalized.toCharArray()) {
          if (c != PhraseNormalizer.BOUNDARY && c != ' ') {
            characters.add(c);
          }
        }
      }
    }
    StringBuilder alphabet = new StringBuilder();
    characters.forEach(alphabet::append);
    List<int[]> symbols = new ArrayList<>();
    for (String phrase : phrases.keySet()) {
      int[] sequence = new int[phrase.length()];
      for (int i = 0; i < sequence.length; i++) {
        char c = phrase.charAt(i);
        sequence[i] = c == PhraseNormalizer.BOUNDARY ? 0 : c == ' ' ? 1 : 4 + alphabet.indexOf(String.valueOf(c));
      }
      symbols.add(sequence);
    }
    AutomatonCompiler.Automaton automaton = AutomatonCompiler.compile(symbols);

    write(PhraseNormalizer.FORMAT);
    write(rules.size());
    write(phrases.size());
    write(automaton.states());
    write(automaton.transitionSymbol().length);
    write(automaton.outputPhrase().length);
    write(string(alphabet.toString()));
    for (Rule rule : rules) {
      write(string(fileName(rule.file())));
      write(rule.line());
      CodeCondition code = rule.code();
      write(code == null ? 0 : code.classMask());
      write(code == null ? 0 : code.subject() + 1);
      write(code == null ? 0 : code.low());
      write(code == null ? CodeCondition.MAX_NUMBER : code.high());
      write(rule.reply() == null ? 0 : rule.reply().low());
      write(rule.reply() == null ? 0 : rule.reply().high());
      write(rule.phrases().size());
      for (int p = 0; p < rule.phrases().size(); p++) {
        write(phrases.get(rule.normalizedPhrases().get(p)));
        write(string(rule.phrases().get(p)));
      }
      writeOptional(rule.host());
      write(string(rule.reason()));
      writeOptional(rule.provider());
      writeOptional(rule.meaning());
      writeOptional(rule.label());
      writeOptional(rule.source());
    }
    writeAll(automaton.transitionStart());
    for (int t = 0; t < automaton.transitionSymbol().length; t++) {
      write(automaton.transitionSymbol()[t]);
      write(automaton.transitionTarget()[t]);
    }
    writeAll(automaton.fail());
    writeAll(automaton.outputStart());
    writeAll(automaton.outputPhrase());

    List<String> chunks = new ArrayList<>();
    for (int start = 0; start < stream.length(); start += CHUNK) {
      chunks.add(stream.substring(start, Math.min(stream.length(), start + CHUNK)));
    }
    return new Tables(new ArrayList<>(strings.keySet()), chunks, rules.size(), phrases.size(), automaton.states());
  }

  /**
   * {@return the last segment of a path: origins name the file, not where it was read from, so that the
   * generated source does not depend on the checkout}
   *
   * @param path a path with {@code /} or {@code \} separators
   */
  public static String fileName(String path) {
    return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  }

  private int string(String value) {
    return strings.computeIfAbsent(value, key -> strings.size());
  }

  private void writeOptional(String value) {
    write(value == null ? 0 : string(value) + 1);
  }

  private void writeAll(int[] values) {
    for (int value : values) {
      write(value);
    }
  }

  private void write(int value) {
    if (value < 0) {
      throw new IllegalArgumentException("negative table value " + value);
    }
    while (value >= 32) {
      stream.append(MORE.charAt(value & 31));
      value >>>= 5;
    }
    stream.append(LAST.charAt(value));
  }
}
