package io.github.smtpstatus.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.smtpstatus.codegen.generate.GenerationModel;
import io.github.smtpstatus.codegen.generate.RegistrySources;
import io.github.smtpstatus.codegen.model.CodeKey;
import io.github.smtpstatus.codegen.model.TableKind;
import io.github.smtpstatus.codegen.read.CsvTableReader;
import io.github.smtpstatus.codegen.read.InputFile;
import io.github.smtpstatus.codegen.read.RawRow;
import io.github.smtpstatus.codegen.read.RawTable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/**
 * Fuzz targets for the registry input (Jazzer): bytes in, a model or the documented failure out. A
 * table is either read, or refused with a {@link RegistryFormatException} whose every problem (and
 * every warning) renders as {@code file:line: ...} with a line the file has, or as {@code file: ...}.
 *
 * <p>In {@code mvn verify} each target runs once per seed in {@code RegistryInputFuzzTestInputs};
 * {@code docs/HOSTILE-INPUT.md} gives the command that fuzzes one target for real.
 */
class RegistryInputFuzzTest {

  private static final String FILE = "fuzz.csv";

  /** {@code file:line: text} or {@code file: text}. */
  private static final Pattern RENDERED = Pattern.compile("(?s)(.+?)(?::([0-9]+))?: (.+)");

  /** The CSV reader alone, reading the bytes as each of the three tables. */
  @FuzzTest(maxDuration = "10m")
  void csvTable(byte[] bytes) throws RegistryFormatException {
    InputFile input = InputFile.of(FILE, bytes);
    int lines = lineCount(bytes);
    for (TableKind kind : TableKind.values()) {
      List<Problem> warnings = new ArrayList<>();
      RawTable table;
      try {
        table = new CsvTableReader(warnings::add).read(input, kind);
      } catch (RegistryFormatException e) {
        assertRendered(e, Map.of(FILE, lines));
        assertLocated(warnings, Map.of(FILE, lines));
        continue;
      }
      assertLocated(warnings, Map.of(FILE, lines));
      assertThat(table.kind()).isEqualTo(kind);
      assertThat(table.file()).isEqualTo(FILE);
      assertThat(table.rows()).isNotEmpty();
      int previous = 1;
      for (RawRow row : table.rows()) {
        assertThat(row.line()).as("rows in file order, after the header").isGreaterThan(previous).isLessThanOrEqualTo(lines);
        assertThat(row.fields()).containsOnlyKeys(kind.columns());
        previous = row.line();
      }
    }
  }

  /**
   * The whole pipeline on the enumerated table: read, validate, name (with the bundled class and
   * subject tables, pinned names and provenance), then generate the sources.
   */
  @FuzzTest(maxDuration = "10m")
  void registry(byte[] bytes) throws RegistryFormatException {
    RegistryInputs bundled = Fixtures.bundledInputs();
    String codesFile = TableKind.ENUMERATED.fileName();
    RegistryInputs inputs = new RegistryInputs(bundled.classCodes(), bundled.subjectCodes(),
        InputFile.of(codesFile, bytes), bundled.names(), bundled.provenance());
    Map<String, Integer> lines = new HashMap<>();
    for (InputFile file : Arrays.asList(inputs.classCodes(), inputs.subjectCodes(), inputs.enumeratedCodes(),
        inputs.names(), inputs.provenance())) {
      lines.put(file.name(), lineCount(file.bytes()));
    }
    List<Problem> warnings = new ArrayList<>();
    RegistryLoader.Loaded loaded;
    try {
      loaded = new RegistryLoader(warnings::add).load(inputs);
    } catch (RegistryFormatException e) {
      assertRendered(e, lines);
      assertLocated(warnings, lines);
      return;
    }
    assertLocated(warnings, lines);
    assertThat(loaded.registry().codes()).isNotEmpty();
    for (String name : loaded.names().codes().values()) {
      assertThat(name).matches("[A-Z][A-Z0-9_]*");
      assertThat(SourceVersion.isName(name)).as(name).isTrue();
    }
    assertThat(loaded.names().codes().keySet())
        .containsExactlyInAnyOrderElementsOf(loaded.registry().codes().stream().map(row -> row.key()).toList());

    Map<String, byte[]> sources = RegistrySources.render(
        GenerationModel.of(loaded.registry(), loaded.names(), "io.github.smtpstatus"));
    assertThat(sources).hasSize(6);
    for (Map.Entry<String, byte[]> source : sources.entrySet()) {
      String text = new String(source.getValue(), StandardCharsets.UTF_8);
      assertThat(text.chars().allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7f))).as("pure ASCII: %s", source.getKey())
          .isTrue();
      assertCommentsClosedOnlyByTheGenerator(source.getKey(), text);
    }
    String enhanced = new String(sources.get("io/github/smtpstatus/EnhancedStatusCode.java"), StandardCharsets.UTF_8);
    for (CodeKey key : loaded.names().codes().keySet()) {
      assertThat(enhanced).containsPattern("\n    " + loaded.names().ofCode(key) + "[,;]\n");
    }
  }

  /** Every problem renders with a file the inputs have and, when located, a line that file has. */
  private static void assertRendered(RegistryFormatException e, Map<String, Integer> lines) {
    assertThat(e.problems()).isNotEmpty();
    assertThat(e).hasMessage(String.join("\n", e.problems().stream().map(Problem::toString).toList()));
    assertLocated(e.problems(), lines);
  }

  private static void assertLocated(List<Problem> problems, Map<String, Integer> lines) {
    for (Problem problem : problems) {
      String rendered = problem.toString();
      Matcher matcher = RENDERED.matcher(rendered);
      assertThat(matcher.matches()).as(rendered).isTrue();
      assertThat(lines).as(rendered).containsKey(problem.file());
      assertThat(rendered).startsWith(problem.line() == 0 ? problem.file() + ": " : problem.file() + ":" + problem.line() + ": ");
      assertThat(problem.line()).as(rendered).isBetween(0, lines.get(problem.file()));
      assertThat(problem.reason()).isNotBlank();
    }
  }

  /**
   * The lines of a file as an editor counts them: CRLF, LF and a lone CR each end one; judged on the
   * bytes, so that it holds for invalid UTF-8 too.
   */
  private static int lineCount(byte[] bytes) {
    int lines = 1;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n'))) {
        lines++;
      }
    }
    return lines;
  }

  /** Registry text never ends a comment early: each comment closes on a line of its own, as JavaPoet writes it. */
  private static void assertCommentsClosedOnlyByTheGenerator(String file, String source) {
    for (String line : source.split("\n")) {
      if (line.contains("*/")) {
        assertThat(line.strip()).as("%s: %s", file, line).isEqualTo("*/");
      }
    }
  }
}
