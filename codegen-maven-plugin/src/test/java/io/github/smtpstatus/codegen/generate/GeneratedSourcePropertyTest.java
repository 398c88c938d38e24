package io.github.smtpstatus.codegen.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpstatus.codegen.Fixtures;
import io.github.smtpstatus.codegen.RegistryFormatException;
import io.github.smtpstatus.codegen.RegistryInputs;
import io.github.smtpstatus.codegen.RegistryLoader;
import io.github.smtpstatus.codegen.Warnings;
import io.github.smtpstatus.codegen.model.EnumeratedCode;
import io.github.smtpstatus.codegen.model.TableKind;
import io.github.smtpstatus.codegen.read.InputFile;
import io.github.smtpstatus.codegen.read.Sha256;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A property of the generator: whatever strings the inputs hold, in every field that reaches generated
 * source (each text column of the three tables, the provenance URLs, the file names), the sources
 * compile with {@code -Xlint:all -Werror}, are pure ASCII, hold no unicode escape that javac would turn
 * into a line end, quote or backslash, pass javadoc with {@code -Xdoclint:all}, and give back every
 * string exactly. The strings are drawn, with a fixed seed, from pieces that attack each position:
 * unicode escapes, comment ends, HTML, Javadoc tags, quotes, line ends of every kind, lone surrogates,
 * noncharacters, non-ASCII, JavaPoet's own format characters, and very long runs.
 */
class GeneratedSourcePropertyTest {

  /** Registries generated, each into its own package; all are compiled and documented in one run. */
  static final int REGISTRIES = 20;

  private static final long SEED = 20_261_201L;

  private static final List<String> PIECES = List.of(
      "\\u000a", "\\u000d", "\\u0022", "\\u005c", "\\u002a/", "\\\\u000a", "\\", "\\u", "u000a",
      "*/", "/*", "/**", "//", "<", ">", "</a>", "<a href=\"", "\"", "'", "&", "&amp;", "&#64;", "&#0;", "&quot;",
      "@", "@deprecated", "{@", "{@link X}", "{@code", "}", "{", "\r", "\n", "\r\n", "\t", "\f", "\u000b",
      "\u2028", "\u2029", "\u0085", "\u00a0", "\u0000", "\u001b", "\u007f", "\u009f", "\ud800", "\udfff",
      "\ud83d\udce7", "\uffff", "\ufffe", "\ufdd0", "\ufeff", "\u00e9", "\u00df", "\u4e2d", "\u05d0",
      "$L", "$S", "$T", "$N", "$$", "%s", "%n", "[", "]", "[RFC3463]", "[draft-x\" onmouseover=\"alert(1)]",
      "[nodraft\"x]", "(", ")", ",", ";", ".", "RFC", "draft-", "Section 3.3", "X.1.1", "550", "5XX", "Any",
      "Not given", "a", "Z", "0", " ", "  ", "mailbox", "x".repeat(120));

  @TempDir
  Path dir;

  @Test
  void anyInputStringsGiveSourcesThatCompileAndPassDoclintAndKeepTheStrings() throws Exception {
    Random random = new Random(SEED);
    Map<String, byte[]> sources = new LinkedHashMap<>();
    Map<String, RegistryLoader.Loaded> generated = new LinkedHashMap<>();
    int strings = 0;
    int refused = 0;
    for (int i = 0; i < REGISTRIES; i++) {
      Trial trial = new Trial(random);
      RegistryInputs inputs = trial.inputs();
      strings += trial.strings;
      RegistryLoader.Loaded loaded;
      try {
        loaded = new RegistryLoader(Warnings.IGNORE).load(inputs);
      } catch (RegistryFormatException e) {
        refused++;
        assertThat(e.problems()).allSatisfy(problem -> assertThat(problem.toString()).doesNotContain("\n", "\r"));
        continue;
      }
      String packageName = "hostile.r" + i;
      Map<String, byte[]> rendered = RegistrySources.render(GenerationModel.of(loaded.registry(), loaded.names(),
          packageName));
      rendered.forEach((path, bytes) -> assertSafeSource(path, new String(bytes, StandardCharsets.UTF_8)));
      sources.putAll(rendered);
      generated.put(packageName, loaded);
    }
    // Per registry: 5 text columns x 3 rows of each sub-code table, 6 x 3 of the enumerated one, 3 URLs, 3 file names.
    assertThat(strings).as("hostile strings tried").isEqualTo(REGISTRIES * (2 * 15 + 18 + 3 + 3));
    assertThat(refused).as("registries refused by the validator (they must mostly pass to test the generator)")
        .isLessThan(REGISTRIES / 3);

    List<Path> files = JavaTools.write(dir, sources);
    assertThat(JavaTools.compile(dir, files)).as("javac -Xlint:all -Werror").isEmpty();
    assertThat(JavaTools.javadoc(dir, files)).as("javadoc -Xdoclint:all").isEmpty();

    ClassLoader loader = JavaTools.loader(dir);
    for (Map.Entry<String, RegistryLoader.Loaded> registry : generated.entrySet()) {
      Class<?> type = loader.loadClass(registry.getKey() + ".EnhancedStatusCode");
      Class<?> provenance = loader.loadClass(registry.getKey() + ".StatusCodeRegistry");
      Object table = provenance.getField("ENUMERATED_TABLE").get(null);
      assertThat(table.getClass().getMethod("sourceUrl").invoke(table))
          .isEqualTo(registry.getValue().registry().enumeratedProvenance().sourceUrl());
      assertThat(table.getClass().getMethod("fileName").invoke(table))
          .isEqualTo(registry.getValue().registry().enumeratedProvenance().fileName());
      for (EnumeratedCode row : registry.getValue().registry().codes()) {
        Object constant = type.getField(registry.getValue().names().ofCode(row.key())).get(null);
        assertThat(type.getMethod("sampleText").invoke(constant)).isEqualTo(row.sampleText());
        assertThat(type.getMethod("description").invoke(constant)).isEqualTo(row.description());
        assertThat(type.getMethod("submitter").invoke(constant)).isEqualTo(row.submitter());
        assertThat(type.getMethod("changeController").invoke(constant)).isEqualTo(row.changeController());
        assertThat(type.getMethod("references").invoke(constant).toString())
            .isEqualTo(row.references().stream().map(reference -> reference.text()).toList().toString());
      }
    }
  }

