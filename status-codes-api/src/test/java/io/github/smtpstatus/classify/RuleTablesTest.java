package io.github.smtpstatus.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The loading of generated tables: every inconsistency fails with its reason, never later. */
class RuleTablesTest {

  /** Writes integers as the plugin does: base 32, little-endian, the last digit marked. */
  private static String pack(int... values) {
    StringBuilder out = new StringBuilder();
    for (int value : values) {
      while (value >= 32) {
        out.append(RuleTables.MORE.charAt(value & 31));
        value >>>= 5;
      }
      out.append(RuleTables.LAST.charAt(value));
    }
    return out.toString();
  }

  /** One rule "code 5.1.1 -> USER_UNKNOWN" and the automaton of no phrase (the root alone). */
  private static final String[] STRINGS = {"", "t.csv", "USER_UNKNOWN"};

  private static int[] oneRule(int format, String reason) {
    return new int[] {format, 1, 0, 1, 0, 0, 0,
        1, 7, 1 << 5, 2, 1, 1, 0, 0, 0, 0, reason.equals("USER_UNKNOWN") ? 2 : 3, 0, 0, 0, 0,
        0, 0, 0, 0, 0};
  }

  @Test
  void validTablesLoadIntoAClassifier() {
    Classifier classifier = Classifier.ofTables(STRINGS, new String[] {pack(oneRule(1, "USER_UNKNOWN"))});

    assertThat(classifier.rules()).singleElement().hasToString("t.csv:7: code 5.1.1 -> USER_UNKNOWN");
    assertThat(classifier.classify(io.github.smtpstatus.StatusCode.parse("5.1.1"), 550, "x", null).decidedBy())
        .isEqualTo("t.csv:7");
  }

  @Test
  void chunksMayCutANumberAnywhere() {
    String packed = pack(oneRule(1, "USER_UNKNOWN"));
    String[] chunks = new String[packed.length()];
    for (int i = 0; i < packed.length(); i++) {
      chunks[i] = packed.substring(i, i + 1);
    }

    assertThat(Classifier.ofTables(STRINGS, chunks).rules()).hasSize(1);
  }

  @Test
  void anotherFormatIsRefused() {
    assertThatThrownBy(() -> Classifier.ofTables(STRINGS, new String[] {pack(oneRule(2, "USER_UNKNOWN"))}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("corrupt classification rule tables: format 2, this library reads format 1 "
            + "(regenerate with the plugin of the same version)");
  }

  @Test
  void anUnknownReasonIsRefused() {
    String[] strings = {"", "t.csv", "USER_UNKNOWN", "NO_SUCH_REASON"};

    assertThatThrownBy(() -> Classifier.ofTables(strings, new String[] {pack(oneRule(1, "NO_SUCH_REASON"))}))
        .hasMessage("corrupt classification rule tables: rule t.csv:7: unknown reason NO_SUCH_REASON");
  }

  @Test
  void truncatedTablesAreRefused() {
    String packed = pack(oneRule(1, "USER_UNKNOWN"));

    assertThatThrownBy(() -> Classifier.ofTables(STRINGS, new String[] {packed.substring(0, packed.length() - 3)}))
        .hasMessage("corrupt classification rule tables: the tables end early");
  }

  @Test
  void trailingDataIsRefused() {
    assertThatThrownBy(() -> Classifier.ofTables(STRINGS, new String[] {pack(oneRule(1, "USER_UNKNOWN")), "0"}))
        .hasMessage("corrupt classification rule tables: data after the end of the tables");
  }

  @Test
  void aCharacterOutsideTheDigitsIsRefused() {
    assertThatThrownBy(() -> Classifier.ofTables(STRINGS, new String[] {"1\"" }))
        .hasMessage("corrupt classification rule tables: unexpected character '\"' in chunk 0");
  }

  @Test
  void aCountLargerThanTheTablesIsRefusedBeforeAnythingIsAllocated() {
    assertThatThrownBy(() -> Classifier.ofTables(STRINGS, new String[] {pack(1, 1_000_000_000)}))
        .hasMessage("corrupt classification rule tables: a count of 1000000000 in tables of 7 characters");
  }

  @Test
  void aStringIndexOutOfRangeIsRefused() {
    int[] values = oneRule(1, "USER_UNKNOWN");
    values[7] = 9;

    assertThatThrownBy(() -> Classifier.ofTables(STRINGS, new String[] {pack(values)}))
        .hasMessage("corrupt classification rule tables: string index 9 out of range");
  }

  @Test
  void anInvalidCodeConditionIsRefused() {
    int[] values = oneRule(1, "USER_UNKNOWN");
    values[9] = 1 << 3;

    assertThatThrownBy(() -> Classifier.ofTables(STRINGS, new String[] {pack(values)}))
        .hasMessage("corrupt classification rule tables: rule t.csv:7: invalid code or reply code condition");
  }

  @Test
  void anAutomatonWhoseFailureLinkPointsForwardIsRefused() {
    // Two states: the root and its child on symbol 4, whose failure link (1) points at itself.
    String[] strings = {"a", "t.csv", "BLOCKED", "x"};
    int[] values = {1, 1, 1, 2, 1, 1, 0,
        1, 3, 0, 0, 0, 999, 0, 0, 1, 0, 3, 0, 2, 0, 0, 0, 0,
        0, 1, 1, 4, 1, 0, 1, 0, 0, 1, 0};

    assertThatThrownBy(() -> Classifier.ofTables(strings, new String[] {pack(values)}))
        .hasMessage("corrupt phrase automaton: state 1: failure link 1 out of range");
  }
}
