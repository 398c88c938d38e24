package io.github.smtpstatus.codegen.update;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A JDK HTTP server on 127.0.0.1 with a route per path; unrouted paths answer 404. */
final class LoopbackServer implements AutoCloseable {

  /** Answers one exchange. */
  @FunctionalInterface
  interface Responder {
    void respond(HttpExchange exchange) throws IOException;
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final Map<String, Responder> routes = new ConcurrentHashMap<>();
  private final List<String> requests = new CopyOnWriteArrayList<>();

  private LoopbackServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  static LoopbackServer start() throws IOException {
    return new LoopbackServer();
  }

  /** {@code http://127.0.0.1:<port><path>}. */
  URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  int port() {
    return server.getAddress().getPort();
  }

  /** The request targets received, in order (absolute when the request came through as a proxy request). */
  List<String> requests() {
    return List.copyOf(requests);
  }

  LoopbackServer route(String path, Responder responder) {
    routes.put(path, responder);
    return this;
  }

  LoopbackServer unroute(String path) {
    routes.remove(path);
    return this;
  }

  /** Serves bytes with status 200. */
  static Responder ok(byte[] body, String contentType) {
    return exchange -> send(exchange, 200, body, contentType);
  }

  static Responder status(int status) {
    return exchange -> send(exchange, status, ("status " + status).getBytes(StandardCharsets.UTF_8), "text/plain");
  }

  static Responder redirect(int status, String location) {
    return exchange -> {
      exchange.getResponseHeaders().set("Location", location);
      exchange.sendResponseHeaders(status, -1);
    };
  }

  static void send(HttpExchange exchange, int status, byte[] body, String contentType) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      requests.add(exchange.getRequestURI().toString());
      Responder responder = routes.get(exchange.getRequestURI().getPath());
      if (responder == null) {
        send(exchange, 404, "not found".getBytes(StandardCharsets.UTF_8), "text/plain");
      } else {
        responder.respond(exchange);
      }
    } finally {
      exchange.close();
    }
  }

  /** A loopback port nothing listens on. */
  static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
