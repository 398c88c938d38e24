package io.github.smtpstatus.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smtpstatus.codegen.model.TableKind;
import io.github.smtpstatus.codegen.validate.FieldLimits;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hostile but well-formed tables: fields too long to be what their column says, more codes than a
 * Java enum holds, and inputs built to flood the build log.
 */
class InputLimitsTest {

  private static final String CODES = TableKind.ENUMERATED.fileName();

  @ParameterizedTest(name = "{0}")
  @CsvSource(textBlock = """
      Sample Text,                  1000, 10000
      Description,                 10000,  1000
      Associated basic status code, 1000,  1000
      Reference,                    1000,  1000
      Submitter,                    1000,  1000
      Change Controller,            1000,  1000
      """)
  void aFieldOverItsLimitIsRefusedWithFileLineAndLimit(String column, int limit, int otherLimit)
      throws RegistryFormatException {
    assertThat(FieldLimits.limit(column)).isEqualTo(limit);
    String atLimit = "a".repeat(limit);
    String overLimit = "a".repeat(limit + 1);

    assertThat(load(row(column, atLimit))).isNotNull();
    assertThatThrownBy(() -> load(row(column, overLimit)))
        .isInstanceOf(RegistryFormatException.class)
        .hasMessage(CODES + ":2: column \"" + column + "\": \"" + "a".repeat(80) + "...\" is " + (limit + 1)
            + " characters long; the limit is " + limit);
  }

  @Test
  void lengthsCountCollapsedWhitespaceAsIanaWrapsItsText() throws RegistryFormatException {
    String wrapped = ("word" + " \r\n    ").repeat(FieldLimits.MAX_SAMPLE_TEXT / 5).strip();

    assertThat(load(row(TableKind.SAMPLE_TEXT, wrapped)).registry().codes().get(0).sampleText())
        .hasSizeLessThanOrEqualTo(FieldLimits.MAX_SAMPLE_TEXT);
  }

  @Test
  void theLargestTableAllowedLoadsAndOneCodeMoreIsRefusedAtItsLine() throws RegistryFormatException {
    assertThat(load(codes(FieldLimits.MAX_CODES)).registry().codes()).hasSize(FieldLimits.MAX_CODES);

    assertThatThrownBy(() -> load(codes(FieldLimits.MAX_CODES + 1)))
        .isInstanceOf(RegistryFormatException.class)
        .hasMessage(CODES + ":4002: column \"Code\": \"X.8.0\" is code number 4001 of the table; a generated Java"
            + " enum holds at most 4000 (each constant costs bytecode in the enum's class initializer, which the JVM"
            + " limits to 64 KiB)");
  }

  @Test
  void manyOddCharactersInOneFieldGiveTwentyWarningsAndOneCountingTheRest() throws RegistryFormatException {
    Fixtures.CollectedWarnings warnings = new Fixtures.CollectedWarnings();

    new RegistryLoader(warnings).load(inputs(row(TableKind.ASSOCIATED_CODES, "550" + "#".repeat(997))));

    assertThat(warnings.messages()).hasSize(ProblemLimit.PER_FIELD + 1)
        .startsWith(CODES + ":2: column \"Associated basic status code\": \"550" + "#".repeat(77)
            + "...\" has unexpected character '#'; ignored")
        .endsWith("smtp-status: ... and 977 more warnings (not shown: at most 20 per field and 100 in all are)");
  }

  @Test
  void manyOddRowsGiveAHundredWarningsAndOneCountingTheRest() throws RegistryFormatException {
    Fixtures.CollectedWarnings warnings = new Fixtures.CollectedWarnings();
    StringBuilder table = new StringBuilder(Fixtures.CODE_HEADER);
    for (int detail = 0; detail < 1000; detail++) {
      table.append("X.1.").append(detail).append(",Code ").append(detail).append(",#,Text.,[RFC3463],A,IESG\r\n");
    }

    new RegistryLoader(warnings).load(inputs(table.toString()));

    assertThat(warnings.messages()).hasSize(ProblemLimit.TOTAL + 1)
        .endsWith("smtp-status: ... and 1900 more warnings (not shown: at most 20 per field and 100 in all are)");
  }

  @Test
  void manyBadRowsGiveAMessageOfAHundredProblemsAndOneCountingTheRest() {
    StringBuilder table = new StringBuilder(Fixtures.CODE_HEADER);
    for (int i = 0; i < 100_000; i++) {
      table.append("X.01.1,Bad,550,Text.,[RFC3463],A,IESG\r\n");
    }

    assertThatThrownBy(() -> load(table.toString()))
        .isInstanceOfSatisfying(RegistryFormatException.class, e -> {
          // Reading stops at the row past the largest table allowed, which bounds the problems kept too.
          assertThat(e.problems()).hasSize(FieldLimits.MAX_CODES + 1);
          List<String> lines = e.getMessage().lines().toList();
          assertThat(lines).hasSize(ProblemLimit.TOTAL + 1);
          assertThat(lines.get(0)).isEqualTo(CODES + ":2: column \"Code\": \"X.01.1\" is not a valid enumerated code"
              + " (leading zero in subject)");
          assertThat(lines.get(ProblemLimit.TOTAL))
              .isEqualTo("... and 3901 more problems (not shown: at most 20 per field and 100 in all are)");
        });
  }

  /** A one-row enumerated table whose row has {@code value} in {@code column}. */
  private static String row(String column, String value) {
    StringBuilder row = new StringBuilder();
    for (String each : TableKind.ENUMERATED.columns()) {
      String field = each.equals(column) ? value
          : switch (each) {
            case TableKind.CODE -> "X.1.1";
            case TableKind.SAMPLE_TEXT -> "Bad destination mailbox address";
            case TableKind.ASSOCIATED_CODES -> "550";
            case TableKind.REFERENCE -> "[RFC3463]";
            default -> "Text.";
          };
      row.append(row.length() == 0 ? "" : ",").append('"').append(field.replace("\"", "\"\"")).append('"');
    }
    return Fixtures.CODE_HEADER + row + "\r\n";
  }

  /** A table of {@code count} codes: X.0.0 to X.0.499, then X.1.0 and so on (the bundled subjects are 0 to 7). */
  static String codes(int count) {
    StringBuilder table = new StringBuilder(Fixtures.CODE_HEADER);
    for (int i = 0; i < count; i++) {
      int subject = i / 500;
      int detail = i % 500;
      table.append("X.").append(subject).append('.').append(detail).append(",Code ").append(subject).append(' ')
          .append(detail).append(",550,Description of code ").append(i).append(".,[RFC3463],A. Person,IESG\r\n");
    }
    return table.toString();
  }

  /** The bundled class and subject tables with this enumerated table, no names or provenance. */
  static RegistryInputs inputs(String codes) {
    return new RegistryInputs(Fixtures.bundled(TableKind.CLASS.fileName()), Fixtures.bundled(TableKind.SUBJECT.fileName()),
        Fixtures.input(CODES, codes), null, null);
  }

  private static RegistryLoader.Loaded load(String codes) throws RegistryFormatException {
    return new RegistryLoader(Warnings.IGNORE).load(inputs(codes));
  }
}
