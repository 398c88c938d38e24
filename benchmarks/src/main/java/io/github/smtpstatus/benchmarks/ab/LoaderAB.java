package io.github.smtpstatus.benchmarks.ab;

import java.io.File;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Locale;

/**
 * The log reader of two builds in one JVM, each in its own class loader, their passes interleaved and
 * timed in thread CPU time, beside the grok baseline: on a machine that other work loads, the only
 * before/after that sees the same load on both sides (a JMH run of each build meets a different load).
 * The best pass of each counts.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.smtpstatus.benchmarks.ab.LoaderAB OLD.jar [PASSES]
 * </pre>
 *
 * {@code OLD.jar} is the {@code benchmarks.jar} of the earlier build; this class and
 * {@link LogReaderWork} are taken from the current one when the old one has none.
 */
public final class LoaderAB {

  private LoaderAB() {}

  /**
   * Runs the comparison.
   *
   * @param args the old jar, then how many passes of each (50 by default)
   * @throws ReflectiveOperationException if a jar lacks the reader or the baseline
   * @throws MalformedURLException if a path is not one
   */
  public static void main(String[] args) throws ReflectiveOperationException, MalformedURLException {
    URL current = LoaderAB.class.getProtectionDomain().getCodeSource().getLocation();
    URL old = new File(args[0]).toURI().toURL();
    int passes = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    // The old jar first, so that its API classes win; the work class comes from the current jar.
    Method[][] work = {methods(old, current), methods(current)};
    double[][] best = {{Double.MAX_VALUE, Double.MAX_VALUE}, {Double.MAX_VALUE, Double.MAX_VALUE}};
    for (int p = 0; p < passes; p++) {
      for (int build = 0; build < 2; build++) {
        for (int which = 0; which < 2; which++) {
          best[build][which] = Math.min(best[build][which], (double) work[build][which].invoke(null, 20));
        }
      }
    }
    String[] names = {"old", "current"};
    for (int build = 0; build < 2; build++) {
      System.out.printf(Locale.ROOT, "%-8s reader %,6.0f ns/line, grok %,6.0f ns/line, grok / reader %.2f%n",
          names[build], best[build][0], best[build][1], best[build][1] / best[build][0]);
    }
    System.out.printf(Locale.ROOT, "current reader / old reader: %.2f%n", best[1][0] / best[0][0]);
  }

  private static Method[] methods(URL... path) throws ReflectiveOperationException {
    Class<?> work = new URLClassLoader(path, ClassLoader.getPlatformClassLoader())
        .loadClass(LogReaderWork.class.getName());
    return new Method[] {work.getMethod("library", int.class), work.getMethod("grok", int.class)};
  }
}
