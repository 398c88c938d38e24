package io.github.smtpstatus.classify;

import io.github.smtpstatus.StatusCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * An ordered list of rules compiled for matching: the first rule (in list order) whose conditions all
 * hold decides. Rules without a phrase are tried from per-subject lists; rules with one are tried only
 * when the automaton finds their phrase, so the cost is one pass over the text plus a few condition
 * checks per phrase found, whatever the number of rules. Allocates nothing per call: the results are
 * built once, one per rule and permanence.
 */
final class RuleSet {

  private static final int SUBJECT_BUCKETS = 8;
  private static final int OTHER_SUBJECT = SUBJECT_BUCKETS;
  private static final int NO_CODE = SUBJECT_BUCKETS + 1;
  private static final Permanence[] PERMANENCE = Permanence.values();

  private final List<ClassificationRule> rules;
  private final int[] classMask;
  private final int[] subject;
  private final int[] detailLow;
  private final int[] detailHigh;
  private final int[] replyLow;
  private final int[] replyHigh;
  private final String[] host;
  private final Classification[][] results;
  private final Classification[] noRule;
  /** Rules without a phrase that can match a code of subject {@code s} (index 8: other subjects, 9: no code). */
  private final int[][] plainRules;
  /** The rules of one phrase, by phrase, ascending. */
  private final int[][] phraseRules;
  /** Rules with several phrases, ascending, and the bits of {@link #trackedBit} each needs. */
  private final int[] compoundRules;
  private final long[] compoundMask;
  /** For each phrase of a rule with several phrases, its bit in the per-scan set of phrases seen; else -1. */
  private final int[] trackedBit;
  private final int firstPhraseRule;
  private final PhraseAutomaton automaton;
  private final String alphabet;
  private final SparseAutomaton sparse;

  /**
   * At most this many distinct phrases may appear in rules with several phrases: one bit each, in the
   * low half of the {@code long} that {@link #found} returns.
   */
  static final int MAX_TRACKED_PHRASES = 32;

  /**
   * A rule set whose phrase automaton is given, as the plugin generates it: {@code rulePhrases[r]}
   * are the automaton's phrases of rule {@code r}, empty for a rule without one.
   *
   * @throws IllegalArgumentException if the tables disagree with each other
   */
  RuleSet(List<ClassificationRule> rules, int[][] rulePhrases, int phraseCount, String alphabet, SparseAutomaton sparse) {
    int count = rules.size();
    if (rulePhrases.length != count) {
      throw new IllegalArgumentException("corrupt rule table: " + rulePhrases.length + " phrase entries for " + count
          + " rules");
    }
    sparse.check(phraseCount);
    this.rules = List.copyOf(rules);
    this.alphabet = alphabet;
    this.sparse = sparse;
    this.automaton = PhraseAutomaton.of(sparse, alphabet);
    classMask = new int[count];
    subject = new int[count];
    detailLow = new int[count];
    detailHigh = new int[count];
    replyLow = new int[count];
    replyHigh = new int[count];
    host = new String[count];
    results = new Classification[count][];
    List<List<Integer>> plain = new ArrayList<>();
    for (int b = 0; b <= NO_CODE; b++) {
      plain.add(new ArrayList<>());
    }
    List<List<Integer>> byPhrase = new ArrayList<>();
    for (int p = 0; p < phraseCount; p++) {
      byPhrase.add(new ArrayList<>());
    }
    int first = Integer.MAX_VALUE;
    trackedBit = new int[phraseCount];
    java.util.Arrays.fill(trackedBit, -1);
    List<Integer> compound = new ArrayList<>();
    List<Long> masks = new ArrayList<>();
    int tracked = 0;
    for (int r = 0; r < count; r++) {
      ClassificationRule rule = this.rules.get(r);
      classMask[r] = rule.classMask();
      subject[r] = rule.subject();
      detailLow[r] = rule.detailLow();
      detailHigh[r] = rule.detailHigh();
      replyLow[r] = rule.replyLow();
      replyHigh[r] = rule.replyHigh();
      host[r] = rule.host().orElse(null);
      results[r] = new Classification[PERMANENCE.length];
      for (Permanence permanence : PERMANENCE) {
        results[r][permanence.ordinal()] = new Classification(rule.reason(), permanence, rule);
      }
      int[] phrases = rulePhrases[r];
      if (phrases.length != rule.phrases().size()) {
        throw new IllegalArgumentException("corrupt rule table: rule " + rule.origin() + " has " + phrases.length
            + " phrase indexes for " + rule.phrases().size() + " phrases");
      }
      for (int phrase : phrases) {
        if (phrase < 0 || phrase >= phraseCount) {
          throw new IllegalArgumentException("corrupt rule table: rule " + rule.origin() + " has phrase index " + phrase);
        }
      }
      if (phrases.length == 1) {
        byPhrase.get(phrases[0]).add(r);
        first = Math.min(first, r);
      } else if (phrases.length > 1) {
        long mask = 0;
        for (int phrase : phrases) {
          if (trackedBit[phrase] < 0) {
            if (tracked == MAX_TRACKED_PHRASES) {
              throw new IllegalArgumentException("rule " + rule.origin() + ": rules with several phrases use more than "
                  + MAX_TRACKED_PHRASES + " distinct phrases");
            }
            trackedBit[phrase] = tracked++;
          }
          mask |= 1L << trackedBit[phrase];
        }
        compound.add(r);
        masks.add(mask);
        first = Math.min(first, r);
      } else if (classMask[r] == 0) {
        for (List<Integer> bucket : plain) {
          bucket.add(r);
        }
      } else {
        for (int b = 0; b < NO_CODE; b++) {
          if (subject[r] < 0 || subject[r] == b || (b == OTHER_SUBJECT && subject[r] >= SUBJECT_BUCKETS)) {
            plain.get(b).add(r);
          }
        }
      }
    }
    firstPhraseRule = first == Integer.MAX_VALUE ? count : first;
    plainRules = plain.stream().map(RuleSet::toArray).toArray(int[][]::new);
    phraseRules = byPhrase.stream().map(RuleSet::toArray).toArray(int[][]::new);
    compoundRules = toArray(compound);
    compoundMask = masks.stream().mapToLong(Long::longValue).toArray();
    noRule = new Classification[PERMANENCE.length];
    for (Permanence permanence : PERMANENCE) {
      noRule[permanence.ordinal()] = new Classification(
          permanence == Permanence.SUCCESS ? BounceReason.DELIVERED : BounceReason.UNDETERMINED, permanence, null);
    }
  }

