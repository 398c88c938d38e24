package io.github.smtpstatus.codegen.read;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 in lower-case hex, as {@code registry.properties} records it. */
public final class Sha256 {

  private Sha256() {}

  /**
   * {@return the SHA-256 of some bytes, in lower-case hex}
   *
   * @param bytes the bytes
   */
  public static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(digest().digest(bytes));
  }

  /**
   * {@return the SHA-256 of an input's bytes, in lower-case hex}
   *
   * @param input the input
   */
  public static String hex(InputFile input) {
    return hex(input.bytesUnsafe());
  }

  /** {@return a fresh SHA-256 digest} */
  public static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must support SHA-256", e);
    }
  }
}
