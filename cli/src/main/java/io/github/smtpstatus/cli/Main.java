package io.github.smtpstatus.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** {@code java -jar smtp-status.jar}: runs {@link SmtpStatus} and exits with its exit code. */
public final class Main {

  private Main() {}

  /**
   * Runs the tool; output is UTF-8 whatever the platform's default.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new BufferedWriter(
        new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16));
    PrintWriter err = new PrintWriter(
        new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
    int exitCode = SmtpStatus.commandLine(Environment.system(), out, err).execute(args);
    out.flush();
    err.flush();
    System.exit(exitCode);
  }
}
