package dev.sluice.relay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.core.schema.SchemaException;
import dev.sluice.jvm.SchemaJson;
import dev.sluice.relay.audit.AuditLog;
import dev.sluice.relay.auth.ApiKeys;
import dev.sluice.relay.crypto.Tokens;
import dev.sluice.relay.history.ImportHistory;
import dev.sluice.relay.http.ApiError;
import dev.sluice.relay.http.ApiException;
import dev.sluice.relay.http.Bodies;
import dev.sluice.relay.http.RelayJson;
import dev.sluice.relay.importer.DeliveryMode;
import dev.sluice.relay.importer.ImporterConfig;
import dev.sluice.relay.importer.ImporterStore;
import dev.sluice.relay.webhook.BatchIntake;
import dev.sluice.relay.webhook.Cidr;
import dev.sluice.relay.webhook.EgressGuard;
import dev.sluice.relay.webhook.SigningSecrets;
import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The admin API: importers, signing secrets, API keys, import history, audit log and data-subject
 * requests. Every change is written to the audit log.
 */
final class AdminApi {
  private static final Set<String> IMPORTER_FIELDS = Set.of("name", "schema", "webhookUrl",
      "allowedOrigins", "deliveryMode", "batchSize", "requireUserToken");

  private final Handlers handlers;
  private final ImporterStore importers;
  private final SigningSecrets secrets;
  private final ApiKeys apiKeys;
  private final ImportHistory history;
  private final AuditLog audit;
  private final EgressGuard guardForUrls;

  AdminApi(Handlers handlers, ImporterStore importers, SigningSecrets secrets, ApiKeys apiKeys,
      ImportHistory history, AuditLog audit, List<Cidr> allowed) {
    this.handlers = handlers;
    this.importers = importers;
    this.secrets = secrets;
    this.apiKeys = apiKeys;
    this.history = history;
    this.audit = audit;
    this.guardForUrls = new EgressGuard(null, allowed);
  }

  // ---- importers

  void createImporter(Context ctx) {
    String actor = handlers.admin(ctx);
    handlers.post(ctx, actor, () -> {
      ObjectNode body = Bodies.object(ctx.body());
      Bodies.onlyFields(body, IMPORTER_FIELDS);
      Settings s = settings(body, null);
      ImporterConfig created = importers.create(s.name, s.schemaJson, s.webhookUrl, s.origins,
          s.mode, s.batchSize, s.requireUserToken);
      String secret = secrets.create(created.id());
      audit.record(actor, "importer.created", created.id(), "name=" + s.name + ", mode="
          + s.mode.name().toLowerCase(java.util.Locale.ROOT));
      Map<String, Object> answer = new LinkedHashMap<>(created.toJson());
      answer.put("signingSecret", secret);
      return Handlers.replyWithSecret(201, answer, "signingSecret");
    });
  }

  void listImporters(Context ctx) {
    handlers.admin(ctx);
    Handlers.json(ctx, 200, Map.of("importers", importers.list().stream()
        .map(ImporterConfig::toJson).toList()));
  }

  void getImporter(Context ctx) {
    handlers.admin(ctx);
    ImporterConfig c = importer(ctx);
    Map<String, Object> m = new LinkedHashMap<>(c.toJson());
    m.put("schema", Bodies.JSON.valueToTree(readTree(c.schemaJson())));
    Handlers.json(ctx, 200, m);
  }

  void updateImporter(Context ctx) {
    String actor = handlers.admin(ctx);
    ImporterConfig old = importer(ctx);
    ObjectNode body = Bodies.object(ctx.body());
    Bodies.onlyFields(body, IMPORTER_FIELDS);
    Settings s = settings(body, old);
    boolean urlChanged = !java.util.Objects.equals(s.webhookUrl, old.webhookUrl());
    ImporterConfig updated = new ImporterConfig(old.id(), s.name, old.publicKey(), s.schemaJson,
        SchemaJson.read(s.schemaJson), s.webhookUrl, s.origins, s.mode, s.batchSize,
        old.webhookDisabled() && !urlChanged, old.createdAt(), old.updatedAt(),
        s.requireUserToken);
    importers.update(updated);
    List<String> changed = new ArrayList<>();
    body.fieldNames().forEachRemaining(changed::add);
    audit.record(actor, "importer.updated", old.id(), "fields=" + String.join(",", changed));
    Handlers.json(ctx, 200, importers.find(old.id()).orElseThrow().toJson());
  }

