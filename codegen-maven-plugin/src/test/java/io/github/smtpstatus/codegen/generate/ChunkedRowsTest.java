package io.github.smtpstatus.codegen.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smtpstatus.codegen.Fixtures;
import io.github.smtpstatus.codegen.RegistryLoader;
import io.github.smtpstatus.codegen.Warnings;
import io.github.smtpstatus.codegen.model.EnumeratedCode;
import io.github.smtpstatus.codegen.model.SubCode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChunkedRowsTest {

  @TempDir
  Path dir;

  @Test
  void rowsFillAChunkUpToItsBudgetExactlyAndTheNextRowStartsANewOne() {
    int half = ChunkedRows.MAX_CHUNK_BYTES / 2;
    List<ChunkedRows.Row> rows = List.of(row("a", half, 1), row("b", half, 1), row("c", 1, 1));

    assertThat(ChunkedRows.chunks(rows)).extracting(chunk -> chunk.stream().map(ChunkedRows.Row::comment).toList())
        .containsExactly(List.of("a", "b"), List.of("c"));
  }

  @Test
  void theConstantPoolBudgetCutsChunksToo() {
    int half = ChunkedRows.MAX_CHUNK_CONSTANTS / 2;
    List<ChunkedRows.Row> rows = List.of(row("a", 1, half), row("b", 1, half), row("c", 1, 1), row("d", 1, half));

    assertThat(ChunkedRows.chunks(rows)).extracting(chunk -> chunk.stream().map(ChunkedRows.Row::comment).toList())
        .containsExactly(List.of("a", "b"), List.of("c", "d"));
  }

  @Test
  void aRowAtTheBudgetFitsAloneAndOneOverItIsRefused() {
    assertThat(ChunkedRows.chunks(List.of(row("full", ChunkedRows.MAX_CHUNK_BYTES, ChunkedRows.MAX_CHUNK_CONSTANTS))))
        .hasSize(1);
    assertThatThrownBy(() -> ChunkedRows.chunks(List.of(row("X.1.1 HUGE", ChunkedRows.MAX_CHUNK_BYTES + 1, 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("X.1.1 HUGE: 30001 bytes of bytecode and 1 constants are over the budget of one class");
    assertThatThrownBy(() -> ChunkedRows.chunks(List.of(row("X.1.1 HUGE", 1, ChunkedRows.MAX_CHUNK_CONSTANTS + 1))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * The estimates are what keeps every fill method and class within the JVM's limits, so they must
   * never count less than javac emits: checked against the compiled bundled registry, read with javap.
   */
  @Test
  void theEstimatesAreUpperBoundsOfTheBytecodeAndConstantsJavacEmits() throws Exception {
    RegistryLoader.Loaded bundled = new RegistryLoader(Warnings.IGNORE).load(Fixtures.bundledInputs());
    GenerationModel model = GenerationModel.of(bundled.registry(), bundled.names(), "estimates");
    assertThat(JavaTools.compile(dir, JavaTools.write(dir, RegistrySources.render(model)))).isEmpty();

    int codeBytes = 0;
    int codeConstants = 0;
    for (EnumeratedCode row : bundled.registry().codes()) {
      ChunkedRows.Row estimate = EnhancedStatusCodeGenerator.row(model, row);
      codeBytes += estimate.bytes();
      codeConstants += estimate.constants();
    }
    int subjectBytes = 0;
    int subjectConstants = 0;
    for (SubCode row : bundled.registry().subjects()) {
      ChunkedRows.Row estimate = SubCodeEnumGenerator.row(model.types(), row, bundled.names().ofSubject(row.number()));
      subjectBytes += estimate.bytes();
      subjectConstants += estimate.constants();
    }

    Compiled codes = javap("estimates.EnhancedStatusCode$Rows0");
    Compiled subjects = javap("estimates.StatusSubject$Rows0");
    assertThat(codeBytes).isGreaterThanOrEqualTo(codes.fillBytes()).isLessThan(3 * codes.fillBytes());
    assertThat(codeConstants).isGreaterThanOrEqualTo(codes.constants());
    assertThat(subjectBytes).isGreaterThanOrEqualTo(subjects.fillBytes()).isLessThan(3 * subjects.fillBytes());
    assertThat(subjectConstants).isGreaterThanOrEqualTo(subjects.constants());
  }

  @Test
  void anIntArrayLiteralCostsTwoInstructionsAndEightBytesAnElement() {
    assertThat(ChunkedRows.intArrayBytes(0)).isEqualTo(6);
    assertThat(ChunkedRows.intArrayBytes(240)).isEqualTo(6 + 240 * 8);
  }

  private record Compiled(int fillBytes, int constants) {}

  /** The bytecode length of {@code fill()} and the constant pool size of a compiled class. */
  private Compiled javap(String className) {
    StringWriter out = new StringWriter();
    int status = ToolProvider.findFirst("javap").orElseThrow().run(new PrintWriter(out), new PrintWriter(out),
        "-v", "-p", "-cp", dir.resolve("classes").toString(), className);
    assertThat(status).as(out.toString()).isZero();
    String text = out.toString();
    Matcher fill = Pattern.compile("static void fill\\(\\);.*?Code:\\n(.*?)\\n\\s*LineNumberTable", Pattern.DOTALL)
        .matcher(text);
    assertThat(fill.find()).as(text).isTrue();
    List<Integer> offsets = new ArrayList<>();
    Matcher offset = Pattern.compile("(?m)^\\s+(\\d+): ").matcher(fill.group(1));
    while (offset.find()) {
      offsets.add(Integer.parseInt(offset.group(1)));
    }
    int constants = 0;
    Matcher entry = Pattern.compile("(?m)^\\s+#(\\d+) = ").matcher(text);
    while (entry.find()) {
      constants = Math.max(constants, Integer.parseInt(entry.group(1)));
    }
    return new Compiled(offsets.get(offsets.size() - 1) + 1, constants);
  }

  private static ChunkedRows.Row row(String comment, int bytes, int constants) {
    return new ChunkedRows.Row(comment, List.of(), bytes, constants);
  }
}
