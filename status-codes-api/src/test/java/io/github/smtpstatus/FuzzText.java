package io.github.smtpstatus;

import java.nio.charset.StandardCharsets;

/**
 * Turns a fuzzer's bytes into text. Seed files are plain UTF-8 so that they stay readable; a first byte
 * of {@code 0xFF} (never valid UTF-8) makes the rest raw UTF-16BE code units, so that the fuzzer can
 * also reach every {@code char}, lone surrogates included.
 */
public final class FuzzText {

  private FuzzText() {}

  public static String decode(byte[] bytes) {
    if (bytes.length == 0 || bytes[0] != (byte) 0xFF) {
      return new String(bytes, StandardCharsets.UTF_8);
    }
    char[] chars = new char[(bytes.length - 1) / 2];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = (char) (((bytes[1 + 2 * i] & 0xff) << 8) | (bytes[2 + 2 * i] & 0xff));
    }
    return new String(chars);
  }
}