  void deleteImporter(Context ctx) {
    String actor = handlers.admin(ctx);
    ImporterConfig c = importer(ctx);
    importers.delete(c.id());
    audit.record(actor, "importer.deleted", c.id(), "name=" + c.name());
    ctx.status(204);
  }

  void signingSecret(Context ctx) {
    String actor = handlers.admin(ctx);
    ImporterConfig c = importer(ctx);
    audit.record(actor, "signing-secret.read", c.id(), null);
    Handlers.json(ctx, 200, Map.of("signingSecret", secrets.valid(c.id()).get(0),
        "validSecrets", secrets.valid(c.id()).size()));
  }

  void rotateSigningSecret(Context ctx) {
    String actor = handlers.admin(ctx);
    ImporterConfig c = importer(ctx);
    handlers.post(ctx, actor, () -> {
      long overlap = overlapSeconds(ctx);
      String secret = secrets.rotate(c.id(), overlap);
      audit.record(actor, "signing-secret.rotated", c.id(), "overlapSeconds=" + overlap);
      Map<String, Object> answer = new LinkedHashMap<>();
      answer.put("signingSecret", secret);
      answer.put("previousValidForSeconds", overlap);
      return Handlers.replyWithSecret(200, answer, "signingSecret");
    });
  }

  // ---- API keys

  void createApiKey(Context ctx) {
    String actor = handlers.admin(ctx);
    handlers.post(ctx, actor, () -> {
      ObjectNode body = Bodies.object(ctx.body());
      Bodies.onlyFields(body, Set.of("name"));
      ApiKeys.Created created = apiKeys.create(Bodies.text(body, "name", 200));
      audit.record(actor, "api-key.created", created.key().id(), "prefix=" + created.key().prefix());
      Map<String, Object> answer = new LinkedHashMap<>(created.key().toJson());
      answer.put("key", created.plain());
      return Handlers.replyWithSecret(201, answer, "key");
    });
  }

  void listApiKeys(Context ctx) {
    handlers.admin(ctx);
    Handlers.json(ctx, 200, Map.of("apiKeys", apiKeys.list().stream().map(ApiKeys.ApiKey::toJson)
        .toList()));
  }

  void rotateApiKey(Context ctx) {
    String actor = handlers.admin(ctx);
    ApiKeys.ApiKey old = apiKeys.find(ctx.pathParam("id")).filter(k -> k.revokedAt() == null)
        .orElseThrow(() -> new ApiException(ApiError.NOT_FOUND, Map.of("id", ctx.pathParam("id"))));
    handlers.post(ctx, actor, () -> {
      long overlap = overlapSeconds(ctx);
      ApiKeys.Created fresh = apiKeys.rotate(old, overlap);
      audit.record(actor, "api-key.rotated", old.id(), "new=" + fresh.key().id()
          + ", overlapSeconds=" + overlap);
      Map<String, Object> answer = new LinkedHashMap<>(fresh.key().toJson());
      answer.put("key", fresh.plain());
      answer.put("previousValidForSeconds", overlap);
      return Handlers.replyWithSecret(201, answer, "key");
    });
  }

  void revokeApiKey(Context ctx) {
    String actor = handlers.admin(ctx);
    ApiKeys.ApiKey key = apiKeys.find(ctx.pathParam("id"))
        .orElseThrow(() -> new ApiException(ApiError.NOT_FOUND, Map.of("id", ctx.pathParam("id"))));
    apiKeys.revoke(key.id());
    audit.record(actor, "api-key.revoked", key.id(), "prefix=" + key.prefix());
    ctx.status(204);
  }

