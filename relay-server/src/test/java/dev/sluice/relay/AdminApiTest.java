package dev.sluice.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.relay.testing.Fixtures;
import dev.sluice.relay.testing.Relay;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AdminApiTest {
  private Relay relay;

  @BeforeEach
  void start() throws Exception {
    relay = Relay.start(b -> b.maxBodyBytes(64 * 1024).rateLimitPerMinute(1000));
  }

  @AfterEach
  void stop() {
    relay.close();
  }

  @Test
  void healthAndReadinessAnswerWithoutAKey() {
    assertEquals(200, relay.call("GET", "healthz", null, Map.of()).status());
    assertEquals("ready", relay.call("GET", "readyz", null, Map.of()).json().get("status").asText());
  }

  @Test
  void adminRoutesNeedAValidKey() {
    Relay.Response none = relay.call("GET", "v1/importers", null, Map.of());
    assertEquals(401, none.status());
    assertEquals("UNAUTHORIZED", none.json().get("code").asText());
    assertTrue(none.json().get("message").asText().contains("Bearer"));
    assertEquals(401, relay.call("GET", "v1/importers", null,
        Map.of("Authorization", "Bearer wrong")).status());
  }

  @Test
  void anImporterIsCreatedWithItsKeyAndSecretAndEveryChangeIsAudited() {
    JsonNode created = relay.createImporter(Fixtures.callbackImporter());
    assertTrue(created.get("importerKey").asText().startsWith("pk_"));
    assertTrue(created.get("signingSecret").asText().startsWith("whsec_"));
    String id = created.get("id").asText();

    Relay.Response updated = relay.admin("PUT", "v1/importers/" + id, Map.of("batchSize", 250));
    assertEquals(200, updated.status(), updated.body());
    assertEquals(250, updated.json().get("batchSize").asInt());
    assertEquals("Contacts", updated.json().get("name").asText(), "other fields kept");

    Relay.Response got = relay.admin("GET", "v1/importers/" + id, null);
    assertEquals("contacts", got.json().get("schema").get("name").asText());
    assertFalse(got.body().contains("whsec_"), "the secret is only shown when asked for");

    assertEquals(204, relay.admin("DELETE", "v1/importers/" + id, null).status());
    assertEquals(404, relay.admin("GET", "v1/importers/" + id, null).status());

    JsonNode entries = relay.admin("GET", "v1/audit-log", null).json().get("entries");
    assertEquals(List.of("importer.deleted", "importer.updated", "importer.created"),
        List.of(entries.get(0).get("action").asText(), entries.get(1).get("action").asText(),
            entries.get(2).get("action").asText()));
    assertEquals("admin-key", entries.get(0).get("actor").asText());
    assertEquals("fields=batchSize", entries.get(1).get("details").asText());
  }

  @Test
  void aBadSchemaIsRejectedWithWhereAndWhat() {
    Map<String, Object> fields = new java.util.HashMap<>(Fixtures.callbackImporter());
    fields.put("schema", Map.of("version", 1, "name", "x", "columns",
        List.of(Map.of("key", "when", "type", Map.of("name", "date", "formats", "dd.MM")))));
    Relay.Response r = relay.admin("POST", "v1/importers", fields);
    assertEquals(422, r.status(), r.body());
    assertEquals("INVALID_SCHEMA", r.json().get("code").asText());
    assertTrue(r.json().get("details").get("path").asText().startsWith("columns[0]"), r.body());
  }

  @Test
  void webhookUrlsMustBeHttpAndPublic() {
    Relay strict = null;
    try {
      strict = Relay.start(b -> b.egressAllowCidrs(List.of()));
      for (String url : List.of("ftp://example.com/x", "http://169.254.169.254/latest",
          "http://127.0.0.1:8080/hook", "http://[::1]/hook", "https://user:pw@example.com/")) {
        Relay.Response r = strict.admin("POST", "v1/importers",
            Fixtures.webhookImporter(url, 100));
        assertEquals(422, r.status(), url);
        assertEquals("INVALID_WEBHOOK_URL", r.json().get("code").asText(), url);
      }
    } catch (Exception e) {
      throw new AssertionError(e);
    } finally {
      if (strict != null) {
        strict.close();
      }
    }
  }

  @Test
  void malformedJsonGetsTheLineAndColumn() {
    Relay.Response r = relay.admin("POST", "v1/importers", "{\n  \"name\": \"x\",\n  oops\n}");
    assertEquals(400, r.status());
    assertEquals("MALFORMED_JSON", r.json().get("code").asText());
    assertEquals(3, r.json().get("details").get("line").asInt());
  }

  @Test
  void aRequestTheServerCannotReadGetsTheSameJsonErrorShapeAsAnyOther() {
    // Jetty refuses these before any route runs; its own answer was an HTML page
    for (String path : List.of("v1/importers/%00", "v1/imports/%ff", "%C0%AF")) {
      Relay.Response r = relay.admin("GET", path, null);
      assertEquals(400, r.status(), path);
      assertEquals("application/json", r.header("Content-Type"), path);
      assertEquals("MALFORMED_REQUEST", r.json().get("code").asText(), r.body());
      assertEquals(400, r.json().get("details").get("status").asInt());
      assertTrue(r.json().get("message").asText().contains("percent-encoding"), r.body());
    }
    Relay.Response big = relay.call("GET", "healthz", null, Map.of("X-Padding", "a".repeat(20_000)));
    assertEquals(431, big.status());
    assertEquals("MALFORMED_REQUEST", big.json().get("code").asText(), big.body());
  }

  @Test
  void unknownFieldsAreNamed() {
    Map<String, Object> fields = new java.util.HashMap<>(Fixtures.callbackImporter());
    fields.put("webhookURL", "https://example.com");
    Relay.Response r = relay.admin("POST", "v1/importers", fields);
    assertEquals(400, r.status());
    assertEquals("webhookURL", r.json().get("details").get("field").asText());
  }

  @Test
  void apiKeysAreShownOnceWorkUntilRevokedAndOverlapWhenRotated() {
    Relay.Response created = relay.admin("POST", "v1/api-keys", Map.of("name", "ci"));
    assertEquals(201, created.status(), created.body());
    String key = created.json().get("key").asText();
    String id = created.json().get("id").asText();
    Map<String, String> auth = Map.of("Authorization", "Bearer " + key);
    assertEquals(200, relay.call("GET", "v1/importers", null, auth).status());

    Relay.Response listed = relay.admin("GET", "v1/api-keys", null);
    assertFalse(listed.body().contains(key), "the key is never listed");
    assertTrue(listed.body().contains(key.substring(0, 11)), "its prefix is");

    Relay.Response rotated = relay.call("POST", "v1/api-keys/" + id + "/rotate",
        Map.of("overlapSeconds", 3600), auth);
    assertEquals(201, rotated.status(), rotated.body());
    String fresh = rotated.json().get("key").asText();
    assertEquals(200, relay.call("GET", "v1/importers", null, auth).status(), "old key in overlap");
    relay.clock.advance(Duration.ofSeconds(3601));
    assertEquals(401, relay.call("GET", "v1/importers", null, auth).status(), "old key expired");
    Map<String, String> freshAuth = Map.of("Authorization", "Bearer " + fresh);
    assertEquals(200, relay.call("GET", "v1/importers", null, freshAuth).status());

    String freshId = rotated.json().get("id").asText();
    assertEquals(204, relay.admin("DELETE", "v1/api-keys/" + freshId, null).status());
    assertEquals(401, relay.call("GET", "v1/importers", null, freshAuth).status(), "revoked");
    JsonNode audit = relay.admin("GET", "v1/audit-log", null).json().get("entries");
    assertEquals("api-key.revoked", audit.get(0).get("action").asText());
    assertFalse(audit.toString().contains(fresh.substring(12)), "no key in the audit log");
  }

  @Test
  void theSigningSecretRotatesWithBothValidDuringTheOverlap() {
    JsonNode created = relay.createImporter(Fixtures.callbackImporter());
    String id = created.get("id").asText();
    Relay.Response read = relay.admin("GET", "v1/importers/" + id + "/signing-secret", null);
    assertEquals(created.get("signingSecret").asText(), read.json().get("signingSecret").asText());
    Relay.Response rotated = relay.admin("POST", "v1/importers/" + id + "/signing-secret/rotate",
        Map.of("overlapSeconds", 60));
    assertEquals(200, rotated.status(), rotated.body());
    Relay.Response after = relay.admin("GET", "v1/importers/" + id + "/signing-secret", null);
    assertEquals(rotated.json().get("signingSecret").asText(),
        after.json().get("signingSecret").asText());
    assertEquals(2, after.json().get("validSecrets").asInt());
    relay.clock.advance(Duration.ofSeconds(61));
    assertEquals(1, relay.admin("GET", "v1/importers/" + id + "/signing-secret", null).json()
        .get("validSecrets").asInt());
  }

  @Test
  void idempotencyKeysReplayRejectOtherBodiesAndAreScopedToTheCaller() {
    Map<String, String> headers = Map.of("Authorization", "Bearer " + Relay.ADMIN_KEY,
        "Idempotency-Key", "create-1");
    Relay.Response first = relay.call("POST", "v1/api-keys", Map.of("name", "a"), headers);
    Relay.Response again = relay.call("POST", "v1/api-keys", Map.of("name", "a"), headers);
    assertEquals(201, again.status());
    assertEquals(first.json().get("id"), again.json().get("id"), "the first answer replayed");
    assertEquals(first.json().get("prefix"), again.json().get("prefix"));
    assertTrue(first.json().get("key").asText().startsWith("sk_"), "the new key, shown once");
    assertTrue(again.json().get("key").isNull(), "a replay never shows the secret again");
    assertTrue(again.json().get("secretShownOnce").asBoolean());
    assertFalse(again.body().contains(first.json().get("key").asText()));
    assertEquals("true", again.header("Idempotent-Replayed"));
    assertEquals(1, relay.admin("GET", "v1/api-keys", null).json().get("apiKeys").size(),
        "created once");
    Relay.Response other = relay.call("POST", "v1/api-keys", Map.of("name", "b"), headers);
    assertEquals(422, other.status());
    assertEquals("IDEMPOTENCY_KEY_REUSED", other.json().get("code").asText());
    relay.clock.advance(Duration.ofHours(25));
    assertEquals(201, relay.call("POST", "v1/api-keys", Map.of("name", "b"), headers).status(),
        "kept 24 hours");
  }

  @Test
  void bodiesOverTheLimitAreRefusedAlsoWhenChunked() {
    String big = "{\"name\":\"" + "x".repeat(100 * 1024) + "\"}";
    Relay.Response plain = relay.admin("POST", "v1/api-keys", big);
    assertEquals(413, plain.status());
    assertEquals("PAYLOAD_TOO_LARGE", plain.json().get("code").asText());
    HttpRequest chunked = HttpRequest.newBuilder(URI.create(relay.url() + "v1/api-keys"))
        .header("Authorization", "Bearer " + Relay.ADMIN_KEY)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(
            () -> new ByteArrayInputStream(big.getBytes())))
        .build();
    // the relay answers before the body's end is read; closing, it may reset the connection
    // while the client still holds the answer unread (seen once in CI, under load): sent again
    Relay.Response r = null;
    for (int attempt = 1; r == null; attempt++) {
      try {
        r = relay.send(chunked);
      } catch (AssertionError reset) {
        if (attempt == 3 || !(reset.getCause() instanceof java.io.IOException)) {
          throw reset;
        }
      }
    }
    assertEquals(413, r.status(), r.body());
    assertEquals(0, relay.admin("GET", "v1/api-keys", null).json().get("apiKeys").size());
  }

  @Test
  void theRateLimitIsPerKeyWithRetryAfter() throws Exception {
    try (Relay limited = Relay.start(b -> b.rateLimitPerMinute(5))) {
      int ok = 0;
      Relay.Response last = null;
      for (int i = 0; i < 8; i++) {
        last = limited.call("GET", "v1/importers", null, Map.of("Authorization",
            "Bearer " + Relay.ADMIN_KEY, "X-Forwarded-For", "10.0.0." + i));
        if (last.status() == 200) {
          ok++;
        }
      }
      assertEquals(5, ok, "a new X-Forwarded-For does not buy more requests");
      assertEquals(429, last.status());
      assertNotNull(last.header("Retry-After"));
    }
  }

  @Test
  void historyIsFilteredPagedAndDeletedPerEndUser() {
    JsonNode importer = relay.createImporter(Fixtures.callbackImporter());
    Map<String, String> widget = Map.of("X-Sluice-Importer-Key",
        importer.get("importerKey").asText());
    for (int i = 0; i < 5; i++) {
      Relay.Response r = relay.call("POST", "v1/widget/imports", Map.of("importId", "imp-" + i,
          "fileName", "f" + i + ".csv", "rows", 10 + i, "columns", 6, "errors", i,
          "status", i == 4 ? "cancelled" : "submitted", "userId", i < 3 ? "alice" : "bob"), widget);
      assertEquals(201, r.status(), r.body());
    }
    JsonNode page = relay.admin("GET", "v1/imports?limit=2", null).json();
    assertEquals(2, page.get("imports").size());
    assertEquals(2, page.get("nextOffset").asInt());
    assertEquals(1, relay.admin("GET", "v1/imports?status=cancelled", null).json().get("imports")
        .size());
    JsonNode alice = relay.admin("GET", "v1/users/alice/imports", null).json();
    assertEquals(3, alice.get("imports").size());
    for (JsonNode i : alice.get("imports")) {
      assertEquals("alice", i.get("userId").asText());
    }
    assertEquals(3, relay.admin("DELETE", "v1/users/alice/imports", null).json().get("deleted")
        .asInt());
    assertEquals(0, relay.admin("GET", "v1/imports?userId=alice", null).json().get("imports")
        .size());
    assertEquals(2, relay.admin("GET", "v1/imports?userId=bob", null).json().get("imports").size());
    String audit = relay.admin("GET", "v1/audit-log", null).body();
    assertTrue(audit.contains("data-subject.deleted"));
    assertFalse(audit.contains("alice"), "the audit log names the user by hash only");
  }
}
