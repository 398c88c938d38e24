package io.github.smtpstatus.codegen.rules.validate;

import io.github.smtpstatus.codegen.Problem;
import io.github.smtpstatus.codegen.rules.model.CodeCondition;
import io.github.smtpstatus.codegen.rules.model.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks an ordered list of rules (first match wins) for rules that can never decide: a rule that an
 * earlier rule covers (the earlier one matches every failure the later one matches, such as the
 * phrase "quota exceeded" before "sending quota exceeded"), and two detail ranges that overlap
 * without one containing the other while their other conditions are the same.
 */
public final class RuleOrderCheck {

  private RuleOrderCheck() {}

  /**
   * {@return the problems of the list, in list order; empty if every rule can decide}
   *
   * @param rules the rules in the order they are tried
   */
  public static List<Problem> check(List<Rule> rules) {
    List<Problem> problems = new ArrayList<>();
    for (int later = 0; later < rules.size(); later++) {
      Rule rule = rules.get(later);
      for (int earlier = 0; earlier < later; earlier++) {
        Rule first = rules.get(earlier);
        if (first.covers(rule)) {
          problems.add(Problem.atLine(rule.file(), rule.line(), "can never decide: rule " + first.origin()
              + " comes first and matches every failure this rule matches"));
          break;
        }
        if (overlap(first, rule)) {
          problems.add(Problem.inColumn(rule.file(), rule.line(), RulesFileValidator.CODE, rule.code().toString(),
              "overlaps the detail range " + first.code() + " of rule " + first.origin()
                  + " without containing it or lying within it"));
          break;
        }
      }
    }
    return problems;
  }

  private static boolean overlap(Rule a, Rule b) {
    CodeCondition x = a.code();
    CodeCondition y = b.code();
    if (x == null || y == null || x.subject() < 0 || x.subject() != y.subject() || (x.classMask() & y.classMask()) == 0
        || !(x.isRange() || y.isRange())) {
      return false;
    }
    boolean intersect = x.low() <= y.high() && y.low() <= x.high();
    boolean nested = (x.low() <= y.low() && y.high() <= x.high()) || (y.low() <= x.low() && x.high() <= y.high());
    return intersect && !nested && Objects.equals(a.reply(), b.reply()) && a.normalizedPhrases().equals(b.normalizedPhrases())
        && Objects.equals(a.host(), b.host());
  }
}
