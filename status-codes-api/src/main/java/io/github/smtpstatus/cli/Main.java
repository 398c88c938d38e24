package io.github.smtpstatus.cli;

import io.github.smtpstatus.ReplyFinding;
import io.github.smtpstatus.SmtpReply;
import io.github.smtpstatus.StatusCode;
import io.github.smtpstatus.StatusCodes;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/**
 * {@code java -jar status-codes-api.jar}: prints the bundled registry that the build generated.
 *
 * <p>With arguments, classifies each one instead: as an SMTP reply when it is one (reply code,
 * enhanced code, meaning, findings), else by the codes found in it as free text.
 */
public final class Main {

  private Main() {}

  /** Prints the registry, or classifies each argument. */
  public static void main(String[] args) {
    if (args.length == 0) {
      RegistryTable.print(System.out);
      return;
    }
    for (String arg : args) {
      classify(arg, System.out);
    }
  }

  static void classify(String text, PrintStream out) {
    out.println(text.replace("\r", "\\r").replace("\n", "\\n"));
    Optional<SmtpReply> reply = SmtpReply.tryParse(text.replace("\\r\\n", "\r\n").replace("\\n", "\n"));
    if (reply.isPresent()) {
      SmtpReply parsed = reply.get();
      out.printf("  SMTP reply %d, enhanced code %s%n", parsed.code(),
          parsed.enhancedCode().map(code -> code + " = " + code.meaning()).orElse("none"));
      for (ReplyFinding finding : parsed.findings()) {
        out.printf("  finding %s%n", finding);
      }
      return;
    }
    List<StatusCode> codes = StatusCodes.findAll(text);
    if (codes.isEmpty()) {
      out.println("  no status code");
    }
    for (StatusCode code : codes) {
      out.printf("  found %s%n", code.meaning());
    }
  }
}
