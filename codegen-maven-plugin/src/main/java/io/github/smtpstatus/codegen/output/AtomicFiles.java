package io.github.smtpstatus.codegen.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes files so that a reader sees either the old or the new content, never half of it: each file
 * is staged as a temporary file beside its target, then moved over it atomically. Temporary files
 * that a killed run left beside a target are deleted by the next write of that target.
 */
public final class AtomicFiles {

  private AtomicFiles() {}

  /**
   * Writes one file atomically, creating its folder if needed.
   *
   * @param target the file to write
   * @param content its new content
   * @throws IOException if the folder cannot be created or the file cannot be written or moved into
   *     place; the target is then unchanged
   */
  public static void write(Path target, byte[] content) throws IOException {
    writeAll(Map.of(target, content));
  }

  /**
   * Writes several files: stages every one first, and only when all are staged moves them into place,
   * so that a failure while staging (disk full, permissions) changes no target.
   *
   * @param files the content of each file to write
   * @throws IOException if a file cannot be staged (then no target changed) or moved into place
   */
  public static void writeAll(Map<Path, byte[]> files) throws IOException {
    Map<Path, Path> staged = new LinkedHashMap<>();
    try {
      for (Map.Entry<Path, byte[]> file : files.entrySet()) {
        Path target = file.getKey().toAbsolutePath();
        Files.createDirectories(target.getParent());
        deleteStrandedTemporaries(target);
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        staged.put(target, temp);
        Files.write(temp, file.getValue());
        keepPermissions(target, temp);
      }
      List<Path> moved = new ArrayList<>();
      for (Map.Entry<Path, Path> file : staged.entrySet()) {
        move(file.getValue(), file.getKey());
        moved.add(file.getKey());
      }
      staged.keySet().removeAll(moved);
    } finally {
      for (Path temp : staged.values()) {
        Files.deleteIfExists(temp);
      }
    }
  }

  /**
   * Deletes the temporary files that a run killed between staging and moving left beside a target
   * ({@code .<name><digits>.tmp}, as {@link Files#createTempFile} names them here).
   */
  static void deleteStrandedTemporaries(Path target) throws IOException {
    Pattern stranded = Pattern.compile(Pattern.quote("." + target.getFileName()) + "-?\\d+\\.tmp");
    try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent(),
        entry -> stranded.matcher(entry.getFileName().toString()).matches())) {
      for (Path sibling : siblings) {
        Files.deleteIfExists(sibling);
      }
    }
  }

  /**
   * A temporary file is created readable by its owner only; the file it replaces keeps its permissions,
   * and a new file gets the usual rw-r--r--.
   */
  private static void keepPermissions(Path target, Path temp) throws IOException {
    if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
      return;
    }
    Set<PosixFilePermission> permissions = Files.exists(target)
        ? Files.getPosixFilePermissions(target)
        : PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(temp, permissions);
  }

  private static void move(Path source, Path target) throws IOException {
    try {
      Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
