package io.github.smtpstatus.cli.output;

import java.io.Writer;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes records as JSON Lines (one JSON object per line, UTF-8, {@code \n} after each) through
 * Jackson's streaming generator, which does all the quoting and escaping.
 *
 * <p>Beyond what JSON requires (quote, backslash, U+0000 to U+001F), the generator also escapes as
 * {@code \}{@code uXXXX} what {@link TerminalText} escapes: DEL, the C1 controls, the line and
 * paragraph separators and the bidirectional formatting characters. The JSON means the same text, and
 * {@code smtp-status scan --json} printed on a terminal cannot drive it either.
 */
public final class JsonLines {

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .characterEscapes(new TerminalSafeEscapes())
      .rootValueSeparator((String) null)
      .build();

  private JsonLines() {}

  /**
   * A generator; closing it flushes and leaves {@code out} open.
   *
   * @param out where the JSON goes
   * @return the generator
   */
  public static JsonGenerator open(Writer out) {
    return FACTORY.createGenerator(ObjectWriteContext.empty(), out);
  }

  /**
   * Writes a record as one line: a JSON object of the schema's fields, then {@code \n}.
   *
   * @param <T> the record type
   * @param json the generator
   * @param schema the record's schema
   * @param record the record
   */
  public static <T> void write(JsonGenerator json, Schema<T> schema, T record) {
    writeObject(json, schema, record);
    json.writeRaw('\n');
  }

  private static <T> void writeObject(JsonGenerator json, Schema<T> schema, T record) {
    json.writeStartObject();
    for (Schema.Field<T> field : schema.fields()) {
      json.writeName(field.name());
      writeValue(json, field, field.value().apply(record));
    }
    json.writeEndObject();
  }

  private static <T> void writeValue(JsonGenerator json, Schema.Field<T> field, Object value) {
    if (value == null) {
      json.writeNull();
      return;
    }
    switch (field.type()) {
      case STRING -> json.writeString((String) value);
      case INTEGER -> json.writeNumber(((Number) value).longValue());
      case BOOLEAN -> json.writeBoolean((Boolean) value);
      case STRINGS -> {
        json.writeStartArray();
        for (Object each : (List<?>) value) {
          json.writeString((String) each);
        }
        json.writeEndArray();
      }
      case OBJECTS -> {
        json.writeStartArray();
        for (Object each : (List<?>) value) {
          writeObject(json, field.nested(), each);
        }
        json.writeEndArray();
      }
    }
  }

  /** JSON's own escapes plus the characters {@link TerminalText} escapes, all as {@code \}{@code uXXXX}. */
  private static final class TerminalSafeEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;

    private final int[] ascii;

    TerminalSafeEscapes() {
      ascii = CharacterEscapes.standardAsciiEscapesForJSON();
      ascii[0x7f] = CharacterEscapes.ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii.clone();
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if ((ch >= 0x80 && ch <= 0x9f) || (ch <= Character.MAX_VALUE && TerminalText.isReordering((char) ch))) {
        return new SerializedString(String.format("\\u%04X", ch));
      }
      return null;
    }
  }
}
