package io.github.smtpstatus.codegen.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpstatus.codegen.Fixtures;
import io.github.smtpstatus.codegen.RegistryFormatException;
import io.github.smtpstatus.codegen.RegistryInputs;
import io.github.smtpstatus.codegen.RegistryLoader;
import io.github.smtpstatus.codegen.Warnings;
import io.github.smtpstatus.codegen.model.TableKind;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated sources compile, and the constants hold the registry's text exactly, even when that
 * text is hostile to Java source: comment terminators, unicode escapes, quotes, backslashes, HTML,
 * Javadoc tags, non-ASCII and control characters.
 */
class GeneratedSourceCompilesTest {

  private static final String HOSTILE_DESCRIPTION =
      "Ends */ the comment, \\u000a is no newline, \"quoted\", back\\slash, <b>bold</b> & {@link X}, @deprecated, "
          + "d\u00e9j\u00e0 vu \u2028 \ud83d\udce7, tab\there, $dollar $L $S";

  @TempDir
  Path dir;

  @Test
  void bundledRegistryCompilesWithJavac() throws Exception {
    RegistryLoader.Loaded bundled = new RegistryLoader(Warnings.IGNORE).load(Fixtures.bundledInputs());

    ClassLoader loader = compile(RegistrySources.render(
        GenerationModel.of(bundled.registry(), bundled.names(), "io.github.smtpstatus")));

    Class<?> codes = loader.loadClass("io.github.smtpstatus.EnhancedStatusCode");
    assertThat(codes.getEnumConstants()).hasSize(Fixtures.bundledCodeCount());
  }

  @Test
  void hostileRegistryTextSurvivesIntoTheConstantsUnchanged() throws Exception {
    String codes = Fixtures.CODE_HEADER
        + "X.1.1,\"Sample */ with \"\"quotes\"\" and \\u0022\",\"451, 550\",\""
        + HOSTILE_DESCRIPTION.replace("\"", "\"\"") + "\",[RFC3463],\"A. */ Author\",IESG\r\n";
    RegistryInputs inputs = new RegistryInputs(Fixtures.input(TableKind.CLASS.fileName(), Fixtures.SMALL_CLASSES),
        Fixtures.input(TableKind.SUBJECT.fileName(), Fixtures.SMALL_SUBJECTS),
        Fixtures.input(TableKind.ENUMERATED.fileName(), codes),
        Fixtures.input("names.properties", "X.1.1=HOSTILE\n"), null);
    RegistryLoader.Loaded loaded = new RegistryLoader(Warnings.IGNORE).load(inputs);

    Map<String, byte[]> sources = RegistrySources.render(GenerationModel.of(loaded.registry(), loaded.names(), "com.example.x"));
    ClassLoader loader = compile(sources);

    Class<?> type = loader.loadClass("com.example.x.EnhancedStatusCode");
    Object hostile = type.getField("HOSTILE").get(null);
    assertThat(call(hostile, "description")).isEqualTo(HOSTILE_DESCRIPTION.replace("\t", " ").replace(" \u2028 ", " "));
    assertThat(call(hostile, "sampleText")).isEqualTo("Sample */ with \"quotes\" and \\u0022");
    assertThat(call(hostile, "submitter")).isEqualTo("A. */ Author");
    assertThat(sources.values())
        .allSatisfy(bytes -> assertThat(new String(bytes, StandardCharsets.UTF_8)).matches("(?s)\\p{ASCII}*"));
  }

