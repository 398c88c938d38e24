package io.github.smtpstatus.codegen.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
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

/**
 * A JDK HTTP or HTTPS server on 127.0.0.1 with a route per path; unrouted paths answer 404. The HTTPS
 * server's certificate is {@link LoopbackTls}'s, which {@link LoopbackTls#client()} trusts.
 */
public final class LoopbackServer implements AutoCloseable {

  /** Answers one exchange. */
  @FunctionalInterface
  public interface Responder {
    void respond(HttpExchange exchange) throws IOException;
  }

  private final HttpServer server;
  private final String scheme;
  private final List<Map<String, List<String>>> requestHeaders = new CopyOnWriteArrayList<>();
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final Map<String, Responder> routes = new ConcurrentHashMap<>();
  private final List<String> requests = new CopyOnWriteArrayList<>();

  private LoopbackServer(boolean tls) throws IOException {
    InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    if (tls) {
      HttpsServer https = HttpsServer.create(address, 0);
      https.setHttpsConfigurator(new HttpsConfigurator(LoopbackTls.server()));
      server = https;
    } else {
      server = HttpServer.create(address, 0);
    }
    scheme = tls ? "https" : "http";
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /** A plain-http server. */
  public static LoopbackServer start() throws IOException {
    return new LoopbackServer(false);
  }

  /** An HTTPS server. */
  public static LoopbackServer startTls() throws IOException {
    return new LoopbackServer(true);
  }

  /** {@code http://127.0.0.1:<port><path>}, or {@code https://...}. */
  public URI url(String path) {
    return URI.create(scheme + "://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** The request targets received, in order (absolute when the request came through as a proxy request). */
  public List<String> requests() {
    return List.copyOf(requests);
  }

  /** The headers of each request received, in order. */
  public List<Map<String, List<String>>> requestHeaders() {
    return List.copyOf(requestHeaders);
  }

  public LoopbackServer route(String path, Responder responder) {
    routes.put(path, responder);
    return this;
  }

  public LoopbackServer unroute(String path) {
    routes.remove(path);
    return this;
  }

  /** Serves bytes with status 200. */
  public static Responder ok(byte[] body, String contentType) {
    return exchange -> send(exchange, 200, body, contentType);
  }

  public static Responder status(int status) {
    return exchange -> send(exchange, status, ("status " + status).getBytes(StandardCharsets.UTF_8), "text/plain");
  }

  public static Responder redirect(int status, String location) {
    return exchange -> {
      exchange.getResponseHeaders().set("Location", location);
      exchange.sendResponseHeaders(status, -1);
    };
  }

  public static void send(HttpExchange exchange, int status, byte[] body, String contentType) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      requests.add(exchange.getRequestURI().toString());
      requestHeaders.add(Map.copyOf(exchange.getRequestHeaders()));
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
  public static int closedPort() throws IOException {
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
