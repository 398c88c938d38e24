package io.github.smtpstatus.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/**
 * One run of the tool through picocli with captured streams.
 *
 * @param exitCode what {@code CommandLine.execute} returned
 * @param out standard output
 * @param err standard error
 */
record Run(int exitCode, String out, String err) {

  /** Runs {@code args} with empty standard input and no terminal. */
  static Run of(String... args) {
    return withStdin("", args);
  }

  /** Runs {@code args} with {@code stdin} as standard input and no terminal. */
  static Run withStdin(String stdin, String... args) {
    return in(Environment.of(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8))), args);
  }

  /** Runs {@code args} in {@code environment}. */
  static Run in(Environment environment, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = SmtpStatus.commandLine(environment, new PrintWriter(out), new PrintWriter(err)).execute(args);
    return new Run(exitCode, out.toString(), err.toString());
  }

  /** A terminal environment (standard output and error) with {@code stdin}. */
  static Environment terminal(InputStream stdin) {
    return new Environment(stdin, true, true, false, System::nanoTime);
  }
}
