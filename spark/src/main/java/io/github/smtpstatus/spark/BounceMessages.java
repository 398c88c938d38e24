package io.github.smtpstatus.spark;

import io.github.smtpstatus.bounce.Bounce;
import io.github.smtpstatus.bounce.BounceFinding;
import io.github.smtpstatus.bounce.BounceKind;
import io.github.smtpstatus.bounce.BounceReader;
import io.github.smtpstatus.bounce.RecipientResult;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One file's bytes (one message, or an mbox of many) to {@link BounceResult} rows, with the
 * single-machine {@link BounceReader}, each recipient classified by the reader
 * ({@link RecipientResult#classification()}, with the shipped classifier). The reader is created once per
 * JVM with its default limits and is immutable and thread-safe; nothing else is kept between calls.
 */
final class BounceMessages {

  /** Files larger than this are not read (an unreadable row says so): split such an mbox. */
  static final long MAX_FILE_BYTES = 1L << 30;

  private static final BounceReader READER = BounceReader.create();

  private static final byte[] MBOX_START = {'F', 'r', 'o', 'm', ' '};

  private BounceMessages() {}

  /**
   * The rows of one file: an mbox (it starts with {@code From }) gives the rows of each of its messages,
   * any other file those of the one message it is.
   *
   * @param source the file's name
   * @param content the file's bytes, or null when they could not be had
   * @return the rows, at least one
   */
  static List<BounceResult> read(String source, byte[] content) {
    if (content == null || content.length == 0) {
      return List.of(unreadable(source, 1, content == null ? "no content" : "empty file"));
    }
    List<BounceResult> rows = new ArrayList<>();
    if (startsWith(content, MBOX_START)) {
      try (Stream<Bounce> bounces = READER.readMbox(new ByteArrayInputStream(content))) {
        long number = 0;
        Iterator<Bounce> each = bounces.iterator();
        while (true) {
          number++;
          Bounce bounce;
          try {
            if (!each.hasNext()) {
              break;
            }
            bounce = each.next();
          } catch (RuntimeException e) {
            // Bytes in memory raise no I/O error; see readOne for why the rest of the file is given up.
            rows.add(unreadable(source, number, problem(e)));
            break;
          }
          addRows(rows, source, number, bounce);
        }
      }
    } else {
      readOne(rows, source, content);
    }
    return rows;
  }

  /** The row of a file too large to read. */
  static BounceResult tooLarge(String source, long bytes) {
    return unreadable(source, 1, "file of " + bytes + " bytes is larger than " + MAX_FILE_BYTES
        + " bytes, the most read; split it");
  }

  private static void readOne(List<BounceResult> rows, String source, byte[] content) {
    Bounce bounce;
    try {
      bounce = READER.read(content);
    } catch (RuntimeException e) {
      // The reader documents no exception for bad input; should one of millions of messages still find
      // a defect, it becomes one marked row instead of failing the whole job.
      rows.add(unreadable(source, 1, problem(e)));
      return;
    }
    addRows(rows, source, 1, bounce);
  }

  private static void addRows(List<BounceResult> rows, String source, long number, Bounce bounce) {
    String kind = LogLines.lower(bounce.kind());
    String problem = damage(bounce);
    if (bounce.recipients().isEmpty()) {
      BounceResult row = base(source, number, kind, problem);
      row.setReportingMta(bounce.reportingMta().orElse(null));
      rows.add(row);
      return;
    }
    for (RecipientResult recipient : bounce.recipients()) {
      BounceResult row = base(source, number, kind, problem);
      row.setReportingMta(bounce.reportingMta().orElse(null));
      String domain = Classifications.domain(recipient.recipient());
      row.setRecipient(recipient.recipient());
      row.setRecipientDomain(domain);
      row.setAction(recipient.action().map(LogLines::lower).orElse(null));
      row.setStatus(recipient.status().map(Object::toString).orElse(null));
      Integer reply = recipient.replyCode().isPresent() ? recipient.replyCode().getAsInt() : null;
      row.setReplyCode(reply);
      row.setRemoteMta(recipient.remoteMta().orElse(null));
      row.setDiagnostic(recipient.diagnosticText());
      if (bounce.kind() != BounceKind.NOT_A_BOUNCE) {
        Classifications.fill(row, recipient.classification());
      }
      rows.add(row);
    }
  }

  /** What the reader could read only in part: its first structure or limit finding, else null. */
  private static String damage(Bounce bounce) {
    for (BounceFinding finding : bounce.findings()) {
      if (finding.kind() == BounceFinding.Kind.UNREADABLE_STRUCTURE
          || finding.kind() == BounceFinding.Kind.LIMIT_REACHED) {
        return finding.kind().name() + ": " + finding.message();
      }
    }
    return null;
  }

  private static BounceResult unreadable(String source, long number, String problem) {
    return base(source, number, "unreadable", problem);
  }

  private static BounceResult base(String source, long number, String kind, String problem) {
    BounceResult row = new BounceResult();
    row.setSource(source);
    row.setMessage(number);
    row.setKind(kind);
    row.setProblem(problem);
    return row;
  }

  private static String problem(RuntimeException e) {
    return e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
