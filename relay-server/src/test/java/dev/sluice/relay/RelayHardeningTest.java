package dev.sluice.relay;

import static dev.sluice.relay.testing.Relay.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.relay.testing.Fixtures;
import dev.sluice.relay.testing.Receiver;
import dev.sluice.relay.testing.Receiver.Answer;
import dev.sluice.relay.testing.Relay;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What someone holding an importer's public key (it is in every host page), or a broken receiver,
 * can do to the relay: each test is one attack of issue 16 and what the relay answers now.
 */
class RelayHardeningTest {

  private static Relay.Response post(Relay relay, String key, String importId, Object body) {
    return relay.postBatch(key, importId, body);
  }

  private static Map<String, Object> withExtras(Map<String, Object> importer) {
    @SuppressWarnings("unchecked")
    Map<String, Object> schema = new LinkedHashMap<>((Map<String, Object>) importer.get("schema"));
    schema.put("allowExtraColumns", true);
    importer.put("schema", schema);
    return importer;
  }

  @Test
  void batchesOfAnImportWhoseFirstBatchNeverCameAreRefusedAndNothingIsHeld() throws Exception {
    try (Receiver receiver = new Receiver(); Relay relay = Relay.start(b -> b)) {
      String key = relay.createImporter(Fixtures.webhookImporter(receiver.url(), 100))
          .get("importerKey").asText();
      for (int i = 0; i < 5; i++) {
        Relay.Response r = post(relay, key, "flood-" + i, Fixtures.batch(1 + i, 0, 1, 10));
        assertEquals(409, r.status(), r.body());
        assertEquals("BATCH_OUT_OF_ORDER", r.json().get("code").asText());
        assertEquals(0, r.json().get("details").get("expected").asInt());
      }
      assertEquals(0, relay.server().vault().size(), "nothing parked for 24 hours");
      assertEquals(202, post(relay, key, "in-order", Fixtures.batch(0, 0, 1, 3)).status());
      Relay.Response skip = post(relay, key, "in-order", Fixtures.batch(2, 2, 1, 3));
      assertEquals("BATCH_OUT_OF_ORDER", skip.json().get("code").asText());
      assertEquals(1, skip.json().get("details").get("expected").asInt());
      assertEquals(202, post(relay, key, "in-order", Fixtures.batch(1, 1, 1, 3)).status());
      assertEquals(202, post(relay, key, "in-order", Fixtures.batch(2, 2, 1, 3)).status());
      assertEquals("BATCH_ALREADY_RECEIVED",
          post(relay, key, "in-order", Fixtures.batch(0, 0, 1, 3)).json().get("code").asText());
    }
  }

  @Test
  void oneImporterFillsOnlyItsShareOfTheBudgetAndItsPendingCap() throws Exception {
    try (Receiver receiver = new Receiver().otherwise(r -> Answer.of(503));
        Relay relay = Relay.start(b -> b.payloadBudgetBytes(80_000).importerBudgetShare(0.5)
            .maxPendingBatches(1000).retrySchedule(List.of(Duration.ofMinutes(10))))) {
      String greedy = relay.createImporter(Fixtures.webhookImporter(receiver.url(), 100))
          .get("importerKey").asText();
      String other = relay.createImporter(Fixtures.webhookImporter(receiver.url(), 100))
          .get("importerKey").asText();
      Relay.Response last = null;
      int accepted = 0;
      for (int i = 0; i < 20 && (last == null || last.status() == 202); i++) {
        last = post(relay, greedy, "greedy-" + i, Fixtures.batch(0, 0, 100, 100));
        accepted += last.status() == 202 ? 1 : 0;
      }
      assertTrue(accepted >= 1, "accepted " + accepted);
      assertEquals(503, last.status());
      assertEquals("IMPORTER_BUSY", last.json().get("code").asText());
      assertEquals("30", last.header("Retry-After"));
      assertEquals(202, post(relay, other, "other-0", Fixtures.batch(0, 0, 100, 100)).status(),
          "the other importer still gets its share");
    }
    try (Receiver receiver = new Receiver().otherwise(r -> Answer.of(503));
        Relay relay = Relay.start(b -> b.maxPendingBatches(2)
            .retrySchedule(List.of(Duration.ofMinutes(10))))) {
      String key = relay.createImporter(Fixtures.webhookImporter(receiver.url(), 100))
          .get("importerKey").asText();
      assertEquals(202, post(relay, key, "p-0", Fixtures.batch(0, 0, 1, 1)).status());
      assertEquals(202, post(relay, key, "p-1", Fixtures.batch(0, 0, 1, 1)).status());
      Relay.Response third = post(relay, key, "p-2", Fixtures.batch(0, 0, 1, 1));
      assertEquals("IMPORTER_BUSY", third.json().get("code").asText());
      assertEquals(2, relay.server().vault().size());
    }
  }

