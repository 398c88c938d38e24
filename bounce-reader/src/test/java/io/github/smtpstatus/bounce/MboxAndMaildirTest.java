package io.github.smtpstatus.bounce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many messages: an mbox split at its envelope lines, a maildir read file by file. */
class MboxAndMaildirTest {

  @TempDir
  Path folder;

  private static String mbox(String... fixtures) {
    StringBuilder mbox = new StringBuilder();
    for (String fixture : fixtures) {
      String message = new String(Fixtures.bytes(fixture), StandardCharsets.UTF_8);
      mbox.append("From MAILER-DAEMON  Tue Dec  1 12:00:00 2026\n").append(message.replaceAll("(?m)^From ", ">From "))
          .append('\n');
    }
    return mbox.toString();
  }

  @Test
  void mboxMessagesAreReadOneByOneInOrder() {
    String mbox = mbox("qmail.eml", "rfc3464-simple.eml", "exim.eml");

    List<Bounce> bounces = BounceReader.create().readMbox(new ByteArrayInputStream(mbox.getBytes(StandardCharsets.UTF_8)))
        .toList();

    assertThat(bounces).extracting(Bounce::kind).containsExactly(BounceKind.PROSE_BOUNCE,
        BounceKind.DELIVERY_STATUS_NOTIFICATION, BounceKind.PROSE_BOUNCE);
    assertThat(bounces.get(0)).isEqualTo(Fixtures.read("qmail.eml"));
    assertThat(bounces.get(1).recipients()).extracting(RecipientResult::recipient)
        .containsExactly("louisl@larry.slip.umd.edu");
  }

  @Test
  void escapedFromLinesAreUnescapedAndTextBeforeTheFirstEnvelopeIsSkipped() {
    String mbox = "stray text\nFrom a@example.org Tue Dec  1 12:00:00 2026\nSubject: one\n\n>From the start\n"
        + ">>From quoted\nFrom b@example.org Tue Dec  1 12:00:01 2026\nSubject: two\n\nbody\n";
    List<byte[]> messages = Mbox.messages(new ByteArrayInputStream(mbox.getBytes(StandardCharsets.US_ASCII)),
        BounceReader.create().settings()).map(message -> java.util.Arrays.copyOf(message.bytes(), message.length()))
        .toList();

    assertThat(messages).extracting(bytes -> new String(bytes, StandardCharsets.US_ASCII)).containsExactly(
        "Subject: one\n\nFrom the start\n>From quoted\n", "Subject: two\n\nbody\n");
  }

  @Test
  void anMboxMessageOverTheSizeCapIsCutAndReported() {
    String mbox = "From a@example.org\n" + "Subject: big\n\n" + "x".repeat(5000) + "\nFrom b@example.org\nSubject: small\n\n";

    List<Bounce> bounces = BounceReader.builder().maxMessageBytes(1000).build()
        .readMbox(new ByteArrayInputStream(mbox.getBytes(StandardCharsets.US_ASCII))).toList();

    assertThat(bounces).hasSize(2);
    assertThat(bounces.get(0).findings()).extracting(finding -> finding.limit().orElseThrow()).containsExactly(Limit.MESSAGE_BYTES);
    assertThat(bounces.get(1).findings()).isEmpty();
  }

  @Test
  void anEmptyMboxHasNoMessages() {
    assertThat(BounceReader.create().readMbox(new ByteArrayInputStream(new byte[0])).count()).isZero();
  }

  @Test
  void mboxFileIsClosedWithTheStream() throws IOException {
    Path file = folder.resolve("bounces.mbox");
    Files.writeString(file, mbox("exim.eml", "postfix-prose.eml"));

    try (Stream<Bounce> bounces = BounceReader.create().readMbox(file)) {
      assertThat(bounces.map(bounce -> bounce.recipients().size())).containsExactly(2, 2);
    }
  }

  @Test
  void anIoErrorWhileStreamingIsUnchecked() {
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk gone");
      }
    };

    assertThatThrownBy(() -> BounceReader.create().readMbox(failing).toList())
        .isInstanceOf(UncheckedIOException.class).hasMessage("reading the mbox").hasRootCauseMessage("disk gone");
  }

  @Test
  void maildirReadsNewThenCurInNameOrder() throws IOException {
    Files.createDirectories(folder.resolve("new"));
    Files.createDirectories(folder.resolve("cur"));
    Files.createDirectories(folder.resolve("tmp"));
    Files.write(folder.resolve("new/2.host"), Fixtures.bytes("qmail.eml"));
    Files.write(folder.resolve("new/1.host"), Fixtures.bytes("autoreply.eml"));
    Files.write(folder.resolve("cur/3.host:2,S"), Fixtures.bytes("arf.eml"));
    Files.write(folder.resolve("tmp/4.host"), Fixtures.bytes("exim.eml"));

    List<Bounce> bounces = BounceReader.create().readMaildir(folder).toList();

    assertThat(bounces).extracting(Bounce::kind).containsExactly(BounceKind.AUTO_REPLY, BounceKind.PROSE_BOUNCE,
        BounceKind.FEEDBACK_REPORT);
  }

  @Test
  void aPlainFolderIsReadAsItsFiles() throws IOException {
    Files.write(folder.resolve("a.eml"), Fixtures.bytes("rfc3464-multi.eml"));

    assertThat(BounceReader.create().readMaildir(folder).map(bounce -> bounce.recipients().size())).containsExactly(3);
  }

  @Test
  void readingAFileGivesWhatReadingItsBytesGives() throws IOException {
    Path file = folder.resolve("one.eml");
    Files.write(file, Fixtures.bytes("exchange-generic-status.eml"));

    assertThat(BounceReader.create().read(file)).isEqualTo(Fixtures.read("exchange-generic-status.eml"));
  }
}
