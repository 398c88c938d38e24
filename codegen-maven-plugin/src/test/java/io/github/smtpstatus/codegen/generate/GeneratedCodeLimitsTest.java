package io.github.smtpstatus.codegen.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpstatus.codegen.Fixtures;
import io.github.smtpstatus.codegen.RegistryInputs;
import io.github.smtpstatus.codegen.RegistryLoader;
import io.github.smtpstatus.codegen.Warnings;
import io.github.smtpstatus.codegen.model.TableKind;
import io.github.smtpstatus.codegen.validate.FieldLimits;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The largest table the validator lets through compiles: every row at its longest (each text field at
 * its limit, in characters that take three bytes as a Java constant) and as many rows as allowed.
 */
class GeneratedCodeLimitsTest {

  @TempDir
  Path dir;

  @Test
  void theLargestNumberOfCodesAllowedCompilesAndLooksUp() throws Exception {
    StringBuilder codes = new StringBuilder(Fixtures.CODE_HEADER);
    for (int i = 0; i < FieldLimits.MAX_CODES; i++) {
      codes.append("X.").append(i / 500).append('.').append(i % 500).append(",Code ").append(i)
          .append(",\"451, 550, 5XX\",Description ").append(i).append(".,\"[RFC3463] (Standards Track); [RFC").append(i)
          .append("], Section 3.").append(i % 10).append("\",A. Person,IESG\r\n");
    }
    Class<?> type = compile(codes.toString(), "limits.count").loadClass("limits.count.EnhancedStatusCode");

    assertThat(type.getEnumConstants()).hasSize(FieldLimits.MAX_CODES);
    Method find = type.getMethod("find", int.class, int.class);
    Object last = ((Optional<?>) find.invoke(null, 7, 499)).orElseThrow();
    assertThat(last.toString()).isEqualTo("CODE_" + (FieldLimits.MAX_CODES - 1));
    assertThat(type.getMethod("description").invoke(last)).isEqualTo("Description 3999.");
    assertThat(find.invoke(null, 7, 500)).isEqualTo(Optional.empty());
  }

  @Test
  void rowsWithEveryFieldAtItsLongestCompile() throws Exception {
    // U+20AC takes three bytes in a class file: a description at its limit is 30,000 bytes.
    String euro = "\u20ac";
    String reference = "[RFC1]".repeat(FieldLimits.MAX_OTHER / 6 - 1) + "[A]";
    StringBuilder replyCodes = new StringBuilder();
    for (int code = 200; code < 600; code++) {
      if (code % 100 < 60) {
        replyCodes.append(code).append(' ');  // all 240 reply codes, 960 characters
      }
    }
    StringBuilder codes = new StringBuilder(Fixtures.CODE_HEADER);
    for (int detail = 0; detail < 40; detail++) {
      codes.append("X.1.").append(detail).append(",\"").append(euro.repeat(FieldLimits.MAX_SAMPLE_TEXT - 4))
          .append(detail).append("\",\"").append(replyCodes.toString().strip()).append("\",\"")
          .append(euro.repeat(FieldLimits.MAX_DESCRIPTION)).append("\",\"").append(reference).append("\",\"")
          .append(euro.repeat(FieldLimits.MAX_OTHER)).append("\",\"").append(euro.repeat(FieldLimits.MAX_OTHER))
          .append("\"\r\n");
    }
    StringBuilder names = new StringBuilder();
    for (int detail = 0; detail < 40; detail++) {
      names.append("X.1.").append(detail).append("=LONG_").append(detail).append('\n');
    }

    Class<?> type = compile(codes.toString(), names.toString(), "limits.length")
        .loadClass("limits.length.EnhancedStatusCode");

    Object first = type.getEnumConstants()[0];
    assertThat((String) type.getMethod("description").invoke(first)).isEqualTo(euro.repeat(FieldLimits.MAX_DESCRIPTION));
    assertThat((List<?>) type.getMethod("references").invoke(first)).hasSize(FieldLimits.MAX_OTHER / 6);
    Object replies = type.getMethod("associatedReplyCodes").invoke(first);
    assertThat((List<?>) replies.getClass().getMethod("replyCodes").invoke(replies)).hasSize(240);
  }

  private ClassLoader compile(String codes, String packageName) throws Exception {
    return compile(codes, null, packageName);
  }

  private ClassLoader compile(String codes, String names, String packageName) throws Exception {
    RegistryInputs inputs = new RegistryInputs(Fixtures.bundled(TableKind.CLASS.fileName()),
        Fixtures.bundled(TableKind.SUBJECT.fileName()), Fixtures.input(TableKind.ENUMERATED.fileName(), codes),
        names == null ? null : Fixtures.input("names.properties", names), null);
    RegistryLoader.Loaded loaded = new RegistryLoader(Warnings.IGNORE).load(inputs);
    List<Path> files = JavaTools.write(dir, RegistrySources.render(
        GenerationModel.of(loaded.registry(), loaded.names(), packageName)));
    assertThat(JavaTools.compile(dir, files)).isEmpty();
    return JavaTools.loader(dir);
  }
}
