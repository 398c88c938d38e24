package io.github.smtpstatus.classify;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.MimeTokenStream;
import org.apache.james.mime4j.stream.RecursionMode;

/**
 * A test-side reading of one bounce message, until the bounce reader exists: the human-readable
 * text before the returned message, and the per-recipient fields of its {@code message/delivery-status}
 * part (RFC 3464), both decoded by mime4j. Deliberately simple: it knows MIME and RFC 3464, no MTA.
 */
record CorpusBounce(String prose, List<Map<String, String>> recipients) {

  /** Reads a message file. */
  static CorpusBounce read(Path file) throws IOException {
    StringBuilder prose = new StringBuilder();
    StringBuilder plain = new StringBuilder();
    StringBuilder html = new StringBuilder();
    List<Map<String, String>> recipients = new ArrayList<>();
    MimeTokenStream stream = new MimeTokenStream(MimeConfig.PERMISSIVE);
    stream.setRecursionMode(RecursionMode.M_NO_RECURSE);
    try (InputStream in = Files.newInputStream(file)) {
      stream.parse(in);
      for (EntityState state = stream.getState(); state != EntityState.T_END_OF_STREAM; state = stream.next()) {
        if (state != EntityState.T_BODY) {
          continue;
        }
        BodyDescriptor body = stream.getBodyDescriptor();
        String type = body.getMimeType().toLowerCase(Locale.ROOT);
        if (type.equals("message/rfc822") || type.equals("text/rfc822-headers")) {
          break;
        }
        String text = read(stream, body);
        if (type.equals("message/delivery-status") || type.equals("message/global-delivery-status")) {
          recipients.addAll(groups(text));
        } else if (type.equals("message/feedback-report")) {
          prose.append(text).append('\n');
        } else if (type.equals("text/plain") && plain.length() == 0) {
          plain.append(text);
        } else if (type.equals("text/html") && html.length() == 0) {
          html.append(text.replaceAll("(?s)<(style|head).*?</\\1>|<[^>]*>", " "));
        }
      }
    } catch (MimeException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
    // The notification is the first text part (its HTML twin only when there is no plain text); later
    // text parts are attachments, such as the returned message's headers.
    prose.insert(0, withoutReturnedMessage(plain.length() > 0 ? plain.toString() : html.toString()));
    return new CorpusBounce(prose.toString(), recipients);
  }

  /**
   * The prose up to the line where a returned copy of the message starts, as the common MTAs
   * introduce it ("Below this line is a copy of the message", "Original message follows", ...): the
   * copy's headers and body are the sender's, not the bounce's.
   */
  private static String withoutReturnedMessage(String prose) {
    java.util.regex.Matcher start = java.util.regex.Pattern.compile("(?im)^(.*(-{3,}|={3,}).*(original message|"
        + "returned message|copy of the message|unsent message|message follows).*|.*(below this line is a copy of the "
        + "message|this is a copy of the message|original message follows|original message headers|enclosed is a copy "
        + "of the message|message headers follow|copy of the message header|contains the original mail headers).*)$").matcher(prose);
    return start.find() ? prose.substring(0, start.start()) : prose;
  }

  /**
   * The text for the {@code index}-th recipient (1-based): its {@code Diagnostic-Code} when the DSN
   * has one, followed by the paragraph of the prose that names the recipient (which often says more,
   * such as the SMTP command the server answered); without a DSN, the prose, or where several
   * recipients share it, the part from the first mention of the {@code index}-th address to the first
   * mention of the next.
   */
  String textFor(int index, int recipientsInFile) {
    String diagnostic = field(index, "diagnostic-code");
    if (diagnostic != null && !diagnostic.isBlank()) {
      String recipient = field(index, "final-recipient");
      String address = recipient == null ? "" : recipient.substring(recipient.indexOf(';') + 1).strip();
      for (String paragraph : prose.split("\\n[ \\t]*\\n")) {
        if (!address.isEmpty() && paragraph.toLowerCase(Locale.ROOT).contains(address.toLowerCase(Locale.ROOT))) {
          return diagnostic + "\n" + paragraph;
        }
      }
      return diagnostic;
    }
    if (recipientsInFile > 1) {
      String block = block(index, recipientsInFile, "(?m)^\\s*<?[^\\s@<>\"]+@[^\\s<>:\"]+>?:?");
      if (block != null) {
        return block;
      }
      List<String> addresses = new ArrayList<>();
      List<Integer> starts = new ArrayList<>();
      java.util.regex.Matcher matcher = java.util.regex.Pattern
          .compile("[\\w.+=-]+@[\\w-]+(\\.[\\w-]+)+").matcher(prose);
      while (matcher.find()) {
        String address = matcher.group().toLowerCase(Locale.ROOT);
        if (!addresses.contains(address)) {
          addresses.add(address);
          starts.add(matcher.start());
        }
      }
      if (addresses.size() == recipientsInFile) {
        int end = index < starts.size() ? starts.get(index) : prose.length();
        return prose.substring(starts.get(index - 1), end);
      }
    }
    return prose;
  }

  /** The part of the prose from the {@code index}-th match of {@code pattern} to the next, if there are enough. */
  private String block(int index, int recipientsInFile, String pattern) {
    List<Integer> starts = new ArrayList<>();
    java.util.regex.Matcher matcher = java.util.regex.Pattern.compile(pattern).matcher(prose);
    while (matcher.find()) {
      starts.add(matcher.start());
    }
    if (starts.size() < recipientsInFile || index > starts.size()) {
      return null;
    }
    return prose.substring(starts.get(index - 1), index < starts.size() ? starts.get(index) : prose.length());
  }

  /** A field of the {@code index}-th recipient's DSN group (1-based), lower-case name, or null. */
  String field(int index, String name) {
    return index <= recipients.size() ? recipients.get(index - 1).get(name) : null;
  }

  private static String read(MimeTokenStream stream, BodyDescriptor body) throws IOException {
    Charset charset;
    try {
      charset = body.getCharset() == null ? StandardCharsets.ISO_8859_1 : Charset.forName(body.getCharset());
    } catch (IllegalArgumentException e) {
      charset = StandardCharsets.ISO_8859_1;
    }
    try (Reader reader = new java.io.InputStreamReader(stream.getDecodedInputStream(), charset)) {
      StringBuilder text = new StringBuilder();
      char[] buffer = new char[8192];
      for (int n; (n = reader.read(buffer)) > 0; ) {
        text.append(buffer, 0, n);
      }
      return text.toString().replace("\r\n", "\n").replace('\r', '\n');
    }
  }

  /** The per-recipient field groups of a delivery-status body: blank-line separated, the first is per-message. */
  private static List<Map<String, String>> groups(String text) {
    List<Map<String, String>> groups = new ArrayList<>();
    String[] blocks = text.replace("\r\n", "\n").split("\n[ \t]*\n");
    for (int b = 1; b < blocks.length; b++) {
      Map<String, String> fields = new LinkedHashMap<>();
      String name = null;
      for (String line : blocks[b].split("\n")) {
        if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t') && name != null) {
          fields.merge(name, " " + line.strip(), String::concat);
        } else if (line.indexOf(':') > 0) {
          name = line.substring(0, line.indexOf(':')).strip().toLowerCase(Locale.ROOT);
          fields.putIfAbsent(name, line.substring(line.indexOf(':') + 1).strip());
        }
      }
      if (fields.containsKey("final-recipient") || fields.containsKey("original-recipient")
          || fields.containsKey("action") || fields.containsKey("status")) {
        groups.add(fields);
      }
    }
    return groups;
  }
}
