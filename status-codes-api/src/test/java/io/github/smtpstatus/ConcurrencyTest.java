package io.github.smtpstatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/** The parsers give from many threads at once exactly what they give from one. */
class ConcurrencyTest {

  private static final int THREADS = 8;
  private static final int ROUNDS = 200;

  private static final List<String> INPUTS = List.of(
      "5.1.1", "4.4.7", "5.7.606", "5.01.1", "2.0.0", "x", "5.1.1.",
      "550-5.1.1 The email account that you tried to reach does not exist.\r\n550 5.1.1  https://support.google.com/mail",
      "550 4.2.2 full", "451 4.7.1 Greylisted", "550-5.1.1 a\r\n451 b", "553 5.6.10 dup",
      "dsn=5.1.1, status=bounced (host mx.example.com[203.0.113.5] said: 550 5.1.1 unknown)",
      "[92.5.1.10] 192.168.5.1.1 5.5.1960.3 5.1.2024 (#5.1.1) Status: 4.4.7");

  @Test
  void parsingFromManyThreadsMatchesParsingFromOne() throws Exception {
    assertSameFromManyThreads(INPUTS, ROUNDS);
  }

  /** The fuzz seed corpus and every malformed input of the tables: hundreds of inputs, some of 100 KB. */
  @Test
  void parsingTheSeedCorpusAndTheMalformedTablesFromManyThreadsMatchesParsingFromOne() throws Exception {
    List<String> inputs = new ArrayList<>(seedCorpus());
    for (Stream<Arguments> table : List.of(MalformedInputTableTest.malformedReplies(),
        MalformedInputTableTest.malformedStatusFields(), MalformedInputTableTest.malformedDiagnosticCodes())) {
      table.forEach(row -> inputs.add((String) row.get()[1]));
    }
    assertThat(inputs).hasSizeGreaterThan(300);

    assertSameFromManyThreads(inputs, 10);
  }

  /**
   * The cache of recent unregistered codes under contention at its worst: many threads parse, in
   * different orders, codes that all fall into one slot, so that each parse finds the slot just
   * replaced by another thread's code. Every result must be the code parsed, as a fresh parse gives it.
   */
  @Test
  void unregisteredCodesThatShareACacheSlotAreRightFromManyThreadsAtOnce() throws Exception {
    List<String> colliding = new ArrayList<>(List.of("5.7.606"));
    int slot = StatusCode.recentSlot(5, 7, 606);
    for (int subject = 0; subject < 1000 && colliding.size() < 64; subject++) {
      for (int detail = 0; detail < 1000 && colliding.size() < 64; detail++) {
        boolean registered = EnhancedStatusCode.find(subject, detail).isPresent();
        for (int classDigit : new int[] {2, 4, 5}) {
          String text = classDigit + "." + subject + "." + detail;
          if (!registered && StatusCode.recentSlot(classDigit, subject, detail) == slot && !text.equals("5.7.606")) {
            colliding.add(text);
          }
        }
      }
    }
    assertThat(colliding).hasSize(64).doesNotHaveDuplicates();
    assertThat(colliding.stream().map(text -> text.charAt(0)).distinct()).as("class digits").hasSize(3);

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int stride = 2 * t + 1; // odd, so coprime with 64: each thread visits every code, in its own order
        results.add(pool.submit((Callable<List<String>>) () -> {
          start.await();
          List<String> wrong = new ArrayList<>();
          for (int round = 0; round < 2_000; round++) {
            for (int k = 0; k < colliding.size(); k++) {
              String text = colliding.get((k * stride + round) % colliding.size());
              StatusCode parsed = round % 2 == 0 ? StatusCode.parse(text) : StatusCode.tryParse(text).orElseThrow();
              if (!isFreshParseOf(parsed, text)) {
                wrong.add(text + " gave " + parsed);
              }
            }
          }
          return wrong;
        }));
      }
      start.countDown();
      for (Future<List<String>> result : results) {
        assertThat(result.get()).isEmpty();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** What a fresh parse of {@code text} gives, checked field by field against the text itself. */
  private static boolean isFreshParseOf(StatusCode code, String text) {
    String[] parts = text.split("\\.");
    return code.statusClass().number() == Integer.parseInt(parts[0]) && code.subject() == Integer.parseInt(parts[1])
        && code.detail() == Integer.parseInt(parts[2]) && code.toString().equals(text) && code.registered().isEmpty()
        && code.meaning().statusCode() == code;
  }

  private static void assertSameFromManyThreads(List<String> inputs, int rounds) throws Exception {
    List<String> expected = new ArrayList<>();
    for (String input : inputs) {
      expected.add(describe(input));
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        results.add(pool.submit((Callable<List<String>>) () -> {
          start.await();
          List<String> seen = new ArrayList<>();
          for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < inputs.size(); i++) {
              String result = describe(inputs.get(i));
              if (round == rounds - 1) {
                seen.add(result);
              } else if (!result.equals(expected.get(i))) {
                seen.add("MISMATCH " + result);
              }
            }
          }
          return seen;
        }));
      }
      start.countDown();
      for (Future<List<String>> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** The shared seeds of {@link ParserFuzzTest}, as text. */
  private static List<String> seedCorpus() throws IOException, URISyntaxException {
    Path folder = Path.of(ConcurrencyTest.class.getResource("ParserFuzzTestInputs").toURI());
    try (Stream<Path> files = Files.list(folder)) {
      List<String> seeds = new ArrayList<>();
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        seeds.add(FuzzText.decode(Files.readAllBytes(file)));
      }
      return seeds;
    }
  }

  /** Everything each parser says about an input, as one string. */
  private static String describe(String input) {
    StringBuilder out = new StringBuilder();
    out.append(StatusCode.tryParse(input).map(code -> code + " " + code.meaning()).orElse("-"));
    try {
      SmtpReply reply = SmtpReply.parse(input);
      out.append(" | ").append(reply.code()).append(reply.enhancedCode()).append(reply.lines()).append(reply.findings());
    } catch (SmtpReplyFormatException e) {
      out.append(" | ").append(e.getMessage());
    }
    out.append(" | ").append(StatusCodes.findAll(input));
    try {
      out.append(" | ").append(DeliveryStatus.parseStatus(input));
    } catch (DeliveryStatusFormatException e) {
      out.append(" | ").append(e.getMessage());
    }
    try {
      DeliveryStatus.DiagnosticCode diagnostic = DeliveryStatus.parseDiagnosticCode(input);
      out.append(" | ").append(diagnostic).append(diagnostic.smtpReply());
    } catch (DeliveryStatusFormatException e) {
      out.append(" | ").append(e.getMessage());
    }
    return out.toString();
  }
}
