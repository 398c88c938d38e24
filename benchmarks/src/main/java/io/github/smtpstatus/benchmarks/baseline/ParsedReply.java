package io.github.smtpstatus.benchmarks.baseline;

import java.util.List;

/**
 * What the regex baseline parses an SMTP reply into.
 *
 * @param code the three-digit reply code
 * @param enhancedCode the last line's enhanced status code as written, or {@code null}
 * @param lines each line's text without reply code, separator, enhanced code and the spaces after it
 */
public record ParsedReply(int code, String enhancedCode, List<String> lines) {}
