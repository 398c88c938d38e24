package io.github.smtpstatus.cli;

import java.io.Console;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * What the tool reads from its surroundings, so that tests can give their own: standard input,
 * whether standard output and standard error are terminals, whether {@code NO_COLOR} is set, and the
 * clock the progress line uses.
 *
 * @param stdin standard input
 * @param stdoutIsTerminal whether standard output is a terminal (colour is on only then)
 * @param stderrIsTerminal whether standard error is a terminal (the progress line is shown only then)
 * @param noColor whether the {@code NO_COLOR} environment variable is set and not empty
 * @param nanoTime a monotonic clock in nanoseconds
 */
public record Environment(InputStream stdin, boolean stdoutIsTerminal, boolean stderrIsTerminal, boolean noColor,
    LongSupplier nanoTime) {

  /**
   * Checks the parts.
   *
   * @param stdin standard input
   * @param stdoutIsTerminal whether standard output is a terminal
   * @param stderrIsTerminal whether standard error is a terminal
   * @param noColor whether {@code NO_COLOR} is set
   * @param nanoTime a monotonic clock in nanoseconds
   * @throws NullPointerException if stdin or nanoTime is null
   */
  public Environment {
    Objects.requireNonNull(stdin, "stdin == null");
    Objects.requireNonNull(nanoTime, "nanoTime == null");
  }

  /**
   * A test environment: no terminal, no {@code NO_COLOR}, the system clock.
   *
   * @param stdin what standard input holds
   * @return the environment
   */
  public static Environment of(InputStream stdin) {
    return new Environment(stdin, false, false, false, System::nanoTime);
  }

  /** This process's environment. */
  static Environment system() {
    String noColor = System.getenv("NO_COLOR");
    return new Environment(System.in, isTerminal(1), isTerminal(2), noColor != null && !noColor.isEmpty(),
        System::nanoTime);
  }

  /**
   * Whether file descriptor {@code fd} is a terminal. Java has no isatty: on Linux the descriptor's
   * link in {@code /proc/self/fd} names the terminal device; elsewhere the JDK's console stands in
   * (on Java 22 and later {@code Console.isTerminal()}, before that whether there is a console at all,
   * which needs standard input and output to be terminals).
   */
  static boolean isTerminal(int fd) {
    Path link = Path.of("/proc/self/fd/" + fd);
    try {
      if (Files.isSymbolicLink(link)) {
        String target = Files.readSymbolicLink(link).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
      }
    } catch (java.io.IOException | SecurityException | UnsupportedOperationException e) {
      // No /proc: fall back to the JDK's console below.
    }
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}
