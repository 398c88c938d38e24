package io.github.smtpstatus.cli.bounces;

import io.github.smtpstatus.bounce.Bounce;
import io.github.smtpstatus.bounce.BounceFinding;
import io.github.smtpstatus.bounce.BounceKind;
import io.github.smtpstatus.bounce.BounceReader;
import io.github.smtpstatus.bounce.RecipientResult;
import io.github.smtpstatus.cli.input.Input;
import io.github.smtpstatus.cli.output.TerminalText;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads the bounce messages of each input, one message at a time, and gives each recipient's result
 * in order. An input is a folder (a maildir, or a folder of message files: see {@link #folderFiles}),
 * an mbox file (it starts with {@code From }), a single message ({@code .eml}), or standard input (an
 * mbox or one message, told the same way). A file or message that cannot be read is
 * reported on standard error and counted; the others are read all the same.
 */
public final class BounceReading {

  /**
   * What a reading read.
   *
   * @param inputs how many inputs were named
   * @param unreadable how many inputs or messages could not be read (an I/O error)
   * @param messages how many messages were read
   * @param notBounces how many of them were no bounce (no recipient result)
   * @param damaged how many the reader could read only in part (damaged MIME structure or a limit reached)
   */
  public record Counts(int inputs, int unreadable, long messages, long notBounces, long damaged) {}

  private final BounceReader reader;
  private final List<Input> inputs;
  private final PrintWriter err;

  /**
   * A reading of {@code inputs}.
   *
   * @param reader the bounce reader, with its limits and its classifier (each recipient's
   *     {@link RecipientResult#classification()})
   * @param inputs the inputs, read in order
   * @param err where unreadable inputs are reported
   */
  public BounceReading(BounceReader reader, List<Input> inputs, PrintWriter err) {
    this.reader = reader;
    this.inputs = List.copyOf(inputs);
    this.err = err;
  }

  /**
   * Reads everything, or until {@code stop} says so.
   *
   * @param results gets each recipient's result, in order
   * @param stop asked before each message; true stops the reading
   * @return what was read
   */
  public Counts run(Consumer<BounceResult> results, BooleanSupplier stop) {
    long[] counts = new long[4];
    for (Input input : inputs) {
      if (stop.getAsBoolean()) {
        break;
      }
      try (Stream<Message> messages = messages(input)) {
        Iterator<Message> each = messages.iterator();
        long number = 0;
        while (!stop.getAsBoolean() && each.hasNext()) {
          Message message;
          number++;
          try {
            message = each.next();
          } catch (UncheckedIOException e) {
            counts[0]++;
            report(input.name() + " message " + number, e.getCause());
            continue;
          }
          counts[1]++;
          Bounce bounce = message.bounce();
          if (bounce.kind() == BounceKind.NOT_A_BOUNCE || bounce.recipients().isEmpty()) {
            counts[2]++;
          }
          if (bounce.hasFinding(BounceFinding.Kind.UNREADABLE_STRUCTURE)
              || bounce.hasFinding(BounceFinding.Kind.LIMIT_REACHED)) {
            counts[3]++;
          }
          for (RecipientResult recipient : bounce.recipients()) {
            results.accept(new BounceResult(input.name(), number, message.file(), bounce, recipient));
          }
        }
      } catch (IOException e) {
        counts[0]++;
        report(input.name(), e);
      } catch (UncheckedIOException e) {
        counts[0]++;
        report(input.name(), e.getCause());
      }
    }
    return new Counts(inputs.size(), (int) counts[0], counts[1], counts[2], counts[3]);
  }

  private record Message(Bounce bounce, String file) {}

  private Stream<Message> messages(Input input) throws IOException {
    Path path = input.path();
    if (path != null && Files.isDirectory(path)) {
      return folderFiles(path).stream().map(file -> {
        try {
          return new Message(reader.read(file), file.toString());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    InputStream in = new BufferedInputStream(input.open(), 1 << 16);
    if (isMbox(in)) {
      return reader.readMbox(in).map(bounce -> new Message(bounce, null)).onClose(() -> close(in));
    }
    try (in) {
      return Stream.of(new Message(reader.read(in), null));
    }
  }

  /**
   * The message files of a folder, in name order: those of a maildir's {@code new/} and {@code cur/}
   * (never {@code tmp/}, where messages are still being written), else the folder's own regular files;
   * names starting with a dot are skipped.
   */
  static List<Path> folderFiles(Path folder) throws IOException {
    List<Path> files = new java.util.ArrayList<>();
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
    return files;
  }

  private static List<Path> regularFiles(Path dir) throws IOException {
    try (Stream<Path> listing = Files.list(dir)) {
      return listing.filter(Files::isRegularFile).filter(file -> !file.getFileName().toString().startsWith("."))
          .sorted().toList();
    }
  }

  /** Whether the stream starts with an mbox envelope line, {@code From }; the stream is left where it was. */
  static boolean isMbox(InputStream in) throws IOException {
    in.mark(5);
    byte[] start = in.readNBytes(5);
    in.reset();
    return Arrays.equals(start, "From ".getBytes(StandardCharsets.US_ASCII));
  }

  private static void close(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void report(String what, IOException e) {
    String reason = e instanceof java.nio.file.NoSuchFileException ? "no such file"
        : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
        : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    err.println("smtp-status: cannot read " + TerminalText.escape(what) + ": " + TerminalText.escape(reason));
    err.flush();
  }
}
