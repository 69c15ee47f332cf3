package dev.sluice.demo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.relay.RelayServer;
import dev.sluice.relay.RelaySettings;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Everything the demo runs: the relay (embedded database), the host app "Acme CRM" that embeds the
 * widget in both modes, and the sample customer backend that receives webhooks.
 */
public final class Demo implements AutoCloseable {
  /** Ports and relay settings; 0 picks free ports (tests). */
  public record Settings(int relayPort, int appPort, int backendPort, java.nio.file.Path dataDir,
      String adminKey, List<Duration> retrySchedule, int webhookBatchSize) {
  }

  /** Contacts the demo's pretend CRM already has: the lookup hook marks them in the grid. */
  static final List<String> KNOWN_EMAILS = List.of("marie.curie@example.fr",
      "rosalind@example.co.uk", "carl@example.de");
  private final RelayServer relay;
  private final SampleBackend backend;
  private final Javalin app;
  private final RelayAdmin admin;
  private final Settings settings;
  private volatile String callbackKey;
  private volatile String webhookKey;

  private Demo(Settings s) throws Exception {
    relay = RelayServer.start(RelaySettings.builder().port(s.relayPort()).dataDir(s.dataDir())
        .adminKey(s.adminKey()).instanceId("demo-relay")
        // The demo's backend is on this machine: let webhooks reach loopback (never in production).
        .egressAllowCidrs(List.of("127.0.0.0/8"))
        .retrySchedule(s.retrySchedule()).build());
    backend = new SampleBackend("127.0.0.1", s.backendPort());
    RelayAdmin admin = new RelayAdmin(relay.url(), s.adminKey());
    app = Javalin.create(config -> {
      config.jetty.host = "127.0.0.1";
      config.jetty.port = s.appPort();
      config.startup.showJavalinBanner = false;
      config.staticFiles.add(files -> {
        files.hostedPath = "/";
        files.directory = "/demo";
        files.location = Location.CLASSPATH;
      });
      config.staticFiles.add(files -> {
        files.hostedPath = "/sluice";
        files.directory = "/sluice";
        files.location = Location.CLASSPATH;
      });
      config.routes.get("/api/config", ctx -> {
        if (callbackKey == null || webhookKey == null) {
          // asked while the demo is still creating its importers: say so, do not fail
          ctx.status(503).header("Retry-After", "1").json(Map.of("code", "STARTING",
              "message", "The demo is still creating its importers; retry in a moment."));
          return;
        }
        ctx.json(Map.of("relayUrl", relay.url(), "callbackImporterKey", callbackKey,
            "webhookImporterKey", webhookKey));
      });
      config.routes.get("/api/backend/batches", ctx -> ctx.json(Map.of("batches",
          backend.batches())));
      // the host app's own data for the widget's lookup hook: contacts the "CRM" already has
      // (the page fetches the list and checks locally, so no row leaves the page for it)
      config.routes.get("/api/crm/known-emails", ctx -> ctx.json(KNOWN_EMAILS));
      // The admin page reads the relay's admin API server-side: the admin key stays here.
      config.routes.get("/api/admin/imports", ctx -> ctx.contentType("application/json")
          .result(admin.get("v1/imports?limit=50")));
      config.routes.get("/api/admin/audit-log", ctx -> ctx.contentType("application/json")
          .result(admin.get("v1/audit-log?limit=50")));
    });
    app.start();
    this.admin = admin;
    this.settings = s;
  }

  /** Creates the demo's two importers on its relay; the host page waits for them (503 before). */
  void createImporters() throws Exception {
    List<String> origins = List.of("http://127.0.0.1:" + app.port(), "http://localhost:" + app.port());
    callbackKey = admin.importer("Acme CRM contacts (callback)", "callback", null, origins, 1000)
        .get("importerKey").asText();
    JsonNode webhook = admin.importer("Acme CRM contacts (webhook)", "webhook",
        backend.webhookUrl(), origins, settings.webhookBatchSize());
    webhookKey = webhook.get("importerKey").asText();
    backend.useSecret(admin.signingSecret(webhook.get("id").asText()));
  }

  /** Starts the demo. */
  public static Demo start(Settings settings) throws Exception {
    Demo demo = new Demo(settings);
    demo.createImporters();
    return demo;
  }

  /** Starts the servers only, as the demo is before its importers exist (tests). */
  static Demo startWithoutImporters(Settings settings) throws Exception {
    return new Demo(settings);
  }

  /** The host app's URL. */
  public String appUrl() {
    return "http://127.0.0.1:" + app.port() + "/";
  }

  /** The relay. */
  public RelayServer relay() {
    return relay;
  }

  /** The sample backend. */
  public SampleBackend backend() {
    return backend;
  }

  /** The callback-mode importer key. */
  public String callbackKey() {
    return callbackKey;
  }

  /** The webhook-mode importer key. */
  public String webhookKey() {
    return webhookKey;
  }

  @Override
  public void close() {
    app.stop();
    backend.close();
    relay.close();
  }
}
