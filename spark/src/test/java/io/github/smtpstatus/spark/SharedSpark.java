package io.github.smtpstatus.spark;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Assumptions;

/**
 * The one local Spark session of the test run ({@code local[2]}), shared by every test class of the
 * surefire JVM: starting one costs seconds. On a JDK where Spark cannot start, the tests that ask for it
 * are skipped, saying which JDK and why.
 */
final class SharedSpark {

  private static SparkSession session;
  private static Throwable failure;

  private SharedSpark() {}

  /** {@return the session, started on first use; skips the calling test where Spark cannot run} */
  static synchronized SparkSession session() {
    if (session == null && failure == null) {
      try {
        session = SparkSession.builder().master("local[2]").appName("smtp-status-spark-tests")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .getOrCreate();
        session.sparkContext().setLogLevel("ERROR");
      } catch (RuntimeException | LinkageError e) {
        failure = e;
      }
    }
    if (failure != null) {
      // Spark supports Java 17 and 21; on a newer JDK it may not start (Hadoop's use of
      // Subject.getSubject, removed in Java 23, is one such cause). That is no failure of this module.
      Assumptions.assumeTrue(Runtime.version().feature() <= 21, () -> "Spark " + org.apache.spark.package$.MODULE$
          .SPARK_VERSION() + " cannot start on Java " + Runtime.version() + " (" + System.getProperty("java.home")
          + "): " + failure);
      throw new IllegalStateException("Spark failed to start on Java " + Runtime.version(), failure);
    }
    return session;
  }
}
