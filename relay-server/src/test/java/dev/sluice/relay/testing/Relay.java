package dev.sluice.relay.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.relay.RelayServer;
import dev.sluice.relay.RelaySettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A real relay on loopback for tests, with a fresh embedded database (or the PostgreSQL server
 * named by {@code SLUICE_TEST_POSTGRES_URL}, emptied first) and an HTTP client to call it.
 */
public final class Relay implements AutoCloseable {
  /** The bootstrap admin key tests use. */
  public static final String ADMIN_KEY = "test-admin-key-0123456789";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();

  private final RelayServer server;
  private final RelaySettings settings;
  public final MutableClock clock;

  /** A response: status, headers and the body as JSON (null when empty). */
  public record Response(int status, Map<String, List<String>> headers, String body) {
    /** The body as a JSON tree. */
    public JsonNode json() {
      try {
        return body == null || body.isEmpty() ? null : JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }

    /** A header's first value, or null. */
    public String header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0)).findFirst().orElse(null);
    }
  }

  private Relay(RelaySettings settings, MutableClock clock) throws Exception {
    this.settings = settings;
    this.clock = clock;
    this.server = RelayServer.start(settings);
  }

  /** Starts a relay with test defaults changed by {@code tweak}. */
  public static Relay start(UnaryOperator<RelaySettings.Builder> tweak) throws Exception {
    return start(Files.createTempDirectory("sluice-relay"), tweak, true);
  }

  /** Starts a relay on a data directory; {@code fresh} empties a configured PostgreSQL first. */
  public static Relay start(Path dataDir, UnaryOperator<RelaySettings.Builder> tweak, boolean fresh)
      throws Exception {
    MutableClock clock = new MutableClock();
    RelaySettings.Builder b = RelaySettings.builder().port(0).dataDir(dataDir).adminKey(ADMIN_KEY)
        .egressAllowCidrs(List.of("127.0.0.0/8", "::1/128"))
        .retrySchedule(List.of(Duration.ofMillis(100), Duration.ofMillis(200),
            Duration.ofMillis(300)))
        .deliveryTimeout(Duration.ofSeconds(2)).clock(clock).instanceId("test-instance");
    String pg = System.getenv("SLUICE_TEST_POSTGRES_URL");
    if (pg != null && !pg.isBlank()) {
      if (fresh) {
        Postgres.reset(pg);
      }
      b.database(pg, System.getenv("SLUICE_TEST_POSTGRES_USER"),
          System.getenv("SLUICE_TEST_POSTGRES_PASSWORD"));
    }
    return new Relay(tweak.apply(b).build(), clock);
  }

  /** Starts another relay on the same data directory and database, as after a restart. */
  public Relay restart(UnaryOperator<RelaySettings.Builder> tweak) throws Exception {
    close();
    return start(settings.dataDir(), tweak, false);
  }

  /** The data directory. */
  public Path dataDir() {
    return settings.dataDir();
  }

  /** The server. */
  public RelayServer server() {
    return server;
  }

  /** The base URL. */
  public String url() {
    return server.url();
  }

  /** Calls the admin API with the bootstrap key. */
  public Response admin(String method, String path, Object body) {
    return call(method, path, body, Map.of("Authorization", "Bearer " + ADMIN_KEY));
  }

  /** Calls any route with headers; {@code body} is a String sent as is, or an object as JSON. */
  public Response call(String method, String path, Object body, Map<String, String> headers) {
    try {
      String text = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
      HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url() + path))
          .timeout(Duration.ofSeconds(30))
          .method(method, text == null ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofString(text));
      if (text != null) {
        r.header("Content-Type", "application/json");
      }
      headers.forEach(r::header);
      HttpResponse<String> response = HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.headers().map(), response.body());
    } catch (IOException | InterruptedException e) {
      throw new AssertionError(method + " " + path + " failed: " + e, e);
    }
  }

  /** Sends a raw request (e.g. a chunked body) and returns the answer. */
  public Response send(HttpRequest request) {
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.headers().map(), response.body());
    } catch (IOException | InterruptedException e) {
      throw new AssertionError("request failed: " + e, e);
    }
  }

  /** Posts a webhook-mode batch of an import with an importer key, as the widget does. */
  public Response postBatch(String importerKey, String importId, Object body) {
    return call("POST", "v1/widget/imports/" + importId + "/batches", body,
        Map.of("X-Sluice-Importer-Key", importerKey));
  }

  /** Waits until a condition holds, polling, for at most a minute. */
  public static void await(String what, java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting until " + what);
      }
      Thread.sleep(25);
    }
  }

  /** Creates an importer and returns the answer (importerKey, id, signingSecret). */
  public JsonNode createImporter(Map<String, Object> fields) {
    Response r = admin("POST", "v1/importers", fields);
    if (r.status() != 201) {
      throw new AssertionError("importer not created: " + r.status() + " " + r.body());
    }
    return r.json();
  }

  @Override
  public void close() {
    server.close();
  }
}
