package dev.sluice.relay.webhook;

import dev.sluice.relay.RelaySettings;
import dev.sluice.relay.audit.AuditLog;
import dev.sluice.relay.crypto.SecretBox;
import dev.sluice.relay.history.ImportHistory;
import dev.sluice.relay.importer.ImporterConfig;
import dev.sluice.relay.importer.ImporterStore;
import dev.sluice.relay.store.Database;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.client.Response;
import org.eclipse.jetty.client.BytesRequestContent;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Result;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.util.SocketAddressResolver;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers accepted batches to importers' webhooks, Standard Webhooks signed, in batch order per
 * import, with exponential backoff and jitter, honouring Retry-After, never past the payload's
 * 24-hour window.
 *
 * <p>Order holds across instances: a batch goes out only once the database says the one before it
 * was delivered. 3xx counts as a failure (redirects are not followed); 410 disables the endpoint.
 * Logs and the history carry status codes and error kinds, never row content.
 */
public final class Deliverer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Deliverer.class);

  private final RelaySettings settings;
  private final Database db;
  private final PayloadVault vault;
  private final ImporterStore importers;
  private final SigningSecrets secrets;
  private final ImportHistory history;
  private final AuditLog audit;
  private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, r -> {
    Thread t = new Thread(r, "sluice-delivery");
    t.setDaemon(true);
    return t;
  });
  private final HttpClient client = new HttpClient();
  private final ConcurrentHashMap<String, Pending> waitingFor = new ConcurrentHashMap<>();
  private volatile boolean closed;

  /** A deliverer over these parts. */
  public Deliverer(RelaySettings settings, Database db, PayloadVault vault, ImporterStore importers,
      SigningSecrets secrets, ImportHistory history, AuditLog audit) {
    this.settings = settings;
    this.db = db;
    this.vault = vault;
    this.importers = importers;
    this.secrets = secrets;
    this.history = history;
    this.audit = audit;
  }

  /** Starts the HTTP client and marks batches this instance held before a restart as lost. */
  public void start() throws Exception {
    ScheduledExecutorScheduler jettyScheduler = new ScheduledExecutorScheduler("sluice-client", true);
    client.setScheduler(jettyScheduler);
    client.setFollowRedirects(false);
    client.setConnectTimeout(settings.deliveryTimeout().toMillis());
    client.setIdleTimeout(settings.deliveryTimeout().toMillis());
    client.setUserAgentField(new org.eclipse.jetty.http.HttpField("User-Agent", "Sluice-Relay"));
    org.eclipse.jetty.util.thread.QueuedThreadPool pool =
        new org.eclipse.jetty.util.thread.QueuedThreadPool(64, 4);
    pool.setName("sluice-client");
    pool.setDaemon(true);
    client.setExecutor(pool);
    client.setSocketAddressResolver(new EgressGuard(new SocketAddressResolver.Async(pool,
        jettyScheduler, 5_000), settings.egressAllowCidrs().stream().map(Cidr::parse).toList()));
    client.start();
    List<String> lost = db.query("select distinct import_id from deliveries where instance_id = ?"
        + " and status = 'pending'", rs -> rs.getString(1), settings.instanceId());
    db.update("update deliveries set status = 'lost', last_error = 'RELAY_RESTARTED', updated_at = ?"
        + " where instance_id = ? and status = 'pending'", now(), settings.instanceId());
    for (String importId : lost) {
      history.deliveryFailed(importId, "lost",
          "RELAY_RESTARTED: payloads are held in memory only and were lost in a restart");
    }
  }

  /** Queues a batch that was just accepted. */
  public void enqueue(BatchKey key, String webhookId, long receivedAt) {
    schedule(new Pending(key, webhookId, receivedAt), 0);
  }

  /** Marks a batch whose payload expired undelivered. */
  public void expired(BatchKey key) {
    finish(key, "expired", "EXPIRED: not delivered within the retention window");
  }

  private void schedule(Pending p, long delayMillis) {
    int generation;
    synchronized (p) {
      p.running = false;
      generation = ++p.generation;
    }
    if (!closed) {
      scheduler.schedule(() -> run(p, generation), delayMillis, TimeUnit.MILLISECONDS);
    }
  }

  /**
   * Runs a batch that waited for the one before it, now delivered or given up, unless an attempt
   * of it is under way: that attempt already saw the batch before it done and is sending (waking
   * it again sent it twice: its poll and this wake-up crossed), or it polls again by itself.
   */
  private void wake(Pending p) {
    int generation;
    synchronized (p) {
      if (p.running || p.done) {
        return;
      }
      generation = ++p.generation;
    }
    if (!closed) {
      scheduler.schedule(() -> run(p, generation), 0, TimeUnit.MILLISECONDS);
    }
  }

  private void run(Pending p, int generation) {
    synchronized (p) {
      if (p.done || p.running || p.generation != generation || closed) {
        return;
      }
      p.running = true;
    }
    try {
      attempt(p);
    } catch (RuntimeException e) {
      LOG.warn("delivery attempt for batch {} of an import failed: {}", p.key.index(),
          e.getClass().getSimpleName());
      retry(p, "INTERNAL: " + e.getClass().getSimpleName(), null);
    }
  }

  private void attempt(Pending p) {
    Optional<ImporterConfig> found = importers.find(p.key.importerId());
    if (found.isEmpty()) {
      giveUp(p, "failed", "IMPORTER_DELETED");
      return;
    }
    ImporterConfig importer = found.get();
    if (importer.webhookDisabled()) {
      giveUp(p, "failed", "ENDPOINT_GONE: the endpoint answered 410 and was disabled");
      return;
    }
    if (p.key.index() > 0) {
      String before = db.one("select status from deliveries where import_id = ? and batch_index = ?",
          rs -> rs.getString(1), p.key.importId(), p.key.index() - 1).orElse(null);
      if (before == null || before.equals("pending")) {
        if (settings.clock().millis() - p.receivedAt >= settings.payloadTtl().toMillis()) {
          // the earlier batch never came (or never went) within the payload's lifetime: stop
          // polling; the vault has dropped the payload by now
          waitingFor.remove(p.key.importId() + "#" + (p.key.index() - 1));
          vault.remove(p.key);
          giveUp(p, "expired", "EXPIRED: batch " + (p.key.index() - 1)
              + " did not arrive or go out within the retention window");
          return;
        }
        waitingFor.put(p.key.importId() + "#" + (p.key.index() - 1), p);
        schedule(p, settings.orderPoll().toMillis());
        return;
      }
      // no longer waiting: the batch before it is done
      waitingFor.remove(p.key.importId() + "#" + (p.key.index() - 1), p);
      if (!before.equals("delivered")) {
        giveUp(p, "failed", "EARLIER_BATCH_UNDELIVERED: batch " + (p.key.index() - 1) + " was "
            + before);
        return;
      }
    }
    byte[] body;
    try {
      body = vault.get(p.key);
    } catch (SecretBox.TamperedException e) {
      giveUp(p, "failed", "PAYLOAD_INTEGRITY: the held payload failed authentication");
      return;
    }
    if (body == null) {
      giveUp(p, "expired", "EXPIRED: not delivered within the retention window");
      return;
    }
    long timestamp = settings.clock().millis() / 1000;
    String signature = WebhookSigner.header(secrets.valid(importer.id()), p.webhookId, timestamp,
        body);
    client.newRequest(importer.webhookUrl())
        .method(HttpMethod.POST)
        .timeout(settings.deliveryTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .headers(h -> h.put("webhook-id", p.webhookId)
            .put("webhook-timestamp", Long.toString(timestamp))
            .put("webhook-signature", signature))
        .body(new BytesRequestContent("application/json", body))
        .send(new Response.Listener() {
          /** The receiver's status, read before its body: the body is never read. */
          private volatile Response answered;

          @Override
          public void onHeaders(Response response) {
            // the status decides; the body is discarded as it comes (no content listener keeps
            // it), and a body that outlasts the timeout does not undo a 2xx already read
            answered = response;
          }

          @Override
          public void onComplete(Result result) {
            try {
              handle(p, importer, result, answered);
            } catch (RuntimeException e) {
              LOG.warn("handling a delivery result failed: {}", e.getClass().getSimpleName());
              retry(p, "INTERNAL: " + e.getClass().getSimpleName(), null);
            }
          }
        });
  }

  private void handle(Pending p, ImporterConfig importer, Result result, Response answered) {
    p.attempts++;
    if (answered != null) {
      answer(p, importer, answered);
      return;
    }
    if (result.isFailed()) {
      Throwable cause = result.getFailure();
      while (cause.getCause() != null && !(cause instanceof EgressGuard.BlockedDestinationException)) {
        cause = cause.getCause();
      }
      if (cause instanceof EgressGuard.BlockedDestinationException) {
        giveUp(p, "failed", "DESTINATION_BLOCKED: " + cause.getMessage());
        return;
      }
      retry(p, "NETWORK: " + cause.getClass().getSimpleName(), null);
      return;
    }
    answer(p, importer, result.getResponse());
  }

  private void answer(Pending p, ImporterConfig importer, Response response) {
    int status = response.getStatus();
    if (status >= 200 && status < 300) {
      delivered(p);
    } else if (status == 410) {
      importers.disableWebhook(importer.id());
      audit.record("relay", "webhook.disabled", importer.id(), "the endpoint answered 410 Gone");
      giveUp(p, "failed", "ENDPOINT_GONE: the endpoint answered 410 and was disabled");
    } else {
      retry(p, "HTTP " + status, retryAfterMillis(response.getHeaders().get("Retry-After")));
    }
  }

  private void delivered(Pending p) {
    synchronized (p) {
      p.done = true;
    }
    vault.remove(p.key);
    db.update("update deliveries set status = 'delivered', attempts = ?, last_error = null,"
        + " updated_at = ? where import_id = ? and batch_index = ?", p.attempts, now(),
        p.key.importId(), p.key.index());
    history.batchDelivered(p.key.importId());
    Pending next = waitingFor.remove(p.key.importId() + "#" + p.key.index());
    if (next != null) {
      wake(next);
    }
  }

  private void retry(Pending p, String error, Long retryAfter) {
    List<Duration> plan = settings.retrySchedule();
    if (p.attempts > plan.size()) {
      giveUp(p, "failed", "RETRIES_EXHAUSTED after " + p.attempts + " attempts; last: " + error);
      return;
    }
    long base = plan.get(Math.max(0, p.attempts - 1)).toMillis();
    long delay = (long) (base * ThreadLocalRandom.current().nextDouble(0.9, 1.1));
    if (retryAfter != null) {
      delay = Math.max(delay, retryAfter);
    }
    if (now() + delay > p.receivedAt + settings.payloadTtl().toMillis()) {
      giveUp(p, "expired", "EXPIRED: the next attempt would fall after the retention window; last: "
          + error);
      return;
    }
    db.update("update deliveries set attempts = ?, last_error = ?, updated_at = ?"
        + " where import_id = ? and batch_index = ?", p.attempts, error, now(), p.key.importId(),
        p.key.index());
    history.attemptFailed(p.key.importId(), error);
    schedule(p, delay);
  }

  private void giveUp(Pending p, String status, String error) {
    synchronized (p) {
      p.done = true;
    }
    finish(p.key, status, error);
    Pending next = waitingFor.remove(p.key.importId() + "#" + p.key.index());
    if (next != null) {
      wake(next);
    }
  }

  private void finish(BatchKey key, String status, String error) {
    vault.remove(key);
    int changed = db.update("update deliveries set status = ?, last_error = ?, updated_at = ?"
        + " where import_id = ? and batch_index = ? and status = 'pending'", status, error, now(),
        key.importId(), key.index());
    if (changed > 0) {
      history.deliveryFailed(key.importId(), status, error);
      LOG.info("batch {} of an import not delivered: {}", key.index(),
          error.substring(0, error.indexOf(':') < 0 ? error.length() : error.indexOf(':')));
    }
  }

  /** Retry-After as seconds or an HTTP date, in milliseconds; null when absent or unreadable. */
  static Long retryAfterMillis(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Math.max(0, Long.parseLong(value.trim())) * 1000;
    } catch (NumberFormatException e) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
        return Math.max(0, at.toInstant().toEpochMilli() - System.currentTimeMillis());
      } catch (RuntimeException ignored) {
        return null;
      }
    }
  }

  private long now() {
    return settings.clock().millis();
  }

  @Override
  public void close() {
    closed = true;
    scheduler.shutdownNow();
    try {
      client.stop();
    } catch (Exception e) {
      LOG.warn("stopping the webhook client: {}", e.getClass().getSimpleName());
    }
  }
}
