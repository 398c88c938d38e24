package io.github.smtpstatus.codegen.update;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpstatus.codegen.TestRegistries;
import io.github.smtpstatus.codegen.model.TableKind;
import io.github.smtpstatus.codegen.read.InputFile;
import io.github.smtpstatus.codegen.read.ProvenanceFile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProvenanceRewriterTest {

  private static final String A = "a".repeat(64);
  private static final String B = "b".repeat(64);
  private static final String C = "c".repeat(64);

  @Test
  void rewriteReplacesValuesInPlaceAndKeepsCommentsAndOrder() {
    String current = "# header\r\n\r\nclass.file=smtp-enhanced-status-codes-1.csv\r\nclass.url=old\r\n"
        + "class.retrieved=2020-09\r\nclass.sha256=" + "0".repeat(64) + "\r\nclass.note=transcribed\r\n# tail";

    String rewritten = rewrite(current, List.of(record(TableKind.CLASS, A, false)));

    assertThat(rewritten).isEqualTo("# header\r\n\r\nclass.file=smtp-enhanced-status-codes-1.csv\r\n"
        + "class.url=https://x/smtp-enhanced-status-codes-1.csv\r\nclass.retrieved=2026-11-28\r\nclass.sha256=" + A
        + "\r\nclass.note=transcribed\r\n# tail");
  }

  @Test
  void rewriteOfAFileWithLoneCrLineEndsReplacesItsValuesAndStaysReadable() throws Exception {
    // The reader takes a lone CR as a line end; a rewriter splitting on LF only saw one comment line here,
    // kept it and appended every key again, so that the reader then found "class.file" set twice.
    String lf = new String(TestRegistries.bundled("registry.properties"), StandardCharsets.UTF_8);
    byte[] current = lf.replace("\n", "\r").getBytes(StandardCharsets.UTF_8);

    byte[] rewritten = ProvenanceRewriter.rewrite(current, List.of(record(TableKind.CLASS, A, false),
        record(TableKind.SUBJECT, B, true), record(TableKind.ENUMERATED, C, true)));

    ProvenanceFile parsed = ProvenanceFile.parse(InputFile.of("registry.properties", rewritten));
    assertThat(parsed.get(TableKind.CLASS).sha256()).isEqualTo(A);
    assertThat(parsed.get(TableKind.ENUMERATED).url()).isEqualTo("https://x/smtp-enhanced-status-codes-3.csv");
    String text = new String(rewritten, StandardCharsets.UTF_8);
    // Every line kept in place with its CR, but for the notes of the two tables whose bytes changed.
    assertThat(text).doesNotContain("\n");
    assertThat(text.chars().filter(c -> c == '\r').count()).isEqualTo(lf.chars().filter(c -> c == '\n').count() - 2);
  }

  @Test
  void rewriteDropsTheNoteOfATableWhoseBytesChanged() {
    String current = "class.note=transcribed from RFC 3463\nclass.sha256=" + "0".repeat(64) + "\n";

    String rewritten = rewrite(current, List.of(record(TableKind.CLASS, A, true)));

    assertThat(rewritten).doesNotContain("note").startsWith("class.sha256=" + A + "\n");
  }

  @Test
  void rewriteOfTheBundledFileStaysAValidProvenanceFile() throws Exception {
    byte[] bundled = TestRegistries.bundled("registry.properties");

    byte[] rewritten = ProvenanceRewriter.rewrite(bundled, List.of(record(TableKind.CLASS, A, false),
        record(TableKind.SUBJECT, B, true), record(TableKind.ENUMERATED, C, true)));

    ProvenanceFile parsed = ProvenanceFile.parse(InputFile.of("registry.properties", rewritten));
    assertThat(parsed.get(TableKind.SUBJECT).sha256()).isEqualTo(B);
    assertThat(parsed.get(TableKind.ENUMERATED).retrieved()).isEqualTo("2026-11-28");
    assertThat(parsed.get(TableKind.CLASS).note()).startsWith("transcribed in IANA's CSV layout");
    assertThat(parsed.get(TableKind.ENUMERATED).note()).isEmpty();
    String text = new String(rewritten, StandardCharsets.UTF_8);
    assertThat(text.lines().filter(line -> line.startsWith("#")).toList())
        .isEqualTo(new String(bundled, StandardCharsets.UTF_8).lines().filter(line -> line.startsWith("#")).toList());
  }

  @Test
  void rewriteAppendsMissingKeysAndCreatesAMissingFile() throws Exception {
    byte[] created = ProvenanceRewriter.rewrite(null, List.of(record(TableKind.CLASS, A, true),
        record(TableKind.SUBJECT, B, true), record(TableKind.ENUMERATED, C, true)));

    String text = new String(created, StandardCharsets.UTF_8);
    assertThat(text).startsWith(ProvenanceRewriter.NEW_FILE_HEADER).contains("\nsubject.file=smtp-enhanced-status-codes-2.csv\n"
        + "subject.url=https://x/smtp-enhanced-status-codes-2.csv\nsubject.retrieved=2026-11-28\nsubject.sha256=" + B + "\n");
    assertThat(ProvenanceFile.parse(InputFile.of("registry.properties", created)).get(TableKind.CLASS).sha256()).isEqualTo(A);
  }

  private static ProvenanceRewriter.TableRecord record(TableKind kind, String sha256, boolean changed) {
    return new ProvenanceRewriter.TableRecord(kind, "https://x/" + kind.fileName(), "2026-11-28", sha256, changed);
  }

  private static String rewrite(String current, List<ProvenanceRewriter.TableRecord> records) {
    return new String(ProvenanceRewriter.rewrite(current.getBytes(StandardCharsets.UTF_8), records), StandardCharsets.UTF_8);
  }
}
