package io.github.smtpstatus.codegen.rules.model;

import java.util.List;
import java.util.Objects;

/**
 * One validated classification rule as read from a rules file. Text fields are {@code null} when the
 * file leaves them empty.
 *
 * @param file the rules file as messages name it
 * @param line the 1-based line of its row
 * @param code the code condition, or {@code null}
 * @param reply the reply code condition, or {@code null}
 * @param phrases the phrases as written, all of which the text must contain; empty for none
 * @param normalizedPhrases the phrases as the automaton reads them (see {@code PhraseNormalizer})
 * @param host the host suffix in lower case, or {@code null}
 * @param reason the reason's name, one of the taxonomy's
 * @param provider the provider, or {@code null}
 * @param meaning the provider's meaning, or {@code null}
 * @param label the author's label, or {@code null}
 * @param source the public source URL, or {@code null}
 */
public record Rule(String file, int line, CodeCondition code, ReplyCondition reply, List<String> phrases,
    List<String> normalizedPhrases, String host, String reason, String provider, String meaning, String label,
    String source) {

  /**
   * Copies the phrase lists and rejects a rule without a condition.
   *
   * @param file the rules file as messages name it
   * @param line the 1-based line of its row
   * @param code the code condition, or {@code null}
   * @param reply the reply code condition, or {@code null}
   * @param phrases the phrases as written, all of which the text must contain; empty for none
   * @param normalizedPhrases the phrases as the automaton reads them (see {@code PhraseNormalizer})
   * @param host the host suffix in lower case, or {@code null}
   * @param reason the reason's name, one of the taxonomy's
   * @param provider the provider, or {@code null}
   * @param meaning the provider's meaning, or {@code null}
   * @param label the author's label, or {@code null}
   * @param source the public source URL, or {@code null}
   * @throws NullPointerException if {@code file}, {@code reason} or a phrase list is {@code null}
   * @throws IllegalArgumentException if the two phrase lists differ in size, or the rule has no code,
   *     reply, phrase or host condition
   */
  public Rule {
    Objects.requireNonNull(file, "file == null");
    Objects.requireNonNull(reason, "reason == null");
    phrases = List.copyOf(phrases);
    normalizedPhrases = List.copyOf(normalizedPhrases);
    if (phrases.size() != normalizedPhrases.size()) {
      throw new IllegalArgumentException("phrases and normalized phrases differ in number");
    }
    if (code == null && reply == null && phrases.isEmpty() && host == null) {
      throw new IllegalArgumentException("a rule needs a condition");
    }
  }

  /** {@return {@code file:line}, how results and messages name the rule} */
  public String origin() {
    return file + ":" + line;
  }

  /**
   * {@return whether this rule matches every failure {@code other} matches, so that {@code other}, tried
   * after it, could never decide}
   *
   * @param other a rule tried after this one
   */
  public boolean covers(Rule other) {
    return (code == null || (other.code != null && other.code.within(code)))
        && (reply == null || (other.reply != null && other.reply.within(reply)))
        && normalizedPhrases.stream().allMatch(mine -> other.normalizedPhrases.stream().anyMatch(theirs -> theirs.contains(mine)))
        && (host == null || (other.host != null && (other.host.equals(host) || other.host.endsWith("." + host))));
  }
}
