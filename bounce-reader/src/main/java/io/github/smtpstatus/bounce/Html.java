package io.github.smtpstatus.bounce;

/**
 * The text of an HTML part, for bounces that send only HTML: tags dropped, block ends and line breaks
 * kept as line breaks, the common character references decoded. Linear, one pass.
 */
final class Html {

  private Html() {}

  static String toText(String html) {
    StringBuilder out = new StringBuilder(html.length());
    int n = html.length();
    int i = 0;
    while (i < n) {
      char c = html.charAt(i);
      if (c == '<') {
        int close = html.indexOf('>', i + 1);
        if (close < 0) {
          out.append(html, i, n); // no tag ends after this '<': the rest is text
          break;
        }
        if (breaksLine(html, i + 1, close)) {
          out.append('\n');
        }
        i = close + 1;
      } else if (c == '&') {
        int semicolon = i + 1;
        while (semicolon < n && semicolon - i <= 8 && html.charAt(semicolon) != ';') {
          semicolon++;
        }
        String decoded = semicolon < n && html.charAt(semicolon) == ';' && semicolon - i <= 8
            ? reference(html.substring(i + 1, semicolon)) : null;
        out.append(decoded == null ? "&" : decoded);
        i = decoded == null ? i + 1 : semicolon + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static boolean breaksLine(String html, int from, int to) {
    int i = from;
    if (i < to && html.charAt(i) == '/') {
      i++;
    }
    int end = i;
    while (end < to && Character.isLetterOrDigit(html.charAt(end))) {
      end++;
    }
    String tag = html.substring(i, end).toLowerCase(java.util.Locale.ROOT);
    return switch (tag) {
      case "br", "p", "div", "tr", "li", "table", "h1", "h2", "h3", "h4", "pre", "blockquote" -> true;
      default -> false;
    };
  }

  private static String reference(String name) {
    switch (name) {
      case "lt": return "<";
      case "gt": return ">";
      case "amp": return "&";
      case "quot": return "\"";
      case "apos": return "'";
      case "nbsp": return " ";
      default:
        if (name.length() > 1 && name.charAt(0) == '#') {
          try {
            int point = name.charAt(1) == 'x' || name.charAt(1) == 'X' ? Integer.parseInt(name.substring(2), 16)
                : Integer.parseInt(name.substring(1));
            return Character.isValidCodePoint(point) ? new String(Character.toChars(point)) : null;
          } catch (NumberFormatException e) {
            return null;
          }
        }
        return null;
    }
  }
}
