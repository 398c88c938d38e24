package io.github.smtpstatus.codegen.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A server on 127.0.0.1 that answers each connection with a scripted stream of bytes, at a scripted
 * pace: what {@link LoopbackServer} cannot send (headers a byte at a time, a body longer than its
 * Content-Length). It serves connections until closed; each script ends by itself.
 */
final class RawServer implements AutoCloseable {

  /** Writes the response to one request. */
  @FunctionalInterface
  interface Script {
    void play(OutputStream out) throws IOException, InterruptedException;
  }

  private final ServerSocket socket;
  private final Thread acceptor;
  private final List<Socket> connections = new CopyOnWriteArrayList<>();
  private final List<String> requestHeads = new CopyOnWriteArrayList<>();

  private RawServer(Script script) throws IOException {
    socket = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
    acceptor = new Thread(() -> {
      while (!socket.isClosed()) {
        try {
          Socket connection = socket.accept();
          connections.add(connection);
          Thread player = new Thread(() -> serve(connection, script), "raw-server-connection");
          player.setDaemon(true);
          player.start();
        } catch (IOException e) {
          return;
        }
      }
    }, "raw-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  static RawServer start(Script script) throws IOException {
    return new RawServer(script);
  }

  URI url(String path) {
    return URI.create("http://127.0.0.1:" + socket.getLocalPort() + path);
  }

  /** The request heads received (request line and headers), in order. */
  List<String> requestHeads() {
    return List.copyOf(requestHeads);
  }

  /** Writes {@code bytes} one at a time, {@code pauseMillis} apart. */
  static void trickle(OutputStream out, byte[] bytes, long pauseMillis) throws IOException, InterruptedException {
    for (byte b : bytes) {
      out.write(b);
      out.flush();
      Thread.sleep(pauseMillis);
    }
  }

  private void serve(Socket connection, Script script) {
    try (connection) {
      requestHeads.add(readHead(connection.getInputStream()));
      script.play(connection.getOutputStream());
      connection.getOutputStream().flush();
    } catch (IOException e) {
      // the client hung up: what the tests provoke
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    while (matched < end.length && head.size() < 64 * 1024) {
      int b = in.read();
      if (b < 0) {
        break;
      }
      head.write(b);
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    return head.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() throws IOException {
    socket.close();
    for (Socket connection : connections) {
      connection.close();
    }
    acceptor.interrupt();
  }
}
