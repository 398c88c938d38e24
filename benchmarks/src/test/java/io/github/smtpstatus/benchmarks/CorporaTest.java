package io.github.smtpstatus.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpstatus.StatusCode;
import io.github.smtpstatus.StatusCodes;
import io.github.smtpstatus.benchmarks.corpus.Corpora;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark texts are the same on every run and JDK, exactly as long as asked, and realistic enough. */
class CorporaTest {

  private static final String REALISTIC_MB_SHA256 = "4931774168d63867bc31a6cb03b3e5715b61aafbae5793a56f257c7a657df9ee";
  private static final String ADVERSARIAL_MB_SHA256 = "6d1cd81f43df9b03ac33a4f880577fd33945a5109d89ac1d60007225cb4e118d";

  @Test
  void textsHaveTheirLengthAndShorterOnesArePrefixes() {
    String realistic = Corpora.realistic(Corpora.MB);
    String adversarial = Corpora.adversarial(Corpora.MB);
    assertThat(realistic).hasSize(Corpora.MB);
    assertThat(adversarial).hasSize(Corpora.MB);
    for (int length : new int[] {Corpora.KB, 64 * Corpora.KB}) {
      assertThat(Corpora.adversarial(length)).isEqualTo(adversarial.substring(0, length));
      assertThat(Corpora.realistic(length)).isEqualTo(realistic.substring(0, length));
    }
  }

  /** Pinned: the figures in BENCHMARKS.md were measured on exactly these texts. */
  @Test
  void textsArePinned() {
    assertThat(sha256(Corpora.realistic(Corpora.MB))).isEqualTo(REALISTIC_MB_SHA256);
    assertThat(sha256(Corpora.adversarial(Corpora.MB))).isEqualTo(ADVERSARIAL_MB_SHA256);
  }

  @Test
  void realisticTextHasCodesRegisteredAndNotAndLookAlikes() {
    String text = Corpora.realistic(Corpora.MB);
    List<StatusCode> found = StatusCodes.findAll(text);
    assertThat(found).hasSizeGreaterThan(1000);
    assertThat(found).anyMatch(code -> code.registered().isEmpty());
    assertThat(found).anyMatch(code -> code.registered().isPresent());
    assertThat(text).contains("Status: 5.", "Diagnostic-Code: smtp; ", "dsn=2.0.0", "version=TLS1_2",
        "Remote Server returned '550 5.1.10", "postfix/smtpd[", "15.20.");
    assertThat(text.chars().allMatch(c -> c < 0x80)).isTrue();
  }

  @Test
  void adversarialTextIsDigitsAndDotsWithAboutOneMatchPerKilobyte() {
    String text = Corpora.adversarial(Corpora.MB);
    long digitsAndDots = text.chars().filter(c -> (c >= '0' && c <= '9') || c == '.').count();
    assertThat(digitsAndDots).isGreaterThan(text.length() * 99L / 100);
    assertThat(StatusCodes.findAll(text)).hasSize(1034);
    // Each block ends with 5.1.1; now and then a run starts with a code and a sentence-ending dot (2.8.38..).
    for (int block = 0; block < Corpora.MB / Corpora.KB; block++) {
      List<StatusCode> found = StatusCodes.findAll(text.substring(block * Corpora.KB, (block + 1) * Corpora.KB));
      assertThat(found).hasSizeBetween(1, 3).last().isEqualTo(StatusCode.parse("5.1.1"));
    }
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
