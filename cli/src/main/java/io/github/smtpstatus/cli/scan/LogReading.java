package io.github.smtpstatus.cli.scan;

import io.github.smtpstatus.cli.input.Chunk;
import io.github.smtpstatus.cli.input.ChunkReader;
import io.github.smtpstatus.cli.input.Input;
import io.github.smtpstatus.cli.input.Progress;
import io.github.smtpstatus.cli.output.TerminalText;
import io.github.smtpstatus.cli.pipeline.OrderedPipeline;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads inputs one after the other as chunks of lines, works each chunk on {@code threads} threads and
 * sinks the results in input order. An input that cannot be opened or fails while being read is
 * reported on standard error and counted; the others are read all the same.
 */
public final class LogReading {

  private final List<Input> inputs;
  private final int threads;
  private final int chunkBytes;
  private final int maxLineBytes;
  private final PrintWriter err;
  private final Progress progress;

  /**
   * A reading of {@code inputs} in chunks of about {@code chunkBytes} (large enough to keep workers
   * busy, small enough to bound memory: 1 MiB by default), cutting lines at {@code maxLineBytes}.
   *
   * @param inputs the inputs, read in order
   * @param threads how many threads work the chunks
   * @param chunkBytes about how many bytes a chunk holds
   * @param maxLineBytes longer lines are cut to this many bytes
   * @param err where unreadable inputs are reported
   * @param progress the progress line to update
   */
  public LogReading(List<Input> inputs, int threads, int chunkBytes, int maxLineBytes, PrintWriter err,
      Progress progress) {
    this.inputs = List.copyOf(inputs);
    this.threads = threads;
    this.chunkBytes = chunkBytes;
    this.maxLineBytes = maxLineBytes;
    this.err = err;
    this.progress = progress;
  }

  /**
   * Reads everything, or until {@code stop} says so (standard output was closed), and returns what was read.
   *
   * @param <O> what a worked chunk gives
   * @param work what a worker makes of a chunk
   * @param sink what the calling thread does with each worked chunk, in input order
   * @param stop asked before each chunk; true stops the reading
   * @return what was read
   */
  public <O> ReadCounts run(Function<Chunk, O> work, Consumer<O> sink, BooleanSupplier stop) {
    int unreadable = 0;
    long bytes = 0;
    long lines = 0;
    long cut = 0;
    Function<Chunk, Worked<O>> counted = chunk -> new Worked<>(work.apply(chunk), chunk.lines());
    try (OrderedPipeline<Chunk, Worked<O>> pipeline = new OrderedPipeline<>(threads, counted,
        worked -> sink.accept(worked.result()))) {
      for (Input input : inputs) {
        if (stop.getAsBoolean()) {
          break;
        }
        long before = bytes;
        try (InputStream in = input.open()) {
          ChunkReader reader = new ChunkReader(in, input.name(), chunkBytes, maxLineBytes);
          for (Chunk chunk = reader.next(); chunk != null && !stop.getAsBoolean(); chunk = reader.next()) {
            lines += chunk.lines();
            cut += chunk.cutLines();
            pipeline.accept(chunk);
            progress.update(before + reader.bytesRead(), lines);
          }
          bytes = before + reader.bytesRead();
        } catch (IOException e) {
          unreadable++;
          progress.clear();
          err.println("smtp-status: cannot read " + TerminalText.escape(input.name()) + ": "
              + TerminalText.escape(reason(e)));
          err.flush();
        }
      }
      pipeline.finish();
    } finally {
      progress.clear();
    }
    return new ReadCounts(inputs.size(), unreadable, bytes, lines, cut);
  }

  private static String reason(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private record Worked<O>(O result, int lines) {}
}
