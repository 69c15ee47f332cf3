package dev.sluice.relay.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.core.match.ColumnMapping;
import dev.sluice.core.schema.Column;
import dev.sluice.core.schema.Importer;
import dev.sluice.core.schema.InvalidRowPolicy;
import dev.sluice.core.schema.SubmittedForm;
import dev.sluice.core.table.ImportTable;
import dev.sluice.core.validate.ValidationIssue;
import dev.sluice.core.validate.ValidationSession;
import dev.sluice.jvm.JdkSha256;
import dev.sluice.relay.RelaySettings;
import dev.sluice.relay.crypto.Tokens;
import dev.sluice.relay.history.ImportHistory;
import dev.sluice.relay.http.ApiError;
import dev.sluice.relay.http.ApiException;
import dev.sluice.relay.http.Bodies;
import dev.sluice.relay.http.RelayJson;
import dev.sluice.relay.importer.DeliveryMode;
import dev.sluice.relay.importer.ImporterConfig;
import dev.sluice.relay.store.Database;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Takes a webhook-mode batch from the widget: checks its shape, re-validates every row with core
 * against the importer's schema (the browser is not trusted), then seals it in the vault and queues
 * its delivery.
 *
 * <p>A rejected batch gets positioned issues (row in the batch, column key, code) and no values,
 * since the answer may be stored for idempotent replay.
 */
public final class BatchIntake {
  /** The most rows in one batch whatever the importer says. */
  public static final int MAX_BATCH_ROWS = 10_000;
  private static final int MAX_ISSUES_SHOWN = 100;
  /** The most extra (non-schema) columns a batch may carry. */
  public static final int MAX_EXTRA_COLUMNS = 100;
  /** The key of a row's custom fields (importers that allow custom columns). */
  public static final String CUSTOM_FIELDS = "customFields";
  /** Where the widget's rows handed to onData carry a flagged row's errors (ignored here). */
  static final String FLAGGED_ERRORS = "_errors";
  /** The longest cell a batch may carry, as the parser's default field limit. */
  public static final int MAX_CELL_CHARS = dev.sluice.core.parse.CsvFormat.RFC4180.maxFieldChars();

  private final RelaySettings settings;
  private final Database db;
  private final PayloadVault vault;
  private final Deliverer deliverer;
  private final ImportHistory history;
  private final UserTokens tokens;

  /** An intake over these parts. */
  public BatchIntake(RelaySettings settings, Database db, PayloadVault vault, Deliverer deliverer,
      ImportHistory history, UserTokens tokens) {
    this.tokens = tokens;
    this.settings = settings;
    this.db = db;
    this.vault = vault;
    this.deliverer = deliverer;
    this.history = history;
  }

