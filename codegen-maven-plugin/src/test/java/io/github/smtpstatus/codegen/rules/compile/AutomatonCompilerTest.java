package io.github.smtpstatus.codegen.rules.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AutomatonCompilerTest {

  @Test
  void statesAreNumberedBreadthFirstWithChildrenInSymbolOrder() {
    // Phrases "ab" (symbols 5, 6) and "b" (6), given in that order.
    AutomatonCompiler.Automaton automaton = AutomatonCompiler.compile(List.of(new int[] {5, 6}, new int[] {6}));

    assertThat(automaton.states()).isEqualTo(4);
    assertThat(automaton.transitionStart()).containsExactly(0, 2, 3, 3, 3);
    assertThat(automaton.transitionSymbol()).containsExactly(5, 6, 6);
    assertThat(automaton.transitionTarget()).containsExactly(1, 2, 3);
  }

  @Test
  void failureLinksPointAtTheLongestProperSuffixInTheTrie() {
    // "he", "she", "his", "hers": the classic example (h=1, e=2, s=3, i=4, r=5).
    AutomatonCompiler.Automaton automaton = AutomatonCompiler.compile(List.of(
        new int[] {1, 2}, new int[] {3, 1, 2}, new int[] {1, 4, 3}, new int[] {1, 2, 5, 3}));

    // States: 0 root; 1 h, 2 s; 3 he, 4 hi, 5 sh; 6 her, 7 his, 8 she; 9 hers.
    assertThat(automaton.fail()).containsExactly(0, 0, 0, 0, 0, 1, 0, 2, 3, 2);
  }

  @Test
  void everyStateListsThePhrasesEndingThereThroughItsFailureLinks() {
    AutomatonCompiler.Automaton automaton = AutomatonCompiler.compile(List.of(
        new int[] {1, 2}, new int[] {3, 1, 2}, new int[] {1, 4, 3}, new int[] {1, 2, 5, 3}));

    // "he" ends in state 3; "she" in state 8, which also ends "he"; "his" in 7; "hers" in 9.
    assertThat(automaton.outputStart()).containsExactly(0, 0, 0, 0, 1, 1, 1, 1, 2, 4, 5);
    assertThat(automaton.outputPhrase()).containsExactly(0, 2, 0, 1, 3);
  }

  @Test
  void noPhrasesGiveTheRootAlone() {
    AutomatonCompiler.Automaton automaton = AutomatonCompiler.compile(List.of());

    assertThat(automaton.states()).isEqualTo(1);
    assertThat(automaton.outputPhrase()).isEmpty();
  }
}
