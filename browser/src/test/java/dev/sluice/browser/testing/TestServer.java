package dev.sluice.browser.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A real HTTP server on loopback for browser tests: serves the widget from the classpath
 * ({@code /sluice/...}) and the test pages ({@code /pages/...}), and, as a separate origin, records
 * every request a page sends to the "relay" with its body.
 */
public final class TestServer implements AutoCloseable {
  /** One request the recording side received. */
  public record Recorded(String method, String path, Map<String, List<String>> headers,
      String body) {}

  private final HttpServer server;
  private final List<Recorded> recorded = Collections.synchronizedList(new ArrayList<>());
  private final boolean recording;
  private final java.nio.file.Path directory;
  /** Whether pages are served cross-origin isolated ({@link #isolatedPages}). */
  private boolean isolated;
  private volatile byte[] schema;

  private TestServer(boolean recording) throws IOException {
    this(recording, null);
  }

  private TestServer(boolean recording, java.nio.file.Path directory) throws IOException {
    this.recording = recording;
    this.directory = directory;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  /** A server for the widget and the test pages. */
  public static TestServer pages() throws IOException {
    return new TestServer(false);
  }

  /**
   * A server for the widget and the test pages that serves them cross-origin isolated (the
   * opener and embedder policy headers on every response): what a page needs to read its
   * workers' memory with {@code performance.measureUserAgentSpecificMemory()}.
   */
  public static TestServer isolatedPages() throws IOException {
    TestServer server = new TestServer(false);
    server.isolated = true;
    return server;
  }

  /** A server for the files of a directory (a host app's build), {@code /} as index.html. */
  public static TestServer directory(java.nio.file.Path root) throws IOException {
    return new TestServer(false, root.toAbsolutePath().normalize());
  }

  /** A recording server standing in for the relay; it answers 202 with CORS headers. */
  public static TestServer recorder() throws IOException {
    return new TestServer(true);
  }

  /** The base URL, such as {@code http://127.0.0.1:41234/}. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  /** Makes the recording side answer {@code GET /v1/widget/schema} with this JSON. */
  public TestServer serveSchema(String json) {
    this.schema = json.getBytes(StandardCharsets.UTF_8);
    return this;
  }

  /** What the recording side received, in order. */
  public List<Recorded> recorded() {
    synchronized (recorded) {
      return List.copyOf(recorded);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      byte[] body = exchange.getRequestBody().readAllBytes();
      if (recording) {
        recorded.add(new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
            Map.copyOf(exchange.getRequestHeaders()), new String(body, StandardCharsets.UTF_8)));
        exchange.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
        exchange.getResponseHeaders().add("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
        exchange.getResponseHeaders().add("Access-Control-Allow-Headers",
            "Content-Type, X-Sluice-Importer-Key, Idempotency-Key");
        if (schema != null && exchange.getRequestMethod().equals("GET")
            && path.equals("/v1/widget/schema")) {
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, schema.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(schema);
          }
          return;
        }
        int status = exchange.getRequestMethod().equals("OPTIONS") ? 204 : 202;
        exchange.sendResponseHeaders(status, -1);
        return;
      }
      String resource = path.startsWith("/sluice/") || path.startsWith("/pages/")
          || path.startsWith("/files/") ? path : null;
      InputStream in = directory != null ? fileIn(path)
          : resource == null ? null : TestServer.class.getResourceAsStream(resource);
      if (in == null) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      byte[] content;
      try (in) {
        content = in.readAllBytes();
      }
      exchange.getResponseHeaders().add("Content-Type",
          contentType(directory != null && path.equals("/") ? "/index.html" : path));
      exchange.getResponseHeaders().add("Cache-Control", "no-store");
      if (isolated) {
        exchange.getResponseHeaders().add("Cross-Origin-Opener-Policy", "same-origin");
        exchange.getResponseHeaders().add("Cross-Origin-Embedder-Policy", "require-corp");
      }
      exchange.sendResponseHeaders(200, content.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(content);
      }
    }
  }

  /** A file of the served directory, or null (outside it, or missing). */
  private InputStream fileIn(String path) throws IOException {
    java.nio.file.Path file = directory.resolve(path.equals("/") ? "index.html"
        : path.substring(1)).normalize();
    return file.startsWith(directory) && java.nio.file.Files.isRegularFile(file)
        ? java.nio.file.Files.newInputStream(file) : null;
  }

  private static String contentType(String path) {
    if (path.endsWith(".js")) {
      return "text/javascript; charset=utf-8";
    } else if (path.endsWith(".css")) {
      return "text/css; charset=utf-8";
    } else if (path.endsWith(".html")) {
      return "text/html; charset=utf-8";
    } else if (path.endsWith(".json")) {
      return "application/json";
    }
    return "application/octet-stream";
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
