package dev.sluice.relay;

import dev.sluice.relay.audit.AuditLog;
import dev.sluice.relay.auth.ApiKeys;
import dev.sluice.relay.crypto.SecretBox;
import dev.sluice.relay.history.ImportHistory;
import dev.sluice.relay.http.ApiError;
import dev.sluice.relay.http.ApiException;
import dev.sluice.relay.http.JsonErrorPages;
import dev.sluice.relay.http.Idempotency;
import dev.sluice.relay.http.RateLimiter;
import dev.sluice.relay.http.RelayJson;
import dev.sluice.relay.importer.ImporterStore;
import dev.sluice.relay.store.Database;
import dev.sluice.relay.webhook.BatchIntake;
import dev.sluice.relay.webhook.Cidr;
import dev.sluice.relay.webhook.Deliverer;
import dev.sluice.relay.webhook.PayloadVault;
import dev.sluice.relay.webhook.SigningSecrets;
import dev.sluice.relay.webhook.UserTokens;
import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The relay: one Javalin app over the database, the payload vault and the deliverer. The route
 * table below is the whole API (docs/api.md describes each route).
 */
public final class RelayServer implements AutoCloseable {
  private final Runnable sweep;
  private static final Logger LOG = LoggerFactory.getLogger(RelayServer.class);

  private final RelaySettings settings;
  private final Database db;
  private final PayloadVault vault;
  private final Deliverer deliverer;
  private final Idempotency idempotency;
  private final ScheduledExecutorService housekeeping = Executors.newSingleThreadScheduledExecutor(
      r -> {
        Thread t = new Thread(r, "sluice-housekeeping");
        t.setDaemon(true);
        return t;
      });
  private final Javalin app;