  // ---- history and audit

  void listImports(Context ctx) {
    handlers.admin(ctx);
    int limit = intParam(ctx, "limit", 50, 1, 500);
    int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    ImportHistory.Filter f = new ImportHistory.Filter(ctx.queryParam("importerId"),
        ctx.queryParam("status"), ctx.queryParam("userId"), instantParam(ctx, "from"),
        instantParam(ctx, "to"));
    List<Map<String, Object>> page = history.list(f, offset, limit);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("imports", page);
    answer.put("nextOffset", page.size() == limit ? offset + limit : null);
    Handlers.json(ctx, 200, answer);
  }

  void getImport(Context ctx) {
    handlers.admin(ctx);
    Handlers.json(ctx, 200, history.find(ctx.pathParam("importId")).orElseThrow(
        () -> new ApiException(ApiError.NOT_FOUND, Map.of("importId", ctx.pathParam("importId")))));
  }

  void auditLog(Context ctx) {
    handlers.admin(ctx);
    int limit = intParam(ctx, "limit", 100, 1, 1000);
    long before = intParam(ctx, "before", 0, 0, Integer.MAX_VALUE);
    List<Map<String, Object>> entries = audit.list(before, limit);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("entries", entries);
    answer.put("nextBefore", entries.size() == limit ? entries.get(entries.size() - 1).get("id")
        : null);
    Handlers.json(ctx, 200, answer);
  }

  void exportUser(Context ctx) {
    String actor = handlers.admin(ctx);
    String userId = ctx.pathParam("userId");
    List<Map<String, Object>> all = history.list(
        new ImportHistory.Filter(null, null, userId, null, null), 0, Integer.MAX_VALUE);
    audit.record(actor, "data-subject.exported", "user:" + Tokens.sha256(userId).substring(0, 12),
        "imports=" + all.size());
    Handlers.json(ctx, 200, Map.of("userId", userId, "imports", all));
  }

  void deleteUser(Context ctx) {
    String actor = handlers.admin(ctx);
    String userId = ctx.pathParam("userId");
    int deleted = history.deleteUser(userId);
    audit.record(actor, "data-subject.deleted", "user:" + Tokens.sha256(userId).substring(0, 12),
        "imports=" + deleted);
    Handlers.json(ctx, 200, Map.of("deleted", deleted));
  }

  // ---- helpers

  private record Settings(String name, String schemaJson, String webhookUrl, List<String> origins,
      DeliveryMode mode, int batchSize, boolean requireUserToken) {
  }

