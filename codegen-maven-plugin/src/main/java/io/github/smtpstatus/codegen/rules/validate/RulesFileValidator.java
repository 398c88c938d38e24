package io.github.smtpstatus.codegen.rules.validate;

import io.github.smtpstatus.codegen.Problem;
import io.github.smtpstatus.codegen.RegistryFormatException;
import io.github.smtpstatus.codegen.Warnings;
import io.github.smtpstatus.codegen.read.CsvTableReader;
import io.github.smtpstatus.codegen.read.InputFile;
import io.github.smtpstatus.codegen.read.RawRow;
import io.github.smtpstatus.codegen.rules.compile.PhraseNormalizer;
import io.github.smtpstatus.codegen.rules.model.CodeCondition;
import io.github.smtpstatus.codegen.rules.model.ReplyCondition;
import io.github.smtpstatus.codegen.rules.model.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads one classification rules file (CSV, header naming the columns in any order) and checks each
 * row, reporting every problem with file, line and column:
 *
 * <ul>
 *   <li>{@code reason} (required): a reason of the taxonomy;
 *   <li>{@code code}, {@code reply}, {@code phrase}, {@code host}: the conditions, at least one per row
 *       ({@code phrase} may join several phrases with {@value #AND}, all of which must occur);
 *   <li>{@code provider}, {@code meaning} (needs a provider), {@code label}, {@code source} (an http(s) URL).
 * </ul>
 */
public final class RulesFileValidator {

  /**
   * The column of the code condition: {@code 5.1.1}, {@code X.1.1}, {@code X.7.XXX}, {@code 5.XXX.XXX}
   * or {@code 5.7.606-649}.
   */
  public static final String CODE = "code";
  /** The column of the reply code condition: {@code 550}, or a class such as {@code 5XX}. */
  public static final String REPLY = "reply";
  /** The column of the phrases the text must contain, in any order, joined by {@value #AND}. */
  public static final String PHRASE = "phrase";
  /** The column of the domain suffix the remote host or the recipient's domain must end with. */
  public static final String HOST = "host";
  /** The column of the reason the rule decides, one of the taxonomy's: the one required column. */
  public static final String REASON = "reason";
  /** The column of the provider whose documented behaviour the rule describes. */
  public static final String PROVIDER = "provider";
  /** The column of the provider's meaning of its own code or text; needs a provider. */
  public static final String MEANING = "meaning";
  /** The column of a label of the rule author's own: letters, digits and {@code . _ : -}. */
  public static final String LABEL = "label";
  /** The column of the public document the rule rests on: an http or https URL. */
  public static final String SOURCE = "source";

  /** Joins the phrases of a rule that needs several. */
  public static final String AND = "&&";

  /** The columns a rules file may have besides {@code reason}. */
  public static final List<String> OPTIONAL = List.of(CODE, REPLY, PHRASE, HOST, PROVIDER, MEANING, LABEL, SOURCE);

  /** At most this many problems are reported per file, so that a wrong file cannot flood the log. */
  static final int MAX_PROBLEMS = 50;

  /** At most this many rules per file: the order check compares every pair. */
  public static final int MAX_RULES = 5000;

  private static final int MAX_TEXT = 500;
  private static final int MAX_LABEL = 64;

  private final Set<String> reasons;
  private final Warnings warnings;

  /**
   * A validator that accepts the reasons of one taxonomy.
   *
   * @param reasons the names of the taxonomy's reasons
   * @param warnings receives each soft oddity of a file, such as a header matched by case or a blank line
   */
  public RulesFileValidator(Set<String> reasons, Warnings warnings) {
    this.reasons = new TreeSet<>(reasons);
    this.warnings = Objects.requireNonNull(warnings, "warnings == null");
  }

  /**
   * Reads and checks a rules file.
   *
   * @param input the rules file
   * @return its rules in file order
   * @throws RegistryFormatException listing the problems (at most {@value #MAX_PROBLEMS}, then a count)
   */
  public List<Rule> read(InputFile input) throws RegistryFormatException {
    List<RawRow> rows = new CsvTableReader(warnings).readRows(input, "classification rules", List.of(REASON), OPTIONAL);
    if (rows.size() > MAX_RULES) {
      throw new RegistryFormatException(Problem.inFile(input.name(),
          "has " + rows.size() + " rules, over the limit of " + MAX_RULES));
    }
    List<Rule> rules = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (RawRow row : rows) {
      Rule rule = rule(input.name(), row, problems);
      if (rule != null) {
        rules.add(rule);
      }
    }
    throwIfAny(input.name(), problems);
    return rules;
  }

  /**
   * Throws the problems, cut to {@value #MAX_PROBLEMS} with a count of the rest, if there are any.
   *
   * @param file the rules file as messages name it, for the count of the rest
   * @param problems the problems found, in the order to report them
   * @throws RegistryFormatException if {@code problems} is not empty
   */
  public static void throwIfAny(String file, List<Problem> problems) throws RegistryFormatException {
    if (problems.isEmpty()) {
      return;
    }
    if (problems.size() > MAX_PROBLEMS) {
      int more = problems.size() - MAX_PROBLEMS;
      problems = new ArrayList<>(problems.subList(0, MAX_PROBLEMS));
      problems.add(Problem.inFile(file, "has " + more + " more problems, not shown"));
    }
    throw new RegistryFormatException(problems);
  }

  private Rule rule(String file, RawRow row, List<Problem> problems) {
    int before = problems.size();
    int line = row.line();
    CodeCondition code = null;
    ReplyCondition reply = null;
    String host = null;
    String codeText = row.get(CODE).strip();
    if (!codeText.isEmpty()) {
      try {
        code = ConditionParser.code(codeText);
      } catch (IllegalArgumentException e) {
        problems.add(Problem.inColumn(file, line, CODE, codeText, e.getMessage()));
      }
    }
    String replyText = row.get(REPLY).strip();
    if (!replyText.isEmpty()) {
      try {
        reply = ConditionParser.reply(replyText);
      } catch (IllegalArgumentException e) {
        problems.add(Problem.inColumn(file, line, REPLY, replyText, e.getMessage()));
      }
    }
    String phraseText = row.get(PHRASE);
    List<String> phrases = new ArrayList<>();
    if (!phraseText.isEmpty()) {
      for (String part : phraseText.split(AND, -1)) {
        String phrase = phraseText.contains(AND) ? part.strip() : part;
        String problem = PhraseNormalizer.problem(phrase);
        if (problem != null) {
          problems.add(Problem.inColumn(file, line, PHRASE, phrase, problem));
        } else if (phrases.stream().anyMatch(known -> PhraseNormalizer.normalize(known).equals(PhraseNormalizer.normalize(phrase)))) {
          problems.add(Problem.inColumn(file, line, PHRASE, phrase, "appears twice in the row"));
        }
        phrases.add(phrase);
      }
    }
    String hostText = row.get(HOST).strip();
    if (!hostText.isEmpty()) {
      try {
        host = ConditionParser.host(hostText);
      } catch (IllegalArgumentException e) {
        problems.add(Problem.inColumn(file, line, HOST, hostText, e.getMessage()));
      }
    }
    String reason = row.get(REASON).strip();
    if (!reasons.contains(reason)) {
      problems.add(Problem.inColumn(file, line, REASON, reason,
          reason.isEmpty() ? "is required" : "is not a reason of the taxonomy (expected one of " + String.join(", ", reasons) + ")"));
    }
    String provider = text(file, row, PROVIDER, MAX_TEXT, problems);
    String meaning = text(file, row, MEANING, MAX_TEXT, problems);
    String label = text(file, row, LABEL, MAX_LABEL, problems);
    String source = text(file, row, SOURCE, MAX_TEXT, problems);
    if (meaning != null && provider == null) {
      problems.add(Problem.inColumn(file, line, MEANING, meaning, "is a provider's meaning but the row names no provider"));
    }
    if (label != null && !isLabel(label)) {
      problems.add(Problem.inColumn(file, line, LABEL, label,
          "is not a label (letters, digits and . _ : -, starting with a letter or digit)"));
    }
    if (source != null && !((source.startsWith("https://") || source.startsWith("http://")) && source.indexOf(' ') < 0)) {
      problems.add(Problem.inColumn(file, line, SOURCE, source, "is not an http or https URL"));
    }
    if (codeText.isEmpty() && replyText.isEmpty() && phrases.isEmpty() && hostText.isEmpty()) {
      problems.add(Problem.atLine(file, line, "has no condition (code, reply, phrase or host), so it would match every failure"));
    }
    if (problems.size() > before) {
      return null;
    }
    return new Rule(file, line, code, reply, phrases, phrases.stream().map(PhraseNormalizer::normalize).toList(), host,
        reason, provider, meaning, label, source);
  }

  private static String text(String file, RawRow row, String column, int max, List<Problem> problems) {
    String value = row.get(column).strip();
    if (value.isEmpty()) {
      return null;
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        problems.add(Problem.inColumn(file, row.line(), column, value, "contains a control character"));
        return value;
      }
    }
    if (value.length() > max) {
      problems.add(Problem.inColumn(file, row.line(), column, value, "is longer than " + max + " characters"));
    }
    return value;
  }

  private static boolean isLabel(String label) {
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      boolean alphanumeric = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (!alphanumeric && (i == 0 || ".-_:".indexOf(c) < 0)) {
        return false;
      }
    }
    return true;
  }
}
