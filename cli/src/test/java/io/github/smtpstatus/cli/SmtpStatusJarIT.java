package io.github.smtpstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged {@code target/smtp-status.jar} run as a process, as users run it. */
class SmtpStatusJarIT {

  static final Path JAR = Path.of(System.getProperty("smtp-status.jar", "target/smtp-status.jar"));

  @TempDir
  Path temp;

  /** The result of one process run. */
  record Result(int exitCode, String out, String err) {}

  static Result run(String stdin, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).start();
    CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
    CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
    try (OutputStream in = process.getOutputStream()) {
      in.write(stdin.getBytes(StandardCharsets.UTF_8));
    }
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished within a minute").isTrue();
    return new Result(process.exitValue(), out.join(), err.join());
  }

  private static String read(java.io.InputStream stream) {
    try {
      return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void scansStandardInputAndExitsZero() throws Exception {
    Result result = run("Mar  1 12:00:00 mx postfix/smtp[1]: ABC: to=<a@example.com>, dsn=5.1.1, status=bounced\n",
        "scan", "--json");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("{\"source\":\"<stdin>\",\"line\":1,").contains("\"code\":\"5.1.1\"");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void anUnreadableFileExitsOneAfterReadingTheRest() throws Exception {
    Result result = run("dsn=4.2.2\n", "scan", "-", temp.resolve("missing.log").toString());
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).startsWith("<stdin>:1");
    assertThat(result.err()).contains("cannot read " + temp.resolve("missing.log") + ": no such file",
        "1 of 2 inputs could not be read");
  }

  @Test
  void aUsageErrorExitsTwo() throws Exception {
    Result result = run("", "scan", "--threads", "many");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("Invalid value for option '--threads': 'many' is not an int");
  }

  @Test
  void failOnExitsThreeWhenItFindsWhatItNames() throws Exception {
    assertThat(run("550 5.1.1 User unknown\n", "scan", "--fail-on", "permanent").exitCode()).isEqualTo(3);
    assertThat(run("250 2.0.0 Ok\n", "scan", "--fail-on", "permanent").exitCode()).isZero();
  }

  @Test
  void explainReadsStandardInput() throws Exception {
    Result result = run("550 5.7.606 Access denied\n", "explain");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("550 5.7.606 Access denied\n  reply         550\n");
  }

  @Test
  void outputIsUtf8WhateverTheLocale() throws Exception {
    Result result = run("550 5.1.1 Benutzer unbekannt: jörg@example.com\n", "scan");
    assertThat(result.out()).contains("jörg@example.com");
  }

  @Test
  void stopsReadingWhenStandardOutputIsClosed() throws Exception {
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        JAR.toString(), "scan").redirectError(ProcessBuilder.Redirect.DISCARD).start();
    CompletableFuture<Void> feeder = CompletableFuture.runAsync(() -> {
      byte[] lines = "dsn=5.1.1 status=bounced\n".repeat(10_000).getBytes(StandardCharsets.US_ASCII);
      try (OutputStream in = process.getOutputStream()) {
        for (int i = 0; i < 100_000 && process.isAlive(); i++) {
          in.write(lines);
        }
      } catch (IOException e) {
        // The tool stopped reading: expected.
      }
    });
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8))) {
      assertThat(out.readLine()).startsWith("<stdin>:1");
    }
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("exited after its output was closed").isTrue();
    assertThat(process.exitValue()).isZero();
    feeder.cancel(true);
  }

  @Test
  void theJarRunsItsMainClassAndItsOwnEntriesCarryTheBuildTimestamp() throws IOException {
    try (JarFile jar = new JarFile(JAR.toFile())) {
      assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
          .isEqualTo("io.github.smtpstatus.cli.Main");
      long expected = Instant.parse("2026-11-28T00:00:00Z").toEpochMilli();
      Enumeration<JarEntry> entries = jar.entries();
      int count = 0;
      while (entries.hasMoreElements()) {
        JarEntry entry = entries.nextElement();
        // The dependencies' entries keep their own (fixed) times; the project's carry outputTimestamp.
        if (entry.getName().startsWith("io/github/smtpstatus/") || entry.getName().equals("META-INF/MANIFEST.MF")) {
          assertThat(Math.abs(entry.getTime() - expected)).as(entry.getName()).isLessThan(24L * 3600 * 1000);
          count++;
        }
      }
      assertThat(count).as("the project's own entries").isGreaterThan(50);
      assertThat(jar.getEntry("io/github/smtpstatus/EnhancedStatusCode.class")).isNotNull();
      assertThat(jar.getEntry("picocli/CommandLine.class")).isNotNull();
      assertThat(jar.getEntry("tools/jackson/core/JsonGenerator.class")).isNotNull();
    }
    assertThat(Files.size(JAR)).isLessThan(8L << 20);
  }
}
