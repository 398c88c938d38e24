package io.github.smtpstatus.codegen.read;

import io.github.smtpstatus.codegen.Problem;
import io.github.smtpstatus.codegen.RegistryFormatException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes an input as strict UTF-8: a byte-order mark is dropped, a malformed byte is an error. */
public final class TextDecoder {

  private TextDecoder() {}

  /**
   * Decodes the whole input.
   *
   * @param input the input
   * @return the text, without a byte-order mark
   * @throws RegistryFormatException naming the line and byte offset of the first malformed sequence
   */
  public static String decode(InputFile input) throws RegistryFormatException {
    byte[] bytes = input.bytesUnsafe();
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw malformed(input.name(), bytes, in.position());
    }
    result = decoder.flush(out);
    if (result.isError()) {
      throw malformed(input.name(), bytes, in.position());
    }
    out.flip();
    if (out.hasRemaining() && out.get(0) == '\uFEFF') {
      out.position(1);
    }
    return out.toString();
  }

  private static RegistryFormatException malformed(String name, byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
        line++;
      }
    }
    String reason = String.format("invalid UTF-8: byte 0x%02X at offset %d", bytes[offset] & 0xff, offset);
    return new RegistryFormatException(Problem.atLine(name, line, reason));
  }
}
