package io.github.smtpstatus.bounce;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.Base64InputStream;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.QuotedPrintableInputStream;
import org.apache.james.mime4j.io.MaxHeaderLengthLimitException;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.MimeTokenStream;
import org.apache.james.mime4j.stream.RecursionMode;
import org.apache.james.mime4j.util.MimeUtil;

/**
 * Walks a message with mime4j's pull parser ({@link MimeTokenStream}) in one pass and keeps what a
 * bounce reader needs: the top-level headers, the textual leaf parts (transfer-decoded by mime4j's
 * codecs, then charset-decoded), and the returned message's identifying headers. Attached messages are
 * not descended into: only their header is read.
 *
 * <p>Repairs, each a finding: a multipart whose boundary parameter is missing or matches no delimiter
 * line is read again, headless, with the delimiter its body actually uses; a part whose body holds an
 * indented delimiter line of the enclosing multipart is cut there, and what follows is read as further
 * parts. The message is handed to mime4j in chunks that end at line breaks ({@link LineAlignedInput}).
 * Caps: nesting depth (deeper multiparts are skipped), parts (reading stops), header field
 * length (reading stops at that field).
 */
final class MimeWalker {

  /** RFC 2046 allows 70; longer ones are read as the repair reads a missing one (mime4j's search costs its length per octet). */
  static final int MAX_BOUNDARY = 200;
  /** Repairs re-read bytes already read: at most this many per message keeps the work linear. */
  private static final int MAX_REPAIRS = 8;

  private static final Set<String> TOP_HEADERS = Set.of("from", "to", "subject", "reply-to", "auto-submitted",
      "x-autoreply", "x-autorespond", "precedence", "x-failed-recipients", "content-type", "x-apple-unsubscribe");

  private final BounceReader.Settings settings;
  private final MimeConfig config;
  private final MimeContent content = new MimeContent();
  private int parts;
  private int repairs;
  private boolean stopped;
  private boolean depthReported;

  private MimeWalker(BounceReader.Settings settings) {
    this.settings = settings;
    this.config = settings.mimeConfig();
  }

  /** What a bounce reader needs of {@code message[0, length)}. */
  static MimeContent read(byte[] message, int length, BounceReader.Settings settings) {
    MimeWalker walker = new MimeWalker(settings);
    walker.walk(message, length, null, 0, new ArrayDeque<>());
    return walker.content;
  }

  /** One entity being read: its declared type and boundary, and what the repairs need. */
  private static final class Entity {
    String type;
    String boundary;
    /** A {@code message/rfc822} part that mime4j is asked to descend into, for the header of the message it holds. */
    boolean recursed;
    /** The message inside such a part: only its identifying header fields are kept, its body is skipped. */
    String[] returned;
    boolean flat;
    boolean skipped;
    int bodyParts;
    byte[] preamble;
  }

  /** Reads {@code bytes[0, length)}, handed to mime4j in chunks that end at line breaks ({@link LineAlignedInput}). */
  private void walk(byte[] bytes, int length, String headlessType, int depth, Deque<String> boundaries) {
    InputStream in = new LineAlignedInput(bytes, 0, length);
    MimeTokenStream tokens = new MimeTokenStream(config);
    tokens.setRecursionMode(RecursionMode.M_NO_RECURSE);
    Deque<Entity> entities = new ArrayDeque<>();
    if (headlessType == null) {
      tokens.parse(in);
    } else {
      tokens.parseHeadless(in, headlessType);
      Entity root = new Entity();
      contentType(root, headlessType);
      entities.push(root);
    }
    int multipartDepth = depth;
    try {
      for (EntityState state = tokens.getState(); state != EntityState.T_END_OF_STREAM && !stopped;
          state = tokens.next()) {
        switch (state) {
          case T_START_MESSAGE -> {
            Entity message = new Entity();
            if (!entities.isEmpty() && entities.peek().recursed) {
              message.returned = new String[5];
            }
            entities.push(message);
          }
          case T_START_BODYPART -> {
            if (++parts > settings.maxParts()) {
              content.findings.add(BounceFinding.limit(Limit.PARTS, "the message has more than "
                  + settings.maxParts() + " MIME parts; the rest was not read"));
              stopped = true;
            } else {
              entities.peek().bodyParts++;
              entities.push(new Entity());
            }
          }
          case T_FIELD -> {
            if (entities.peek().returned != null) {
              OriginalHeaders.keep(tokens.getField(), entities.peek().returned, content.findings);
            } else {
              field(tokens.getField(), entities.peek(), headlessType == null && depth == 0 && entities.size() == 1);
            }
          }
          case T_END_HEADER -> {
            Entity entity = entities.peek();
            if (entity.returned != null) {
              OriginalHeaders.found(OriginalMessage.Source.ATTACHED, entity.returned, content);
              tokens.setRecursionMode(RecursionMode.M_FLAT); // its body is the sender's, not the bounce's
            } else if ("message/rfc822".equals(entity.type)) {
              entity.recursed = true;
              tokens.setRecursionMode(RecursionMode.M_RECURSE);
            } else {
              startBody(tokens, entity, multipartDepth);
            }
          }
          case T_START_MULTIPART -> {
            multipartDepth++;
            // mime4j's own reading of the boundary, which decided that this is a multipart.
            boundaries.push(tokens.getBodyDescriptor().getBoundary());
          }
          case T_PREAMBLE -> entities.peek().preamble = tokens.getInputStream().readAllBytes();
          case T_END_MULTIPART -> {
            multipartDepth--;
            boundaries.pop();
            Entity multipart = entities.peek();
            if (multipart.bodyParts == 0 && multipart.preamble != null) {
              repairBoundary(multipart, multipart.preamble, multipartDepth, boundaries);
            }
          }
          case T_BODY -> {
            Entity entity = entities.peek();
            if (entity.returned != null || entity.recursed) {
              tokens.setRecursionMode(RecursionMode.M_NO_RECURSE);
            }
            if (entity.returned != null) {
              continue; // the returned message's body: never read
            }
            if (entity.flat) {
              tokens.setRecursionMode(RecursionMode.M_NO_RECURSE);
              if (!entity.skipped) {
                repairBoundary(entity, tokens.getInputStream().readAllBytes(), multipartDepth, boundaries);
              }
            } else {
              leaf(tokens, boundaries, multipartDepth, entity);
            }
          }
          case T_END_BODYPART, T_END_MESSAGE -> entities.pop();
          default -> { }
        }
      }
    } catch (MaxHeaderLengthLimitException e) {
      content.findings.add(BounceFinding.limit(Limit.HEADER_BYTES, "a header field is longer than "
          + settings.maxHeaderBytes() + " octets; the message was read up to it"));
      stopped = true;
    } catch (MimeException | IOException e) {
      content.findings.add(new BounceFinding(BounceFinding.Kind.UNREADABLE_STRUCTURE,
          "the MIME structure could not be read past this point: " + e.getMessage()));
      stopped = true;
    }
  }