  /** Compiles rules built in code: phrases are numbered by first use, the automaton is built here. */
  static RuleSet compile(List<ClassificationRule> rules) {
    Map<String, Integer> phrases = new LinkedHashMap<>();
    int[][] rulePhrases = new int[rules.size()][];
    TreeSet<Character> characters = new TreeSet<>();
    for (int r = 0; r < rules.size(); r++) {
      List<String> texts = rules.get(r).phrases();
      rulePhrases[r] = new int[texts.size()];
      for (int i = 0; i < texts.size(); i++) {
        String normalized = TextSymbols.normalize(texts.get(i));
        rulePhrases[r][i] = phrases.computeIfAbsent(normalized, key -> phrases.size());
        for (char c : normalized.toCharArray()) {
          if (c != '\u0001' && c != ' ') {
            characters.add(c);
          }
        }
      }
    }
    StringBuilder alphabet = new StringBuilder();
    characters.forEach(alphabet::append);
    List<int[]> symbols = new ArrayList<>();
    for (String normalized : phrases.keySet()) {
      symbols.add(symbolsOf(normalized, alphabet));
    }
    SparseAutomaton sparse = SparseAutomaton.build(symbols, TextSymbols.FIRST_CHAR + alphabet.length());
    return new RuleSet(rules, rulePhrases, phrases.size(), alphabet.toString(), sparse);
  }

  /** The symbols of a normalized phrase over an alphabet (see {@link TextSymbols}). */
  static int[] symbolsOf(String normalized, CharSequence alphabet) {
    int[] symbols = new int[normalized.length()];
    for (int i = 0; i < symbols.length; i++) {
      char c = normalized.charAt(i);
      symbols[i] = c == '\u0001' ? TextSymbols.BOUNDARY : c == ' ' ? TextSymbols.SPACE
          : TextSymbols.FIRST_CHAR + alphabet.toString().indexOf(c);
    }
    return symbols;
  }

  List<ClassificationRule> rules() {
    return rules;
  }

  String alphabet() {
    return alphabet;
  }

  SparseAutomaton sparse() {
    return sparse;
  }

  int stateCount() {
    return automaton.stateCount();
  }

  /** The classification of the first rule that matches, or the no-rule result. */
  Classification decide(StatusCode code, int reply, CharSequence text, CharSequence host1, CharSequence host2) {
    int codeClass = 0;
    int codeSubject = -1;
    int codeDetail = -1;
    int bucket = NO_CODE;
    Permanence permanence;
    if (code != null) {
      codeClass = code.statusClass().number();
      codeSubject = code.subject();
      codeDetail = code.detail();
      bucket = codeSubject < SUBJECT_BUCKETS ? codeSubject : OTHER_SUBJECT;
      permanence = codeClass == 2 ? Permanence.SUCCESS : codeClass == 4 ? Permanence.TRANSIENT : Permanence.PERMANENT;
    } else {
      int digit = reply / 100;
      permanence = reply < 200 || reply > 599 || digit == 3 ? Permanence.UNKNOWN
          : digit == 2 ? Permanence.SUCCESS : digit == 4 ? Permanence.TRANSIENT : Permanence.PERMANENT;
    }
    int best = rules.size();
    for (int r : plainRules[bucket]) {
      if (matches(r, codeClass, codeSubject, codeDetail, reply, host1, host2)) {
        best = r;
        break;
      }
    }
    if (text != null && firstPhraseRule < best) {
      best = scan(text, best, codeClass, codeSubject, codeDetail, reply, host1, host2);
    }
    return best < rules.size() ? results[best][permanence.ordinal()] : noRule[permanence.ordinal()];
  }