  @Test
  void tensOfThousandsOfDistinctExtraKeysAreRefusedFastAndLongCellsWithTheirPosition()
      throws Exception {
    try (Receiver receiver = new Receiver(); Relay relay = Relay.start(b -> b)) {
      String key = relay.createImporter(withExtras(Fixtures.webhookImporter(receiver.url(), 100)))
          .get("importerKey").asText();
      Map<String, Object> body = Fixtures.batch(0, 0, 50, 50);
      @SuppressWarnings("unchecked")
      List<Map<String, String>> rows = (List<Map<String, String>>) body.get("rows");
      List<Map<String, String>> wide = new ArrayList<>();
      int n = 0;
      for (Map<String, String> row : rows) {
        Map<String, String> w = new LinkedHashMap<>(row);
        for (int k = 0; k < 1000; k++) {
          w.put("x" + (n++), "v");
        }
        wide.add(w);
      }
      body.put("rows", wide);
      long started = System.nanoTime();
      Relay.Response r = post(relay, key, "wide", body);
      long millis = (System.nanoTime() - started) / 1_000_000;
      assertEquals(422, r.status(), r.body());
      assertEquals("TOO_MANY_EXTRA_COLUMNS", r.json().get("code").asText());
      assertEquals(100, r.json().get("details").get("limit").asInt());
      assertTrue(millis < 20_000, "answered in " + millis + " ms");

      Map<String, Object> longCell = Fixtures.batch(0, 0, 2, 2);
      @SuppressWarnings("unchecked")
      List<Map<String, String>> two = (List<Map<String, String>>) longCell.get("rows");
      Map<String, String> second = new LinkedHashMap<>(two.get(1));
      second.put("name", "n".repeat(dev.sluice.relay.webhook.BatchIntake.MAX_CELL_CHARS + 1));
      longCell.put("rows", List.of(two.get(0), second));
      Relay.Response tooLong = post(relay, key, "long", longCell);
      assertEquals(422, tooLong.status());
      assertEquals("CELL_TOO_LONG", tooLong.json().get("code").asText());
      assertEquals(1, tooLong.json().get("details").get("row").asInt());
      assertEquals("name", tooLong.json().get("details").get("column").asText());
      assertTrue(tooLong.body().length() < 2000, "the cell is not echoed");
      assertEquals(0, relay.server().vault().size());
    }
  }

  @Test
  void metadataLargerThanItsColumnIsRefusedBeforeAnythingIsWrittenAndTheRetryIsTaken()
      throws Exception {
    try (Receiver receiver = new Receiver(); Relay relay = Relay.start(b -> b)) {
      String key = relay.createImporter(Fixtures.webhookImporter(receiver.url(), 100))
          .get("importerKey").asText();
      Map<String, Object> big = new LinkedHashMap<>();
      for (int i = 0; i < 50; i++) {
        big.put("k".repeat(90) + i, "v".repeat(500));
      }
      Map<String, Object> body = Fixtures.batch(0, 0, 1, 1);
      body.put("metadata", big);
      Relay.Response r = post(relay, key, "meta", body);
      assertEquals(422, r.status(), r.body());
      assertEquals("FIELD_TOO_LONG", r.json().get("code").asText());
      assertEquals("metadata", r.json().get("details").get("field").asText());
      assertEquals(0, relay.server().vault().size(), "no payload held");
      Relay.Response retry = post(relay, key, "meta", Fixtures.batch(0, 0, 1, 1));
      assertEquals(202, retry.status(), "the retry is new, not BATCH_ALREADY_RECEIVED: "
          + retry.body());
      Relay.Response record = relay.call("POST", "v1/widget/imports", Map.of("importId", "meta2",
          "status", "submitted", "metadata", big), Map.of("X-Sluice-Importer-Key", key));
      assertEquals("FIELD_TOO_LONG", record.json().get("code").asText(), record.body());
    }
  }

