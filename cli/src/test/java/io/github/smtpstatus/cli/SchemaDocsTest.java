package io.github.smtpstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpstatus.cli.bounces.BounceResult;
import io.github.smtpstatus.cli.output.Schema;
import io.github.smtpstatus.cli.scan.ScanResult;
import io.github.smtpstatus.cli.summary.SummaryWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** docs/CLI.md documents every field of every record, with its type, in output order. */
class SchemaDocsTest {

  static final Path DOCS = Path.of("..", "docs", "CLI.md");

  static Stream<Schema<?>> schemas() {
    return Stream.of(ScanResult.SCHEMA, ScanResult.FINDING, BounceResult.SCHEMA, BounceResult.FINDING,
        Explanation.SCHEMA, SummaryWriter.SCHEMA,
        RegistryRow.SCHEMA, RegistryRow.REFERENCE);
  }

  /** The rows "| `name` | type | ..." of the table under the heading "### `schema` records". */
  static List<String> documented(String schema) throws IOException {
    List<String> lines = Files.readAllLines(DOCS, StandardCharsets.UTF_8);
    int heading = lines.indexOf("### `" + schema + "` records");
    assertThat(heading).as("heading \"### `%s` records\" in %s", schema, DOCS).isNotNegative();
    List<String> fields = new ArrayList<>();
    int i = heading + 1;
    while (i < lines.size() && !lines.get(i).startsWith("| field ")) {
      i++;
    }
    for (i += 2; i < lines.size() && lines.get(i).startsWith("| `"); i++) {
      String[] cells = lines.get(i).split("\\|");
      fields.add(cells[1].strip() + " " + cells[2].strip());
    }
    return fields;
  }

  @ParameterizedTest
  @MethodSource("schemas")
  void everyFieldIsDocumentedWithItsTypeInOrder(Schema<?> schema) throws IOException {
    List<String> expected = new ArrayList<>();
    for (Schema.Field<?> field : schema.fields()) {
      expected.add("`" + field.name() + "` " + field.type().documented());
    }
    assertThat(documented(schema.name())).as("fields of %s in %s", schema.name(), DOCS)
        .containsExactlyElementsOf(expected);
  }
}
