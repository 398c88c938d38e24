package io.github.smtpstatus.log;

/**
 * The prefix of a log line, as {@link MailLogReader} describes the accepted forms: where its time stamp,
 * host, tag and process id stand (start and end, -1 when absent), and where the message starts. A line
 * with no prefix it knows is all message. Offsets, not strings: an entry makes a string only when asked.
 */
record LogPrefix(int[] bounds, int message) {

  static final int TIMESTAMP = 0;
  static final int HOST = 2;
  static final int PROCESS = 4;
  static final int PID = 6;

  private static final int[] ABSENT = {-1, -1, -1, -1, -1, -1, -1, -1};

  private static LogPrefix of(int message, int... bounds) {
    return new LogPrefix(bounds, message);
  }

  /** Whether the tag starts with {@code prefix}; false without a tag. */
  boolean processStartsWith(String s, String prefix) {
    return bounds[PROCESS] >= 0 && s.startsWith(prefix, bounds[PROCESS]);
  }

  boolean hasProcess() {
    return bounds[PROCESS] >= 0;
  }

  static LogPrefix read(String s) {
    int p = 0;
    int n = s.length();
    if (p < n && s.charAt(p) == '<') {
      int close = digitsEnd(s, p + 1, 3);
      if (close > p + 1 && close < n && s.charAt(close) == '>') {
        p = close + 1;
        if (s.startsWith("1 ", p)) {
          LogPrefix rfc5424 = rfc5424(s, p + 2);
          if (rfc5424 != null) {
            return rfc5424;
          }
        }
      }
    }
    int stamp = rfc3164Stamp(s, p);
    if (stamp < 0) {
      stamp = isoStamp(s, p);
    }
    if (stamp > 0) {
      LogPrefix syslog = hostAndTag(s, p, stamp);
      if (syslog != null) {
        return syslog;
      }
    }
    int exim = eximStamp(s, p);
    if (exim > 0) {
      int message = skipSpaces(s, exim);
      int pidStart = -1;
      int pidEnd = -1;
      if (message < n && s.charAt(message) == '[') {
        int close = digitsEnd(s, message + 1, 10);
        if (close > message + 1 && close < n && s.charAt(close) == ']') {
          pidStart = message + 1;
          pidEnd = close;
          message = skipSpaces(s, close + 1);
        }
      }
      return of(message, p, exim, -1, -1, -1, -1, pidStart, pidEnd);
    }
    return new LogPrefix(ABSENT, p);
  }

  /** After the time stamp that ends at {@code stamp}: {@code host tag[pid]: }, else null. */
  private static LogPrefix hostAndTag(String s, int start, int stamp) {
    int n = s.length();
    int hostStart = skipSpaces(s, stamp);
    int hostEnd = tokenEnd(s, hostStart);
    if (hostEnd == hostStart || hostEnd >= n) {
      return null;
    }
    int tagStart = skipSpaces(s, hostEnd);
    int i = tagStart;
    while (i < n && s.charAt(i) != '[' && s.charAt(i) != ':' && s.charAt(i) != ' ') {
      i++;
    }
    if (i == tagStart || i >= n) {
      return null;
    }
    int tagEnd = i;
    int pidStart = -1;
    int pidEnd = -1;
    if (s.charAt(i) == '[') {
      int close = s.indexOf(']', i);
      if (close < 0 || close - i > 21) {
        return null;
      }
      pidStart = i + 1;
      pidEnd = close;
      i = close + 1;
    }
    if (i >= n || s.charAt(i) != ':') {
      return null;
    }
    int message = skipSpaces(s, i + 1);
    if (s.startsWith("exim", tagStart)) {
      int inner = eximStamp(s, message);
      if (inner > 0) {
        message = skipSpaces(s, inner);
      }
    }
    return of(message, start, stamp, hostStart, hostEnd, tagStart, tagEnd, pidStart, pidEnd);
  }

  /** RFC 5424 after {@code <PRI>1 }: TIMESTAMP HOSTNAME APP-NAME PROCID MSGID SD, else null. */
  private static LogPrefix rfc5424(String s, int p) {
    int[] tokens = new int[10];
    int at = p;
    for (int t = 0; t < 5; t++) {
      int end = tokenEnd(s, at);
      if (end == at || end >= s.length()) {
        return null;
      }
      tokens[2 * t] = at;
      tokens[2 * t + 1] = end;
      at = end + 1;
    }
    int message = structuredDataEnd(s, at);
    if (message < 0) {
      return null;
    }
    if (message < s.length() && s.charAt(message) == ' ') {
      message++;
    }
    if (message < s.length() && s.charAt(message) == '\uFEFF') {
      message++; // the BOM RFC 5424 puts before a UTF-8 MSG
    }
    for (int t = 0; t < 8; t += 2) {
      if (tokens[t + 1] - tokens[t] == 1 && s.charAt(tokens[t]) == '-') {
        tokens[t] = -1; // RFC 5424's NILVALUE
        tokens[t + 1] = -1;
      }
    }
    return of(message, tokens[0], tokens[1], tokens[2], tokens[3], tokens[4], tokens[5], tokens[6], tokens[7]);
  }

