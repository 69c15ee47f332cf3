package dev.sluice.relay;

import static dev.sluice.relay.testing.Relay.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.relay.testing.Fixtures;
import dev.sluice.relay.testing.Receiver;
import dev.sluice.relay.testing.Receiver.Answer;
import dev.sluice.relay.testing.Relay;
import dev.sluice.relay.webhook.WebhookSigner;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class WebhookRelayTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Relay.Response post(Relay relay, String key, String importId, Object body) {
    return relay.postBatch(key, importId, body);
  }

  private static JsonNode history(Relay relay, String importId) {
    return relay.admin("GET", "v1/imports/" + importId, null).json();
  }

  private static List<Receiver.Received> delivered(Receiver receiver) {
    return receiver.received().stream().filter(r -> r.status() == 200).toList();
  }

  @Test
  void batchesArriveSignedInOrderOnceAndNothingIsHeldAfterwards() throws Exception {
    try (Receiver receiver = new Receiver(); Relay relay = Relay.start(b -> b)) {
      JsonNode importer = relay.createImporter(Fixtures.webhookImporter(receiver.url(), 100));
      String key = importer.get("importerKey").asText();
      for (int b = 0; b < 3; b++) {
        Relay.Response r = post(relay, key, "imp-1", Fixtures.batch(b, b * 100, 100, 300));
        assertEquals(202, r.status(), r.body());
      }
      await("three batches delivered", () -> delivered(receiver).size() == 3);
      await("history says delivered", () -> "delivered".equals(
          history(relay, "imp-1").get("deliveryStatus").asText()));
      assertEquals(0, relay.server().vault().size(), "payloads deleted on delivery");
      assertEquals(0, relay.server().vault().usedBytes());

      String secret = importer.get("signingSecret").asText();
      List<Receiver.Received> got = delivered(receiver);
      Set<String> ids = new HashSet<>();
      for (int b = 0; b < 3; b++) {
        Receiver.Received r = got.get(b);
        ids.add(r.id());
        byte[] body = r.body().getBytes(StandardCharsets.UTF_8);
        assertEquals(WebhookSigner.sign(secret, r.id(), Long.parseLong(r.timestamp()), body),
            r.signature(), "Standard Webhooks signature");
        JsonNode json = JSON.readTree(body);
        assertEquals(b, json.get("batch").get("index").asInt(), "in order");
        assertEquals("imp-1", json.get("importId").asText());
        assertEquals(importer.get("id").asText(), json.get("importerId").asText());
        assertEquals("contacts.csv", json.get("fileName").asText());
        assertEquals("user-42", json.get("user").get("id").asText());
        assertEquals("sales", json.get("metadata").get("team").asText());
        assertEquals(100, json.get("rows").size());
        assertEquals("person" + (b * 100) + "@example.com",
            json.get("rows").get(0).get("email").asText());
        assertEquals("Email", json.get("columns").get(1).get("label").asText());
      }
      assertEquals(3, ids.size(), "one webhook-id per batch");
      assertEquals(3, history(relay, "imp-1").get("batchesDelivered").asInt());
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void aFlaggedRowsErrorsFromTheWidgetAreIgnoredAndAProtoFieldIsRefused() throws Exception {
    try (Receiver receiver = new Receiver(); Relay relay = Relay.start(b -> b)) {
      String key = relay.createImporter(Fixtures.webhookImporter(receiver.url(), 100))
          .get("importerKey").asText();
      Map<String, Object> body = Fixtures.batch(0, 0, 2, 2);
      List<Map<String, Object>> rows = (List<Map<String, Object>>) body.get("rows");
      // as widgets before 2026-11-30 posted a row flagged under include_flagged
      rows.get(0).put("_errors", List.of(Map.of("column", "email", "code", "EMAIL_INVALID")));
      Relay.Response posted = post(relay, key, "imp-flag", body);
      assertEquals(202, posted.status(), posted.body());
      await("delivered", () -> delivered(receiver).size() == 1);
      JsonNode delivered = JSON.readTree(delivered(receiver).get(0).body());
      assertEquals(2, delivered.get("rows").size());
      assertFalse(delivered.get("rows").get(0).has("_errors"), "checked again, not passed on");

      Map<String, Object> proto = Fixtures.batch(0, 0, 1, 1);
      ((List<Map<String, Object>>) proto.get("rows")).get(0).put("__proto__", "polluting");
      Relay.Response refused = post(relay, key, "imp-proto", proto);
      assertEquals(400, refused.status(), refused.body());
      assertEquals("INVALID_FIELD", refused.json().get("code").asText());
      assertTrue(refused.body().contains("reserved"), refused.body());
      assertEquals(1, delivered(receiver).size(), "nothing delivered");
    }
  }

  @Test
  void customFieldsAreDeliveredWhereTheImporterAllowsThemAndRefusedElsewhere() throws Exception {
    try (Receiver receiver = new Receiver(); Relay relay = Relay.start(b -> b)) {
      Map<String, Object> open = Fixtures.webhookImporter(receiver.url(), 100);
      @SuppressWarnings("unchecked")
      Map<String, Object> schema = new HashMap<>((Map<String, Object>) open.get("schema"));
      schema.put("allowCustomColumns", true);
      open.put("schema", schema);
      String key = relay.createImporter(open).get("importerKey").asText();
      Map<String, Object> body = Fixtures.batch(0, 0, 2, 2);
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> rows = (List<Map<String, Object>>) body.get("rows");
      rows.get(0).put("customFields", Map.of("Team colour", "Red"));
      assertEquals(202, post(relay, key, "imp-cf", body).status());
      await("delivered", () -> delivered(receiver).size() == 1);
      JsonNode delivered = JSON.readTree(delivered(receiver).get(0).body());
      assertEquals("Red", delivered.get("rows").get(0).get("customFields").get("Team colour")
          .asText());
      assertTrue(delivered.get("rows").get(1).get("customFields") == null);
      assertFalse(delivered.get("rows").get(0).has("Team colour"), "not an extra column");

      Map<String, Object> bad = Fixtures.batch(0, 0, 1, 1);
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> badRows = (List<Map<String, Object>>) bad.get("rows");
      badRows.get(0).put("customFields", Map.of("email", "shadowing a column"));
      Relay.Response shadow = post(relay, key, "imp-cf2", bad);
      assertEquals(400, shadow.status(), shadow.body());
      assertEquals("INVALID_FIELD", shadow.json().get("code").asText());
      assertFalse(shadow.body().contains("shadowing"), "no value in the answer");
      badRows.get(0).put("customFields", Map.of("__proto__", "a prototype for the host's copy"));
      Relay.Response proto = post(relay, key, "imp-cf-proto", bad);
      assertEquals(400, proto.status(), proto.body());
      assertTrue(proto.body().contains("__proto__"), proto.body());
      badRows.get(0).put("customFields", Map.of("Notes", "x".repeat(
          dev.sluice.relay.webhook.BatchIntake.MAX_CELL_CHARS + 1)));
      Relay.Response longCell = post(relay, key, "imp-cf3", bad);
      assertEquals("CELL_TOO_LONG", longCell.json().get("code").asText());

      String closed = relay.createImporter(Fixtures.webhookImporter(receiver.url(), 100))
          .get("importerKey").asText();
      badRows.get(0).put("customFields", Map.of("Team colour", "Red"));
      Relay.Response off = post(relay, closed, "imp-cf4", bad);
      assertEquals(400, off.status());
      assertTrue(off.body().contains("does not allow custom fields"), off.body());
    }
  }

  @Test
  void aTamperedBatchIsRejectedByServerSideValidationWithPositionsAndNoValues() throws Exception {
    try (Receiver receiver = new Receiver(); Relay relay = Relay.start(b -> b)) {
      String key = relay.createImporter(Fixtures.webhookImporter(receiver.url(), 100))
          .get("importerKey").asText();
      Map<String, Object> body = Fixtures.batch(0, 0, 3, 3);
      @SuppressWarnings("unchecked")
      List<Map<String, String>> rows = (List<Map<String, String>>) body.get("rows");
      rows.get(1).put("email", "not-an-email-4711");
      rows.get(2).put("plan", "enterprise-4711");
      rows.get(2).put("email", rows.get(0).get("email"));
      Relay.Response r = post(relay, key, "imp-t", body);
      assertEquals(422, r.status(), r.body());
      assertEquals("BATCH_INVALID", r.json().get("code").asText());
      List<String> issues = new ArrayList<>();
      for (JsonNode i : r.json().get("details").get("issues")) {
        issues.add(i.get("row").asInt() + ":" + i.get("column").asText() + ":"
            + i.get("code").asText());
      }
      assertTrue(issues.contains("1:email:EMAIL_INVALID"), issues.toString());
      assertTrue(issues.contains("2:plan:ENUM_INVALID"), issues.toString());
      assertTrue(issues.contains("2:email:DUPLICATE_VALUE"), issues.toString());
      assertFalse(r.body().contains("4711"), "no cell value in the answer");
      Thread.sleep(300);
      assertEquals(0, receiver.received().size());
      assertEquals(0, relay.server().vault().size());
    }
  }

  @Test
  void aReceiverThatFailsThenRecoversGetsTheBatchOnceAfterRetries() throws Exception {
    try (Receiver receiver = new Receiver().then(Answer.of(500), Answer.of(503),
        new Answer(302, Map.of("Location", "http://127.0.0.1:1/elsewhere"), 0));
        Relay relay = Relay.start(b -> b)) {
      String key = relay.createImporter(Fixtures.webhookImporter(receiver.url(), 10))
          .get("importerKey").asText();
      assertEquals(202, post(relay, key, "imp-r", Fixtures.batch(0, 0, 10, 10)).status());
      await("delivered", () -> delivered(receiver).size() == 1);
      List<Receiver.Received> all = receiver.received();
      assertEquals(4, all.size(), "500, 503, 302 (not followed), then 200");
      assertEquals(1, all.stream().map(Receiver.Received::id).distinct().count(),
          "webhook-id stable across retries");
      await("history", () -> "delivered".equals(history(relay, "imp-r").get("deliveryStatus")
          .asText()));
      assertEquals(4, history(relay, "imp-r").get("attempts").asInt());
    }
  }

  @Test
  void retryAfterIsHonoured() throws Exception {
    try (Receiver receiver = new Receiver().then(new Answer(429, Map.of("Retry-After", "2"), 0));
        Relay relay = Relay.start(b -> b)) {
      String key = relay.createImporter(Fixtures.webhookImporter(receiver.url(), 10))
          .get("importerKey").asText();
      long start = System.nanoTime();
      assertEquals(202, post(relay, key, "imp-429", Fixtures.batch(0, 0, 1, 1)).status());
      await("delivered", () -> delivered(receiver).size() == 1);
      long waited = (System.nanoTime() - start) / 1_000_000;
      assertTrue(waited >= 1900, "waited " + waited + " ms, not the 100 ms of the schedule");
    }
  }

  @Test
  void aHungReceiverTimesOutAndIsRetried() throws Exception {
    try (Receiver receiver = new Receiver().then(new Answer(200, Map.of(), 4_000));
        Relay relay = Relay.start(b -> b.deliveryTimeout(Duration.ofMillis(500)))) {
      String key = relay.createImporter(Fixtures.webhookImporter(receiver.url(), 10))
          .get("importerKey").asText();
      assertEquals(202, post(relay, key, "imp-h", Fixtures.batch(0, 0, 1, 1)).status());
      await("a second attempt answered in time", () -> receiver.received().size() >= 1
          && history(relay, "imp-h").get("deliveryStatus").asText().equals("delivered"));
      assertTrue(history(relay, "imp-h").get("attempts").asInt() >= 2);
    }
  }

  @Test
  void goneDisablesTheEndpointAndRefusesFurtherBatches() throws Exception {
    try (Receiver receiver = new Receiver().then(Answer.of(410));
        Relay relay = Relay.start(b -> b)) {
      JsonNode importer = relay.createImporter(Fixtures.webhookImporter(receiver.url(), 10));
      String key = importer.get("importerKey").asText();
      assertEquals(202, post(relay, key, "imp-g", Fixtures.batch(0, 0, 1, 2)).status());
      await("failed", () -> "failed".equals(history(relay, "imp-g").get("deliveryStatus").asText()));
      assertTrue(history(relay, "imp-g").get("lastError").asText().startsWith("ENDPOINT_GONE"));
      Relay.Response next = post(relay, key, "imp-g", Fixtures.batch(1, 1, 1, 2));
      assertEquals(409, next.status());
      assertEquals("WEBHOOK_ENDPOINT_GONE", next.json().get("code").asText());
      assertTrue(relay.admin("GET", "v1/importers/" + importer.get("id").asText(), null).json()
          .get("webhookDisabled").asBoolean());
      assertEquals(1, receiver.received().size());
      assertEquals(0, relay.server().vault().size());
    }
  }

  @Test
  void retriesStopWhenTheScheduleIsUsedUp() throws Exception {
    try (Receiver receiver = new Receiver().otherwise(r -> Answer.of(500));
        Relay relay = Relay.start(b -> b)) {
      String key = relay.createImporter(Fixtures.webhookImporter(receiver.url(), 10))
          .get("importerKey").asText();
      assertEquals(202, post(relay, key, "imp-x", Fixtures.batch(0, 0, 1, 1)).status());
      await("given up", () -> "failed".equals(history(relay, "imp-x").get("deliveryStatus")
          .asText()));
      assertEquals(4, receiver.received().size(), "first attempt plus three retries");
      assertTrue(history(relay, "imp-x").get("lastError").asText().startsWith("RETRIES_EXHAUSTED"));
      assertFalse(history(relay, "imp-x").toString().contains("person0"), "no row content");
      assertEquals(0, relay.server().vault().size());
    }
  }

  @Test
  void privateDestinationsAreBlockedAtConnectTime() throws Exception {
    try (Receiver receiver = new Receiver();
        Relay relay = Relay.start(b -> b.egressAllowCidrs(List.of("192.0.2.0/24")))) {
      String url = receiver.url().replace("127.0.0.1", "localhost");
      Map<String, Object> fields = Fixtures.webhookImporter(url, 10);
      String key = relay.createImporter(fields).get("importerKey").asText();
      assertEquals(202, post(relay, key, "imp-b", Fixtures.batch(0, 0, 1, 1)).status());
      await("blocked", () -> "failed".equals(history(relay, "imp-b").get("deliveryStatus")
          .asText()));
      assertTrue(history(relay, "imp-b").get("lastError").asText()
          .startsWith("DESTINATION_BLOCKED"));
      assertEquals(0, receiver.received().size(), "nothing reached the loopback receiver");
    }
  }

  @Test
  void aFullRelayAnswers503WithRetryAfterAndKeepsWhatItHolds() throws Exception {
    try (Receiver receiver = new Receiver().otherwise(r -> Answer.of(503));
        Relay relay = Relay.start(b -> b.payloadBudgetBytes(40_000).importerBudgetShare(1.0)
            .retrySchedule(List.of(Duration.ofMinutes(10))))) {
      String key = relay.createImporter(Fixtures.webhookImporter(receiver.url(), 100))
          .get("importerKey").asText();
      int accepted = 0;
      Relay.Response last = null;
      for (int i = 0; i < 10; i++) {
        last = post(relay, key, "imp-f" + i, Fixtures.batch(0, 0, 100, 100));
        if (last.status() == 202) {
          accepted++;
        }
      }
      assertTrue(accepted >= 1 && accepted < 10, "accepted " + accepted);
      assertEquals(503, last.status());
      assertEquals("RELAY_FULL", last.json().get("code").asText());
      assertEquals("30", last.header("Retry-After"));
      assertEquals(accepted, relay.server().vault().size(), "nothing evicted for size");
    }
  }

  @Test
  void undeliveredPayloadsArePurgedAt24Hours() throws Exception {
    try (Receiver receiver = new Receiver().otherwise(r -> Answer.of(500));
        Relay relay = Relay.start(b -> b.retrySchedule(List.of(Duration.ofHours(1),
            Duration.ofHours(10))))) {
      String key = relay.createImporter(Fixtures.webhookImporter(receiver.url(), 10))
          .get("importerKey").asText();
      assertEquals(202, post(relay, key, "imp-24", Fixtures.batch(0, 0, 1, 1)).status());
      await("first attempt failed", () -> "retrying".equals(history(relay, "imp-24")
          .get("deliveryStatus").asText()));
      assertEquals(1, relay.server().vault().size());
      relay.clock.advance(Duration.ofHours(24).plusSeconds(1));
      relay.server().vault().cleanUp();
      assertEquals(0, relay.server().vault().size());
      assertEquals("expired", history(relay, "imp-24").get("deliveryStatus").asText());
    }
  }

  @Test
  void aRestartLosesHeldPayloadsAndSaysSoInTheHistory() throws Exception {
    try (Receiver receiver = new Receiver().otherwise(r -> Answer.of(500))) {
      Relay relay = Relay.start(b -> b.retrySchedule(List.of(Duration.ofHours(1))));
      String key = relay.createImporter(Fixtures.webhookImporter(receiver.url(), 10))
          .get("importerKey").asText();
      assertEquals(202, post(relay, key, "imp-rs", Fixtures.batch(0, 0, 1, 1)).status());
      await("attempted", () -> receiver.received().size() == 1);
      Relay again = relay.restart(b -> b);
      try {
        JsonNode h = history(again, "imp-rs");
        assertEquals("lost", h.get("deliveryStatus").asText());
        assertTrue(h.get("lastError").asText().startsWith("RELAY_RESTARTED"));
        assertEquals(key, again.admin("GET", "v1/importers", null).json().get("importers").get(0)
            .get("importerKey").asText(), "configuration survives the restart");
      } finally {
        again.close();
      }
    }
  }

  @Test
  void aRepeatedBatchIndexIsRefusedUnlessItIsAnIdempotentRetry() throws Exception {
    try (Receiver receiver = new Receiver(); Relay relay = Relay.start(b -> b)) {
      String key = relay.createImporter(Fixtures.webhookImporter(receiver.url(), 10))
          .get("importerKey").asText();
      Map<String, String> headers = Map.of("X-Sluice-Importer-Key", key, "Idempotency-Key", "b0");
      Object body = Fixtures.batch(0, 0, 2, 2);
      assertEquals(202, relay.call("POST", "v1/widget/imports/imp-d/batches", body, headers)
          .status());
      Relay.Response replay = relay.call("POST", "v1/widget/imports/imp-d/batches", body, headers);
      assertEquals(202, replay.status());
      assertEquals("true", replay.header("Idempotent-Replayed"));
      Relay.Response again = post(relay, key, "imp-d", body);
      assertEquals(409, again.status());
      assertEquals("BATCH_ALREADY_RECEIVED", again.json().get("code").asText());
      await("delivered", () -> delivered(receiver).size() == 1);
      Thread.sleep(300);
      assertEquals(1, receiver.received().size(), "delivered once");
    }
  }

  @Test
  void aBatchThatWaitedForTheOneAheadIsSentOnceThoughItsLooksCrossThatOnesDelivery()
      throws Exception {
    int imports = 30;
    // batch 1 comes while batch 0 is being delivered (the receiver takes 20 ms) and looks every
    // millisecond whether it went out, so its looks cross batch 0's delivery, and the wake-up
    // that delivery sends it, again and again
    try (Receiver receiver = new Receiver().otherwise(r -> new Answer(200, Map.of(), 20));
        Relay relay = Relay.start(b -> b.rateLimitPerMinute(100_000)
            .orderPoll(Duration.ofMillis(1)))) {
      String key = relay.createImporter(Fixtures.webhookImporter(receiver.url(), 10))
          .get("importerKey").asText();
      for (int i = 0; i < imports; i++) {
        String importId = "imp-w" + i;
        assertEquals(202, post(relay, key, importId, Fixtures.batch(0, 0, 10, 20)).status());
        assertEquals(202, post(relay, key, importId, Fixtures.batch(1, 10, 10, 20)).status());
      }
      await("every batch delivered", () -> delivered(receiver).size() >= 2 * imports);
      Thread.sleep(500);
      List<Receiver.Received> got = delivered(receiver);
      Map<String, List<Integer>> order = new HashMap<>();
      for (Receiver.Received r : got) {
        JsonNode json = JSON.readTree(r.body());
        order.computeIfAbsent(json.get("importId").asText(), k -> new ArrayList<>())
            .add(json.get("batch").get("index").asInt());
      }
      assertEquals(2 * imports, got.size(), "each batch once: " + order);
      for (List<Integer> indexes : order.values()) {
        assertEquals(List.of(0, 1), indexes, "in order, once each");
      }
    }
  }

  @Test
  void fiftyConcurrentImportsWithASlowReceiverLoseAndDuplicateNothing() throws Exception {
    int imports = 50;
    int batches = 10;
    int rowsPerBatch = 1000;
    try (Receiver receiver = new Receiver().otherwise(r -> new Answer(200, Map.of(), 20));
        // a 15 s attempt timeout as in production: the 2 s of the other tests can pass on a
        // loaded 2-core machine, and an attempt whose answer never came is sent again
        Relay relay = Relay.start(b -> b.rateLimitPerMinute(100_000)
            .deliveryTimeout(Duration.ofSeconds(15)))) {
      String key = relay.createImporter(Fixtures.webhookImporter(receiver.url(), rowsPerBatch))
          .get("importerKey").asText();
      ExecutorService pool = Executors.newFixedThreadPool(8);
      List<Future<?>> uploads = new ArrayList<>();
      for (int i = 0; i < imports; i++) {
        String importId = "imp-c" + i;
        uploads.add(pool.submit(() -> {
          for (int b = 0; b < batches; b++) {
            Relay.Response r = post(relay, key, importId, Fixtures.batch(b, b * rowsPerBatch,
                rowsPerBatch, batches * rowsPerBatch));
            if (r.status() != 202) {
              throw new AssertionError(r.status() + " " + r.body());
            }
          }
          return null;
        }));
      }
      for (Future<?> f : uploads) {
        f.get();
      }
      pool.shutdown();
      await("every batch delivered", () -> delivered(receiver).size() >= imports * batches);
      Thread.sleep(500);
      List<Receiver.Received> got = delivered(receiver);
      // each batch under one webhook-id, exactly once (with attempts as long as production's, an
      // answered attempt is never sent again)
      Map<String, String> batchOfId = new HashMap<>();
      for (Receiver.Received r : got) {
        JsonNode json = JSON.readTree(r.body());
        String batch = json.get("importId").asText() + "#" + json.get("batch").get("index");
        String before = batchOfId.putIfAbsent(r.id(), batch);
        assertTrue(before == null || before.equals(batch), "one webhook-id, one batch");
      }
      assertEquals(imports * batches, batchOfId.size(), "every batch, under one webhook-id");
      assertEquals(imports * batches, got.size(), "nothing duplicated");
      // and never a second send of an answered attempt: per import, the receiver saw no more
      // requests than the relay counted attempts (a repeat follows an attempt counted as failed)
      Map<String, Integer> receipts = new HashMap<>();
      for (Receiver.Received r : got) {
        receipts.merge(batchOfId.get(r.id()).split("#")[0], 1, Integer::sum);
      }
      for (Map.Entry<String, Integer> e : receipts.entrySet()) {
        int attempts = history(relay, e.getKey()).get("attempts").asInt();
        assertTrue(e.getValue() <= attempts, e.getKey() + ": " + e.getValue()
            + " requests received, " + attempts + " attempts counted");
      }
      got = new ArrayList<>(got.stream().collect(java.util.stream.Collectors.toMap(
          Receiver.Received::id, r -> r, (a, b) -> a, java.util.LinkedHashMap::new)).values());
      Map<String, List<Integer>> order = new HashMap<>();
      for (Receiver.Received r : got) {
        JsonNode json = JSON.readTree(r.body());
        order.computeIfAbsent(json.get("importId").asText(), k -> new ArrayList<>())
            .add(json.get("batch").get("index").asInt());
        assertEquals(rowsPerBatch, json.get("rows").size());
      }
      assertEquals(imports, order.size());
      Integer[] expected = new Integer[batches];
      Arrays.setAll(expected, i -> i);
      for (List<Integer> indexes : order.values()) {
        assertEquals(Arrays.asList(expected), indexes, "each import in batch order");
      }
      assertEquals(0, relay.server().vault().size());
    }
  }

  @Test
  void logsNeverCarryRowContent() throws Exception {
    java.io.PrintStream original = System.err;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
    try (Receiver receiver = new Receiver().then(Answer.of(500), Answer.of(410));
        Relay relay = Relay.start(b -> b)) {
      String key = relay.createImporter(Fixtures.webhookImporter(receiver.url(), 10))
          .get("importerKey").asText();
      Map<String, Object> good = Fixtures.batch(0, 0, 2, 2);
      @SuppressWarnings("unchecked")
      List<Map<String, String>> rows = (List<Map<String, String>>) good.get("rows");
      rows.get(0).put("name", "Marker Zebrafish 9731");
      assertEquals(202, post(relay, key, "imp-log", good).status());
      Map<String, Object> bad = Fixtures.batch(0, 0, 1, 1);
      @SuppressWarnings("unchecked")
      List<Map<String, String>> badRows = (List<Map<String, String>>) bad.get("rows");
      badRows.get(0).put("email", "marker-zebrafish-9731");
      assertEquals(422, post(relay, key, "imp-log2", bad).status());
      relay.call("POST", "v1/widget/imports/imp-log3/batches", "{\"rows\": [\"Zebrafish 9731\"",
          Map.of("X-Sluice-Importer-Key", key));
      await("gone", () -> "failed".equals(history(relay, "imp-log").get("deliveryStatus").asText()));
    } finally {
      System.setErr(original);
    }
    String logs = captured.toString(StandardCharsets.UTF_8);
    assertTrue(logs.contains("not delivered: ENDPOINT_GONE"), "the capture works: " + logs);
    assertFalse(logs.toLowerCase().contains("zebrafish"), logs);
    assertFalse(logs.contains("person1@example.com"), logs);
  }

  @Test
  void aReceiverThatIsDownAndComesBackGetsTheBatchOnce() throws Exception {
    int port;
    try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 0,
        java.net.InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }
    try (Relay relay = Relay.start(b -> b.retrySchedule(List.of(Duration.ofMillis(300),
        Duration.ofMillis(600), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4))))) {
      String key = relay.createImporter(Fixtures.webhookImporter("http://127.0.0.1:" + port
          + "/hooks/sluice", 10)).get("importerKey").asText();
      assertEquals(202, post(relay, key, "imp-du", Fixtures.batch(0, 0, 1, 1)).status());
      await("a failed attempt", () -> "retrying".equals(history(relay, "imp-du")
          .get("deliveryStatus").asText()));
      assertTrue(history(relay, "imp-du").get("lastError").asText().startsWith("NETWORK"));
      try (Receiver receiver = new Receiver(port)) {
        await("delivered", () -> delivered(receiver).size() == 1);
        Thread.sleep(500);
        assertEquals(1, receiver.received().size(), "once");
        await("history", () -> "delivered".equals(history(relay, "imp-du")
            .get("deliveryStatus").asText()));
      }
    }
  }

  @Test
  void duringASecretRotationDeliveriesCarryASignatureForEachValidSecret() throws Exception {
    try (Receiver receiver = new Receiver(); Relay relay = Relay.start(b -> b)) {
      JsonNode importer = relay.createImporter(Fixtures.webhookImporter(receiver.url(), 10));
      String id = importer.get("id").asText();
      String old = importer.get("signingSecret").asText();
      String fresh = relay.admin("POST", "v1/importers/" + id + "/signing-secret/rotate",
          Map.of("overlapSeconds", 3600)).json().get("signingSecret").asText();
      String key = importer.get("importerKey").asText();
      assertEquals(202, post(relay, key, "imp-rot", Fixtures.batch(0, 0, 1, 1)).status());
      await("delivered", () -> delivered(receiver).size() == 1);
      Receiver.Received r = delivered(receiver).get(0);
      byte[] body = r.body().getBytes(StandardCharsets.UTF_8);
      long ts = Long.parseLong(r.timestamp());
      assertEquals(Set.of(WebhookSigner.sign(fresh, r.id(), ts, body),
          WebhookSigner.sign(old, r.id(), ts, body)), Set.of(r.signature().split(" ")));
    }
  }
}