  private void field(Field field, Entity entity, boolean topLevel) {
    String name = field.getNameLowerCase();
    if (name.equals("content-type")) {
      contentType(entity, HeaderValues.value(field, content.findings));
    }
    if (topLevel && TOP_HEADERS.contains(name)) {
      content.headers.add(new MimeContent.Header(name, HeaderValues.decodeWords(HeaderValues.value(field,
          content.findings))));
    }
  }

  private static void contentType(Entity entity, String value) {
    HeaderValues.ContentType parsed = HeaderValues.contentType(value);
    entity.type = parsed.type();
    entity.boundary = parsed.boundary();
  }

  /** Before the body: a multipart without a usable boundary, or nested too deep, is read as one raw body. */
  private void startBody(MimeTokenStream tokens, Entity entity, int multipartDepth) {
    if (entity.type == null || !entity.type.startsWith("multipart/")) {
      return;
    }
    if (entity.boundary == null || entity.boundary.isEmpty() || entity.boundary.length() > MAX_BOUNDARY) {
      entity.flat = true;
    } else if (multipartDepth >= settings.maxNestingDepth()) {
      entity.flat = true;
      entity.skipped = true;
      if (!depthReported) {
        depthReported = true;
        content.findings.add(BounceFinding.limit(Limit.NESTING_DEPTH, "multiparts nest deeper than "
            + settings.maxNestingDepth() + " levels; the deeper ones were skipped"));
      }
    }
    if (entity.flat) {
      tokens.setRecursionMode(RecursionMode.M_FLAT);
    }
  }

  /**
   * A multipart whose declared boundary found no part: read its body again with the delimiter it really
   * uses, or, when it has none, as the text it is.
   */
  private void repairBoundary(Entity entity, byte[] body, int depth, Deque<String> boundaries) {
    if (repairs++ >= MAX_REPAIRS) {
      return;
    }
    String found = Delimiters.discover(body);
    String declared = entity.boundary == null || entity.boundary.isEmpty() ? "no boundary parameter"
        : entity.boundary.length() > MAX_BOUNDARY ? "a boundary parameter of " + entity.boundary.length() + " characters"
        : "the boundary parameter \"" + entity.boundary + "\", which matches no delimiter line";
    if (found == null) {
      content.findings.add(new BounceFinding(BounceFinding.Kind.BOUNDARY_MISMATCH, "the " + entity.type
          + " part has " + declared + " and its body has no delimiter line; read as text"));
      undelimited(TextDecoding.decode(body, body.length, null, "the " + entity.type + " body", content.findings));
      return;
    }
    content.findings.add(new BounceFinding(BounceFinding.Kind.BOUNDARY_MISMATCH, "the " + entity.type + " part has "
        + declared + "; its parts were read at the delimiter lines --" + found));
    walk(body, body.length, entity.type + "; boundary=\"" + found + "\"", depth, boundaries);
  }

