package io.github.smtpstatus.bounce;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;

/**
 * Octets to text by the declared charset, with the repairs real bounces need: 8-bit octets under no
 * charset or {@code us-ascii}, an unknown charset name, octets that are not valid in the declared
 * charset. The fallback is UTF-8 when the octets are valid UTF-8, else windows-1252 (which maps every
 * octet, and is what mislabelled Latin-1 text almost always is). Each repair is a finding.
 */
final class TextDecoding {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoding() {}

  /** The text of {@code bytes[0, length)} in {@code declared} (null when none was given). */
  static String decode(byte[] bytes, int length, String declared, String what, List<BounceFinding> findings) {
    if (isAscii(bytes, length)) {
      // Every charset a bounce declares is an ASCII superset, except UTF-16/32, which no MTA writes.
      return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
    }
    Charset charset = lookup(declared);
    if (charset != null && !charset.equals(StandardCharsets.US_ASCII)) {
      String strict = strictDecode(bytes, length, charset);
      if (strict != null) {
        return strict;
      }
    }
    String utf8 = charset == StandardCharsets.UTF_8 ? null : strictDecode(bytes, length, StandardCharsets.UTF_8);
    String used = utf8 != null ? "UTF-8" : "windows-1252";
    String why = declared == null || declared.isBlank() ? "no charset is declared"
        : charset == null ? "its charset \"" + declared + "\" is unknown"
        : "its octets are not valid " + charset.name();
    findings.add(new BounceFinding(BounceFinding.Kind.CHARSET_REPAIRED, what + " holds 8-bit octets but " + why
        + "; read as " + used));
    if (utf8 != null) {
      return utf8;
    }
    return charset != null && charset != StandardCharsets.UTF_8 && charset != StandardCharsets.US_ASCII
        ? new String(bytes, 0, length, charset) : new String(bytes, 0, length, WINDOWS_1252);
  }

  /** Header octets: ASCII, else UTF-8 (RFC 6532), else windows-1252 with a finding. */
  static String header(byte[] bytes, int offset, int length, String name, List<BounceFinding> findings) {
    boolean ascii = true;
    for (int i = offset; i < offset + length; i++) {
      if (bytes[i] < 0) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
    }
    String utf8 = strictDecode(ByteBuffer.wrap(bytes, offset, length), StandardCharsets.UTF_8);
    if (utf8 != null) {
      return utf8;
    }
    findings.add(new BounceFinding(BounceFinding.Kind.EIGHT_BIT_HEADER, "the " + name
        + " header holds 8-bit octets that are not UTF-8; read as windows-1252"));
    return new String(bytes, offset, length, WINDOWS_1252);
  }

  static boolean isAscii(byte[] bytes, int length) {
    for (int i = 0; i < length; i++) {
      if (bytes[i] < 0) {
        return false;
      }
    }
    return true;
  }

  /** The JDK's charset of that name, or null when the name is missing, malformed or unsupported. */
  static Charset lookup(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String trimmed = name.strip();
    if (trimmed.length() >= 2 && trimmed.charAt(0) == '"' && trimmed.charAt(trimmed.length() - 1) == '"') {
      trimmed = trimmed.substring(1, trimmed.length() - 1);
    }
    try {
      return Charset.forName(trimmed.toLowerCase(Locale.ROOT));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static String strictDecode(byte[] bytes, int length, Charset charset) {
    return strictDecode(ByteBuffer.wrap(bytes, 0, length), charset);
  }

  private static String strictDecode(ByteBuffer bytes, Charset charset) {
    try {
      CharBuffer chars = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes);
      return chars.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