  /** The end of RFC 5424 STRUCTURED-DATA at {@code p}: {@code -} or one or more {@code [...]} with {@code \]} escapes. */
  private static int structuredDataEnd(String s, int p) {
    int n = s.length();
    if (p < n && s.charAt(p) == '-') {
      return p + 1;
    }
    int i = p;
    while (i < n && s.charAt(i) == '[') {
      i++;
      while (i < n && s.charAt(i) != ']') {
        i += s.charAt(i) == '\\' ? 2 : 1;
      }
      if (i >= n) {
        return -1;
      }
      i++;
    }
    return i == p ? -1 : i;
  }

  /** {@code Mmm dd hh:mm:ss[.frac]} at {@code p} (day padded with a space or a zero): its end, else -1. */
  private static int rfc3164Stamp(String s, int p) {
    int n = s.length();
    if (p + 15 > n || !isLetter(s.charAt(p)) || !isLetter(s.charAt(p + 1)) || !isLetter(s.charAt(p + 2))
        || s.charAt(p + 3) != ' ') {
      return -1;
    }
    int day = p + 4;
    if (s.charAt(day) == ' ') {
      day++;
    }
    int dayEnd = digitsEnd(s, day, 2);
    if (dayEnd == day || dayEnd >= n || s.charAt(dayEnd) != ' ') {
      return -1;
    }
    int end = timeEnd(s, dayEnd + 1);
    return end < 0 || (end < n && s.charAt(end) != ' ') ? -1 : end;
  }

  /** {@code yyyy-mm-ddThh:mm:ss[.frac][Z|±hh:mm|±hhmm]} at {@code p}: its end, else -1. */
  private static int isoStamp(String s, int p) {
    if (!date(s, p) || p + 10 >= s.length() || s.charAt(p + 10) != 'T') {
      return -1;
    }
    int end = timeEnd(s, p + 11);
    if (end < 0) {
      return -1;
    }
    int n = s.length();
    if (end < n && s.charAt(end) == 'Z') {
      end++;
    } else if (end < n && (s.charAt(end) == '+' || s.charAt(end) == '-')) {
      int h = digitsEnd(s, end + 1, 2);
      if (h != end + 3) {
        return -1;
      }
      end = h < n && s.charAt(h) == ':' ? h + 1 : h;
      int m = digitsEnd(s, end, 2);
      if (m != end + 2) {
        return -1;
      }
      end = m;
    }
    return end < n && s.charAt(end) == ' ' ? end : -1;
  }

  /** Exim's {@code yyyy-mm-dd hh:mm:ss[.mmm][ ±hhmm]} at {@code p}: its end, else -1. */
  static int eximStamp(String s, int p) {
    if (!date(s, p) || p + 10 >= s.length() || s.charAt(p + 10) != ' ') {
      return -1;
    }
    int end = timeEnd(s, p + 11);
    if (end < 0 || (end < s.length() && s.charAt(end) != ' ')) {
      return -1;
    }
    int zone = end + 1;
    if (zone + 5 <= s.length() && (s.charAt(zone) == '+' || s.charAt(zone) == '-')
        && digitsEnd(s, zone + 1, 4) == zone + 5 && (zone + 5 == s.length() || s.charAt(zone + 5) == ' ')) {
      end = zone + 5;
    }
    return end;
  }

  private static boolean date(String s, int p) {
    return p + 10 <= s.length() && digitsEnd(s, p, 4) == p + 4 && s.charAt(p + 4) == '-'
        && digitsEnd(s, p + 5, 2) == p + 7 && s.charAt(p + 7) == '-' && digitsEnd(s, p + 8, 2) == p + 10;
  }

  /** {@code hh:mm:ss[.frac]} at {@code p}: its end, else -1. */
  private static int timeEnd(String s, int p) {
    if (digitsEnd(s, p, 2) != p + 2 || p + 8 > s.length() || s.charAt(p + 2) != ':'
        || digitsEnd(s, p + 3, 2) != p + 5 || s.charAt(p + 5) != ':' || digitsEnd(s, p + 6, 2) != p + 8) {
      return -1;
    }
    int end = p + 8;
    if (end < s.length() && (s.charAt(end) == '.' || s.charAt(end) == ',')) {
      int frac = digitsEnd(s, end + 1, 9);
      if (frac > end + 1) {
        end = frac;
      }
    }
    return end;
  }

  /** The end of at most {@code max} ASCII digits from {@code p}. */
  static int digitsEnd(String s, int p, int max) {
    int i = p;
    while (i < s.length() && i - p < max && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  /** The next space from {@code p}, or the end: {@code String.indexOf}, which the JIT vectorizes, not a loop of {@code charAt}. */
  static int tokenEnd(String s, int p) {
    int space = s.indexOf(' ', p);
    return space < 0 ? s.length() : space;
  }

  static int skipSpaces(String s, int p) {
    int i = p;
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  private static boolean isLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }
}
