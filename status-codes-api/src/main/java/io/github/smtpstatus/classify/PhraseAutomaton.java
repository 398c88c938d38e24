package io.github.smtpstatus.classify;

/**
 * The phrases of a rule set as one deterministic automaton: reading a text costs one table read per
 * symbol whatever the number of phrases, and every state lists the phrases ending there (Aho-Corasick
 * with the failure links folded into the table). {@link RuleSet} runs it.
 */
final class PhraseAutomaton {

  final int symbolCount;
  /** Next state by {@code state * symbolCount + symbol}. */
  final int[] next;
  /** The phrases ending in state {@code s} are {@code outputPhrase[outputStart[s]]} up to {@code outputStart[s + 1]}. */
  final int[] outputStart;
  final int[] outputPhrase;
  /** The symbol of each ASCII character, upper case folded to lower; other characters are classed on the fly. */
  final byte[] ascii;

  private PhraseAutomaton(int symbolCount, int[] next, int[] outputStart, int[] outputPhrase, byte[] ascii) {
    this.symbolCount = symbolCount;
    this.next = next;
    this.outputStart = outputStart;
    this.outputPhrase = outputPhrase;
    this.ascii = ascii;
  }

  /**
   * Expands a compact automaton whose character symbols are the characters of {@code alphabet} in
   * order (the first is symbol {@link TextSymbols#FIRST_CHAR}).
   */
  static PhraseAutomaton of(SparseAutomaton sparse, String alphabet) {
    int symbols = sparse.symbolCount;
    if (symbols != TextSymbols.FIRST_CHAR + alphabet.length()) {
      throw new IllegalArgumentException("corrupt phrase automaton: " + symbols + " symbols for an alphabet of "
          + alphabet.length() + " characters");
    }
    byte[] ascii = new byte[128];
    for (char c = 0; c < 128; c++) {
      ascii[c] = (byte) (TextSymbols.isSpace(c) ? TextSymbols.SPACE
          : TextSymbols.isAsciiWord(c) ? TextSymbols.OTHER_WORD : TextSymbols.OTHER);
    }
    for (int i = 0; i < alphabet.length(); i++) {
      char c = alphabet.charAt(i);
      if (c <= 0x20 || c >= 0x7f || TextSymbols.fold(c) != c || (i > 0 && alphabet.charAt(i - 1) >= c)) {
        throw new IllegalArgumentException("corrupt phrase automaton: alphabet " + alphabet);
      }
      ascii[c] = (byte) (TextSymbols.FIRST_CHAR + i);
      if (c >= 'a' && c <= 'z') {
        ascii[c - ('a' - 'A')] = (byte) (TextSymbols.FIRST_CHAR + i);
      }
    }
    int states = sparse.stateCount();
    int[] next = new int[states * symbols];
    for (int s = 0; s < states; s++) {
      int row = s * symbols;
      if (s > 0) {
        System.arraycopy(next, sparse.fail[s] * symbols, next, row, symbols);
      }
      for (int e = sparse.transitionStart[s]; e < sparse.transitionStart[s + 1]; e++) {
        next[row + sparse.transitionSymbol[e]] = sparse.transitionTarget[e];
      }
    }
    return new PhraseAutomaton(symbols, next, sparse.outputStart, sparse.outputPhrase, ascii);
  }

  int stateCount() {
    return outputStart.length - 1;
  }
}
