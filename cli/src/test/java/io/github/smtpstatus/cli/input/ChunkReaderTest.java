package io.github.smtpstatus.cli.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChunkReaderTest {

  private static List<Chunk> chunks(InputStream in, int chunkBytes, int maxLineBytes) throws IOException {
    ChunkReader reader = new ChunkReader(in, "test.log", chunkBytes, maxLineBytes);
    List<Chunk> chunks = new ArrayList<>();
    for (Chunk chunk = reader.next(); chunk != null; chunk = reader.next()) {
      chunks.add(chunk);
    }
    return chunks;
  }

  private static List<Chunk.Line> lines(String text, int chunkBytes, int maxLineBytes) throws IOException {
    List<Chunk.Line> lines = new ArrayList<>();
    for (Chunk chunk : chunks(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), chunkBytes,
        maxLineBytes)) {
      chunk.forEachLine(lines::add);
    }
    return lines;
  }

  private static List<String> texts(String text, int chunkBytes) throws IOException {
    return lines(text, chunkBytes, 1000).stream().map(Chunk.Line::text).toList();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 5, 8, 64, 1 << 20})
  void linesAreTheSameWhateverTheChunkSize(int chunkBytes) throws IOException {
    assertThat(texts("one\ntwo\r\n\nthree\nlast without end", chunkBytes))
        .containsExactly("one", "two", "", "three", "last without end");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 7, 1 << 20})
  void lineNumbersRunOnAcrossChunks(int chunkBytes) throws IOException {
    assertThat(lines("a\nb\nc\nd\ne\n", chunkBytes, 100)).extracting(Chunk.Line::number)
        .containsExactly(1L, 2L, 3L, 4L, 5L);
  }

  @Test
  void emptyInputHasNoChunk() throws IOException {
    assertThat(chunks(new ByteArrayInputStream(new byte[0]), 16, 16)).isEmpty();
  }

  @Test
  void aFinalLineEndAddsNoEmptyLine() throws IOException {
    assertThat(texts("a\n", 16)).containsExactly("a");
  }

  @Test
  void malformedUtf8BecomesReplacementCharacters() throws IOException {
    byte[] bytes = {'a', (byte) 0xff, 'b', '\n', (byte) 0xc3, (byte) 0xa9, '\n'};
    List<String> texts = new ArrayList<>();
    for (Chunk chunk : chunks(new ByteArrayInputStream(bytes), 4, 100)) {
      chunk.forEachLine(line -> texts.add(line.text()));
    }
    assertThat(texts).containsExactly("a\uFFFDb", "é");
  }

  @ParameterizedTest
  @ValueSource(ints = {4, 16, 1 << 20})
  void aLineOverTheLimitKeepsItsHeadAndIsMarkedCut(int chunkBytes) throws IOException {
    List<Chunk.Line> lines = lines("short\n" + "x".repeat(50) + "\nafter\n", chunkBytes, 10);
    assertThat(lines).extracting(Chunk.Line::text).containsExactly("short", "x".repeat(10), "after");
    assertThat(lines).extracting(Chunk.Line::cut).containsExactly(false, true, false);
    assertThat(lines).extracting(Chunk.Line::number).containsExactly(1L, 2L, 3L);
  }

  @Test
  void chunksCountTheirCutLines() throws IOException {
    List<Chunk> chunks = chunks(new ByteArrayInputStream(("x".repeat(30) + "\nok\n" + "y".repeat(11) + "\n")
        .getBytes(StandardCharsets.US_ASCII)), 1 << 20, 10);
    assertThat(chunks).extracting(Chunk::cutLines).containsExactly(2);
    assertThat(chunks).extracting(Chunk::lines).containsExactly(3);
  }

  @Test
  void aCrBeforeTheLineEndCountsTowardsTheLimit() throws IOException {
    assertThat(lines("0123456789\r\n012345678\r\n", 1 << 20, 10)).extracting(Chunk.Line::text, Chunk.Line::cut)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("0123456789", true),
            org.assertj.core.groups.Tuple.tuple("012345678", false));
  }

  /** A stream of {@code size} bytes of one endless line: never materialised. */
  private static InputStream endlessLine(long size) {
    return new InputStream() {
      long left = size;

      @Override
      public int read() {
        return left-- > 0 ? 'z' : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (left <= 0) {
          return -1;
        }
        int n = (int) Math.min(len, left);
        java.util.Arrays.fill(b, off, off + n, (byte) 'z');
        left -= n;
        return n;
      }
    };
  }

  @Test
  void aHugeLineIsSkippedWithoutBeingBuffered() throws IOException {
    long size = 256L << 20;
    ChunkReader reader = new ChunkReader(endlessLine(size), "huge", 1024, 100);
    Chunk head = reader.next();
    assertThat(head.length()).isEqualTo(101);
    assertThat(head.cutLines()).isEqualTo(1);
    assertThat(reader.next()).isNull();
    assertThat(reader.bytesRead()).isEqualTo(size);
  }

  @Test
  void rejectsSizesBelowOne() {
    assertThatIllegalArgumentException().isThrownBy(() -> new ChunkReader(InputStream.nullInputStream(), "x", 0, 1))
        .withMessage("chunkBytes and maxLineBytes must be positive: 0, 1");
  }
}
