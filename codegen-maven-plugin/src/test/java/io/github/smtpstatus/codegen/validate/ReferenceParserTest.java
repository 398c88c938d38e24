package io.github.smtpstatus.codegen.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpstatus.codegen.model.Reference;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReferenceParserTest {

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      [RFC3463] (Standards Track)                  | RFC3463                      | 3463 |     | Standards Track
      [RFC5248] (Best current practice)            | RFC5248                      | 5248 |     | Best current practice
      [RFC6531] (Standards track)                  | RFC6531                      | 6531 |     | Standards track
      ~[RFC7372], Section 3.3 (Standards Track)~   | RFC7372                      | 7372 | 3.3 | Standards Track
      [draft-levine-mailbomb-header]               | draft-levine-mailbomb-header |      |     |
      [RFC8617]                                    | RFC8617                      | 8617 |     |
      [RFC 8689]                                   | RFC 8689                     | 8689 |     |
      """)
  void parsesOneReference(String text, String document, Integer rfc, String section, String status) {
    List<Reference> references = ReferenceParser.parse(text).references();

    assertThat(references).containsExactly(new Reference(text, document,
        rfc == null ? OptionalInt.empty() : OptionalInt.of(rfc), Optional.ofNullable(section),
        Optional.ofNullable(status)));
  }

  @Test
  void splitsReferencesAtSemicolons() {
    List<Reference> references =
        ReferenceParser.parse("[RFC7505] (Standards Track); [RFC7504] (Standards Track)").references();

    assertThat(references).extracting(Reference::text)
        .containsExactly("[RFC7505] (Standards Track)", "[RFC7504] (Standards Track)");
    assertThat(references).extracting(reference -> reference.rfcNumber().getAsInt()).containsExactly(7505, 7504);
  }

  @Test
  void linksRfcsToTheRfcEditorAndDraftsToTheDatatracker() {
    List<Reference> references = ReferenceParser.parse("[RFC3463]; [draft-levine-mailbomb-header]").references();

    assertThat(references).extracting(reference -> reference.url().orElseThrow()).containsExactly(
        "https://www.rfc-editor.org/rfc/rfc3463", "https://datatracker.ietf.org/doc/draft-levine-mailbomb-header/");
  }

  @Test
  void keepsAReferenceWithoutBracketsAsWrittenWithANote() {
    ReferenceParser.Result result = ReferenceParser.parse("RFC 3463 section 2");

    assertThat(result.references()).extracting(Reference::document).containsExactly("RFC 3463 section 2");
    assertThat(result.notes()).containsExactly("names no [document]; kept as written");
  }

  @Test
  void notesAnEmptyReference() {
    ReferenceParser.Result result = ReferenceParser.parse("  ");

    assertThat(result.references()).isEmpty();
    assertThat(result.notes()).containsExactly("is empty");
  }

  @Test
  void keepsTheRestOfAnUnclosedBracketAsOneReference() {
    ReferenceParser.Result result = ReferenceParser.parse("[RFC3463 (Standards Track)");

    assertThat(result.references()).extracting(Reference::document).containsExactly("RFC3463 (Standards Track)");
    assertThat(result.notes()).containsExactly("has an unclosed '['; the rest is kept as one reference");
  }
}