  /**
   * The text of a multipart without delimiter lines: its parts run together. Delivery status fields at
   * the start of a line ({@code Reporting-MTA:}, {@code Final-Recipient:}) start the report, and a header
   * block after a blank line starts the returned message.
   */
  private void undelimited(String text) {
    int report = InlineReport.start(text);
    if (report < 0) {
      content.parts.add(new MimeContent.Part("text/plain", null, text));
      return;
    }
    content.parts.add(new MimeContent.Part("text/plain", null, text.substring(0, report)));
    String rest = text.substring(report);
    int original = OriginalMarkers.start(rest);
    content.parts.add(new MimeContent.Part("message/delivery-status", null,
        original < 0 ? rest : rest.substring(0, original)));
    content.findings.add(new BounceFinding(BounceFinding.Kind.INLINE_REPORT, "delivery status fields were found"
        + " in the undelimited text at line " + InlineReport.lineOf(text, report) + "; read as the report"));
    if (original >= 0 && content.original == null) {
      content.original = OriginalHeaders.fromText(rest.substring(OriginalMarkers.contentStart(rest, original)), config);
    }
  }

  /**
   * A message without a {@code Content-Type} whose body is MIME parts (a delimiter line used twice, and
   * part headers): read as {@code multipart/mixed} at that delimiter.
   */
  private boolean headerlessMultipart(byte[] raw, Deque<String> boundaries, int depth) {
    String found = Delimiters.discover(raw);
    if (found == null || !Delimiters.hasPartHeader(raw, found) || repairs++ >= MAX_REPAIRS) {
      return false;
    }
    content.findings.add(new BounceFinding(BounceFinding.Kind.BOUNDARY_MISMATCH, "the message has no Content-Type"
        + " but its body is MIME parts delimited by --" + found + "; read as multipart/mixed"));
    walk(raw, raw.length, "multipart/mixed; boundary=\"" + found + "\"", depth, boundaries);
    return true;
  }

  private void leaf(MimeTokenStream tokens, Deque<String> boundaries, int depth, Entity entity) throws IOException {
    BodyDescriptor body = tokens.getBodyDescriptor();
    String type = body.getMimeType() == null ? "text/plain" : body.getMimeType().toLowerCase(Locale.ROOT);
    boolean returnedMessage = type.equals("message/rfc822") || type.equals("message/global");
    boolean returnedHeaders = type.equals("text/rfc822-headers") || type.equals("text/rfc822-header")
        || type.equals("message/global-headers");
    if (returnedMessage) {
      OriginalHeaders.read(tokens.getDecodedInputStream(), OriginalMessage.Source.ATTACHED, config, content);
      return;
    }
    if (!returnedHeaders && !isTextual(type)) {
      return;
    }
    byte[] raw = tokens.getInputStream().readAllBytes();
    if (entity.type == null && boundaries.isEmpty() && headerlessMultipart(raw, boundaries, depth)) {
      return;
    }
    String boundary = boundaries.peek();
    int cut = boundary == null ? -1 : Delimiters.indented(raw, boundary);
    int length = cut < 0 ? raw.length : cut;
    if (returnedHeaders) {
      byte[] decoded = decodeTransfer(raw, length, body.getTransferEncoding());
      OriginalHeaders.read(new ByteArrayInputStream(decoded), OriginalMessage.Source.HEADERS, config, content);
    } else {
      String charset = body.getCharset();
      if (charset == null && type.startsWith("message/global")) {
        charset = "utf-8"; // RFC 6533 section 6: UTF-8 throughout
      }
      content.parts.add(new MimeContent.Part(type, charset, raw, length, body.getTransferEncoding(), content.findings));
    }
    if (cut >= 0 && repairs++ < MAX_REPAIRS) {
      content.findings.add(new BounceFinding(BounceFinding.Kind.INDENTED_DELIMITER, "a delimiter line --" + boundary
          + " is indented; the parts after it were read as parts of the multipart"));
      byte[] rest = Delimiters.unindented(raw, cut, boundary);
      walk(rest, rest.length, "multipart/mixed; boundary=\"" + boundary + "\"", depth, boundaries);
    }
  }

  /** The types whose text a bounce reader reads. */
  private static boolean isTextual(String type) {
    return type.startsWith("text/") || type.equals("message/delivery-status")
        || type.equals("message/global-delivery-status") || type.equals("message/feedback-report");
  }

  /** {@code raw[0, length)} decoded from its transfer encoding by mime4j's codecs (base64, quoted-printable). */
  static byte[] decodeTransfer(byte[] raw, int length, String encoding) {
    InputStream in = new ByteArrayInputStream(raw, 0, length);
    try {
      if (MimeUtil.isBase64Encoding(encoding)) {
        return new Base64InputStream(in, DecodeMonitor.SILENT).readAllBytes();
      }
      if (MimeUtil.isQuotedPrintableEncoded(encoding)) {
        return new QuotedPrintableInputStream(in, DecodeMonitor.SILENT).readAllBytes();
      }
    } catch (IOException e) {
      // The codecs read from memory and, monitored silently, skip what they cannot decode.
      throw new java.io.UncheckedIOException("decoding " + encoding + " from memory", e);
    }
    return length == raw.length ? raw : java.util.Arrays.copyOf(raw, length);
  }
}
