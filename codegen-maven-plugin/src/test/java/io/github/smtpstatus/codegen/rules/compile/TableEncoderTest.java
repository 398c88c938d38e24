package io.github.smtpstatus.codegen.rules.compile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpstatus.codegen.rules.RulesFixtures;
import io.github.smtpstatus.codegen.rules.model.Rule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableEncoderTest {

  /** Reads the stream back: base 32, little-endian, the last digit of each number from {@link TableEncoder#LAST}. */
  private static List<Integer> decode(List<String> chunks) {
    List<Integer> values = new ArrayList<>();
    int value = 0;
    int shift = 0;
    for (char c : String.join("", chunks).toCharArray()) {
      int last = TableEncoder.LAST.indexOf(c);
      value |= (last >= 0 ? last : TableEncoder.MORE.indexOf(c)) << shift;
      if (last >= 0) {
        values.add(value);
        value = 0;
        shift = 0;
      } else {
        shift += 5;
      }
    }
    return values;
  }

  @Test
  void writesTheHeaderThenEachRuleThenTheAutomaton() {
    List<Rule> rules = RulesFixtures.rules("dir/acme.csv", "code,phrase,host,reason,provider,source\n"
        + "5.7.606-649,,,BLOCKED,Microsoft 365,https://x.example/a\n"
        + ",ab,example.com,RATE_LIMITED,,\n");

    TableEncoder.Tables tables = TableEncoder.encode(rules);

    assertThat(tables.strings()).containsExactly("ab", "acme.csv", "BLOCKED", "Microsoft 365", "https://x.example/a",
        "example.com", "RATE_LIMITED");
    assertThat(decode(tables.chunks())).containsExactly(
        1, 2, 1, 5, 4, 1, 0,                                    // format, rules, phrases, states, edges, outputs, alphabet
        1, 2, 1 << 5, 8, 606, 649, 0, 0, 0, 0, 2, 4, 0, 0, 5,    // acme.csv:2 code 5.7.606-649, BLOCKED, provider, source
        1, 3, 0, 0, 0, 999, 0, 0, 1, 0, 0, 6, 6, 0, 0, 0, 0,     // acme.csv:3 phrase 0 "ab", host, RATE_LIMITED
        0, 1, 2, 3, 4, 4,                                        // transition starts of the 5 states
        0, 1, 4, 2, 5, 3, 0, 4,                                  // boundary, 'a', 'b', boundary
        0, 0, 0, 0, 1,                                           // failure links: the last boundary falls back to the first
        0, 0, 0, 0, 0, 1, 0);                                    // output starts; the last state ends phrase 0
    assertThat(tables.rules()).isEqualTo(2);
    assertThat(tables.phrases()).isEqualTo(1);
    assertThat(tables.states()).isEqualTo(5);
  }

  @Test
  void cutsTheStreamIntoChunksSmallerThanAClassFileConstant() {
    StringBuilder file = new StringBuilder("phrase,reason\n");
    for (int i = 0; i < 3000; i++) {
      file.append("phrase number ").append(i).append(",BLOCKED\n");
    }

    TableEncoder.Tables tables = TableEncoder.encode(RulesFixtures.rules("big.csv", file.toString()));

    assertThat(tables.chunks()).hasSizeGreaterThan(1).allSatisfy(chunk -> assertThat(chunk.length()).isLessThanOrEqualTo(TableEncoder.CHUNK));
    assertThat(decode(tables.chunks()).subList(0, 3)).containsExactly(1, 3000, 3000);
  }

  @Test
  void theSameRulesGiveTheSameTables() {
    String file = "code,phrase,reason\nX.1.1,,USER_UNKNOWN\n,user unknown,USER_UNKNOWN\n";

    assertThat(TableEncoder.encode(RulesFixtures.rules("a.csv", file)))
        .isEqualTo(TableEncoder.encode(RulesFixtures.rules("a.csv", file)));
  }

  @Test
  void originsNameTheFileNotItsFolder() {
    assertThat(TableEncoder.fileName("/home/me/rules/acme.csv")).isEqualTo("acme.csv");
    assertThat(TableEncoder.fileName("C:\\rules\\acme.csv")).isEqualTo("acme.csv");
    assertThat(TableEncoder.fileName("acme.csv")).isEqualTo("acme.csv");
  }
}
