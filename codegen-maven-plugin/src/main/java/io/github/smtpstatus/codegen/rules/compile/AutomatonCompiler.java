package io.github.smtpstatus.codegen.rules.compile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds the Aho-Corasick automaton of a rule set's phrases in the compact form the API loads: trie
 * transitions, failure links and the phrases ending in each state (through failure links included).
 * States are numbered breadth-first with children in ascending symbol order, the canonical numbering
 * the API's own builder uses too (a test in the API compares the two).
 */
public final class AutomatonCompiler {

  /**
   * The compact automaton; see the API's {@code SparseAutomaton}. State 0 is the root.
   *
   * @param transitionStart for each state {@code s}, the index of its first transition; its transitions are
   *     those up to {@code transitionStart[s + 1]}, so the array has one element more than there are states
   * @param transitionSymbol the symbol of each transition, ascending within a state
   * @param transitionTarget the state each transition leads to
   * @param fail for each state, the state of its longest proper suffix that is in the trie (0 for the root)
   * @param outputStart for each state {@code s}, the index in {@code outputPhrase} of its first phrase; like
   *     {@code transitionStart}, one element more than there are states
   * @param outputPhrase the indices of the phrases ending in each state, ascending within a state
   */
  public record Automaton(int[] transitionStart, int[] transitionSymbol, int[] transitionTarget, int[] fail,
      int[] outputStart, int[] outputPhrase) {

    /** {@return the number of states} */
    public int states() {
      return fail.length;
    }
  }

  private AutomatonCompiler() {}

  /**
   * Compiles phrases given as symbol sequences.
   *
   * @param phrases the phrases, normalized to symbols; phrase {@code i} is {@code phrases.get(i)}
   * @return the automaton, whose outputs are those indices
   */
  public static Automaton compile(List<int[]> phrases) {
    List<TreeMap<Integer, Integer>> trie = new ArrayList<>();
    List<TreeSet<Integer>> ends = new ArrayList<>();
    trie.add(new TreeMap<>());
    ends.add(new TreeSet<>());
    for (int phrase = 0; phrase < phrases.size(); phrase++) {
      int state = 0;
      for (int symbol : phrases.get(phrase)) {
        int current = state;
        state = trie.get(current).computeIfAbsent(symbol, key -> {
          trie.add(new TreeMap<>());
          ends.add(new TreeSet<>());
          return trie.size() - 1;
        });
      }
      ends.get(state).add(phrase);
    }
    int count = trie.size();
    int[] byNumber = new int[count];
    int[] numberOf = new int[count];
    ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(0));
    for (int number = 0; !queue.isEmpty(); number++) {
      int state = queue.poll();
      byNumber[number] = state;
      numberOf[state] = number;
      queue.addAll(trie.get(state).values());
    }
    int[] start = new int[count + 1];
    int[] symbols = new int[count - 1];
    int[] targets = new int[count - 1];
    int edge = 0;
    for (int s = 0; s < count; s++) {
      start[s] = edge;
      for (var entry : trie.get(byNumber[s]).entrySet()) {
        symbols[edge] = entry.getKey();
        targets[edge++] = numberOf[entry.getValue()];
      }
    }
    start[count] = edge;

    int[] fail = new int[count];
    List<TreeSet<Integer>> outputs = new ArrayList<>();
    for (int s = 0; s < count; s++) {
      outputs.add(new TreeSet<>(ends.get(byNumber[s])));
    }
    for (int s = 0; s < count; s++) {
      for (int e = start[s]; e < start[s + 1]; e++) {
        int target = 0;
        if (s != 0) {
          for (int f = fail[s]; ; f = fail[f]) {
            int next = child(start, symbols, targets, f, symbols[e]);
            if (next >= 0) {
              target = next;
              break;
            }
            if (f == 0) {
              break;
            }
          }
        }
        fail[targets[e]] = target;
        outputs.get(targets[e]).addAll(outputs.get(target));
      }
    }
    int[] outputStart = new int[count + 1];
    List<Integer> flat = new ArrayList<>();
    for (int s = 0; s < count; s++) {
      outputStart[s] = flat.size();
      flat.addAll(outputs.get(s));
    }
    outputStart[count] = flat.size();
    return new Automaton(start, symbols, targets, fail, outputStart, flat.stream().mapToInt(Integer::intValue).toArray());
  }

  private static int child(int[] start, int[] symbols, int[] targets, int state, int symbol) {
    for (int e = start[state]; e < start[state + 1]; e++) {
      if (symbols[e] == symbol) {
        return targets[e];
      }
    }
    return -1;
  }
}
