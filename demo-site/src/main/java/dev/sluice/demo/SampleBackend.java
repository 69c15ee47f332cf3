package dev.sluice.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The sample customer backend: receives Sluice webhooks, verifies their signature, drops
 * duplicates by {@code webhook-id} and keeps the batches for the demo page. It can be told to
 * be "down" for a while (answers 503), to show retries.
 */
public final class SampleBackend implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final List<Map<String, Object>> batches = new ArrayList<>();
  private final AtomicLong downUntil = new AtomicLong();
  private volatile WebhookVerifier verifier;
  private int refused;
  private final Javalin app;

  /** Starts the backend on a port (0 for any). */
  public SampleBackend(String host, int port) {
    app = Javalin.create(config -> {
      config.jetty.host = host;
      config.jetty.port = port;
      config.startup.showJavalinBanner = false;
      config.routes.post("/webhooks/sluice", ctx -> {
        if (System.currentTimeMillis() < downUntil.get()) {
          ctx.status(503).header("Retry-After", "1").result("down for maintenance");
          return;
        }
        byte[] body = ctx.bodyAsBytes();
        WebhookVerifier v = verifier;
        boolean valid = v != null && v.verify(ctx.header("webhook-id"),
            ctx.header("webhook-timestamp"), ctx.header("webhook-signature"), body,
            System.currentTimeMillis() / 1000);
        synchronized (batches) {
          if (!valid) {
            refused++;
            ctx.status(401).result("bad signature");
            return;
          }
          String id = ctx.header("webhook-id");
          if (batches.stream().anyMatch(b -> id.equals(b.get("webhookId")))) {
            ctx.status(200).result("duplicate ignored");
            return;
          }
          JsonNode json = JSON.readTree(body);
          Map<String, Object> batch = new LinkedHashMap<>();
          batch.put("webhookId", id);
          batch.put("verified", true);
          batch.put("importId", json.get("importId").asText());
          batch.put("fileName", json.get("fileName").asText(""));
          batch.put("batch", JSON.convertValue(json.get("batch"), Map.class));
          batch.put("rows", JSON.convertValue(json.get("rows"), List.class));
          batch.put("receivedAt", java.time.Instant.now().toString());
          batches.add(batch);
        }
        ctx.status(204);
      });
      config.routes.get("/batches", ctx -> {
        synchronized (batches) {
          ctx.json(Map.of("batches", List.copyOf(batches), "refused", refused));
        }
      });
    });
    app.start();
  }

  /** Uses the importer's signing secret from now on. */
  public void useSecret(String secret) {
    this.verifier = new WebhookVerifier(secret);
  }

  /** Answers 503 for the next {@code millis}. */
  public void goDown(long millis) {
    downUntil.set(System.currentTimeMillis() + millis);
  }

  /** The webhook URL. */
  public String webhookUrl() {
    return "http://127.0.0.1:" + app.port() + "/webhooks/sluice";
  }

  /** The base URL. */
  public String url() {
    return "http://127.0.0.1:" + app.port() + "/";
  }

  /** The batches received and verified, in arrival order. */
  public List<Map<String, Object>> batches() {
    synchronized (batches) {
      return List.copyOf(batches);
    }
  }

  @Override
  public void close() {
    app.stop();
  }
}
