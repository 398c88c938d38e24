package io.github.smtpstatus.codegen.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Replaces the generated source tree all at once, so that a reader never sees old and new files mixed.
 *
 * <p>When anything changed, the complete new tree is built in a sibling folder
 * ({@code .<name>.smtp-status-building}): files of other origin and unchanged generated files are
 * copied with their times (incremental compilers and IDEs see no change in them), changed files are
 * written. The folder is then renamed {@code .<name>.smtp-status-ready} (the commit point), and two
 * renames swap it with the live tree, whose old copy is then deleted. Files a previous generation
 * produced that are no longer produced (a renamed package, say) are left out of the new tree, and so are
 * the temporary files that earlier versions of this writer left beside their targets when killed.
 *
 * <p>A failure before the swap leaves the live tree untouched and removes the partial copy; a failure
 * between the two renames puts the old tree back. After a kill, the next run first recovers: a tree
 * that was ready replaces a live tree that is missing, anything else left beside it is deleted. So the
 * live tree is always the complete old tree or the complete new one, except between the two renames of
 * the swap (or after a kill there, until the next run), when it is absent.
 */
public final class SourceTreeWriter {

  /**
   * What a write did.
   *
   * @param written files created or replaced
   * @param unchanged files already up to date
   * @param deleted stale files of a previous generation removed
   */
  public record Result(int written, int unchanged, int deleted) {}

  /** Called before each change to the file system, with what is about to happen; tests fail or stop there. */
  @FunctionalInterface
  interface Step {
    Step NONE = what -> { };

    void before(String what) throws IOException;
  }

  /** The temporary files that earlier versions of this writer created beside each target, and a kill stranded. */
  private static final Pattern STRANDED_TEMPORARY = Pattern.compile("\\..+\\.java\\d+\\.tmp");

  private SourceTreeWriter() {}

  /**
   * Writes the files.
   *
   * @param root the source root
   * @param files content by path relative to {@code root}
   * @param previous paths a previous generation wrote (from its state), left out of the new tree if not
   *     in {@code files}
   * @return how many files were written, left unchanged and deleted
   * @throws IOException if a file cannot be read, written or deleted
   */
  public static Result write(Path root, Map<String, byte[]> files, Set<String> previous) throws IOException {
    return write(root, files, previous, Step.NONE);
  }

