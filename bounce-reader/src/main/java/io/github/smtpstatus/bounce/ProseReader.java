package io.github.smtpstatus.bounce;

import io.github.smtpstatus.QuotedReply;
import io.github.smtpstatus.SmtpReply;
import io.github.smtpstatus.StatusCode;
import io.github.smtpstatus.StatusCodes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Recipients and their replies from the text of a bounce without a report part.
 *
 * <p>The text is the bounce's {@code text/plain} parts (its {@code text/html} parts, as text, when it has
 * none), cut where the returned message starts ({@link OriginalMarkers}). In it:
 *
 * <ol>
 *   <li><b>Recipients</b>: the addresses of {@code X-Failed-Recipients} (Exim, Gmail) when present; else
 *       the addresses that start a line ({@code <user@example.com>:} of qmail and Postfix,
 *       {@code   user@example.com} of Exim and Gmail, {@code user@example.com on <date>} of Exchange),
 *       follow {@code RCPT TO:}, or are written as Sendmail names recipients ({@code <user@example.com>...});
 *       else every address in the text except the bounce's own {@code From}, {@code To} and
 *       {@code Reply-To} (the original sender) and those after {@code MAIL FROM:}, keeping only those
 *       the text gives evidence for when any has some. {@code mailer-daemon} addresses never count.
 *   <li><b>Replies</b>: every reply quoted in the text ({@link ProseReplies#findAll}), and every status code
 *       written outside them ({@code (#5.1.1)}); the first {@link BounceReader.Builder#maxReplies} of them
 *       in all.
 *   <li><b>Pairing</b>: a reply that names exactly one recipient (in its text, or in an
 *       {@code RCPT TO:<...>} on the line before it) belongs to that recipient; any other belongs to the
 *       recipient whose part of the text it stands in, from the recipient's first mention to the next
 *       recipient's; with one recipient, the whole text is its part.
 * </ol>
 */
final class ProseReader {

  private ProseReader() {}

  /** What the text gives: the recipients, the returned message's header when inlined, and whether it reads as a failure. */
  record Prose(List<RecipientResult> recipients, OriginalMessage inlined, boolean failureQuoted) {}

  /** The bounce's text, cut where the returned message starts, and that message's header when inlined. */
  record Text(String text, OriginalMessage inlined) {}

  static Text text(MimeContent content, BounceReader.Settings settings) {
    StringBuilder bounceText = new StringBuilder();
    OriginalMessage inlined = null;
    boolean html = !content.hasPart("text/plain");
    boolean first = true;
    for (MimeContent.Part part : content.parts) {
      if (!(part.is("text/plain") || (html && part.is("text/html")))) {
        continue;
      }
      String text = unquoted(part.is("text/html") ? Html.toText(part.text()) : part.text());
      if (!first && OriginalMarkers.isHeaderBlock(text)) {
        inlined = OriginalHeaders.fromText(text, settings.mimeConfig()); // a later part holding the returned header
        break;
      }
      first = false;
      int cut = OriginalMarkers.start(text);
      bounceText.append(cut < 0 ? text : text.substring(0, cut)).append('\n');
      if (cut >= 0) {
        inlined = OriginalHeaders.fromText(text.substring(OriginalMarkers.contentStart(text, cut)),
            settings.mimeConfig());
        break;
      }
    }
    return new Text(bounceText.toString(), inlined);
  }

  /**
   * A text most of whose lines are quoted with {@code >} (a bounce forwarded by a person) without one
   * level of quoting; any other text as it is. A Sendmail transcript's {@code >>> RCPT TO} lines are a
   * few among many, so they stay.
   */
  static String unquoted(String text) {
    int lines = 0;
    int quoted = 0;
    int start = 0;
    int n = text.length();
    while (start < n) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? n : end;
      if (end - start > 1 || (end - start == 1 && text.charAt(start) != '\r')) {
        lines++;
        quoted += text.charAt(start) == '>' ? 1 : 0;
      }
      start = end + 1;
    }
    if (quoted * 2 <= lines) {
      return text;
    }
    StringBuilder out = new StringBuilder(n);
    start = 0;
    while (start < n) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? n : end + 1;
      int from = start;
      if (from < end && text.charAt(from) == '>') {
        from++;
        if (from < end && text.charAt(from) == ' ') {
          from++;
        }
      }
      out.append(text, from, end);
      start = end;
    }
    return out.toString();
  }

  /** What the text quotes for each of the given recipients (by lower-case address). */
  static Map<String, List<StatusCandidate>> evidence(String text, List<String> recipients,
      BounceReader.Settings settings, List<BounceFinding> findings) {
    int max = settings.maxReplies();
    return pair(text, recipients, ProseReplies.findAll(text, max + 1), max, findings);
  }

  /**
   * Each recipient's part of the text (by lower-case address): from its first mention to the next
   * recipient's first mention; with one recipient, the whole text. A recipient the text does not mention
   * has no part.
   */
  static Map<String, String> parts(String text, List<String> recipients) {
    Map<String, String> parts = new LinkedHashMap<>();
    if (recipients.size() == 1) {
      parts.put(recipients.get(0).toLowerCase(Locale.ROOT), text);
      return parts;
    }
    Set<String> keys = new HashSet<>();
    recipients.forEach(recipient -> keys.add(recipient.toLowerCase(Locale.ROOT)));
    Map<String, Integer> mentioned = new LinkedHashMap<>();
    for (Addresses.Found found : Addresses.find(text, 0, text.length())) {
      if (keys.contains(found.key())) {
        mentioned.putIfAbsent(found.key(), found.start());
      }
    }
    List<Map.Entry<String, Integer>> sorted = new ArrayList<>(mentioned.entrySet());
    sorted.sort(Map.Entry.comparingByValue());
    for (int i = 0; i < sorted.size(); i++) {
      int end = i + 1 < sorted.size() ? sorted.get(i + 1).getValue() : text.length();
      parts.put(sorted.get(i).getKey(), text.substring(sorted.get(i).getValue(), end));
    }
    return parts;
  }

  static Prose read(MimeContent content, BounceReader.Settings settings, List<BounceFinding> findings) {
    return read(content, text(content, settings), settings, findings);
  }

  static Prose read(MimeContent content, Text bounce, BounceReader.Settings settings, List<BounceFinding> findings) {
    String text = bounce.text();
    OriginalMessage inlined = bounce.inlined();
    Set<String> excluded = excluded(content);
    Named named = recipients(content, text, excluded);
    List<String> recipients = named.addresses();
    if (recipients.size() > settings.maxRecipients()) {
      findings.add(BounceFinding.limit(Limit.RECIPIENTS, "the bounce names more than " + settings.maxRecipients()
          + " recipients; the rest were dropped"));
      recipients = recipients.subList(0, settings.maxRecipients());
    }
    List<ProseReplies.Found> replies = ProseReplies.findAll(text, settings.maxReplies() + 1);
    boolean failure = false;
    for (ProseReplies.Found quoted : replies) {
      failure |= quoted.reply().code() >= 400;
    }
    Map<String, List<StatusCandidate>> evidence = pair(text, recipients, replies, settings.maxReplies(), findings);
    if (named.fromRunningText() && evidence.values().stream().anyMatch(list -> !list.isEmpty())) {
      // Addresses in running text that the bounce says nothing about are not the ones that failed.
      recipients = recipients.stream().filter(r -> !evidence.get(r.toLowerCase(Locale.ROOT)).isEmpty()).toList();
    }
    List<RecipientResult> results = new ArrayList<>(recipients.size());
    for (String recipient : recipients) {
      List<StatusCandidate> candidates = evidence.get(recipient.toLowerCase(Locale.ROOT));
      StatusRule.Choice choice = StatusRule.forProse(candidates);
      failure |= choice.chosen() != null && !choice.chosen().code().orElseThrow().isSuccess();
      results.add(new RecipientResult(recipient, "", null, null, choice.chosen(), choice.reply(), null, null, null,
          candidates, List.of()));
    }
    return new Prose(results, inlined, failure);
  }

  /** The bounce's own addresses: whoever it is from and to is not a failed recipient. */
  private static Set<String> excluded(MimeContent content) {
    Set<String> excluded = new HashSet<>();
    for (String name : new String[] {"from", "to", "reply-to"}) {
      for (String value : content.headers(name)) {
        for (Addresses.Found found : Addresses.find(value, 0, value.length())) {
          excluded.add(found.key());
        }
      }
    }
    return excluded;
  }

  /** The recipients, and whether they were taken from running text (then only those with evidence are kept). */
  private record Named(List<String> addresses, boolean fromRunningText) {}

  private static Named recipients(MimeContent content, String text, Set<String> excluded) {
    Map<String, String> recipients = new LinkedHashMap<>();
    for (String value : content.headers("x-failed-recipients")) {
      for (Addresses.Found found : Addresses.find(value, 0, value.length())) {
        recipients.putIfAbsent(found.key(), found.address());
      }
    }
    if (!recipients.isEmpty()) {
      return new Named(new ArrayList<>(recipients.values()), false);
    }
    List<Addresses.Found> all = Addresses.find(text, 0, text.length());
    Set<String> senders = new HashSet<>(excluded);
    for (Addresses.Found found : all) {
      if (after(text, found.start(), "mail from:")) {
        senders.add(found.key());
      }
    }
    for (Addresses.Found found : all) {
      if ((startsLine(text, found) || after(text, found.start(), "rcpt to:") || sendmailNotation(text, found))
          && !isDaemon(found)) {
        recipients.putIfAbsent(found.key(), found.address());
      }
    }
    if (!recipients.isEmpty()) {
      return new Named(new ArrayList<>(recipients.values()), false);
    }
    for (Addresses.Found found : all) {
      if (!senders.contains(found.key()) && !isDaemon(found)) {
        recipients.putIfAbsent(found.key(), found.address());
      }
    }
    return new Named(new ArrayList<>(recipients.values()), true);
  }

  /** Sendmail's way of naming a recipient in its replies: {@code 550 <user@example.com>... User unknown}. */
  private static boolean sendmailNotation(String text, Addresses.Found found) {
    return found.start() > 0 && text.charAt(found.start() - 1) == '<' && text.startsWith(">...", found.end());
  }

  private static boolean isDaemon(Addresses.Found found) {
    return found.key().startsWith("mailer-daemon@");
  }

  /** Whether {@code words} (lower case), then optional spaces and {@code <}, stand just before {@code start}. */
  private static boolean after(String text, int start, String words) {
    int i = start - 1;
    if (i >= 0 && text.charAt(i) == '<') {
      i--;
    }
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    int from = i + 1 - words.length();
    return from >= 0 && text.regionMatches(true, from, words, 0, words.length());
  }

  /** Whether only white space, quoting {@code >} and an opening {@code <} or quote stand before the address on its line. */
  private static boolean startsLine(String text, Addresses.Found found) {
    int i = found.start() - 1;
    if (i >= 0 && (text.charAt(i) == '<' || text.charAt(i) == '"')) {
      i--;
    }
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '>')) {
      i--;
    }
    return i < 0 || text.charAt(i) == '\n';
  }

  /**
   * Pairs the replies and the codes written outside them with the recipients, at most {@code max} of
   * them in all ({@link Limit#REPLIES}, reported once in {@code findings} when one more was there).
   */
  private static Map<String, List<StatusCandidate>> pair(String text, List<String> recipients,
      List<ProseReplies.Found> replies, int max, List<BounceFinding> findings) {
    Map<String, List<StatusCandidate>> evidence = new LinkedHashMap<>();
    Map<String, Integer> mentioned = new LinkedHashMap<>();
    Set<String> keys = new HashSet<>();
    for (String recipient : recipients) {
      String key = recipient.toLowerCase(Locale.ROOT);
      keys.add(key);
      evidence.put(key, new ArrayList<>(2));
    }
    for (Addresses.Found found : Addresses.find(text, 0, text.length())) {
      if (keys.contains(found.key())) {
        mentioned.putIfAbsent(found.key(), found.start());
      }
    }
    boolean dropped = replies.size() > max;
    if (dropped) {
      replies = replies.subList(0, max);
    }
    Parts firstMention = new Parts(mentioned);
    boolean single = recipients.size() == 1;
    for (ProseReplies.Found quoted : replies) {
      String owner = single ? keys.iterator().next() : named(text, quoted, keys);
      if (owner == null) {
        owner = firstMention.owner(quoted.start());
      }
      if (owner != null) {
        addReply(evidence.get(owner), quoted.quoted());
      }
    }
    // Codes written outside the replies ("(#5.1.1)", "Status: 5.1.1"), in the recipient's part.
    Budget budget = new Budget(max - replies.size());
    int previous = 0;
    for (ProseReplies.Found quoted : replies) {
      addCodes(text, previous, quoted.start(), single, keys, firstMention, evidence, budget);
      previous = Math.max(previous, quoted.end());
    }
    addCodes(text, previous, text.length(), single, keys, firstMention, evidence, budget);
    if (dropped || budget.refused) {
      findings.add(BounceFinding.limit(Limit.REPLIES, "the text quotes at least " + max
          + " replies and status codes; those after the first " + max + " were not read"));
    }
    return evidence;
  }

  /**
   * A reply's candidates. The reply's own one keeps, after the reply, the command it answered where the
   * prose says so, in Postfix's words ({@code (in reply to end of DATA command)}): the classification
   * rules tell a filter after the message from a dead address by it.
   */
  private static void addReply(List<StatusCandidate> candidates, QuotedReply quoted) {
    String asQuoted = quoted.reply().toString() + quoted.command().map(command -> " (in reply to " + switch (command) {
      case MAIL -> "MAIL FROM";
      case RCPT -> "RCPT TO";
      case END_OF_DATA -> "end of DATA";
      default -> command.name();
    } + " command)").orElse("");
    SmtpReply reply = quoted.reply();
    SmtpReply nested = ProseReplies.nested(quoted);
    if (nested != null) {
      candidates.add(new StatusCandidate(Evidence.PROSE, ProseReplies.code(nested), nested,
          nested.toString()));
    }
    candidates.add(new StatusCandidate(Evidence.PROSE, ProseReplies.code(reply), reply, asQuoted));
  }

  /** Codes written outside the replies, each attributed by the line it stands on, while the budget lasts. */
  private static void addCodes(String text, int from, int to, boolean single, Set<String> keys,
      Parts firstMention, Map<String, List<StatusCandidate>> evidence, Budget budget) {
    int line = from;
    while (line < to && !budget.refused) {
      int end = text.indexOf('\n', line);
      if (end < 0 || end > to) {
        end = to;
      }
      String lineText = text.substring(line, end);
      List<StatusCode> codes = lineText.indexOf('.') < 0 ? List.of() : StatusCodes.findAll(lineText);
      String owner = codes.isEmpty() ? null : single ? keys.iterator().next() : firstMention.owner(line);
      if (owner != null) {
        for (StatusCode code : codes) {
          if (!budget.take()) {
            break;
          }
          evidence.get(owner).add(new StatusCandidate(Evidence.PROSE, code, null, lineText.strip()));
        }
      }
      line = end + 1;
    }
  }

  /** What is left of {@link Limit#REPLIES} for the codes of one text, and whether a code was refused for want of it. */
  private static final class Budget {
    private int left;
    private boolean refused;

    Budget(int left) {
      this.left = left;
    }

    /** Takes one, or, when none is left, notes the refusal and returns false. */
    boolean take() {
      if (left == 0) {
        refused = true;
        return false;
      }
      left--;
      return true;
    }
  }

  /** The recipient a reply names: in its own text, or in {@code RCPT TO:<...>} just before it; null unless exactly one. */
  private static String named(String text, ProseReplies.Found quoted, Set<String> keys) {
    int lineBefore = text.lastIndexOf('\n', Math.max(0, text.lastIndexOf('\n', quoted.start()) - 1));
    int from = Math.max(0, Math.max(lineBefore, quoted.start() - 300));
    String owner = null;
    for (Addresses.Found found : Addresses.find(text, from, quoted.end())) {
      if (keys.contains(found.key())) {
        if (owner != null && !owner.equals(found.key())) {
          return null;
        }
        owner = found.key();
      }
    }
    return owner;
  }

  /**
   * The recipients' parts of the text, each from its first mention to the next recipient's: the owner
   * of an index is found by binary search, so pairing stays linear in the text whatever the count.
   */
  private static final class Parts {
    private final int[] starts;
    private final String[] owners;

    Parts(Map<String, Integer> firstMention) {
      List<Map.Entry<String, Integer>> sorted = new ArrayList<>(firstMention.entrySet());
      sorted.sort(Map.Entry.comparingByValue());
      starts = new int[sorted.size()];
      owners = new String[sorted.size()];
      for (int i = 0; i < starts.length; i++) {
        starts[i] = sorted.get(i).getValue();
        owners[i] = sorted.get(i).getKey();
      }
    }

    /** The recipient first mentioned last at or before {@code index}, or null before every mention. */
    String owner(int index) {
      int found = java.util.Arrays.binarySearch(starts, index);
      int at = found >= 0 ? found : -found - 2;
      return at < 0 ? null : owners[at];
    }
  }
}
