package io.github.smtpstatus.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpstatus.StatusCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The automaton against the rules' definition, written the slow and obvious way: normalize the whole
 * text, try every rule in order, test each phrase with {@code String.contains}. Over seeded random texts
 * made of the shipped phrases' pieces in mixed case, odd whitespace, punctuation and non-ASCII letters.
 */
class ReferenceClassifierTest {

  private static final Classifier STANDARD = Classifier.standard();

  /** The text normalized as the automaton reads it: boundaries, one space per run, other characters marked. */
  private static String normalize(CharSequence text) {
    StringBuilder out = new StringBuilder();
    boolean previousWord = false;
    boolean previousSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean word = TextSymbols.isWord(c);
      boolean space = TextSymbols.isSpace(c);
      if (word != previousWord) {
        out.append('\u0001');
      }
      if (!(space && previousSpace)) {
        out.append(space ? ' ' : c < 0x80 ? TextSymbols.fold(c) : word ? '\u0002' : '\u0003');
      }
      previousWord = word;
      previousSpace = space;
    }
    return previousWord ? out.append('\u0001').toString() : out.toString();
  }

  private static String reference(List<ClassificationRule> rules, StatusCode code, int reply, String text, String host) {
    String normalized = normalize(text);
    for (ClassificationRule rule : rules) {
      if (rule.code().isPresent() && (code == null || !codeMatches(rule, code))) {
        continue;
      }
      if (rule.replyCode().isPresent() && (reply < rule.replyLow() || reply > rule.replyHigh())) {
        continue;
      }
      if (rule.host().isPresent() && (host == null || !Conditions.hostMatches(host, rule.host().get()))) {
        continue;
      }
      if (rule.phrases().stream().allMatch(phrase -> normalized.contains(TextSymbols.normalize(phrase)))) {
        return rule.origin();
      }
    }
    return "no rule";
  }

  private static boolean codeMatches(ClassificationRule rule, StatusCode code) {
    return (rule.classMask() & (1 << code.statusClass().number())) != 0
        && (rule.subject() < 0 || rule.subject() == code.subject())
        && code.detail() >= rule.detailLow() && code.detail() <= rule.detailHigh();
  }

  private static String randomText(Random random, List<String> pieces) {
    String[] glue = {" ", "  ", "\r\n ", "\t", ": ", ", ", "-", "", "\u00a0", " \u00e9t\u00e9 ", "\u2028", "<", ">"};
    StringBuilder text = new StringBuilder();
    int parts = 1 + random.nextInt(8);
    for (int p = 0; p < parts; p++) {
      String piece = pieces.get(random.nextInt(pieces.size()));
      if (random.nextInt(4) == 0) {
        piece = piece.substring(0, random.nextInt(piece.length() + 1));
      }
      for (char c : piece.toCharArray()) {
        text.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
      }
      text.append(glue[random.nextInt(glue.length)]);
    }
    return text.toString();
  }

  private static List<String> pieces() {
    List<String> pieces = new ArrayList<>();
    for (ClassificationRule rule : STANDARD.rules()) {
      pieces.addAll(rule.phrases());
    }
    pieces.addAll(List.of("user", "unknown", "quota", "the", "550", "5.7.1", "[TSS0", "x-", "\u00fcser", "d\u00e9j\u00e0"));
    return pieces;
  }

  @Test
  void theAutomatonDecidesAsTheDefinitionOnTwentyThousandRandomTexts() {
    Random random = new Random(3463);
    List<String> pieces = pieces();
    String[] codes = {null, "5.1.1", "4.7.0", "5.7.1", "5.2.1", "5.0.0", "2.0.0", "5.7.606", "5.9.9"};
    int[] replies = {0, 250, 421, 450, 550, 552, 554};
    String[] hosts = {null, "mx.ezweb.ne.jp", "mta5.am0.yahoodns.net", "mx.icloud.com"};
    for (int i = 0; i < 20_000; i++) {
      String text = randomText(random, pieces);
      String code = codes[random.nextInt(codes.length)];
      StatusCode status = code == null ? null : StatusCode.parse(code);
      int reply = replies[random.nextInt(replies.length)];
      String host = hosts[random.nextInt(hosts.length)];

      assertThat(STANDARD.classify(status, reply, text, host).decidedBy())
          .as("%s %s %s \"%s\"", code, reply, host, text)
          .isEqualTo(reference(STANDARD.rules(), status, reply, text, host));
    }
  }

  @Test
  void threadsSharingTheClassifierGetWhatOneThreadGets() throws Exception {
    Random random = new Random(5321);
    List<String> pieces = pieces();
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      texts.add(randomText(random, pieces));
    }
    List<String> expected = texts.stream().map(text -> STANDARD.classify(null, 550, text, null).decidedBy()).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        results.add(pool.submit(() -> texts.stream().map(text -> STANDARD.classify(null, 550, text, null).decidedBy()).toList()));
      }
      for (Future<List<String>> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }
}
