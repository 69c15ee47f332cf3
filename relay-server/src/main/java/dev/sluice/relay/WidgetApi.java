package dev.sluice.relay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.relay.history.ImportHistory;
import dev.sluice.relay.http.ApiError;
import dev.sluice.relay.http.ApiException;
import dev.sluice.relay.http.Bodies;
import dev.sluice.relay.http.RelayJson;
import dev.sluice.relay.importer.ImporterConfig;
import dev.sluice.relay.importer.ImporterStore;
import dev.sluice.relay.webhook.BatchIntake;
import dev.sluice.relay.webhook.UserTokens;
import dev.sluice.relay.webhook.WidgetMetadata;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The widget API, called from end users' browsers with the importer's public key: the schema, the
 * import metadata record and, in webhook mode, row batches. CORS is limited to the importer's
 * allowed origins.
 */
final class WidgetApi {
  static final String KEY_HEADER = "X-Sluice-Importer-Key";
  static final String BATCH_SIZE_HEADER = "X-Sluice-Batch-Size";
  private static final Set<String> METADATA_FIELDS = Set.of("importId", "importerKey", "fileName",
      "rows", "columns", "errors", "importedRows", "excludedRows", "status", "date", "userId",
      "userToken", "metadata");
  private static final Set<String> STATUSES = Set.of("submitted", "partial", "cancelled", "failed");
  private static final String IMPORT_ID = "[A-Za-z0-9._:-]{1,80}";

  private final Handlers handlers;
  private final ImporterStore importers;
  private final ImportHistory history;
  private final BatchIntake intake;
  private final UserTokens tokens;

  WidgetApi(Handlers handlers, ImporterStore importers, ImportHistory history, BatchIntake intake,
      UserTokens tokens) {
    this.tokens = tokens;
    this.handlers = handlers;
    this.importers = importers;
    this.history = history;
    this.intake = intake;
  }

  /** CORS preflight: carries no key, so any importer allowing the origin lets it through. */
  void preflight(Context ctx) {
    String origin = ctx.header("Origin");
    if (origin == null || !importers.anyAllows(origin)) {
      throw new ApiException(ApiError.ORIGIN_NOT_ALLOWED, Map.of());
    }
    ctx.header("Access-Control-Allow-Origin", origin);
    ctx.header("Vary", "Origin");
    ctx.header("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
    ctx.header("Access-Control-Allow-Headers", "Content-Type, " + KEY_HEADER + ", Idempotency-Key");
    ctx.header("Access-Control-Max-Age", "600");
    ctx.status(204);
  }

  /** The schema; the header {@value #BATCH_SIZE_HEADER} tells webhook mode how many rows to send. */
  void schema(Context ctx) {
    ImporterConfig importer = importer(ctx);
    ctx.header(BATCH_SIZE_HEADER, Integer.toString(importer.batchSize()));
    ctx.header("Access-Control-Expose-Headers", BATCH_SIZE_HEADER);
    ctx.status(200).contentType("application/json").result(importer.schemaJson());
  }

  void recordImport(Context ctx) {
    ImporterConfig importer = importer(ctx);
    handlers.post(ctx, importer.publicKey(), () -> {
      ObjectNode body = Bodies.object(ctx.body());
      body.fieldNames().forEachRemaining(name -> {
        JsonNode v = body.get(name);
        if (!METADATA_FIELDS.contains(name)) {
          throw new ApiException(v.isContainerNode() ? ApiError.ROW_DATA_NOT_ALLOWED
              : ApiError.INVALID_FIELD, Map.of("field", name, "problem", "not a metadata field"));
        }
        if (!name.equals("metadata") && v.isContainerNode()) {
          throw new ApiException(ApiError.ROW_DATA_NOT_ALLOWED, Map.of("field", name,
              "problem", "must be a single value"));
        }
      });
      String importId = Bodies.text(body, "importId", 80);
      if (!importId.matches(IMPORT_ID)) {
        throw ApiException.field("importId", "letters, digits and . _ : - only");
      }
      String key = Bodies.optionalText(body, "importerKey", 100);
      if (key != null && !key.equals(importer.publicKey())) {
        throw ApiException.field("importerKey", "does not match the " + KEY_HEADER + " header");
      }
      String status = Bodies.text(body, "status", 20);
      if (!STATUSES.contains(status)) {
        throw ApiException.field("status", "one of " + STATUSES);
      }
      Bodies.optionalText(body, "date", 40);
      String metadata = WidgetMetadata.json(body.get("metadata"));
      UserTokens.VerifiedUser user = tokens.user(importer.id(), importer.requireUserToken(),
          Bodies.optionalText(body, "userToken", 2000), Bodies.optionalText(body, "userId", 200));
      history.recordMetadata(importer.id(), importId, Bodies.optionalText(body, "fileName", 300),
          Bodies.count(body, "rows", 0, Integer.MAX_VALUE),
          Bodies.count(body, "columns", 0, 100_000),
          Bodies.count(body, "errors", 0, Integer.MAX_VALUE),
          body.hasNonNull("importedRows") ? Bodies.count(body, "importedRows", 0, Integer.MAX_VALUE)
              : null,
          body.hasNonNull("excludedRows") ? Bodies.count(body, "excludedRows", 0, Integer.MAX_VALUE)
              : null, status, user.id(), metadata);
      Map<String, Object> answer = new LinkedHashMap<>();
      answer.put("importId", importId);
      answer.put("recorded", true);
      return Handlers.reply(201, answer);
    });
  }

  void postBatch(Context ctx) {
    ImporterConfig importer = importer(ctx);
    String importId = ctx.pathParam("importId");
    if (!importId.matches(IMPORT_ID)) {
      throw ApiException.field("importId", "letters, digits and . _ : - only");
    }
    handlers.post(ctx, importer.publicKey(), () -> Handlers.reply(202,
        intake.accept(importer, importId, Bodies.object(ctx.body()))));
  }

  /**
   * The importer of the key header, with CORS checked and answered, rate-limited per key and
   * client address; unknown keys count against the address's unauthenticated tries.
   */
  private ImporterConfig importer(Context ctx) {
    handlers.refuseIfFailingTooOften(ctx, "importer");
    String key = ctx.header(KEY_HEADER);
    String origin = ctx.header("Origin");
    ImporterConfig importer = key == null || key.length() > 100 ? null
        : importers.byPublicKey(key).orElse(null);
    if (importer == null) {
      handlers.failedTry(ctx, "importer");
      if (origin != null && importers.anyAllows(origin)) {
        ctx.header("Access-Control-Allow-Origin", origin);
        ctx.header("Vary", "Origin");
      }
      throw new ApiException(ApiError.UNKNOWN_IMPORTER, Map.of());
    }
    if (origin != null) {
      if (!importer.allowsOrigin(origin)) {
        throw new ApiException(ApiError.ORIGIN_NOT_ALLOWED, Map.of("origin", origin));
      }
      ctx.header("Access-Control-Allow-Origin", origin);
      ctx.header("Vary", "Origin");
    }
    // a bucket per importer key and client address: one end user (or whoever copied the public
    // key) cannot use up the importer's rate for all its other users
    handlers.limit(importer.publicKey() + " " + ctx.ip());
    return importer;
  }
}
