package io.github.smtpstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Hundreds of MB of generated Postfix log streamed through {@code scan} in a 32 MB heap: if memory grew
 * with the input, the process would fail with an OutOfMemoryError. Not in the default build (300 MB
 * through a pipe): {@code mvn -B verify -pl cli -am -Plarge-input -Dinvoker.skip=true -Dit.test=LargeInputIT
 * -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false} (size: {@code -Dlarge-input.size=1GB}).
 */
class LargeInputIT {

  @Test
  void scanStreamsHundredsOfMegabytesThroughASmallHeap() throws Exception {
    long size = MailLogGenerator.size(System.getProperty("large-input.size", "300MB"));
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx32m", "-jar", SmtpStatusJarIT.JAR.toString(), "scan", "--json", "--threads", "2")
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    CompletableFuture<Long> written = CompletableFuture.supplyAsync(() -> {
      try (OutputStream in = new BufferedOutputStream(process.getOutputStream(), 1 << 16)) {
        return new MailLogGenerator().write(in, size);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    long lines = countLines(process.getInputStream());
    assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as("exit code with -Xmx32m").isZero();
    assertThat(written.join()).isGreaterThanOrEqualTo(size);
    assertThat(lines).as("one JSON line per delivery line").isGreaterThan(size / 1000);
  }

  private static long countLines(InputStream in) throws IOException {
    byte[] buffer = new byte[1 << 16];
    long lines = 0;
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      for (int i = 0; i < n; i++) {
        if (buffer[i] == '\n') {
          lines++;
        }
      }
    }
    return lines;
  }
}
