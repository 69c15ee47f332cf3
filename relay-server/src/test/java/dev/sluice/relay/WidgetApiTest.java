package dev.sluice.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.relay.testing.Fixtures;
import dev.sluice.relay.testing.Relay;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WidgetApiTest {
  private static final String ORIGIN = "https://app.example.com";
  private Relay relay;
  private String key;

  @BeforeEach
  void start() throws Exception {
    relay = Relay.start(b -> b);
    key = relay.createImporter(Fixtures.callbackImporter()).get("importerKey").asText();
  }

  @AfterEach
  void stop() {
    relay.close();
  }

  private Relay.Response widget(String method, String path, Object body, String origin) {
    Map<String, String> headers = new HashMap<>(Map.of("X-Sluice-Importer-Key", key));
    if (origin != null) {
      headers.put("Origin", origin);
    }
    return relay.call(method, path, body, headers);
  }

  private static Map<String, Object> metadata(String importId) {
    Map<String, Object> m = new HashMap<>();
    m.put("importId", importId);
    m.put("importerKey", null);
    m.put("fileName", "kontakte.csv");
    m.put("rows", 4);
    m.put("columns", 6);
    m.put("errors", 1);
    m.put("importedRows", 3);
    m.put("excludedRows", 1);
    m.put("status", "submitted");
    m.put("date", "2026-11-22T10:00:00Z");
    m.put("userId", "42");
    m.put("metadata", Map.of("plan", "trial", "seats", 3));
    return m;
  }

  @Test
  void theSchemaIsServedByImporterKeyToAllowedOriginsOnly() {
    Relay.Response ok = widget("GET", "v1/widget/schema", null, ORIGIN);
    assertEquals(200, ok.status());
    assertEquals("contacts", ok.json().get("name").asText());
    assertEquals(ORIGIN, ok.header("Access-Control-Allow-Origin"));
    assertEquals("1000", ok.header("X-Sluice-Batch-Size"), "the importer's batch size");
    assertEquals("X-Sluice-Batch-Size", ok.header("Access-Control-Expose-Headers"));

    Relay.Response evil = widget("GET", "v1/widget/schema", null, "https://evil.example");
    assertEquals(403, evil.status());
    assertEquals("ORIGIN_NOT_ALLOWED", evil.json().get("code").asText());
    assertNull(evil.header("Access-Control-Allow-Origin"));

    Relay.Response unknown = relay.call("GET", "v1/widget/schema", null,
        Map.of("X-Sluice-Importer-Key", "pk_nope"));
    assertEquals(401, unknown.status());
    assertEquals("UNKNOWN_IMPORTER", unknown.json().get("code").asText());
  }

  @Test
  void preflightsAreAnsweredForAllowedOriginsOnly() {
    Relay.Response ok = relay.call("OPTIONS", "v1/widget/imports", null, Map.of("Origin", ORIGIN,
        "Access-Control-Request-Method", "POST"));
    assertEquals(204, ok.status());
    assertEquals(ORIGIN, ok.header("Access-Control-Allow-Origin"));
    assertTrue(ok.header("Access-Control-Allow-Headers").contains("Idempotency-Key"));
    assertEquals(403, relay.call("OPTIONS", "v1/widget/imports", null,
        Map.of("Origin", "https://evil.example", "Access-Control-Request-Method", "POST")).status());
  }

  @Test
  void theMetadataRecordIsStoredAndReplayedByIdempotencyKey() throws Exception {
    Map<String, String> headers = Map.of("X-Sluice-Importer-Key", key, "Origin", ORIGIN,
        "Idempotency-Key", "i-1:submitted");
    assertEquals(201, relay.call("POST", "v1/widget/imports", metadata("i-1"), headers).status());
    assertEquals("true", relay.call("POST", "v1/widget/imports", metadata("i-1"), headers)
        .header("Idempotent-Replayed"));
    JsonNode stored = relay.admin("GET", "v1/imports/i-1", null).json();
    assertEquals("kontakte.csv", stored.get("fileName").asText());
    assertEquals(4, stored.get("rows").asInt());
    assertEquals(1, stored.get("errors").asInt());
    assertEquals(3, stored.get("importedRows").asInt(), "rows handed over");
    assertEquals(1, stored.get("excludedRows").asInt(), "rows the policy left out");
    assertEquals("submitted", stored.get("status").asText());
    assertEquals("42", stored.get("userId").asText());
    assertEquals(Map.of("plan", "trial", "seats", 3),
        new com.fasterxml.jackson.databind.ObjectMapper().readValue(stored.get("metadata").asText(),
            Map.class));
  }

  @Test
  void aMetadataRecordCarryingRowsIsRejected() {
    Map<String, Object> withRows = metadata("i-2");
    withRows.put("rows", List.of(Map.of("email", "anna@example.com")));
    Relay.Response r = widget("POST", "v1/widget/imports", withRows, ORIGIN);
    assertEquals(422, r.status());
    assertEquals("ROW_DATA_NOT_ALLOWED", r.json().get("code").asText());

    Map<String, Object> extraField = metadata("i-3");
    extraField.put("data", List.of(List.of("anna@example.com")));
    assertEquals("ROW_DATA_NOT_ALLOWED", widget("POST", "v1/widget/imports", extraField, ORIGIN)
        .json().get("code").asText());

    Map<String, Object> nested = metadata("i-4");
    nested.put("metadata", Map.of("sample", List.of("anna@example.com")));
    assertEquals("ROW_DATA_NOT_ALLOWED", widget("POST", "v1/widget/imports", nested, ORIGIN)
        .json().get("code").asText());
    assertEquals(0, relay.admin("GET", "v1/imports", null).json().get("imports").size(),
        "nothing stored");
    assertTrue(!r.body().contains("anna@example.com"), "the error does not echo the data");
  }

  @Test
  void rowBatchesAreRefusedInCallbackMode() {
    Relay.Response r = widget("POST", "v1/widget/imports/i-5/batches", Fixtures.batch(0, 0, 2, 2),
        ORIGIN);
    assertEquals(409, r.status());
    assertEquals("WEBHOOK_MODE_DISABLED", r.json().get("code").asText());
    assertEquals(0, relay.server().vault().size());
  }
}
