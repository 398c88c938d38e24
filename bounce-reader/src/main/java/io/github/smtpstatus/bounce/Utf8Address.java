package io.github.smtpstatus.bounce;

/**
 * The {@code utf-8} address type of RFC 6533 section 3: in a {@code message/delivery-status} part, a
 * non-ASCII character of the address is written {@code \x{HEXPOINT}} (utf-8-addr-xtext); in a
 * {@code message/global-delivery-status} part the address is plain UTF-8 (utf-8-addr-unitext), which
 * may still use the escape. Both read to the same address. An escape that is not a Unicode scalar value
 * (empty, a surrogate, above U+10FFFF) is kept as written.
 */
final class Utf8Address {

  private Utf8Address() {}

  static String decode(String address) {
    if (address.indexOf("\\x{") < 0) {
      return address;
    }
    StringBuilder out = new StringBuilder(address.length());
    int i = 0;
    while (i < address.length()) {
      if (address.startsWith("\\x{", i)) {
        int close = address.indexOf('}', i + 3);
        int point = close < 0 || close - i - 3 < 1 || close - i - 3 > 6 ? -1 : hex(address, i + 3, close);
        if (point >= 0 && Character.isValidCodePoint(point) && (point < 0xD800 || point > 0xDFFF)) {
          out.appendCodePoint(point);
          i = close + 1;
          continue;
        }
      }
      out.append(address.charAt(i++));
    }
    return out.toString();
  }

  private static int hex(String s, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      int digit = Character.digit(s.charAt(i), 16);
      if (digit < 0 || s.charAt(i) > 'f') {
        return -1;
      }
      value = value * 16 + digit;
    }
    return value;
  }
}