  /** Accepts a batch or throws the reason it is refused; the answer's body. */
  public Map<String, Object> accept(ImporterConfig importer, String importId, ObjectNode body) {
    if (importer.deliveryMode() != DeliveryMode.WEBHOOK) {
      throw new ApiException(ApiError.WEBHOOK_MODE_DISABLED, Map.of("importerId", importer.id()));
    }
    if (importer.webhookDisabled()) {
      throw new ApiException(ApiError.WEBHOOK_ENDPOINT_GONE, Map.of("importerId", importer.id()));
    }
    Bodies.onlyFields(body, Set.of("fileName", "batch", "rows", "userId", "userToken", "metadata",
        "columns"));
    String fileName = Bodies.optionalText(body, "fileName", 300);
    UserTokens.VerifiedUser user = tokens.user(importer.id(), importer.requireUserToken(),
        Bodies.optionalText(body, "userToken", 2000), Bodies.optionalText(body, "userId", 200));
    String userId = user.id();
    String metadata = WidgetMetadata.json(body.get("metadata"));
    JsonNode batchNode = body.get("batch");
    if (batchNode == null || !batchNode.isObject()) {
      throw ApiException.field("batch", "required: {index, count, totalRows}");
    }
    ObjectNode batch = (ObjectNode) batchNode;
    int index = Bodies.count(batch, "index", -1, 1_000_000);
    int limit = Math.min(MAX_BATCH_ROWS, Math.max(1, importer.batchSize()));
    int count = Bodies.count(batch, "count", -1, limit);
    int totalRows = Bodies.count(batch, "totalRows", 0, Integer.MAX_VALUE);
    if (index < 0 || count < 0) {
      throw ApiException.field("batch", "index and count are required");
    }
    JsonNode rows = body.get("rows");
    if (rows == null || !rows.isArray()) {
      throw ApiException.field("rows", "required: an array of row objects keyed by column key");
    }
    if (rows.size() != count) {
      throw ApiException.field("rows", "batch.count says " + count + " but " + rows.size()
          + " rows were sent");
    }

    expectInOrder(importer, importId, index);
    Importer schema = importer.schema();
    Importer form = SubmittedForm.of(schema);
    List<String> extras = extraColumns(schema, rows);
    ImportTable table = ImportTable.forImporter(form, extras);
    int width = table.columns().size();
    List<Map<String, String>> customFields = new ArrayList<>(rows.size());
    for (int r = 0; r < rows.size(); r++) {
      JsonNode row = rows.get(r);
      if (!row.isObject()) {
        throw new ApiException(ApiError.INVALID_FIELD, Map.of("field", "rows", "row", r,
            "problem", "each row must be an object keyed by column key"));
      }
      customFields.add(customFields(schema, row.get(CUSTOM_FIELDS), r));
      String[] values = new String[width];
      for (int c = 0; c < width; c++) {
        JsonNode v = row.get(table.columns().get(c));
        if (v != null && (v.isObject() || v.isArray())) {
          throw new ApiException(ApiError.INVALID_FIELD, Map.of("field", "rows", "row", r,
              "column", table.columns().get(c), "problem", "cell values must be strings"));
        }
        values[c] = v == null || v.isNull() ? "" : v.asText();
        if (values[c].length() > MAX_CELL_CHARS) {
          throw new ApiException(ApiError.CELL_TOO_LONG, Map.of("row", r,
              "column", table.columns().get(c), "limit", MAX_CELL_CHARS));
        }
      }
      table.addRow(values, r);
    }
    ValidationSession session = ValidationSession.validate(form, table, JdkSha256.INSTANCE);
    List<Map<String, Object>> flagged = new ArrayList<>();
    int errorCount = 0;
    for (ValidationIssue issue : session.allIssues()) {
      if (!issue.isError()) {
        continue;
      }
      errorCount++;
      if (flagged.size() < MAX_ISSUES_SHOWN || schema.invalidRowPolicy()
          == InvalidRowPolicy.INCLUDE_FLAGGED) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("row", issue.row());
        m.put("column", issue.column());
        m.put("code", issue.code());
        flagged.add(m);
      }
    }
    if (errorCount > 0 && schema.invalidRowPolicy() != InvalidRowPolicy.INCLUDE_FLAGGED) {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("batch", index);
      details.put("errorCount", errorCount);
      details.put("issues", flagged);
      throw new ApiException(ApiError.BATCH_INVALID, details);
    }

