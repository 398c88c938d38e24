package io.github.smtpstatus.codegen.update;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The file operations by which an update changes the disk: one seam, so that tests can fail or pause
 * any one of them and check what the update leaves behind.
 */
interface FileOperations {

  /** Writes a whole file, creating its folder, and forces it to the disk. */
  void write(Path file, byte[] bytes) throws IOException;

  /** Moves a file over another (replacing it) in one atomic step where the file system can. */
  void move(Path source, Path target) throws IOException;

  /** Deletes a file or an empty folder, if it exists. */
  void delete(Path path) throws IOException;

  /** The real file system. */
  FileOperations SYSTEM = new FileOperations() {
    @Override
    public void write(Path file, byte[] bytes) throws IOException {
      Files.createDirectories(file.getParent());
      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
    }

    @Override
    public void move(Path source, Path target) throws IOException {
      try {
        Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
      }
      // The rename reaches the disk with its folder's entry; not every file system lets a folder be forced.
      try (FileChannel folder = FileChannel.open(target.getParent(), StandardOpenOption.READ)) {
        folder.force(true);
      } catch (IOException e) {
        // the move itself is done; the operating system writes the folder in its own time
      }
    }

    @Override
    public void delete(Path path) throws IOException {
      Files.deleteIfExists(path);
    }
  };
}