  @Test
  void aUnicodeEscapeInAProvenanceUrlStaysTextInTheCommentAndTheLiteral() throws Exception {
    String url = "https://example.org/x\\u000aTHIS IS NOT JAVA";
    String provenance = new String(Fixtures.bundled("registry.properties").bytes(), StandardCharsets.UTF_8)
        .replaceFirst("enumerated\\.url=[^\n]*", java.util.regex.Matcher.quoteReplacement("enumerated.url=" + url));
    RegistryInputs bundled = Fixtures.bundledInputs();
    RegistryInputs inputs = new RegistryInputs(bundled.classCodes(), bundled.subjectCodes(), bundled.enumeratedCodes(),
        bundled.names(), Fixtures.input("registry.properties", provenance));
    RegistryLoader.Loaded loaded = new RegistryLoader(Warnings.IGNORE).load(inputs);
    Map<String, byte[]> sources = RegistrySources.render(GenerationModel.of(loaded.registry(), loaded.names(), "com.example.x"));

    String enhanced = new String(sources.get("com/example/x/EnhancedStatusCode.java"), StandardCharsets.UTF_8);
    assertThat(enhanced).contains("//   from https://example.org/x\\\\u000aTHIS IS NOT JAVA\n");
    ClassLoader loader = compile(sources);
    Object table = loader.loadClass("com.example.x.StatusCodeRegistry").getField("ENUMERATED_TABLE").get(null);
    assertThat(call(table, "sourceUrl")).isEqualTo(url);
  }

  @Test
  void quotesInReferencesCannotInjectHtmlAttributesOrBreakSeeTags() throws Exception {
    String codes = Fixtures.CODE_HEADER
        + "X.1.1,Bad destination mailbox address,550,No such mailbox.,\"[draft-x\"\" onmouseover=\"\"alert(1)]\",A,IESG\r\n"
        + "X.6.8,Other reference,550,Text.,\"[nodraft\"\"x]\",A,IESG\r\n";
    RegistryInputs inputs = new RegistryInputs(Fixtures.input(TableKind.CLASS.fileName(), Fixtures.SMALL_CLASSES),
        Fixtures.input(TableKind.SUBJECT.fileName(), Fixtures.SMALL_SUBJECTS),
        Fixtures.input(TableKind.ENUMERATED.fileName(), codes), null, null);
    RegistryLoader.Loaded loaded = new RegistryLoader(Warnings.IGNORE).load(inputs);
    Map<String, byte[]> sources = RegistrySources.render(GenerationModel.of(loaded.registry(), loaded.names(), "com.example.x"));

    String enhanced = new String(sources.get("com/example/x/EnhancedStatusCode.java"), StandardCharsets.UTF_8);
    assertThat(enhanced).contains("     * @see \"draft-x&quot; onmouseover=&quot;alert(1)\"\n")
        .contains("     * @see \"nodraft&quot;x\"\n")
        .doesNotContain("href=\"https://datatracker.ietf.org/doc/draft-x");
    List<java.nio.file.Path> files = JavaTools.write(dir.resolve("doc"), sources);
    assertThat(JavaTools.javadoc(dir.resolve("doc"), files)).isEmpty();
    Object reference = ((List<?>) call(compile(sources).loadClass("com.example.x.EnhancedStatusCode")
        .getField("BAD_DESTINATION_MAILBOX_ADDRESS").get(null), "references")).get(0);
    assertThat(call(reference, "url")).isEqualTo(java.util.Optional.empty());
    assertThat(call(reference, "document")).isEqualTo("draft-x\" onmouseover=\"alert(1)");
  }

  private ClassLoader compile(Map<String, byte[]> sources) throws IOException, RegistryFormatException {
    List<String> arguments = new ArrayList<>(List.of("-d", dir.resolve("classes").toString(), "-Xlint:all", "-Werror",
        "-Xlint:-deprecation", "--release", "17"));
    for (Map.Entry<String, byte[]> source : sources.entrySet()) {
      Path file = dir.resolve("src").resolve(source.getKey());
      Files.createDirectories(file.getParent());
      Files.write(file, source.getValue());
      arguments.add(file.toString());
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int status = javac.run(null, null, null, arguments.toArray(String[]::new));
    assertThat(status).as("javac exit status (see the test output for its messages)").isZero();
    return new URLClassLoader(new URL[] {dir.resolve("classes").toUri().toURL()}, getClass().getClassLoader());
  }

  private static Object call(Object target, String method) throws ReflectiveOperationException {
    Method accessor = target.getClass().getMethod(method);
    return accessor.invoke(target);
  }
}