    byte[] payload = webhookBody(importer, importId, fileName, index, count, totalRows, user,
        metadata, session, customFields, flagged).getBytes(StandardCharsets.UTF_8);
    BatchKey key = new BatchKey(importer.id(), importId, index);
    String webhookId = "msg_" + Tokens.id("", 22).substring(1);
    long now = settings.clock().millis();
    switch (vault.store(key, payload)) {
      case RELAY_FULL -> throw new ApiException(ApiError.RELAY_FULL, Map.of("batch", index), 30);
      case IMPORTER_FULL -> throw new ApiException(ApiError.IMPORTER_BUSY,
          Map.of("batch", index), 30);
      default -> { }
    }
    // the delivery and the history are written together or not at all; on any failure the held
    // payload goes too, so a retry of the same batch is taken as new
    boolean fresh;
    try {
      fresh = db.transaction(tx -> {
        tx.update("insert into deliveries (import_id, batch_index, importer_id, webhook_id,"
                + " instance_id, status, attempts, received_at, updated_at)"
                + " values (?, ?, ?, ?, ?, 'pending', 0, ?, ?)", importId, index, importer.id(),
            webhookId, settings.instanceId(), now, now);
        history.batchReceived(tx, importer.id(), importId, fileName, userId, metadata);
        return true;
      });
    } catch (Database.DuplicateKey e) {
      fresh = false;
    } catch (RuntimeException | Error e) {
      vault.remove(key);
      throw e;
    }
    if (!fresh) {
      vault.remove(key);
      throw new ApiException(ApiError.BATCH_ALREADY_RECEIVED, Map.of("batch", index));
    }
    deliverer.enqueue(key, webhookId, now);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("importId", importId);
    answer.put("batch", index);
    answer.put("rows", count);
    answer.put("flaggedCells", schema.invalidRowPolicy() == InvalidRowPolicy.INCLUDE_FLAGGED
        ? errorCount : 0);
    answer.put("webhookId", webhookId);
    answer.put("status", "accepted");
    return answer;
  }

  /**
   * Takes a batch only when it is the next of its import (index 0 first, then one more than the
   * highest received): batches of imports whose first batch never comes cannot be parked in the
   * vault for 24 hours. A repeat of a received index passes here and is answered
   * BATCH_ALREADY_RECEIVED.
   */
  private void expectInOrder(ImporterConfig importer, String importId, int index) {
    int highest = db.one("select max(batch_index) from deliveries where import_id = ?"
        + " and importer_id = ?", rs -> {
          int v = rs.getInt(1);
          return rs.wasNull() ? -1 : v;
        }, importId, importer.id()).orElse(-1);
    if (index > highest + 1) {
      throw new ApiException(ApiError.BATCH_OUT_OF_ORDER, Map.of("batch", index,
          "expected", highest + 1));
    }
  }

  /**
   * Keys in the rows that are not schema columns: kept when the importer allows extras, at most
   * {@value #MAX_EXTRA_COLUMNS} (a set, so a request with many distinct keys costs linear time).
   */
  private static List<String> extraColumns(Importer schema, JsonNode rows) {
    Set<String> known = new HashSet<>();
    for (Column c : schema.columns()) {
      known.add(c.key());
    }
    Set<String> extras = new java.util.LinkedHashSet<>();
    for (JsonNode row : rows) {
      if (!row.isObject()) {
        continue; // reported with its row below
      }
      row.fieldNames().forEachRemaining(name -> {
        if (CUSTOM_FIELDS.equals(name) || FLAGGED_ERRORS.equals(name)) {
          // custom fields: checked per row; a flagged row's errors, which widgets before 2026-11-30
          // posted: the rows are checked again here, and flagged in the webhook's own field
          return;
        }
        if (!known.contains(name) && extras.add(name)) {
          if (Importer.RESERVED_KEYS.contains(name)) {
            // the widget numbers such a header ("__proto__ (2)"): a field of this name would set
            // the prototype of the host's copy of the row
            throw new ApiException(ApiError.INVALID_FIELD, Map.of("field", "rows", "column", name,
                "problem", "a reserved name: rename the column"));
          }
          if (!schema.allowExtraColumns()) {
            throw new ApiException(ApiError.INVALID_FIELD, Map.of("field", "rows", "column",
                name.length() > 100 ? name.substring(0, 100) : name,
                "problem", "not a column of the importer, which does not allow extra columns"));
          }
          if (extras.size() > MAX_EXTRA_COLUMNS || name.length() > 200) {
            throw new ApiException(ApiError.TOO_MANY_EXTRA_COLUMNS, Map.of("limit",
                MAX_EXTRA_COLUMNS, "keyLimit", 200));
          }
        }
      });
    }
    return new ArrayList<>(extras);
  }

  /**
   * The custom fields of a row (importers that allow custom columns): an object of at most
   * {@value #MAX_EXTRA_COLUMNS} names of at most {@value ColumnMapping#MAX_CUSTOM_NAME} chars to
   * strings, each at most a cell long; text, checked for length only, as in the widget.
   */
  private static Map<String, String> customFields(Importer schema, JsonNode node, int row) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!schema.allowCustomColumns()) {
      throw new ApiException(ApiError.INVALID_FIELD, Map.of("field", "rows", "row", row,
          "column", CUSTOM_FIELDS, "problem", "this importer does not allow custom fields"));
    }
    if (!node.isObject() || node.size() > MAX_EXTRA_COLUMNS) {
      throw new ApiException(ApiError.INVALID_FIELD, Map.of("field", "rows", "row", row,
          "column", CUSTOM_FIELDS, "problem", "an object of at most " + MAX_EXTRA_COLUMNS
              + " names to strings"));
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (var it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String name = e.getKey();
      JsonNode v = e.getValue();
      // __proto__ as a name: a host that copies the fields into an object of its own (Object.assign,
      // a JSON reviver) would set that object's prototype instead
      if (name.isBlank() || name.length() > ColumnMapping.MAX_CUSTOM_NAME
          || schema.column(name) != null || name.equals("__proto__")
          || !(v.isTextual() || v.isNull())) {
        throw new ApiException(ApiError.INVALID_FIELD, Map.of("field", "rows", "row", row,
            "column", CUSTOM_FIELDS, "problem", "custom field names are 1 to "
                + ColumnMapping.MAX_CUSTOM_NAME + " chars, no column's key and not __proto__,"
                + " with string values"));
      }
      String value = v.isNull() ? "" : v.asText();
      if (value.length() > MAX_CELL_CHARS) {
        throw new ApiException(ApiError.CELL_TOO_LONG, Map.of("row", row,
            "column", CUSTOM_FIELDS, "limit", MAX_CELL_CHARS));
      }
      fields.put(name, value);
    }
    return fields;
  }

  private static String webhookBody(ImporterConfig importer, String importId, String fileName,
      int index, int count, int totalRows, UserTokens.VerifiedUser user, String metadata,
      ValidationSession session, List<Map<String, String>> customFields,
      List<Map<String, Object>> flagged) {
    ImportTable table = session.table();
    List<Map<String, Object>> columns = new ArrayList<>();
    for (String key : table.columns()) {
      Column c = importer.schema().column(key);
      columns.add(Map.of("key", key, "label", c == null ? key : c.label()));
    }
    // an accepted batch has no errors, or its importer hands flagged rows over: every row goes
    List<Map<String, Object>> rows = new ArrayList<>(table.rowCount());
    for (int r : session.submittedRows()) {
      String[] out = session.output(r);
      Map<String, Object> row = new LinkedHashMap<>();
      for (int c = 0; c < out.length; c++) {
        row.put(table.columns().get(c), out[c]);
      }
      if (customFields.get(r) != null) {
        row.put(CUSTOM_FIELDS, customFields.get(r));
      }
      rows.add(row);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "import.batch");
    body.put("importId", importId);
    body.put("importerId", importer.id());
    body.put("fileName", fileName);
    body.put("columns", columns);
    body.put("batch", Map.of("index", index, "count", count, "totalRows", totalRows));
    // verified: a user token minted by the host's backend vouched for the id; otherwise it is
    // only what the page said (the importer key is public)
    body.put("user", user.id() == null ? null : Map.of("id", user.id(), "verified",
        user.verified()));
    body.put("metadata", Bodies.JSON.valueToTree(readMap(metadata)));
    body.put("rows", rows);
    body.put("flagged", flagged);
    return RelayJson.write(body);
  }

  private static Object readMap(String json) {
    try {
      return Bodies.JSON.readValue(json, Map.class);
    } catch (java.io.IOException e) {
      return Map.of();
    }
  }
}
