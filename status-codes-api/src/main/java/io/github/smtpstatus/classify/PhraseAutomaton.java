package io.github.smtpstatus.classify;

/**
 * The phrases of a rule set as one deterministic automaton: reading a text costs one table read per
 * symbol whatever the number of phrases, and every state lists the phrases ending there (Aho-Corasick
 * with the failure links folded into the table). {@link RuleSet} runs it.
 */
final class PhraseAutomaton {

  /** In {@link #ascii}: the character is a word character. */
  static final int WORD = 1 << 8;
  /** In {@link #ascii}: the character is whitespace. */
  static final int SPACE = 1 << 9;
  /** In {@link #ascii}: the symbol. */
  static final int SYMBOL = 0xff;

  final int symbolCount;
  /**
   * The next state by {@code row + symbol}, where a state's row is its number times
   * {@link #symbolCount}. Entries are rows too (so reading needs no multiplication), bitwise negated
   * when the target state ends a phrase: one sign test per symbol says whether there is anything to do.
   */
  final int[] next;
  /** The phrases ending in state {@code s} are {@code outputPhrase[outputStart[s]]} up to {@code outputStart[s + 1]}. */
  final int[] outputStart;
  final int[] outputPhrase;
  /** For each ASCII character: its symbol (upper case folded to lower) and {@link #WORD} and {@link #SPACE} flags. */
  final int[] ascii;

  private PhraseAutomaton(int symbolCount, int[] next, int[] outputStart, int[] outputPhrase, int[] ascii) {
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
    int[] ascii = new int[128];
    for (char c = 0; c < 128; c++) {
      ascii[c] = TextSymbols.isSpace(c) ? TextSymbols.SPACE | SPACE
          : TextSymbols.isAsciiWord(c) ? TextSymbols.OTHER_WORD | WORD : TextSymbols.OTHER;
    }
    for (int i = 0; i < alphabet.length(); i++) {
      char c = alphabet.charAt(i);
      if (c <= 0x20 || c >= 0x7f || TextSymbols.fold(c) != c || (i > 0 && alphabet.charAt(i - 1) >= c)) {
        throw new IllegalArgumentException("corrupt phrase automaton: alphabet " + alphabet);
      }
      int flags = TextSymbols.isAsciiWord(c) ? WORD : 0;
      ascii[c] = (TextSymbols.FIRST_CHAR + i) | flags;
      if (c >= 'a' && c <= 'z') {
        ascii[c - ('a' - 'A')] = (TextSymbols.FIRST_CHAR + i) | flags;
      }
    }
    int states = sparse.stateCount();
    if ((long) states * symbols > Integer.MAX_VALUE / 2) {
      throw new IllegalArgumentException("phrase automaton too large: " + states + " states of " + symbols + " symbols");
    }
    int[] next = new int[states * symbols];
    for (int s = 0; s < states; s++) {
      int row = s * symbols;
      if (s > 0) {
        System.arraycopy(next, sparse.fail[s] * symbols, next, row, symbols);
      }
      for (int e = sparse.transitionStart[s]; e < sparse.transitionStart[s + 1]; e++) {
        int target = sparse.transitionTarget[e];
        boolean ends = sparse.outputStart[target] != sparse.outputStart[target + 1];
        next[row + sparse.transitionSymbol[e]] = ends ? ~(target * symbols) : target * symbols;
      }
    }
    return new PhraseAutomaton(symbols, next, sparse.outputStart, sparse.outputPhrase, ascii);
  }

  int stateCount() {
    return outputStart.length - 1;
  }
}
