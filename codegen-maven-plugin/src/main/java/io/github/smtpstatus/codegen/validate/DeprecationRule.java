package io.github.smtpstatus.codegen.validate;

import io.github.smtpstatus.codegen.model.CodeKey;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the registry marks a row deprecated. IANA has no column for it; it writes it in the text, as for
 * X.6.10: "This is a duplicate of X.6.8 and is thus deprecated." So: a row is deprecated when its
 * sample text or description says "deprecated" or "obsolete"; its replacement is the code that follows
 * "duplicate of", "replaced by", "superseded by", "in favor of" or "use", when there is one.
 */
final class DeprecationRule {

  private static final Pattern DEPRECATED = Pattern.compile("(?i)\\b(deprecated|obsolete[ds]?)\\b");
  private static final Pattern REPLACEMENT = Pattern.compile(
      "(?i)\\b(?:duplicate of|replaced by|superseded by|in favou?r of|use)\\s+(?:code\\s+)?"
          + "X\\.([0-9]{1,3})\\.([0-9]{1,3})\\b");

  /**
   * What the rule concluded.
   *
   * @param deprecated whether the row is deprecated
   * @param replacement the code named as its replacement
   */
  record Verdict(boolean deprecated, Optional<CodeKey> replacement) {}

  private DeprecationRule() {}

  static Verdict inspect(String sampleText, String description) {
    String text = sampleText + " " + description;
    if (!DEPRECATED.matcher(text).find()) {
      return new Verdict(false, Optional.empty());
    }
    Matcher m = REPLACEMENT.matcher(text);
    if (m.find()) {
      return new Verdict(true, Optional.of(new CodeKey(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))));
    }
    return new Verdict(true, Optional.empty());
  }
}
