package io.github.smtpstatus.benchmarks.corpus;

/**
 * Replies and DSN field values shaped to defeat the reply and DSN parsers (issue 10), each exactly as
 * long as asked, so that time per call divided by the length is the cost per byte. The shapes:
 *
 * <ul>
 *   <li>{@code distinctCodes}: every line its own code ({@code 550-5.0.0 x}, {@code 550-5.0.1 x} ...)
 *       and a last line without one, the reply that took the quadratic parser 6 s at 1 MiB;
 *   <li>{@code alternatingCodes}: two codes taking turns, line by line;
 *   <li>{@code missingCodes}: every other line without a code, the last one too;
 *   <li>{@code longLines}: lines of 1,000 characters, each over RFC 5321's 512 octets;
 *   <li>{@code manyLines}: the shortest lines there are ({@code 550-} and its CRLF).
 * </ul>
 *
 * <p>{@link #diagnosticCode} writes a reply into a {@code Diagnostic-Code} value, flattened onto one line
 * (as Postfix does) for the shapes about codes and folded at every line for the others; {@link #status}
 * builds {@code Status} values whose comment is made of folds, nested comments, quoted pairs or plain
 * text. {@code first} shifts where the shape starts (another first code, another mix), so that texts of
 * one size differ from each other.
 */
public final class AdversarialReplies {

  /** The reply shapes. */
  public static final String[] REPLY_SHAPES = {"distinctCodes", "alternatingCodes", "missingCodes", "longLines",
      "manyLines"};

  /** The {@code Status} shapes. */
  public static final String[] STATUS_SHAPES = {"folds", "nestedComments", "quotedPairs", "longComment"};

  private static final String PREFIX = "smtp; ";

  private AdversarialReplies() {}

  /** A reply of exactly {@code length} characters (at least 64) in the given shape, CRLF line ends. */
  public static String reply(String shape, int length, int first) {
    StringBuilder reply = new StringBuilder(length);
    String last = switch (shape) {
      case "alternatingCodes" -> "550 5.1.1 ";
      case "longLines" -> "550 5.2.2 ";
      default -> "550 last line has no code ";
    };
    for (int i = first; ; i++) {
      String line = line(shape, i);
      if (reply.length() + line.length() + last.length() > length) {
        break;
      }
      reply.append(line);
    }
    reply.append(last);
    while (reply.length() < length) {
      reply.append('x');
    }
    return reply.toString();
  }

  private static String line(String shape, int i) {
    return switch (shape) {
      case "distinctCodes" -> "550-5." + i / 1000 % 1000 + "." + i % 1000 + " x\r\n";
      case "alternatingCodes" -> i % 2 == 0 ? "550-5.1.1 first\r\n" : "550-5.7.1 second\r\n";
      case "missingCodes" -> i % 2 == 0 ? "550-5.1.1 with\r\n" : "550-without\r\n";
      case "longLines" -> "550-5.2.2 " + "y".repeat(1000 - 12) + "\r\n";
      case "manyLines" -> "550-\r\n";
      default -> throw new IllegalArgumentException("shape " + shape);
    };
  }

  /**
   * {@code smtp; } and a reply of the shape, {@code length} characters in all: each CRLF becomes two
   * spaces (a flattened reply) for the shapes about codes, and LF and a space (a fold) for the others.
   */
  public static String diagnosticCode(String shape, int length, int first) {
    String reply = reply(shape, length - PREFIX.length(), first);
    boolean flattened = !shape.equals("longLines") && !shape.equals("manyLines");
    return PREFIX + reply.replace("\r\n", flattened ? "  " : "\n ");
  }

  /** A {@code Status} value of exactly {@code length} characters (at least 64): a code and a comment of the shape. */
  public static String status(String shape, int length, int first) {
    String code = "5.1." + first % 1000 + " (";
    int room = length - code.length() - 1;
    String body = switch (shape) {
      case "folds" -> repeat("a\r\n ", room);
      case "nestedComments" -> "(".repeat(room / 2 - 1) + ")".repeat(room / 2 - 1);
      case "quotedPairs" -> repeat("\\)\\(", room);
      case "longComment" -> repeat("bad destination mailbox address ", room);
      default -> throw new IllegalArgumentException("shape " + shape);
    };
    return code + body + "x".repeat(room - body.length()) + ")";
  }

  /** Whole copies of {@code piece} that fit in {@code room} characters. */
  private static String repeat(String piece, int room) {
    return piece.repeat(room / piece.length());
  }
}
