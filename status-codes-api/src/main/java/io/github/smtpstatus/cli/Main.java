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
 * enhanced code, meaning, findings), else by the codes found in it as free text. In an argument,
 * {@code \r\n} and {@code \n} written out stand for line breaks; the argument is echoed first, with its
 * control characters escaped as every printed line is (see {@link HumanOutput}).
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

  /** Prints what {@code text} is, every line through {@link HumanOutput#println}. */
  static void classify(String text, PrintStream out) {
    HumanOutput.println(out, text);
    Optional<SmtpReply> reply = SmtpReply.tryParse(text.replace("\\r\\n", "\r\n").replace("\\n", "\n"));
    if (reply.isPresent()) {
      SmtpReply parsed = reply.get();
      HumanOutput.println(out, String.format("  SMTP reply %d, enhanced code %s", parsed.code(),
          parsed.enhancedCode().map(code -> code + " = " + code.meaning()).orElse("none")));
      for (ReplyFinding finding : parsed.findings()) {
        HumanOutput.println(out, "  finding " + finding);
      }
      return;
    }
    List<StatusCode> codes = StatusCodes.findAll(text);
    if (codes.isEmpty()) {
      HumanOutput.println(out, "  no status code");
    }
    for (StatusCode code : codes) {
      HumanOutput.println(out, "  found " + code.meaning());
    }
  }
}
