package io.github.smtpstatus.classify;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the rule tables the plugin generates (format {@value TextSymbols#FORMAT}): a pool of strings
 * and a stream of non-negative integers packed as ASCII text, in chunks that each fit a class-file
 * constant. Every value is checked, so a corrupt table fails here, not while classifying.
 *
 * <p>Each integer is written little-endian in base 32: every digit but the last from
 * {@value #MORE}, the last from {@value #LAST}. The stream holds the format, the counts (rules,
 * phrases, states, transitions, outputs), the alphabet's string index, then per rule: file, line,
 * class mask, subject + 1, lowest and highest detail, lowest and highest reply code, the number of
 * phrases and for each its automaton phrase and its text, host + 1, reason name, provider + 1,
 * meaning + 1, label + 1, source + 1 (all texts as string indexes, 0 for none where "+ 1"); then the
 * automaton: transition starts, (symbol, target) pairs, failure links, output starts, output phrases.
 */
final class RuleTables {

  static final String LAST = "0123456789abcdefghijklmnopqrstuv";
  static final String MORE = "ABCDEFGHIJKLMNOPQRSTUVWXYZ:;<=>?";

  private final String[] strings;
  private final String[] chunks;
  /** The total length of the chunks: no count can exceed it, which bounds what corrupt tables allocate. */
  private final long length;
  private int chunk;
  private int position;

  private RuleTables(String[] strings, String[] chunks) {
    this.strings = strings;
    this.chunks = chunks;
    long total = 0;
    for (String text : chunks) {
      total += text.length();
    }
    this.length = total;
  }

  /**
   * Decodes generated tables into a rule set.
   *
   * @throws IllegalArgumentException if the tables are inconsistent or of another format
   */
  static RuleSet decode(String[] strings, String[] chunks) {
    return new RuleTables(strings.clone(), chunks.clone()).read();
  }

  private RuleSet read() {
    int format = next();
    if (format != TextSymbols.FORMAT) {
      throw corrupt("format " + format + ", this library reads format " + TextSymbols.FORMAT
          + " (regenerate with the plugin of the same version)");
    }
    int ruleCount = count();
    int phraseCount = count();
    int stateCount = count();
    int transitionCount = count();
    int outputCount = count();
    String alphabet = string(next());
    List<ClassificationRule> rules = new ArrayList<>(ruleCount);
    int[][] rulePhrases = new int[ruleCount][];
    for (int r = 0; r < ruleCount; r++) {
      String origin = string(next()) + ":" + next();
      int[] code = {next(), next() - 1, next(), next()};
      int[] reply = {next(), next()};
      int phraseTotal = count();
      rulePhrases[r] = new int[phraseTotal];
      List<String> phrases = new ArrayList<>(phraseTotal);
      for (int p = 0; p < phraseTotal; p++) {
        rulePhrases[r][p] = next();
        phrases.add(string(next()));
      }
      String host = optionalString(next());
      String reasonName = string(next());
      BounceReason reason;
      try {
        reason = BounceReason.valueOf(reasonName);
      } catch (IllegalArgumentException e) {
        throw corrupt("rule " + origin + ": unknown reason " + reasonName);
      }
      checkConditions(origin, code, reply, phrases, host);
      rules.add(new ClassificationRule(origin, code[0] == 0 ? null : code, reply[0] == 0 ? null : reply, phrases, host,
          reason, optionalString(next()), optionalString(next()), optionalString(next()), optionalString(next())));
    }
    int[] transitionStart = ints(stateCount + 1);
    int[] transitionSymbol = new int[transitionCount];
    int[] transitionTarget = new int[transitionCount];
    for (int t = 0; t < transitionCount; t++) {
      transitionSymbol[t] = next();
      transitionTarget[t] = next();
    }
    int[] fail = ints(stateCount);
    int[] outputStart = ints(stateCount + 1);
    int[] outputPhrase = ints(outputCount);
    while (chunk < chunks.length && position == chunks[chunk].length()) {
      chunk++;
      position = 0;
    }
    if (chunk < chunks.length) {
      throw corrupt("data after the end of the tables");
    }
    SparseAutomaton sparse = new SparseAutomaton(TextSymbols.FIRST_CHAR + alphabet.length(), transitionStart,
        transitionSymbol, transitionTarget, fail, outputStart, outputPhrase);
    return new RuleSet(rules, rulePhrases, phraseCount, alphabet, sparse);
  }

  private static void checkConditions(String origin, int[] code, int[] reply, List<String> phrases, String host) {
    int mask = code[Conditions.MASK];
    int subject = code[Conditions.SUBJECT];
    int low = code[Conditions.LOW];
    int high = code[Conditions.HIGH];
    boolean validMask = mask == 0 || mask == Conditions.ANY_CLASS || mask == 1 << 2 || mask == 1 << 4 || mask == 1 << 5;
    boolean validCode = validMask && subject >= -1 && subject <= Conditions.MAX_NUMBER && low >= 0 && low <= high
        && high <= Conditions.MAX_NUMBER && (subject >= 0 || (low == 0 && high == Conditions.MAX_NUMBER))
        && (mask != 0 || subject == -1);
    boolean validReply = (reply[0] == 0 && reply[1] == 0) || (reply[0] >= 200 && reply[1] <= 599
        && (reply[0] == reply[1] || (reply[0] % 100 == 0 && reply[1] == reply[0] + 99)));
    if (!validCode || !validReply) {
      throw corrupt("rule " + origin + ": invalid code or reply code condition");
    }
    for (String phrase : phrases) {
      if (TextSymbols.phraseProblem(phrase) != null) {
        throw corrupt("rule " + origin + ": phrase " + phrase + " " + TextSymbols.phraseProblem(phrase));
      }
    }
    if (host != null && Conditions.hostProblem(host) != null) {
      throw corrupt("rule " + origin + ": host " + host + " " + Conditions.hostProblem(host));
    }
    if (mask == 0 && reply[0] == 0 && phrases.isEmpty() && host == null) {
      throw corrupt("rule " + origin + " has no condition");
    }
  }

  private int[] ints(int count) {
    if (count > length) {
      throw corrupt("a count of " + count + " in tables of " + length + " characters");
    }
    int[] values = new int[count];
    for (int i = 0; i < count; i++) {
      values[i] = next();
    }
    return values;
  }

  private int count() {
    int count = next();
    if (count > length) {
      throw corrupt("a count of " + count + " in tables of " + length + " characters");
    }
    return count;
  }

  private String string(int index) {
    if (index < 0 || index >= strings.length) {
      throw corrupt("string index " + index + " out of range");
    }
    return strings[index];
  }

  private String optionalString(int indexPlusOne) {
    return indexPlusOne == 0 ? null : string(indexPlusOne - 1);
  }

  private int next() {
    int value = 0;
    int shift = 0;
    while (true) {
      while (chunk < chunks.length && position == chunks[chunk].length()) {
        chunk++;
        position = 0;
      }
      if (chunk == chunks.length) {
        throw corrupt("the tables end early");
      }
      char c = chunks[chunk].charAt(position++);
      int last = LAST.indexOf(c);
      int digit = last >= 0 ? last : MORE.indexOf(c);
      if (digit < 0 || shift > 25) {
        throw corrupt("unexpected character '" + c + "' in chunk " + chunk);
      }
      value |= digit << shift;
      if (last >= 0) {
        return value;
      }
      shift += 5;
    }
  }

  private static IllegalArgumentException corrupt(String message) {
    return new IllegalArgumentException("corrupt classification rule tables: " + message);
  }
}
