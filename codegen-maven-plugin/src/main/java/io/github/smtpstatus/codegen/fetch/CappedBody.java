package io.github.smtpstatus.codegen.fetch;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * The body of one download: read only from a 200 response with no Content-Encoding and a Content-Length
 * within the cap, and cut off as soon as it grows past the cap. It records what arrived and when, so
 * that {@link HttpDownloader} can tell a stalled body from a slow one and say how much came. Any other
 * response gets a body that is cancelled unread: its status and headers are all the downloader reports.
 */
final class CappedBody implements HttpResponse.BodyHandler<byte[]>, HttpResponse.BodySubscriber<byte[]> {

  private final int cap;
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private volatile Flow.Subscription subscription;
  private volatile boolean started;
  private volatile long lastArrival;
  private volatile long received;
  private volatile long declaredLength = -1;
  private volatile boolean overLimit;
  private volatile String refusedEncoding;

  CappedBody(int cap) {
    this.cap = cap;
  }

  @Override
  public HttpResponse.BodySubscriber<byte[]> apply(HttpResponse.ResponseInfo info) {
    declaredLength = info.headers().firstValueAsLong("Content-Length").orElse(-1);
    String encoding = info.headers().firstValue("Content-Encoding").orElse("").strip();
    if (!encoding.isEmpty() && !encoding.equalsIgnoreCase("identity")) {
      refusedEncoding = encoding;
    }
    if (info.statusCode() != 200 || declaredLength > cap || refusedEncoding != null) {
      return new Unread();
    }
    return this;
  }

  boolean started() {
    return started;
  }

  /** {@link System#nanoTime()} when the headers or the last piece of the body arrived. */
  long lastArrival() {
    return lastArrival;
  }

  long received() {
    return received;
  }

  /** The Content-Length of the response, or -1. */
  long declaredLength() {
    return declaredLength;
  }

  boolean overLimit() {
    return overLimit;
  }

  /** The Content-Encoding the body was refused for, or {@code null}. */
  String refusedEncoding() {
    return refusedEncoding;
  }

  /** What had arrived, for a message. */
  String progress() {
    return !started ? "the response headers had not all arrived"
        : received + (declaredLength >= 0 ? " of " + declaredLength : "") + " bytes of the body had arrived";
  }

  /** Stops reading, so that the connection is closed. */
  void cancel() {
    Flow.Subscription current = subscription;
    if (current != null) {
      current.cancel();
    }
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    lastArrival = System.nanoTime();
    started = true;
    subscription.request(Long.MAX_VALUE);
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    lastArrival = System.nanoTime();
    for (ByteBuffer buffer : buffers) {
      if (overLimit || received + buffer.remaining() > cap) {
        overLimit = true;
        subscription.cancel();
        result.complete(new byte[0]);
        return;
      }
      received += buffer.remaining();
      byte[] piece = new byte[buffer.remaining()];
      buffer.get(piece);
      bytes.writeBytes(piece);
    }
  }

  @Override
  public void onError(Throwable throwable) {
    result.completeExceptionally(throwable);
  }

  @Override
  public void onComplete() {
    result.complete(bytes.toByteArray());
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }

  /** Reads nothing: cancels at once and completes empty. */
  private static final class Unread implements HttpResponse.BodySubscriber<byte[]> {
    private final CompletableFuture<byte[]> result = CompletableFuture.completedFuture(new byte[0]);

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      subscription.cancel();
    }

    @Override
    public void onNext(List<ByteBuffer> item) {}

    @Override
    public void onError(Throwable throwable) {}

    @Override
    public void onComplete() {}

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }
  }
}
