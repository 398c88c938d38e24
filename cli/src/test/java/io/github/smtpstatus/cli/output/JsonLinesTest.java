package io.github.smtpstatus.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

class JsonLinesTest {

  record Item(String text, Integer number, Boolean flag, List<String> tags, List<Item> children) {}

  static final Schema<Item> CHILD = Schema.<Item>builder("child").string("text", "t", Item::text).build();
  static final Schema<Item> ITEM = Schema.<Item>builder("item")
      .string("text", "t", Item::text)
      .integer("number", "n", Item::number)
      .bool("flag", "f", Item::flag)
      .strings("tags", "g", Item::tags)
      .objects("children", "c", CHILD, Item::children, Item::text)
      .build();

  private static String json(Item... items) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = JsonLines.open(out)) {
      for (Item item : items) {
        JsonLines.write(json, ITEM, item);
      }
    }
    return out.toString();
  }

  @Test
  void writesOneObjectPerLineEndingInNewline() {
    assertThat(json(new Item("a", 1, true, List.of("x", "y"), List.of(new Item("c", null, null, null, null))),
        new Item(null, null, null, null, null)))
        .isEqualTo("{\"text\":\"a\",\"number\":1,\"flag\":true,\"tags\":[\"x\",\"y\"],\"children\":[{\"text\":\"c\"}]}\n"
            + "{\"text\":null,\"number\":null,\"flag\":null,\"tags\":null,\"children\":null}\n");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      ESC             | a\u001b[31mb  | "a\\u001B[31mb"
      BEL             | a\u0007b      | "a\\u0007b"
      DEL             | a\u007fb      | "a\\u007Fb"
      C1 CSI          | a\u009bb      | "a\\u009Bb"
      RLO             | a\u202eb      | "a\\u202Eb"
      quote and slash | a"b\\c        | "a\\"b\\\\c"
      letters too     | Zürich 日本    | "Z\\u00FCrich \\u65E5\\u672C"
      tilde kept      | a~b           | "a~b"
      """)
  void writesAsciiEscapingEveryCharacterAboveTilde(String what, String text, String expected) {
    assertThat(json(new Item(text, null, null, null, null))).startsWith("{\"text\":" + expected + ",");
  }

  // Not a row above: in a text block, javac takes U+2028 for a line end and warns of trailing white space.
  @Test
  void writesALineSeparatorEscaped() {
    assertThat(json(new Item("a\u2028b", null, null, null, null))).startsWith("{\"text\":\"a\\u2028b\",");
  }

  @Test
  void escapedOutputParsesBackToTheSameText() {
    String hostile = "x\u001b]0;title\u0007\u009b2J\u202e\u0000\t\n\"end";
    String line = json(new Item(hostile, null, null, null, null));
    try (JsonParser parser = JsonFactory.builder().build().createParser(
        tools.jackson.core.ObjectReadContext.empty(), line)) {
      assertThat(parser.nextToken()).isEqualTo(JsonToken.START_OBJECT);
      assertThat(parser.nextName()).isEqualTo("text");
      assertThat(parser.nextToken()).isEqualTo(JsonToken.VALUE_STRING);
      assertThat(parser.getString()).isEqualTo(hostile);
    }
    assertThat(line.substring(0, line.length() - 1)).doesNotContainPattern("[\\x00-\\x1f\\x7f-\\x9f\\u202e]");
  }
}
