package io.github.smtpstatus.codegen.update;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The real file operations with faults injected: the n-th write, move or delete (counted from 1, each
 * kind on its own) fails with an {@link IOException}, or the process pauses after it (for a test that
 * kills it there). Keeps a log of the operations done.
 */
final class FaultyFiles implements FileOperations {

  enum Kind { WRITE, MOVE, DELETE }

  private final Map<Kind, Set<Integer>> failures = new EnumMap<>(Kind.class);
  private final Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
  private final List<String> log = new ArrayList<>();
  private Kind pauseKind;
  private int pauseAfter;

  /** Makes the given operations of a kind fail. */
  FaultyFiles failing(Kind kind, int... ordinals) {
    for (int ordinal : ordinals) {
      failures.computeIfAbsent(kind, k -> new HashSet<>()).add(ordinal);
    }
    return this;
  }

  /** Prints "paused" and sleeps for two minutes after the given operation. */
  FaultyFiles pausingAfter(Kind kind, int ordinal) {
    pauseKind = kind;
    pauseAfter = ordinal;
    return this;
  }

  /** The operations done, as "move 2 smtp-enhanced-status-codes-2.csv". */
  List<String> log() {
    return List.copyOf(log);
  }

  /** How many operations of a kind were tried. */
  int count(Kind kind) {
    return counts.getOrDefault(kind, 0);
  }

  @Override
  public void write(Path file, byte[] bytes) throws IOException {
    int n = next(Kind.WRITE, file);
    SYSTEM.write(file, bytes);
    done(Kind.WRITE, n, file);
  }

  @Override
  public void move(Path source, Path target) throws IOException {
    int n = next(Kind.MOVE, source);
    SYSTEM.move(source, target);
    done(Kind.MOVE, n, source);
  }

  @Override
  public void delete(Path path) throws IOException {
    int n = next(Kind.DELETE, path);
    SYSTEM.delete(path);
    done(Kind.DELETE, n, path);
  }

  private int next(Kind kind, Path file) throws IOException {
    int n = counts.merge(kind, 1, Integer::sum);
    if (failures.getOrDefault(kind, Set.of()).contains(n)) {
      throw new IOException("injected failure of " + kind.name().toLowerCase() + " " + n + " (" + file.getFileName() + ")");
    }
    return n;
  }

  private void done(Kind kind, int n, Path file) {
    log.add(kind.name().toLowerCase() + " " + n + " " + file.getFileName());
    if (kind == pauseKind && n == pauseAfter) {
      System.out.println("paused after " + kind.name().toLowerCase() + " " + n);
      System.out.flush();
      try {
        Thread.sleep(120_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
