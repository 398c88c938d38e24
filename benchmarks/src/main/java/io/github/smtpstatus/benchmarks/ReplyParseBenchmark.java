package io.github.smtpstatus.benchmarks;

import io.github.smtpstatus.SmtpReply;
import io.github.smtpstatus.benchmarks.baseline.ParsedReply;
import io.github.smtpstatus.benchmarks.baseline.RegexStatusCodes;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parsing a whole SMTP reply: {@code SmtpReply.parse} (reply code, enhanced code, every validation and
 * the findings; the line texts stay regions of the input) against a regex per line after a regex split
 * into lines; and {@link #libraryLines}, the parse followed by the line texts as strings.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 10, time = 1)
public class ReplyParseBenchmark {

  /** Postfix's rejection of an unknown recipient, one line. */
  public static final String ONE_LINE =
      "550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown in virtual mailbox table";

  /** Gmail's unknown-recipient reply, three lines with CRLF, as a client receives it. */
  public static final String GMAIL_THREE_LINES =
      "550-5.1.1 The email account that you tried to reach does not exist. Please try\r\n"
      + "550-5.1.1 double-checking the recipient's email address for typos or\r\n"
      + "550 5.1.1 unnecessary spaces. Learn more at https://support.google.com/mail/?p=NoSuchUser"
      + " d75a77b69052e-42f1c0ab3c1si123456qtb.42 - gsmtp";

  /** Which reply. */
  @Param({"oneLine", "gmailThreeLines"})
  public String reply;

  private String text;

  @Setup
  public void setUp() {
    text = switch (reply) {
      case "oneLine" -> ONE_LINE;
      case "gmailThreeLines" -> GMAIL_THREE_LINES;
      default -> throw new IllegalArgumentException(reply);
    };
  }

  @Benchmark
  public SmtpReply library() {
    return SmtpReply.parse(text);
  }

  /**
   * Parsing, then asking for the line texts as strings, which {@code parse} leaves as regions of the
   * input until {@code lines()} is called: the same output as the regex baseline builds.
   */
  @Benchmark
  public List<String> libraryLines() {
    return SmtpReply.parse(text).lines();
  }

  @Benchmark
  public ParsedReply regex() {
    return RegexStatusCodes.parseReply(text);
  }
}
