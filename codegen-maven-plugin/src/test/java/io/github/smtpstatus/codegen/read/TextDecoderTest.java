package io.github.smtpstatus.codegen.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smtpstatus.codegen.Fixtures;
import io.github.smtpstatus.codegen.RegistryFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextDecoderTest {

  @Test
  void dropsAByteOrderMarkOnly() throws RegistryFormatException {
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xC3, (byte) 0xA9};

    assertThat(TextDecoder.decode(Fixtures.input("f", bytes))).isEqualTo("a\u00e9");
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', textBlock = """
      61 0A 62 0D 0A FF        | 3: invalid UTF-8: byte 0xFF at offset 5              | a stray byte on line 3
      61 0D 62 C3              | 2: invalid UTF-8: byte 0xC3 at offset 3              | a truncated sequence after a lone CR
      ED A0 80                 | 1: invalid UTF-8: byte 0xED at offset 0              | an encoded surrogate
      C0 AF                    | 1: invalid UTF-8: byte 0xC0 at offset 0              | an overlong slash
      """)
  void namesLineAndOffsetOfTheFirstMalformedByte(String hex, String message, String description) {
    String[] parts = hex.trim().split(" ");
    byte[] bytes = new byte[parts.length];
    for (int i = 0; i < parts.length; i++) {
      bytes[i] = (byte) Integer.parseInt(parts[i], 16);
    }

    assertThatThrownBy(() -> TextDecoder.decode(Fixtures.input("f", bytes))).hasMessage("f:" + message);
  }
}
