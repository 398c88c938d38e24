package io.github.smtpstatus.cli.output;

import java.io.Writer;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes records as JSON Lines (one JSON object per line, UTF-8, {@code \n} after each) through
 * Jackson's streaming generator, which does all the quoting and escaping.
 *
 * <p>The JSON is ASCII: beyond what JSON requires (quote, backslash, U+0000 to U+001F), Jackson writes
 * every character above U+007E as a {@code \}{@code uXXXX} escape ({@code highestNonEscapedChar}, and
 * for DEL, which that setting leaves alone, a character-escape table), as Python's {@code json.dumps}
 * does by default. The JSON means the same text; and DEL, the C1 controls,
 * the line and paragraph separators and the bidirectional formatting characters, which
 * {@link TerminalText} escapes for people, cannot reach a terminal that prints the JSON either.
 */
public final class JsonLines {

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .highestNonEscapedChar(0x7e)
      .characterEscapes(new DelEscaped())
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
    List<Schema.Field<T>> fields = schema.fields();
    for (int i = 0; i < fields.size(); i++) {
      Schema.Field<T> field = fields.get(i);
      json.writeName(schema.jsonName(i));
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
        List<?> strings = (List<?>) value;
        json.writeStartArray();
        // Indexed: most lists are empty, and an iterator per field and record showed in profiles.
        for (int i = 0; i < strings.size(); i++) {
          json.writeString((String) strings.get(i));
        }
        json.writeEndArray();
      }
      case OBJECTS -> {
        List<?> objects = (List<?>) value;
        json.writeStartArray();
        for (int i = 0; i < objects.size(); i++) {
          writeObject(json, field.nested(), objects.get(i));
        }
        json.writeEndArray();
      }
    }
  }

  /** JSON's own escapes for ASCII, plus DEL; what lies above U+007E is escaped by {@code highestNonEscapedChar}. */
  private static final class DelEscaped extends CharacterEscapes {
    private static final long serialVersionUID = 1L;

    private final int[] ascii;

    DelEscaped() {
      ascii = CharacterEscapes.standardAsciiEscapesForJSON();
      ascii[0x7f] = CharacterEscapes.ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii.clone();
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return null;
    }
  }
}
