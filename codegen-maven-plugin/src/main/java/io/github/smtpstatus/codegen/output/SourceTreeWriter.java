package io.github.smtpstatus.codegen.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Puts generated sources into the output directory, touching only what changed: a file whose bytes
 * are already in place is not rewritten (its time stays, so incremental compilers and IDEs see no
 * change); changed files are written atomically; files a previous generation produced that are no
 * longer produced (a renamed package, say) are deleted. Nothing else in the directory is touched.
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

  private SourceTreeWriter() {}

  /**
   * Writes the files.
   *
   * @param root the source root
   * @param files content by path relative to {@code root}
   * @param previous paths a previous generation wrote (from its state), deleted if not in {@code files}
   * @return how many files were written, left unchanged and deleted
   * @throws IOException if a file cannot be read, written or deleted
   */
  public static Result write(Path root, Map<String, byte[]> files, Set<String> previous) throws IOException {
    Map<Path, byte[]> changed = new LinkedHashMap<>();
    int unchanged = 0;
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Path target = root.resolve(file.getKey());
      if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), file.getValue())) {
        unchanged++;
      } else {
        changed.put(target, file.getValue());
      }
    }
    AtomicFiles.writeAll(changed);
    int deleted = 0;
    Path normalizedRoot = root.toAbsolutePath().normalize();
    for (String stale : previous) {
      Path path = normalizedRoot.resolve(stale).normalize();
      // Only ever delete inside the output directory, whatever a state file says.
      if (!files.containsKey(stale) && path.startsWith(normalizedRoot) && !path.equals(normalizedRoot)
          && Files.deleteIfExists(path)) {
        deleted++;
      }
    }
    return new Result(changed.size(), unchanged, deleted);
  }
}