  static Result write(Path root, Map<String, byte[]> files, Set<String> previous, Step step) throws IOException {
    Path live = root.toAbsolutePath().normalize();
    Siblings siblings = new Siblings(live);
    siblings.recover(step);

    Map<String, byte[]> changed = new LinkedHashMap<>();
    int unchanged = 0;
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Path target = inside(live, file.getKey());
      if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), file.getValue())) {
        unchanged++;
      } else {
        changed.put(file.getKey(), file.getValue());
      }
    }
    List<String> stale = previous.stream().sorted()
        .filter(path -> !files.containsKey(path) && isInside(live, path) && Files.isRegularFile(live.resolve(path)))
        .toList();
    if (changed.isEmpty() && stale.isEmpty()) {
      return new Result(0, unchanged, 0);
    }

    build(live, siblings, changed, Set.copyOf(stale), step);
    siblings.swap(step);
    return new Result(changed.size(), unchanged, stale.size());
  }

  /** Builds the complete new tree in the building folder, then renames it ready. */
  private static void build(Path live, Siblings siblings, Map<String, byte[]> changed, Set<String> stale, Step step)
      throws IOException {
    try {
      step.before("create " + siblings.building);
      Files.createDirectories(siblings.building);
      for (Map.Entry<String, Path> kept : kept(live, changed, stale).entrySet()) {
        Path copy = siblings.building.resolve(kept.getKey());
        if (Files.isDirectory(kept.getValue())) {
          Files.createDirectories(copy);
          continue;
        }
        step.before("copy " + copy);
        Files.createDirectories(copy.getParent());
        Files.copy(kept.getValue(), copy, StandardCopyOption.COPY_ATTRIBUTES);
      }
      for (Map.Entry<String, byte[]> file : changed.entrySet()) {
        Path target = siblings.building.resolve(file.getKey());
        step.before("write " + target);
        Files.createDirectories(target.getParent());
        Files.write(target, file.getValue());
      }
      step.before("seal " + siblings.ready);
      move(siblings.building, siblings.ready);
    } catch (IOException | RuntimeException e) {
      deleteTreeQuietly(siblings.building, e);
      throw e;
    }
  }

  /** Every folder and regular file of the live tree that the new tree keeps as it is, by relative path. */
  private static Map<String, Path> kept(Path live, Map<String, byte[]> changed, Set<String> stale)
      throws IOException {
    Map<String, Path> kept = new TreeMap<>();
    if (!Files.isDirectory(live)) {
      return kept;
    }
    try (Stream<Path> walk = Files.walk(live)) {
      for (Path path : (Iterable<Path>) walk::iterator) {
        String relative = live.relativize(path).toString().replace('\\', '/');
        if (Files.isDirectory(path) && !path.equals(live)) {
          kept.put(relative, path);
        } else if (Files.isRegularFile(path) && !changed.containsKey(relative) && !stale.contains(relative)
            && !STRANDED_TEMPORARY.matcher(path.getFileName().toString()).matches()) {
          kept.put(relative, path);
        }
      }
    }
    return kept;
  }

  private static Path inside(Path live, String relative) {
    if (!isInside(live, relative)) {
      throw new IllegalArgumentException("not a path inside the output directory: " + relative);
    }
    return live.resolve(relative);
  }

  private static boolean isInside(Path live, String relative) {
    Path path = live.resolve(relative).normalize();
    return path.startsWith(live) && !path.equals(live);
  }

  static void move(Path source, Path target) throws IOException {
    try {
      Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(source, target);
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  private static void deleteTreeQuietly(Path root, Exception failure) {
    try {
      deleteTree(root);
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }

  /** The folders beside the live tree that a write uses, and how to get back to one tree from any of them. */
  static final class Siblings {
    final Path live;
    final Path building;
    final Path ready;
    final Path old;

    Siblings(Path live) {
      this.live = Objects.requireNonNull(live, "live == null");
      String name = "." + live.getFileName() + ".smtp-status-";
      this.building = live.resolveSibling(name + "building");
      this.ready = live.resolveSibling(name + "ready");
      this.old = live.resolveSibling(name + "old");
    }

    /** Finishes or undoes what an interrupted run left, so that only the live tree remains. */
    void recover(Step step) throws IOException {
      if (Files.exists(building)) {
        step.before("delete " + building);
        deleteTree(building);
      }
      if (Files.exists(ready)) {
        if (Files.exists(live)) {
          step.before("delete " + ready);
          deleteTree(ready);
        } else {
          step.before("move " + ready + " to " + live);
          move(ready, live);
        }
      }
      if (Files.exists(old)) {
        if (Files.exists(live)) {
          step.before("delete " + old);
          deleteTree(old);
        } else {
          step.before("move " + old + " to " + live);
          move(old, live);
        }
      }
    }

    /** Puts the ready tree in place of the live one. */
    void swap(Step step) throws IOException {
      boolean hadLive = Files.exists(live);
      if (hadLive) {
        step.before("move " + live + " to " + old);
        move(live, old);
      }
      try {
        step.before("move " + ready + " to " + live);
        Files.createDirectories(live.getParent());
        move(ready, live);
      } catch (IOException | RuntimeException e) {
        if (hadLive) {
          try {
            move(old, live);
          } catch (IOException undo) {
            e.addSuppressed(undo);
          }
        }
        deleteTreeQuietly(ready, e);
        throw e;
      }
      if (hadLive) {
        try {
          step.before("delete " + old);
          deleteTree(old);
        } catch (IOException e) {
          // The new tree is in place; the next run's recover() deletes what is left of the old one.
        }
      }
    }
  }
}
