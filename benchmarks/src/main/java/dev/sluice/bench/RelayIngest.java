package dev.sluice.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.sluice.relay.RelayServer;
import dev.sluice.relay.RelaySettings;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Relay throughput on loopback: row batches posted by 4 clients (re-validation with core,
 * encryption, cache), delivery to a local receiver that answers at once, and heap per MB held.
 *
 * <p>Run: {@code mvn -q -B -DskipTests package -pl benchmarks -am && java -Xmx2g -cp
 * "benchmarks/target/classes:$(cat benchmarks/target/bench-classpath.txt)"
 * dev.sluice.bench.RelayIngest}
 */
public final class RelayIngest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String KEY = "bench-admin-key";
  private static final int ROWS = 1000;
  private static final int BATCHES = 200;

  private RelayIngest() {
  }

  /** Prints medians of 5 rounds. */
  public static void main(String[] args) throws Exception {
    AtomicInteger delivered = new AtomicInteger();
    AtomicInteger answer = new AtomicInteger(200);
    HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(),
        0), 0);
    receiver.setExecutor(Executors.newFixedThreadPool(16));
    receiver.createContext("/", ex -> {
      ex.getRequestBody().readAllBytes();
      int status = answer.get();
      if (status == 200) {
        delivered.incrementAndGet();
      }
      ex.sendResponseHeaders(status, -1);
      ex.close();
    });
    receiver.start();
    RelayServer relay = RelayServer.start(RelaySettings.builder().port(0)
        .dataDir(Files.createTempDirectory("sluice-bench")).adminKey(KEY)
        .egressAllowCidrs(List.of("127.0.0.0/8")).rateLimitPerMinute(10_000_000)
        .payloadBudgetBytes(2L << 30).retrySchedule(List.of(Duration.ofHours(1))).build());
    String importerKey = createImporter(relay, "http://127.0.0.1:" + receiver.getAddress().getPort()
        + "/hook");
    List<String> bodies = new ArrayList<>();
    long bytes = 0;
    for (int b = 0; b < BATCHES; b++) {
      String body = batch(b);
      bodies.add(body);
      bytes += body.getBytes(StandardCharsets.UTF_8).length;
    }
    double mib = bytes / 1048576.0;
    int rounds = 5;
    double[] ingest = new double[rounds];
    double[] deliver = new double[rounds];
    for (int round = 0; round < rounds + 1; round++) {
      delivered.set(0);
      long start = System.nanoTime();
      post(relay, importerKey, "round" + round, bodies);
      long ingested = System.nanoTime();
      while (delivered.get() < BATCHES) {
        Thread.sleep(1);
      }
      long done = System.nanoTime();
      if (round > 0) {
        ingest[round - 1] = (ingested - start) / 1e9;
        deliver[round - 1] = (done - start) / 1e9;
      }
    }
    Arrays.sort(ingest);
    Arrays.sort(deliver);
    double in = ingest[rounds / 2];
    double out = deliver[rounds / 2];
    System.out.printf("batches: %d x %d rows (%.1f MiB of JSON per round), 4 clients, %d rounds%n",
        BATCHES, ROWS, mib, rounds);
    System.out.printf("ingest (all 202s): median %.2f s = %.0f rows/s, %.1f MiB/s (runs %s)%n", in,
        BATCHES * ROWS / in, mib / in, Arrays.toString(ingest));
    System.out.printf("ingest + delivery of every batch: median %.2f s = %.0f rows/s (runs %s)%n",
        out, BATCHES * ROWS / out, Arrays.toString(deliver));

    answer.set(503);
    Runtime rt = Runtime.getRuntime();
    System.gc();
    Thread.sleep(200);
    long before = rt.totalMemory() - rt.freeMemory();
    post(relay, importerKey, "held", bodies);
    System.gc();
    Thread.sleep(200);
    long after = rt.totalMemory() - rt.freeMemory();
    System.out.printf("held undelivered: %.1f MiB of JSON posted, vault %.1f MiB, heap growth %.1f"
        + " MiB = %.2f MiB heap per MiB posted%n", mib, relay.vault().usedBytes() / 1048576.0,
        (after - before) / 1048576.0, (after - before) / 1048576.0 / mib);
    relay.close();
    receiver.stop(0);
    System.exit(0);
  }

  private static void post(RelayServer relay, String key, String importPrefix, List<String> bodies)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> futures = new ArrayList<>();
    for (int client = 0; client < 4; client++) {
      int c = client;
      futures.add(pool.submit(() -> {
        for (int b = c; b < bodies.size(); b += 4) {
          HttpRequest r = HttpRequest.newBuilder(URI.create(relay.url() + "v1/widget/imports/"
                  + importPrefix + "-" + b + "/batches"))
              .header("X-Sluice-Importer-Key", key).header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(bodies.get(b).replace("\"index\":" + b,
                  "\"index\":0"))).build();
          HttpResponse<String> response = HTTP.send(r, HttpResponse.BodyHandlers.ofString());
          if (response.statusCode() != 202) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
          }
        }
        return null;
      }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
  }

  private static String createImporter(RelayServer relay, String url) throws Exception {
    String schema = "{\"version\":1,\"name\":\"contacts\",\"columns\":["
        + "{\"key\":\"name\",\"required\":true,\"allowBlank\":false},"
        + "{\"key\":\"email\",\"type\":\"email\",\"unique\":true,\"transforms\":[\"trim\",\"normalize\"]},"
        + "{\"key\":\"phone\",\"type\":{\"name\":\"phone\",\"defaultCountry\":\"DE\"},\"transforms\":[\"normalize\"]},"
        + "{\"key\":\"country\",\"type\":\"country\",\"transforms\":[\"normalize\"]},"
        + "{\"key\":\"signup\",\"type\":\"date\",\"transforms\":[\"normalize\"]},"
        + "{\"key\":\"amount\",\"type\":\"decimal\",\"transforms\":[\"normalize\"]}]}";
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", "bench");
    body.put("schema", JSON.readTree(schema));
    body.put("deliveryMode", "webhook");
    body.put("webhookUrl", url);
    body.put("batchSize", ROWS);
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(relay.url()
        + "v1/importers")).header("Authorization", "Bearer " + KEY)
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
        HttpResponse.BodyHandlers.ofString());
    JsonNode created = JSON.readTree(r.body());
    return created.get("importerKey").asText();
  }

  private static String batch(int b) throws Exception {
    List<Map<String, String>> rows = new ArrayList<>();
    for (int i = 0; i < ROWS; i++) {
      int n = b * ROWS + i;
      Map<String, String> row = new LinkedHashMap<>();
      row.put("name", "Customer " + n);
      row.put("email", "customer" + n + "@example.com");
      row.put("phone", "+4930" + (1_000_000 + n % 8_000_000));
      row.put("country", "DE");
      row.put("signup", "2024-0" + (1 + n % 9) + "-1" + (n % 10));
      row.put("amount", (n % 10_000) + ".25");
      rows.add(row);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("fileName", "customers.csv");
    body.put("batch", Map.of("index", b, "count", ROWS, "totalRows", ROWS * BATCHES));
    body.put("rows", rows);
    return JSON.writeValueAsString(body);
  }
}
