package io.github.smtpstatus.benchmarks.baseline;

import io.github.smtpstatus.StatusCode;
import io.github.smtpstatus.classify.ClassificationRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The classifier as KumoMTA's bounce classifier and ZoneMTA's bounce rules work: an ordered list of
 * rules, each with its phrases as case-insensitive regular expressions, tried one after the other
 * until one matches. Built from the same rules as the library's classifier, with the same meaning
 * (word boundaries, any whitespace run, code, reply code and host conditions), so the two agree.
 */
public final class RegexClassifier {

  private record CompiledRule(String origin, String code, String reply, List<Pattern> phrases, String host) {}

  private final List<CompiledRule> rules = new ArrayList<>();

  public RegexClassifier(List<ClassificationRule> source) {
    for (ClassificationRule rule : source) {
      List<Pattern> phrases = new ArrayList<>();
      for (String phrase : rule.phrases()) {
        phrases.add(Pattern.compile(regex(phrase), Pattern.CASE_INSENSITIVE));
      }
      rules.add(new CompiledRule(rule.origin(), rule.code().orElse(null), rule.replyCode().orElse(null), phrases,
          rule.host().orElse(null)));
    }
  }

  /** A phrase as a regular expression: quoted words, {@code \s+} between, boundaries at word edges. */
  static String regex(String phrase) {
    StringBuilder regex = new StringBuilder();
    if (isWord(phrase.charAt(0))) {
      regex.append("(?<![\\p{L}\\p{N}_])");
    }
    String[] words = phrase.split(" +");
    for (int i = 0; i < words.length; i++) {
      regex.append(i == 0 ? "" : "\\s+").append(Pattern.quote(words[i]));
    }
    if (isWord(phrase.charAt(phrase.length() - 1))) {
      regex.append("(?![\\p{L}\\p{N}_])");
    }
    return regex.toString();
  }

  private static boolean isWord(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  /** The origin of the first rule that matches, or {@code "no rule"}. */
  public String classify(StatusCode code, int reply, CharSequence text, String host) {
    String codeText = code == null ? null : code.toString();
    for (CompiledRule rule : rules) {
      if (rule.code() != null && (codeText == null || !codeMatches(rule.code(), code))) {
        continue;
      }
      if (rule.reply() != null && !replyMatches(rule.reply(), reply)) {
        continue;
      }
      if (rule.host() != null && (host == null || !hostMatches(host, rule.host()))) {
        continue;
      }
      boolean all = true;
      for (Pattern phrase : rule.phrases()) {
        if (text == null || !phrase.matcher(text).find()) {
          all = false;
          break;
        }
      }
      if (all) {
        return rule.origin();
      }
    }
    return "no rule";
  }

  private static boolean codeMatches(String condition, StatusCode code) {
    String[] parts = condition.split("\\.");
    if (!parts[0].equals("X") && Integer.parseInt(parts[0]) != code.statusClass().number()) {
      return false;
    }
    if (parts[1].equals("XXX")) {
      return true;
    }
    if (Integer.parseInt(parts[1]) != code.subject()) {
      return false;
    }
    if (parts[2].equals("XXX")) {
      return true;
    }
    String[] range = parts[2].split("-");
    int low = Integer.parseInt(range[0]);
    int high = range.length == 2 ? Integer.parseInt(range[1]) : low;
    return code.detail() >= low && code.detail() <= high;
  }

  private static boolean replyMatches(String condition, int reply) {
    return condition.endsWith("XX") ? reply / 100 == condition.charAt(0) - '0' : reply == Integer.parseInt(condition);
  }

  private static boolean hostMatches(String host, String suffix) {
    String lower = host.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".")) {
      lower = lower.substring(0, lower.length() - 1);
    }
    return lower.equals(suffix) || lower.endsWith("." + suffix);
  }
}