  /**
   * Runs the automaton over the text, lowering {@code best} to the first rule whose phrases are found.
   * The loop does one table read and one sign test per symbol; the work for a phrase found is in
   * {@link #found}, out of the loop.
   */
  private int scan(CharSequence text, int best, int codeClass, int codeSubject, int codeDetail, int reply,
      CharSequence host1, CharSequence host2) {
    int[] next = automaton.next;
    int[] ascii = automaton.ascii;
    int row = 0;
    long seen = 0;
    boolean previousWord = false;
    boolean previousSpace = false;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      int info = c < 0x80 ? ascii[c] : nonAscii(c);
      boolean word = (info & PhraseAutomaton.WORD) != 0;
      boolean space = (info & PhraseAutomaton.SPACE) != 0;
      // The boundary step and the character step handle a phrase end alike, written out twice: a shared
      // helper returning two values would cost the loop an allocation or a field write per step.
      if (word != previousWord) {
        row = next[row + TextSymbols.BOUNDARY];
        if (row < 0) {
          row = ~row;
          long found = found(row, best, seen, codeClass, codeSubject, codeDetail, reply, host1, host2);
          best = (int) (found >>> 32);
          seen = found & SEEN_MASK | seen;
          if (best == firstPhraseRule) {
            return best;
          }
        }
      }
      if (!(space && previousSpace)) {
        row = next[row + (info & PhraseAutomaton.SYMBOL)];
        if (row < 0) {
          row = ~row;
          long found = found(row, best, seen, codeClass, codeSubject, codeDetail, reply, host1, host2);
          best = (int) (found >>> 32);
          seen = found & SEEN_MASK | seen;
          if (best == firstPhraseRule) {
            return best;
          }
        }
      }
      previousWord = word;
      previousSpace = space;
    }
    if (previousWord) {
      row = next[row + TextSymbols.BOUNDARY];
      if (row < 0) {
        long found = found(~row, best, seen, codeClass, codeSubject, codeDetail, reply, host1, host2);
        best = (int) (found >>> 32);
        seen = found & SEEN_MASK | seen;
      }
    }
    for (int c = 0; c < compoundRules.length && compoundRules[c] < best; c++) {
      int r = compoundRules[c];
      if ((seen & compoundMask[c]) == compoundMask[c] && matches(r, codeClass, codeSubject, codeDetail, reply, host1, host2)) {
        return r;
      }
    }
    return best;
  }

  private static final long SEEN_MASK = 0xffffffffL;

  /** The symbol and flags of a character outside ASCII (see {@link PhraseAutomaton#ascii}). */
  private static int nonAscii(char c) {
    if (TextSymbols.isSpace(c)) {
      return TextSymbols.SPACE | PhraseAutomaton.SPACE;
    }
    return Character.isLetterOrDigit(c) ? TextSymbols.OTHER_WORD | PhraseAutomaton.WORD : TextSymbols.OTHER;
  }

  /**
   * The phrases ending in the state of this row: the new best rule in the high 32 bits, the tracked
   * phrases seen (of rules with several phrases) in the low 32 bits.
   */
  private long found(int row, int best, long seen, int codeClass, int codeSubject, int codeDetail, int reply,
      CharSequence host1, CharSequence host2) {
    int state = row / automaton.symbolCount;
    int[] outputStart = automaton.outputStart;
    int[] outputPhrase = automaton.outputPhrase;
    for (int o = outputStart[state], end = outputStart[state + 1]; o < end; o++) {
      int phrase = outputPhrase[o];
      if (trackedBit[phrase] >= 0) {
        seen |= 1L << trackedBit[phrase];
      }
      for (int r : phraseRules[phrase]) {
        if (r >= best) {
          break;
        }
        if (matches(r, codeClass, codeSubject, codeDetail, reply, host1, host2)) {
          best = r;
          break;
        }
      }
    }
    return ((long) best << 32) | (seen & SEEN_MASK);
  }

  private boolean matches(int r, int codeClass, int codeSubject, int codeDetail, int reply, CharSequence host1,
      CharSequence host2) {
    int mask = classMask[r];
    if (mask != 0 && ((mask & (1 << codeClass)) == 0 || codeSubject < 0
        || (subject[r] >= 0 && subject[r] != codeSubject) || codeDetail < detailLow[r] || codeDetail > detailHigh[r])) {
      return false;
    }
    if (replyLow[r] != 0 && (reply < replyLow[r] || reply > replyHigh[r])) {
      return false;
    }
    String suffix = host[r];
    return suffix == null || (host1 != null && Conditions.hostMatches(host1, suffix))
        || (host2 != null && Conditions.hostMatches(host2, suffix));
  }

  private static int[] toArray(List<Integer> list) {
    return list.stream().mapToInt(Integer::intValue).toArray();
  }

  @Override
  public String toString() {
    return rules.size() + " rules, " + phraseRules.length + " phrases, " + stateCount() + " automaton states, alphabet "
        + Arrays.toString(alphabet.toCharArray());
  }
}
