package io.github.smtpstatus.classify;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An Aho-Corasick automaton over the phrases of a rule set in its compact form: the trie's
 * transitions, the failure links and, per state, every phrase that ends there. States are numbered in
 * breadth-first order with children in ascending symbol order, so one phrase list gives one table
 * whoever builds it; the plugin builds the same table at build time and generates it.
 *
 * <p>{@link PhraseAutomaton} expands it into the table that matching reads.
 */
final class SparseAutomaton {

  final int symbolCount;
  final int[] transitionStart;
  final int[] transitionSymbol;
  final int[] transitionTarget;
  final int[] fail;
  final int[] outputStart;
  final int[] outputPhrase;

  SparseAutomaton(int symbolCount, int[] transitionStart, int[] transitionSymbol, int[] transitionTarget,
      int[] fail, int[] outputStart, int[] outputPhrase) {
    this.symbolCount = symbolCount;
    this.transitionStart = transitionStart;
    this.transitionSymbol = transitionSymbol;
    this.transitionTarget = transitionTarget;
    this.fail = fail;
    this.outputStart = outputStart;
    this.outputPhrase = outputPhrase;
  }

  int stateCount() {
    return fail.length;
  }

  /**
   * Builds the automaton of phrases given as symbol sequences (phrase {@code i} is {@code phrases.get(i)}).
   */
  static SparseAutomaton build(List<int[]> phrases, int symbolCount) {
    List<TreeMap<Integer, Integer>> children = new ArrayList<>();
    List<TreeSet<Integer>> ends = new ArrayList<>();
    children.add(new TreeMap<>());
    ends.add(new TreeSet<>());
    for (int p = 0; p < phrases.size(); p++) {
      int state = 0;
      for (int symbol : phrases.get(p)) {
        Integer next = children.get(state).get(symbol);
        if (next == null) {
          next = children.size();
          children.add(new TreeMap<>());
          ends.add(new TreeSet<>());
          children.get(state).put(symbol, next);
        }
        state = next;
      }
      ends.get(state).add(p);
    }
    // Breadth-first renumbering: the canonical order, and every failure target precedes its state.
    int count = children.size();
    int[] order = new int[count];
    int[] renumbered = new int[count];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    queue.add(0);
    int next = 0;
    while (!queue.isEmpty()) {
      int state = queue.poll();
      order[next] = state;
      renumbered[state] = next++;
      queue.addAll(children.get(state).values());
    }
    int[] transitionStart = new int[count + 1];
    int[] transitionSymbol = new int[count - 1];
    int[] transitionTarget = new int[count - 1];
    int t = 0;
    for (int s = 0; s < count; s++) {
      transitionStart[s] = t;
      for (var edge : children.get(order[s]).entrySet()) {
        transitionSymbol[t] = edge.getKey();
        transitionTarget[t++] = renumbered[edge.getValue()];
      }
    }
    transitionStart[count] = t;

    int[] fail = new int[count];
    List<TreeSet<Integer>> outputs = new ArrayList<>(count);
    for (int s = 0; s < count; s++) {
      outputs.add(new TreeSet<>(ends.get(order[s])));
    }
    for (int s = 0; s < count; s++) {
      for (int e = transitionStart[s]; e < transitionStart[s + 1]; e++) {
        int child = transitionTarget[e];
        int symbol = transitionSymbol[e];
        int f = s == 0 ? -1 : fail[s];
        int target = 0;
        while (f >= 0) {
          int found = find(transitionStart, transitionSymbol, transitionTarget, f, symbol);
          if (found >= 0) {
            target = found;
            break;
          }
          f = f == 0 ? -1 : fail[f];
        }
        fail[child] = target;
        outputs.get(child).addAll(outputs.get(target));
      }
    }
    int[] outputStart = new int[count + 1];
    int total = 0;
    for (TreeSet<Integer> output : outputs) {
      total += output.size();
    }
    int[] outputPhrase = new int[total];
    int o = 0;
    for (int s = 0; s < count; s++) {
      outputStart[s] = o;
      for (int phrase : outputs.get(s)) {
        outputPhrase[o++] = phrase;
      }
    }
    outputStart[count] = o;
    return new SparseAutomaton(symbolCount, transitionStart, transitionSymbol, transitionTarget, fail,
        outputStart, outputPhrase);
  }

  private static int find(int[] start, int[] symbols, int[] targets, int state, int symbol) {
    for (int e = start[state]; e < start[state + 1]; e++) {
      if (symbols[e] == symbol) {
        return targets[e];
      }
    }
    return -1;
  }

  /**
   * Checks that the arrays form an automaton of this shape over {@code phraseCount} phrases, so that a
   * corrupt generated table fails when it is loaded, not while matching.
   *
   * @throws IllegalArgumentException naming the first inconsistency
   */
  void check(int phraseCount) {
    int states = fail.length;
    require(states >= 1 && transitionStart.length == states + 1 && outputStart.length == states + 1,
        "state arrays disagree in length");
    require(transitionStart[0] == 0 && transitionStart[states] == transitionSymbol.length
        && transitionSymbol.length == transitionTarget.length, "transition arrays disagree in length");
    require(outputStart[0] == 0 && outputStart[states] == outputPhrase.length, "output arrays disagree in length");
    require(fail[0] == 0, "the root's failure link is not the root");
    for (int s = 0; s < states; s++) {
      require(transitionStart[s] <= transitionStart[s + 1] && outputStart[s] <= outputStart[s + 1],
          "state " + s + ": ranges out of order");
      require(s == 0 || (fail[s] >= 0 && fail[s] < s), "state " + s + ": failure link " + fail[s] + " out of range");
      for (int e = transitionStart[s]; e < transitionStart[s + 1]; e++) {
        require(transitionSymbol[e] >= 0 && transitionSymbol[e] < symbolCount
            && (e == transitionStart[s] || transitionSymbol[e - 1] < transitionSymbol[e]),
            "state " + s + ": transition symbols out of order or range");
        require(transitionTarget[e] > s && transitionTarget[e] < states, "state " + s + ": transition target out of range");
      }
      for (int o = outputStart[s]; o < outputStart[s + 1]; o++) {
        require(outputPhrase[o] >= 0 && outputPhrase[o] < phraseCount, "state " + s + ": phrase out of range");
      }
    }
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException("corrupt phrase automaton: " + message);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SparseAutomaton that && symbolCount == that.symbolCount
        && Arrays.equals(transitionStart, that.transitionStart) && Arrays.equals(transitionSymbol, that.transitionSymbol)
        && Arrays.equals(transitionTarget, that.transitionTarget) && Arrays.equals(fail, that.fail)
        && Arrays.equals(outputStart, that.outputStart) && Arrays.equals(outputPhrase, that.outputPhrase);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(fail) * 31 + symbolCount;
  }
}