  /** Reads and checks importer settings; fields missing from an update keep their old values. */
  private Settings settings(ObjectNode body, ImporterConfig old) {
    String name = body.has("name") || old == null ? Bodies.text(body, "name", 200) : old.name();
    String schemaJson;
    if (body.has("schema") || old == null) {
      JsonNode schema = body.get("schema");
      if (schema == null || !schema.isObject()) {
        throw ApiException.field("schema", "required: the importer schema as a JSON object"
            + " (docs/schema.md)");
      }
      schemaJson = RelayJson.write(schema);
      try {
        SchemaJson.read(schemaJson);
      } catch (SchemaException e) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("path", e.path());
        d.put("field", e.field());
        d.put("schemaCode", e.code());
        d.put("problem", e.getMessage());
        throw new ApiException(ApiError.INVALID_SCHEMA, d);
      }
    } else {
      schemaJson = old.schemaJson();
    }
    DeliveryMode mode = old == null ? DeliveryMode.CALLBACK : old.deliveryMode();
    if (body.has("deliveryMode")) {
      String m = Bodies.text(body, "deliveryMode", 20);
      try {
        mode = DeliveryMode.valueOf(m.toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw ApiException.field("deliveryMode", "one of: callback, webhook");
      }
    }
    String url = body.has("webhookUrl") || old == null
        ? Bodies.optionalText(body, "webhookUrl", 2000) : old.webhookUrl();
    if (url != null) {
      checkWebhookUrl(url);
    }
    if (mode == DeliveryMode.WEBHOOK && url == null) {
      throw ApiException.field("webhookUrl", "required in webhook mode");
    }
    List<String> origins = old == null ? List.of() : old.allowedOrigins();
    if (body.has("allowedOrigins")) {
      JsonNode o = body.get("allowedOrigins");
      if (!o.isArray()) {
        throw ApiException.field("allowedOrigins", "an array such as [\"https://app.example.com\"]");
      }
      List<String> list = new ArrayList<>();
      for (JsonNode n : o) {
        String origin = n.asText();
        if (!origin.equals("*") && !origin.matches("https?://[^/\\s]+")) {
          throw ApiException.field("allowedOrigins", "'" + origin + "' is not an origin such as"
              + " https://app.example.com (scheme and host, no path)");
        }
        list.add(origin);
      }
      origins = list;
    }
    int batchSize = Bodies.count(body, "batchSize", old == null ? 1000 : old.batchSize(),
        BatchIntake.MAX_BATCH_ROWS);
    if (batchSize < 1) {
      throw ApiException.field("batchSize", "must be from 1 to " + BatchIntake.MAX_BATCH_ROWS);
    }
    boolean requireUserToken = old != null && old.requireUserToken();
    if (body.has("requireUserToken")) {
      if (!body.get("requireUserToken").isBoolean()) {
        throw ApiException.field("requireUserToken", "true or false");
      }
      requireUserToken = body.get("requireUserToken").asBoolean();
    }
    return new Settings(name, schemaJson, url, origins, mode, batchSize, requireUserToken);
  }

  private void checkWebhookUrl(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (java.net.URISyntaxException e) {
      throw new ApiException(ApiError.INVALID_WEBHOOK_URL, Map.of("problem", "not a URL"));
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null
        || uri.getUserInfo() != null) {
      throw new ApiException(ApiError.INVALID_WEBHOOK_URL,
          Map.of("problem", "needs http or https, a host, and no user:password"));
    }
    String host = uri.getHost().replace("[", "").replace("]", "");
    if (host.matches("[0-9.]+|[0-9a-fA-F:]+")) {
      try {
        InetAddress a = InetAddress.getByName(host);
        if (guardForUrls.isBlocked(a)) {
          throw new ApiException(ApiError.INVALID_WEBHOOK_URL, Map.of("problem",
              "the address is private or reserved; allow it with egress.allowCidrs if intended"));
        }
      } catch (java.net.UnknownHostException e) {
        throw new ApiException(ApiError.INVALID_WEBHOOK_URL, Map.of("problem", "bad address"));
      }
    }
  }

  private ImporterConfig importer(Context ctx) {
    return importers.find(ctx.pathParam("id")).orElseThrow(
        () -> new ApiException(ApiError.NOT_FOUND, Map.of("id", ctx.pathParam("id"))));
  }

  private static long overlapSeconds(Context ctx) {
    String body = ctx.body();
    if (body == null || body.isBlank()) {
      return 86_400;
    }
    ObjectNode o = Bodies.object(body);
    Bodies.onlyFields(o, Set.of("overlapSeconds"));
    return Bodies.count(o, "overlapSeconds", 86_400, 7 * 86_400);
  }

  private static int intParam(Context ctx, String name, int dflt, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null) {
      return dflt;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw ApiException.field(name, "a whole number from " + min + " to " + max);
    }
  }

  private static Long instantParam(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null) {
      return null;
    }
    try {
      return java.time.Instant.parse(v).toEpochMilli();
    } catch (java.time.format.DateTimeParseException e) {
      throw ApiException.field(name, "an ISO-8601 instant such as 2026-01-31T00:00:00Z");
    }
  }

  private static Object readTree(String json) {
    try {
      return Bodies.JSON.readTree(json);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("stored schema is JSON", e);
    }
  }
}
