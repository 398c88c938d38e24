package io.github.smtpstatus.bounce;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import io.github.smtpstatus.classify.Classifier;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * Reads bounce messages into per-recipient results.
 *
 * <pre>{@code
 * BounceReader reader = BounceReader.create();
 * Bounce bounce = reader.read(Path.of("bounce.eml"));
 * for (RecipientResult recipient : bounce.recipients()) {
 *   System.out.println(recipient.recipient() + " " + recipient.status().orElse(null)
 *       + " " + recipient.replyCode().orElse(0) + " " + recipient.diagnosticText());
 * }
 * }</pre>
 *
 * <p>What a message is ({@link BounceKind}) is judged from its parts first: a
 * {@code message/feedback-report} part makes a feedback report, a {@code message/global-delivery-status}
 * or {@code message/delivery-status} part a delivery status notification, read field by field
 * with the status chosen by one rule (see the {@linkplain io.github.smtpstatus.bounce package} description). A
 * message without such a part is read as prose when it reads as a bounce: it
 * names failed recipients ({@code X-Failed-Recipients}), comes from a mailer daemon or postmaster, has
 * a subject that says delivery failed, or quotes a failure reply. Otherwise an RFC 3834 automatic reply
 * ({@code Auto-Submitted: auto-replied}, {@code X-Autoreply}, {@code Precedence: auto_reply}) is an
 * auto-reply, whose one recipient is its sender; anything else is not a bounce.
 *
 * <p>Bad input never throws: every method throws only what it documents (I/O errors, null arguments).
 * Hostile input is bounded by the {@link Limit}s, each reported as a finding when reached. Work is
 * linear in the message size. A reader is immutable and thread-safe.
 */
public final class BounceReader {

  private final Settings settings;

  private BounceReader(Settings settings) {
    this.settings = settings;
  }

  /** {@return a reader with the default limits (see {@link Builder})} */
  public static BounceReader create() {
    return builder().build();
  }

  /** {@return a builder for a reader with limits of its own} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads one message. Only the first {@code maxMessageBytes} octets are read.
   *
   * @param message the message, as it arrived (headers and body)
   * @return what the message reports
   * @throws NullPointerException if {@code message} is null
   */
  public Bounce read(byte[] message) {
    Objects.requireNonNull(message, "message == null");
    int length = Math.min(message.length, settings.maxMessageBytes());
    return Assembler.assemble(message, length, message.length > length, settings);
  }