  private RelayServer(RelaySettings s) throws Exception {
    this.settings = s;
    this.db = Database.open(s.databaseUrl(), s.databaseUser(), s.databasePassword(), s.dataDir());
    AuditLog audit = new AuditLog(db, s.clock());
    ImporterStore importers = new ImporterStore(db, s.clock());
    ImportHistory history = new ImportHistory(db, s.clock());
    ApiKeys apiKeys = new ApiKeys(db, s.clock());
    SigningSecrets secrets = new SigningSecrets(db, SecretBox.configured(s.secretKey(), s.dataDir()),
        s.clock());
    this.idempotency = new Idempotency(db, s.clock());
    Deliverer[] late = new Deliverer[1];
    this.vault = new PayloadVault(s.payloadBudgetBytes(), s.importerBudgetShare(),
        s.maxPendingBatches(), s.payloadTtl(),
        () -> s.clock().millis() * 1_000_000L, key -> late[0].expired(key));
    this.deliverer = new Deliverer(s, db, vault, importers, secrets, history, audit);
    late[0] = deliverer;
    deliverer.start();
    Handlers handlers = new Handlers(s, apiKeys, new RateLimiter(s.rateLimitPerMinute(), s.clock()),
        idempotency);
    AdminApi admin = new AdminApi(handlers, importers, secrets, apiKeys, history, audit,
        s.egressAllowCidrs().stream().map(Cidr::parse).toList());
    UserTokens tokens = new UserTokens(secrets, s.clock());
    WidgetApi widget = new WidgetApi(handlers, importers, history,
        new BatchIntake(s, db, vault, deliverer, history, tokens), tokens);

    this.app = Javalin.create(config -> {
      config.jetty.host = s.host();
      config.jetty.port = s.port();
      config.http.maxRequestSize = s.maxBodyBytes();
      config.startup.showJavalinBanner = false;
      config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorPages()));

      config.routes.get("/healthz", ctx -> Handlers.json(ctx, 200, Map.of("status", "ok")));
      config.routes.get("/readyz", ctx -> Handlers.json(ctx, db.isReady() ? 200 : 503,
          Map.of("status", db.isReady() ? "ready" : "database unavailable")));

      config.routes.post("/v1/importers", admin::createImporter);
      config.routes.get("/v1/importers", admin::listImporters);
      config.routes.get("/v1/importers/{id}", admin::getImporter);
      config.routes.put("/v1/importers/{id}", admin::updateImporter);
      config.routes.delete("/v1/importers/{id}", admin::deleteImporter);
      config.routes.get("/v1/importers/{id}/signing-secret", admin::signingSecret);
      config.routes.post("/v1/importers/{id}/signing-secret/rotate", admin::rotateSigningSecret);
      config.routes.post("/v1/api-keys", admin::createApiKey);
      config.routes.get("/v1/api-keys", admin::listApiKeys);
      config.routes.post("/v1/api-keys/{id}/rotate", admin::rotateApiKey);
      config.routes.delete("/v1/api-keys/{id}", admin::revokeApiKey);
      config.routes.get("/v1/imports", admin::listImports);
      config.routes.get("/v1/imports/{importId}", admin::getImport);
      config.routes.get("/v1/audit-log", admin::auditLog);
      config.routes.get("/v1/users/{userId}/imports", admin::exportUser);
      config.routes.delete("/v1/users/{userId}/imports", admin::deleteUser);

      config.routes.options("/v1/widget/*", widget::preflight);
      config.routes.get("/v1/widget/schema", widget::schema);
      config.routes.post("/v1/widget/imports", widget::recordImport);
      config.routes.post("/v1/widget/imports/{importId}/batches", widget::postBatch);

      config.routes.exception(ApiException.class, (e, ctx) -> {
        if (e.retryAfterSeconds() != null) {
          ctx.header("Retry-After", e.retryAfterSeconds().toString());
        }
        ctx.status(e.error().status()).contentType("application/json").result(RelayJson.error(e));
      });
      config.routes.exception(HttpResponseException.class, (e, ctx) -> {
        ApiError error = e.getStatus() == 413 ? ApiError.PAYLOAD_TOO_LARGE
            : e.getStatus() == 404 ? ApiError.NOT_FOUND : ApiError.INVALID_FIELD;
        Map<String, Object> details = error == ApiError.PAYLOAD_TOO_LARGE
            ? Map.of("limitBytes", s.maxBodyBytes()) : error == ApiError.NOT_FOUND
            ? Map.of("route", ctx.method() + " " + ctx.path().replaceAll("/v1/users/[^/]+", "/v1/users/…"))
            : Map.of("status", e.getStatus());
        ctx.status(error.status()).contentType("application/json")
            .result(RelayJson.error(new ApiException(error, details)));
      });
      config.routes.exception(Exception.class, (e, ctx) -> {
        LOG.error("unexpected {} on {} {}", e.getClass().getName(), ctx.method(),
            ctx.endpoint() == null ? "?" : ctx.endpoint().path);
        ctx.status(500).contentType("application/json")
            .result(RelayJson.error(new ApiException(ApiError.INTERNAL, Map.of())));
      });
      config.routes.error(404, ctx -> {
        if (ctx.result() == null || ctx.result().isEmpty()) {
          ctx.contentType("application/json").result(RelayJson.error(
              new ApiException(ApiError.NOT_FOUND, Map.of("path", ctx.path()))));
        }
      });
    });
    app.start();
    this.sweep = () -> {
      idempotency.sweep();
      vault.cleanUp();
      history.deleteOlderThan(s.clock().millis() - s.historyRetention().toMillis());
    };
    housekeeping.scheduleAtFixedRate(() -> {
      try {
        sweep.run();
      } catch (RuntimeException e) {
        LOG.warn("housekeeping failed: {}", e.getClass().getName());
      }
    }, 1, 1, TimeUnit.MINUTES);
  }

  /**
   * Runs the minutely housekeeping now: expired idempotency keys and payloads, and history past
   * its retention.
   */
  public void housekeeping() {
    sweep.run();
  }

  /** Starts a relay with these settings. */
  public static RelayServer start(RelaySettings settings) throws Exception {
    return new RelayServer(settings);
  }

  /** The port listened on. */
  public int port() {
    return app.port();
  }

  /** The base URL, ending in {@code /}. */
  public String url() {
    return "http://" + settings.host() + ":" + port() + "/";
  }

  /** The payload vault (tests look at what is held). */
  public PayloadVault vault() {
    return vault;
  }

  @Override
  public void close() {
    housekeeping.shutdownNow();
    app.stop();
    deliverer.close();
    db.close();
  }
}