  /** Pure ASCII, and every unicode escape one that the generator wrote for a character outside ASCII. */
  private static void assertSafeSource(String path, String source) {
    assertThat(source.chars().allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7f))).as("pure ASCII: %s", path).isTrue();
    Matcher escape = Pattern.compile("(?<!\\\\)(?:\\\\\\\\)*\\\\u+([0-9a-fA-F]{4})").matcher(source);
    while (escape.find()) {
      int c = Integer.parseInt(escape.group(1), 16);
      assertThat(c).as("a unicode escape in %s: %s", path, escape.group()).isNotIn(
          (int) '\n', (int) '\r', (int) '"', (int) '\\').matches(value -> value < 0x20 || value > 0x7e,
          "outside printable ASCII");
    }
  }

  /** One registry of three rows per table, every text field a hostile string. */
  private static final class Trial {
    private final Random random;
    int strings;

    Trial(Random random) {
      this.random = random;
    }

    RegistryInputs inputs() throws RegistryFormatException {
      String classes = table(TableKind.CLASS, List.of("2.XXX.XXX", "4.XXX.XXX", "5.XXX.XXX"));
      String subjects = table(TableKind.SUBJECT, List.of("X.0.XXX", "X.1.XXX", "X.7.XXX"));
      String codes = table(TableKind.ENUMERATED, List.of("X.0.0", "X.1.1", "X.7.30"));
      String names = "2.XXX.XXX=C2\n4.XXX.XXX=C4\n5.XXX.XXX=C5\nX.0.XXX=S0\nX.1.XXX=S1\nX.7.XXX=S7\n"
          + "X.0.0=E0\nX.1.1=E1\nX.7.30=E730\n";
      String[] fileNames = {fileName(), fileName(), fileName()};
      Map<String, byte[]> files = Map.of(fileNames[0], bytes(classes), fileNames[1], bytes(subjects),
          fileNames[2], bytes(codes));
      StringBuilder provenance = new StringBuilder();
      TableKind[] kinds = TableKind.values();
      for (int k = 0; k < kinds.length; k++) {
        String key = kinds[k].key();
        provenance.append(key).append(".file=").append(kinds[k].fileName()).append('\n')
            .append(key).append(".url=https://example.org/").append(oneLine(hostile())).append('\n')
            .append(key).append(".retrieved=2026-11-28\n")
            .append(key).append(".sha256=").append(Sha256.hex(files.get(fileNames[k]))).append('\n');
      }
      return new RegistryInputs(InputFile.of(fileNames[0], bytes(classes)), InputFile.of(fileNames[1], bytes(subjects)),
          InputFile.of(fileNames[2], bytes(codes)), Fixtures.input("names.properties", names),
          Fixtures.input("registry.properties", provenance.toString()));
    }

    private String table(TableKind kind, List<String> codes) {
      StringBuilder table = new StringBuilder(String.join(",", kind.columns())).append("\r\n");
      for (String code : codes) {
        List<String> fields = new ArrayList<>();
        for (String column : kind.columns()) {
          fields.add(switch (column) {
            case TableKind.CODE -> code;
            case TableKind.SAMPLE_TEXT -> "S" + hostile();  // never empty, so no row is refused for it
            default -> hostile();
          });
        }
        table.append(fields.stream().map(field -> '"' + field.replace("\"", "\"\"") + '"')
            .reduce((a, b) -> a + "," + b).orElseThrow()).append("\r\n");
      }
      return table.toString();
    }

    /** A file name: these reach the file comment and a string literal as they are, lone surrogates too. */
    private String fileName() {
      return hostile() + ".csv";
    }

    private String hostile() {
      strings++;
      StringBuilder text = new StringBuilder();
      int pieces = 1 + random.nextInt(12);
      for (int i = 0; i < pieces; i++) {
        text.append(PIECES.get(random.nextInt(PIECES.size())));
      }
      return text.toString();
    }

    private static String oneLine(String text) {
      return text.replace('\r', ' ').replace('\n', ' ').strip();
    }

    private static byte[] bytes(String text) {
      return text.getBytes(StandardCharsets.UTF_8);
    }
  }
}