  /**
   * Reads one message from a stream, which is read to its end or to {@code maxMessageBytes + 1} octets,
   * and not closed.
   *
   * @param in the message
   * @return what the message reports
   * @throws IOException if reading fails
   * @throws NullPointerException if {@code in} is null
   */
  public Bounce read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in == null");
    byte[] bytes = in.readNBytes(settings.maxMessageBytes() + 1);
    int length = Math.min(bytes.length, settings.maxMessageBytes());
    return Assembler.assemble(bytes, length, bytes.length > length, settings);
  }

  /**
   * Reads one message from a file ({@code .eml}, or one file of a maildir).
   *
   * @param file the message
   * @return what the message reports
   * @throws IOException if the file cannot be read
   * @throws NullPointerException if {@code file} is null
   */
  public Bounce read(Path file) throws IOException {
    Objects.requireNonNull(file, "file == null");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  /**
   * The messages of an mbox stream, one at a time, read lazily: a message starts at each line that
   * begins with {@code From } (the envelope line, dropped), and {@code >From } lines are unescaped
   * (mboxrd). The stream is not closed; an I/O error while the result is consumed is thrown as an
   * {@link UncheckedIOException}.
   *
   * @param in the mbox
   * @return what each message reports, in mbox order
   * @throws NullPointerException if {@code in} is null
   */
  public Stream<Bounce> readMbox(InputStream in) {
    Objects.requireNonNull(in, "in == null");
    return Mbox.messages(in, settings).map(message -> Assembler.assemble(message.bytes(), message.length(),
        message.truncated(), settings));
  }

  /**
   * The messages of an mbox file, read lazily; close the stream to close the file.
   *
   * @param file the mbox
   * @return what each message reports, in mbox order
   * @throws IOException if the file cannot be opened
   * @throws NullPointerException if {@code file} is null
   */
  public Stream<Bounce> readMbox(Path file) throws IOException {
    Objects.requireNonNull(file, "file == null");
    InputStream in = Files.newInputStream(file);
    return readMbox(in).onClose(() -> {
      try {
        in.close();
      } catch (IOException e) {
        throw new UncheckedIOException("closing " + file, e);
      }
    });
  }

  /**
   * The messages of a maildir folder: the files of its {@code new/} and {@code cur/} subfolders (or of
   * the folder itself when it has neither), in name order, each read when the stream reaches it. An I/O
   * error while the result is consumed is thrown as an {@link UncheckedIOException} naming the file.
   *
   * @param folder the maildir, or a folder of message files
   * @return what each message reports, in name order
   * @throws IOException if the folder cannot be listed
   * @throws NullPointerException if {@code folder} is null
   */
  public Stream<Bounce> readMaildir(Path folder) throws IOException {
    Objects.requireNonNull(folder, "folder == null");
    List<Path> files = new ArrayList<>();
    boolean maildir = false;
    for (String sub : new String[] {"new", "cur"}) {
      Path dir = folder.resolve(sub);
      if (Files.isDirectory(dir)) {
        maildir = true;
        files.addAll(regularFiles(dir));
      }
    }
    if (!maildir) {
      files.addAll(regularFiles(folder));
    }
    return files.stream().map(file -> {
      try {
        return read(file);
      } catch (IOException e) {
        throw new UncheckedIOException("reading " + file, e);
      }
    });
  }

  private static List<Path> regularFiles(Path dir) throws IOException {
    try (Stream<Path> listing = Files.list(dir)) {
      return listing.filter(Files::isRegularFile).sorted().toList();
    }
  }

  /** The limits in force. */
  Settings settings() {
    return settings;
  }

  /** The limits in force, and the mime4j configuration made from them. */
  record Settings(int maxMessageBytes, int maxNestingDepth, int maxParts, int maxHeaderBytes, int maxRecipients,
      int maxReplies, MimeConfig mimeConfig, Classifier classifier) {}

  /**
   * Limits of a {@link BounceReader}, every one with a default and reported as a finding when reached;
   * and the classifier of its results.
   */
  public static final class Builder {
    private int maxMessageBytes = 32 * 1024 * 1024;
    private int maxNestingDepth = 16;
    private int maxParts = 256;
    private int maxHeaderBytes = 64 * 1024;
    private int maxRecipients = 1000;
    private int maxReplies = 4096;
    private Classifier classifier = Classifier.standard();

    private Builder() {}

    /**
     * Sets the classifier that gives each recipient its {@link RecipientResult#classification()}
     * (default {@link Classifier#standard()}, the shipped rules); for rules of one's own, see
     * {@link Classifier#builder()}.
     *
     * @param classifier the classifier
     * @return this builder
     * @throws NullPointerException if {@code classifier} is null
     */
    public Builder classifier(Classifier classifier) {
      this.classifier = Objects.requireNonNull(classifier, "classifier == null");
      return this;
    }

    /**
     * Sets the octets of one message that are read (default 32 MiB); {@link Limit#MESSAGE_BYTES}.
     *
     * @param octets the limit, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code octets} is not between 1 and
     *     {@code Integer.MAX_VALUE - 1}
     */
    public Builder maxMessageBytes(int octets) {
      this.maxMessageBytes = positive(octets, "maxMessageBytes");
      return this;
    }

    /**
     * Sets how deep multiparts may nest (default 16); {@link Limit#NESTING_DEPTH}.
     *
     * @param levels the limit, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code levels} is not between 1 and
     *     {@code Integer.MAX_VALUE - 1}
     */
    public Builder maxNestingDepth(int levels) {
      this.maxNestingDepth = positive(levels, "maxNestingDepth");
      return this;
    }

    /**
     * Sets how many MIME body parts are read (default 256); {@link Limit#PARTS}.
     *
     * @param parts the limit, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code parts} is not between 1 and
     *     {@code Integer.MAX_VALUE - 1}
     */
    public Builder maxParts(int parts) {
      this.maxParts = positive(parts, "maxParts");
      return this;
    }

    /**
     * Sets the octets of one header field, folded lines included (default 64 KiB); {@link Limit#HEADER_BYTES}.
     *
     * @param octets the limit, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code octets} is not between 1 and
     *     {@code Integer.MAX_VALUE - 1}
     */
    public Builder maxHeaderBytes(int octets) {
      this.maxHeaderBytes = positive(octets, "maxHeaderBytes");
      return this;
    }

    /**
     * Sets how many recipients one message may report (default 1000); {@link Limit#RECIPIENTS}.
     *
     * @param recipients the limit, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code recipients} is not between 1 and
     *     {@code Integer.MAX_VALUE - 1}
     */
    public Builder maxRecipients(int recipients) {
      this.maxRecipients = positive(recipients, "maxRecipients");
      return this;
    }

    /**
     * Sets how many replies and status codes are read from a bounce's text (default 4096); {@link Limit#REPLIES}.
     * A real bounce quotes a few per recipient; the cap bounds what a text made of replies can make the
     * reader hold.
     *
     * @param replies the limit, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code replies} is not between 1 and
     *     {@code Integer.MAX_VALUE - 1}
     */
    public Builder maxReplies(int replies) {
      this.maxReplies = positive(replies, "maxReplies");
      return this;
    }

    /** {@return the reader} */
    public BounceReader build() {
      MimeConfig config = MimeConfig.custom().setMaxLineLen(-1).setMaxHeaderCount(-1).setMaxHeaderLen(maxHeaderBytes)
          .setMaxContentLen(-1).build();
      return new BounceReader(new Settings(maxMessageBytes, maxNestingDepth, maxParts, maxHeaderBytes, maxRecipients,
          maxReplies, config, classifier));
    }

    private static int positive(int value, String name) {
      if (value <= 0 || value == Integer.MAX_VALUE) {
        throw new IllegalArgumentException(name + " must be between 1 and " + (Integer.MAX_VALUE - 1) + ", was " + value);
      }
      return value;
    }
  }
}