  @Test
  void aReceiverAnswering2xxWithALargeBodyHasTheBatchDeliveredOnce() throws Exception {
    try (Receiver receiver = new Receiver().otherwise(r -> Answer.withBody(200, 1 << 20));
        Relay relay = Relay.start(b -> b.retrySchedule(List.of(Duration.ofMillis(50))))) {
      String key = relay.createImporter(Fixtures.webhookImporter(receiver.url(), 100))
          .get("importerKey").asText();
      for (int b = 0; b < 3; b++) {
        assertEquals(202, post(relay, key, "chatty", Fixtures.batch(b, b, 1, 3)).status());
      }
      await("three batches delivered", () -> relay.admin("GET", "v1/imports/chatty", null).json()
          .get("deliveryStatus").asText().equals("delivered"));
      Thread.sleep(300);
      assertEquals(3, receiver.received().size(), "each batch once, no retry");
      assertEquals(0, relay.server().vault().size());
    }
  }

  @Test
  void failedAdminLoginsAndUnknownImporterKeysAreLimitedPerAddress() throws Exception {
    try (Relay relay = Relay.start(b -> b.unauthenticatedPerMinute(5))) {
      List<Integer> statuses = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        statuses.add(relay.call("GET", "v1/importers", null,
            Map.of("Authorization", "Bearer wrong-key-" + i)).status());
      }
      assertEquals(List.of(401, 401, 401, 401, 401, 429, 429, 429), statuses);
      Relay.Response limited = relay.admin("GET", "v1/importers", null);
      assertEquals(429, limited.status(), "the address is limited, even with the right key now");
      assertTrue(limited.header("Retry-After") != null);

      List<Integer> widget = new ArrayList<>();
      for (int i = 0; i < 7; i++) {
        widget.add(relay.call("GET", "v1/widget/schema", null,
            Map.of("X-Sluice-Importer-Key", "pk_guess_" + i)).status());
      }
      assertEquals(List.of(401, 401, 401, 401, 401, 429, 429), widget);
      relay.clock.advance(Duration.ofMinutes(2));
      assertEquals(200, relay.admin("GET", "v1/importers", null).status(), "tries come back");
    }
  }

  @Test
  void aShortAdminKeyIsRefusedOutsideTheDemo() {
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class,
        () -> RelaySettings.fromArgs(new String[] {"--admin-key=change-me"}, Map.of()));
    assertTrue(e.getMessage().contains("at least 32"), e.getMessage());
    RelaySettings ok = RelaySettings.fromArgs(new String[0],
        Map.of("SLUICE_ADMIN_KEY", "0123456789abcdef0123456789abcdef"));
    assertEquals(32, ok.adminKey().length());
  }

  @Test
  void settingsFromTheEnvironmentAreReadOnAMachineSetToTurkish() {
    // under Turkish rules "admin-key" upper-cased to "ADMİN-KEY": SLUICE_ADMIN_KEY went unread
    java.util.Locale before = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
      RelaySettings read = RelaySettings.fromArgs(new String[0],
          Map.of("SLUICE_ADMIN_KEY", "0123456789abcdef0123456789abcdef"));
      assertEquals("0123456789abcdef0123456789abcdef", read.adminKey());
    } finally {
      java.util.Locale.setDefault(before);
    }
  }

  @Test
  void importHistoryIsDeletedAfterItsRetention() throws Exception {
    try (Receiver receiver = new Receiver(); Relay relay = Relay.start(b -> b
        .historyRetention(Duration.ofDays(30)))) {
      String key = relay.createImporter(Fixtures.webhookImporter(receiver.url(), 100))
          .get("importerKey").asText();
      assertEquals(202, post(relay, key, "old", Fixtures.batch(0, 0, 1, 1)).status());
      await("delivered", () -> relay.admin("GET", "v1/imports/old", null).json()
          .get("deliveryStatus").asText().equals("delivered"));
      relay.clock.advance(Duration.ofDays(31));
      relay.server().housekeeping();
      assertEquals(404, relay.admin("GET", "v1/imports/old", null).status());
    }
  }

  @Test
  void aCatastrophicSchemaPatternOnALongCellIsAnsweredAndTheKeyIsNotStuck() throws Exception {
    try (Receiver receiver = new Receiver(); Relay relay = Relay.start(b -> b)) {
      Map<String, Object> importer = Fixtures.webhookImporter(receiver.url(), 100);
      importer.put("schema", Map.of("version", 1, "name", "codes", "columns", List.of(
          Map.of("key", "code", "type", Map.of("name", "text", "pattern", "^(a|aa)+$")),
          Map.of("key", "words", "type", Map.of("name", "text",
              "pattern", "^(\\w+\\s?){1,40}$")))));
      String key = relay.createImporter(importer).get("importerKey").asText();
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("batch", Map.of("index", 0, "count", 1, "totalRows", 1));
      body.put("rows", List.of(Map.of("code", "a".repeat(200_000) + "b",
          "words", "word ".repeat(30) + "x".repeat(5000) + "!")));
      Map<String, String> headers = Map.of("X-Sluice-Importer-Key", key,
          "Idempotency-Key", "hostile-1");
      Relay.Response r = relay.call("POST", "v1/widget/imports/hostile/batches", body, headers);
      assertEquals(422, r.status(), r.body());
      assertEquals("BATCH_INVALID", r.json().get("code").asText());
      assertEquals(2, r.json().get("details").get("errorCount").asInt());
      Relay.Response again = relay.call("POST", "v1/widget/imports/hostile/batches", body,
          headers);
      assertEquals(422, again.status(), "replayed, not stuck in flight: " + again.body());
    }
  }

  @Test
  void aUserTokenFromTheHostsBackendIsRequiredWhenAskedAndDeliveriesSayWhetherTheUserIsVerified()
      throws Exception {
    try (Receiver receiver = new Receiver(); Relay relay = Relay.start(b -> b)) {
      Map<String, Object> fields = Fixtures.webhookImporter(receiver.url(), 100);
      fields.put("requireUserToken", true);
      com.fasterxml.jackson.databind.JsonNode created = relay.createImporter(fields);
      String key = created.get("importerKey").asText();
      String id = created.get("id").asText();
      String secret = created.get("signingSecret").asText();
      assertTrue(created.get("requireUserToken").asBoolean());
      long exp = relay.clock.millis() / 1000 + 3600;

      Map<String, String> problems = new LinkedHashMap<>();
      problems.put("none", null);
      problems.put("other importer", dev.sluice.relay.webhook.UserTokens.mint(secret, "imp_other",
          "user-42", exp));
      problems.put("expired", dev.sluice.relay.webhook.UserTokens.mint(secret, id, "user-42",
          relay.clock.millis() / 1000 - 1));
      problems.put("other secret", dev.sluice.relay.webhook.UserTokens.mint(
          "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[24]), id, "user-42", exp));
      problems.put("another user", dev.sluice.relay.webhook.UserTokens.mint(secret, id, "user-7",
          exp));
      problems.put("garbage", "a.b.c");
      for (Map.Entry<String, String> p : problems.entrySet()) {
        Map<String, Object> body = Fixtures.batch(0, 0, 1, 1); // userId user-42
        if (p.getValue() != null) {
          body.put("userToken", p.getValue());
        }
        Relay.Response r = post(relay, key, "tok-" + p.getKey().replace(' ', '-'), body);
        assertEquals(401, r.status(), p.getKey() + ": " + r.body());
        assertEquals("USER_TOKEN_INVALID", r.json().get("code").asText(), p.getKey());
      }
      assertEquals(0, relay.server().vault().size());

      Map<String, Object> good = Fixtures.batch(0, 0, 1, 1);
      good.put("userToken", dev.sluice.relay.webhook.UserTokens.mint(secret, id, "user-42", exp));
      assertEquals(202, post(relay, key, "tok-good", good).status());
      await("delivered", () -> receiver.received().size() == 1);
      com.fasterxml.jackson.databind.JsonNode user = new com.fasterxml.jackson.databind
          .ObjectMapper().readTree(receiver.received().get(0).body()).get("user");
      assertEquals("user-42", user.get("id").asText());
      assertTrue(user.get("verified").asBoolean());
    }
    try (Receiver receiver = new Receiver(); Relay relay = Relay.start(b -> b)) {
      String key = relay.createImporter(Fixtures.webhookImporter(receiver.url(), 100))
          .get("importerKey").asText();
      assertEquals(202, post(relay, key, "plain", Fixtures.batch(0, 0, 1, 1)).status());
      await("delivered", () -> receiver.received().size() == 1);
      com.fasterxml.jackson.databind.JsonNode user = new com.fasterxml.jackson.databind
          .ObjectMapper().readTree(receiver.received().get(0).body()).get("user");
      assertEquals("user-42", user.get("id").asText());
      assertEquals(false, user.get("verified").asBoolean(), "only what the page said");
    }
  }
}
