package dev.sluice.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.browser.testing.Chromium;
import dev.sluice.browser.testing.WidgetPage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The whole product in real headless Chromium: the demo host app, the real relay and the sample
 * backend, in callback and webhook mode.
 */
class DemoEndToEndTest {
  private static final Path SAMPLES = Path.of("samples");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String ADMIN_KEY = "e2e-admin-key";

  private static Demo start() throws Exception {
    return Demo.start(new Demo.Settings(0, 0, 0, Files.createTempDirectory("sluice-demo"),
        ADMIN_KEY, List.of(Duration.ofMillis(300), Duration.ofMillis(600), Duration.ofSeconds(1),
            Duration.ofSeconds(2), Duration.ofSeconds(4)), 2));
  }

  private static JsonNode admin(Demo demo, String path) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(demo.relay().url() + path))
        .header("Authorization", "Bearer " + ADMIN_KEY).build(), HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(r.body());
  }

  private static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting until " + what);
      }
      Thread.sleep(50);
    }
  }

  /** Opens the demo, imports the messy file in a mode, fixes two errors, and submits. */
  private static WidgetPage importMessyFile(Demo demo, Chromium chromium, String button,
      String shots) throws Exception {
    WidgetPage page = new WidgetPage(chromium);
    chromium.driver().get(demo.appUrl());
    page.waiter().until(d -> Boolean.TRUE.equals(page.js("return window.demoReady === true")));
    chromium.screenshot(shots + "-1-host-page");
    page.startWith(By.id(button));
    page.upload(SAMPLES.resolve("contacts-messy.csv"));
    page.toMapping();
    page.toValues(); // plans that are no option: left as they are, fixed in the grid below
    chromium.screenshot(shots + "-2a-values");
    page.toReview();
    assertTrue(page.summary().contains("12 rows, 11 with errors"), page.summary());
    // the demo's lookup hook marks a contact its pretend CRM already has (info, not an error)
    page.waiter().until(d -> String.valueOf(page.cellAttribute(3, 1, "title"))
        .contains("Already in Acme CRM"));
    chromium.screenshot(shots + "-2-review");
    page.edit(1, 1, "nikola.tesla@example.com");
    page.waiter().until(d -> page.summary().contains("10 with errors"));
    page.edit(8, 6, "Pro");
    page.waiter().until(d -> page.summary().contains("9 with errors"));
    page.submit();
    assertEquals("Imported 3 rows.", page.doneText());
    chromium.screenshot(shots + "-3-done");
    return page;
  }

  /** Every cell of the messy file longer than three characters (the header row is the schema's). */
  private static Set<String> markers() throws Exception {
    Set<String> markers = new TreeSet<>();
    List<String> lines = Files.readAllLines(SAMPLES.resolve("contacts-messy.csv"));
    for (String line : lines.subList(1, lines.size())) {
      for (String cell : line.split(",")) {
        if (cell.length() > 3) {
          markers.add(cell);
        }
      }
    }
    markers.add("nikola.tesla@example.com");
    return markers;
  }

  @Test
  void callbackModeFixesTwoErrorsHandsCleanRowsToThePageAndOnlyMetadataLeavesIt() throws Exception {
    try (Demo demo = start(); Chromium chromium = new Chromium()) {
      WidgetPage page = importMessyFile(demo, chromium, "import-callback", "callback");
      chromium.driver().findElement(By.cssSelector(".sluice-nav .sluice-primary")).click();
      List<WebElement> rows = chromium.driver().findElements(By.cssSelector("#received tbody tr"));
      assertEquals(3, rows.size());
      String table = chromium.driver().findElement(By.id("received")).getText();
      assertTrue(table.contains("nikola.tesla@example.com"), table);
      assertTrue(table.contains("Dorothy Hodgkin"), table);
      assertTrue(table.contains("Carl Gauss"), table);
      chromium.screenshot("callback-4-rows-in-page");

      JsonNode history = admin(demo, "v1/imports").get("imports").get(0);
      assertEquals("contacts-messy.csv", history.get("fileName").asText());
      assertEquals(12, history.get("rows").asInt());
      assertEquals(7, history.get("columns").asInt());
      assertEquals(9, history.get("errors").asInt());
      assertEquals("submitted", history.get("status").asText());
      assertEquals("demo-user-1", history.get("userId").asText());

      String relay = demo.relay().url();
      Set<String> markers = markers();
      for (Chromium.Request r : chromium.requests()) {
        String seen = r.url() + "\n" + String.join("\n", r.headers());
        for (String marker : markers) {
          assertFalse(seen.contains(marker), marker + " left the page in " + r.method() + " "
              + r.url());
        }
        if (r.url().startsWith(relay)) {
          String route = r.method() + " " + r.url().substring(relay.length());
          assertTrue(Set.of("GET v1/widget/schema", "OPTIONS v1/widget/schema",
              "OPTIONS v1/widget/imports", "POST v1/widget/imports").contains(route), route);
        }
      }
      String stored = admin(demo, "v1/imports").toString() + admin(demo, "v1/audit-log");
      for (String marker : markers) {
        assertFalse(stored.contains(marker), marker + " is stored by the relay");
      }
      chromium.driver().get(demo.appUrl() + "admin.html");
      page.waiter().until(d -> Boolean.TRUE.equals(page.js("return window.adminLoaded === true")));
      assertTrue(chromium.driver().findElement(By.id("imports")).getText()
          .contains("contacts-messy.csv"));
      chromium.screenshot("callback-5-admin-history");
    }
  }

  @Test
  void webhookModeDeliversSignedRowsInOrderOnceAndTheRelayKeepsNothing() throws Exception {
    try (Demo demo = start(); Chromium chromium = new Chromium()) {
      importMessyFile(demo, chromium, "import-webhook", "webhook");
      await("the backend has both batches", () -> demo.backend().batches().size() == 2);
      List<Map<String, Object>> batches = demo.backend().batches();
      List<Map<String, String>> rows = new java.util.ArrayList<>();
      for (int i = 0; i < 2; i++) {
        Map<String, Object> batch = batches.get(i);
        assertEquals(true, batch.get("verified"), "signature verified by the sample backend");
        assertEquals(i, ((Map<?, ?>) batch.get("batch")).get("index"), "in order");
        @SuppressWarnings("unchecked")
        List<Map<String, String>> part = (List<Map<String, String>>) batch.get("rows");
        rows.addAll(part);
      }
      assertEquals(3, rows.size(), "importer batch size 2: 2 + 1 rows");
      assertEquals("nikola.tesla@example.com", rows.get(0).get("email"));
      assertEquals("pro", rows.get(1).get("plan"), "normalised enum value");
      assertEquals("+15165550100".length(), rows.get(0).get("phone").length());
      assertEquals(64, rows.get(2).get("email_hash").length(), "the referrer arrives hashed");
      Thread.sleep(500);
      assertEquals(2, demo.backend().batches().size(), "each batch once");
      await("history says delivered", () -> {
        try {
          return "delivered".equals(admin(demo, "v1/imports?status=delivered").get("imports")
              .path(0).path("deliveryStatus").asText());
        } catch (Exception e) {
          return false;
        }
      });
      assertEquals(0, demo.relay().vault().size(), "the relay holds no payload afterwards");
      chromium.driver().findElement(By.cssSelector(".sluice-nav .sluice-primary")).click();
      new WidgetPage(chromium).waiter().until(d -> d.findElements(
          By.cssSelector("#delivered tbody tr")).size() == 2);
      chromium.screenshot("webhook-4-delivered");
    }
  }

  @Test
  void theHostPageCountsEveryRowButKeepsOnlyTheLastFewOnScreen() throws Exception {
    try (Demo demo = start(); Chromium chromium = new Chromium()) {
      WidgetPage page = new WidgetPage(chromium);
      chromium.driver().get(demo.appUrl() + "?show=2");
      page.waiter().until(d -> Boolean.TRUE.equals(page.js("return window.demoReady === true")));
      page.startWith(By.id("import-callback"));
      page.upload(SAMPLES.resolve("contacts-clean.csv"));
      page.toMapping();
      page.toReview();
      page.submit();
      assertEquals("6", chromium.driver().findElement(By.id("received-count")).getText());
      assertEquals("showing the last 2",
          chromium.driver().findElement(By.id("received-shown")).getText());
      assertEquals(2, chromium.driver().findElements(By.cssSelector("#received tbody tr")).size(),
          "a million rows would otherwise be a million table rows");
    }
  }

  @Test
  void whenTheBackendIsDownForAWhileTheBatchArrivesAfterRetriesOnce() throws Exception {
    try (Demo demo = start(); Chromium chromium = new Chromium()) {
      WidgetPage page = new WidgetPage(chromium);
      chromium.driver().get(demo.appUrl());
      page.waiter().until(d -> Boolean.TRUE.equals(page.js("return window.demoReady === true")));
      page.startWith(By.id("import-webhook"));
      page.upload(SAMPLES.resolve("contacts-clean.csv"));
      page.toMapping();
      // the user sets the file's Country column to "Do not import": its values must not leave
      new org.openqa.selenium.support.ui.Select(chromium.driver().findElement(
          By.cssSelector("select[aria-label='Country']"))).selectByVisibleText("Do not import");
      page.toReview();
      demo.backend().goDown(2_500);
      page.submit();
      await("delivered after the outage", () -> demo.backend().batches().size() == 3);
      Thread.sleep(1_000);
      assertEquals(3, demo.backend().batches().size(), "each of the 3 batches once");
      for (int i = 0; i < 3; i++) {
        assertEquals(i, ((Map<?, ?>) demo.backend().batches().get(i).get("batch")).get("index"));
        assertEquals(2, ((List<?>) demo.backend().batches().get(i).get("rows")).size());
        for (Object row : (List<?>) demo.backend().batches().get(i).get("rows")) {
          assertEquals("", ((Map<?, ?>) row).get("country"),
              "a column set to Do not import arrives empty: " + row);
          assertTrue(!((Map<?, ?>) row).containsKey("Country"),
              "and is not kept as an extra column either: " + row);
        }
      }
      JsonNode history = admin(demo, "v1/imports").get("imports").get(0);
      assertTrue(history.get("attempts").asInt() >= 2, history.toString());
    }
  }

  @Test
  void aTamperedBatchPostedStraightToTheRelayIsRejectedByServerSideValidation() throws Exception {
    try (Demo demo = start()) {
      String body = "{\"fileName\":\"x.csv\",\"batch\":{\"index\":0,\"count\":1,\"totalRows\":1},"
          + "\"rows\":[{\"name\":\"Mallory\",\"email\":\"mallory-at-evil\",\"plan\":\"root\"}]}";
      HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(demo.relay().url()
              + "v1/widget/imports/tampered-1/batches"))
          .header("X-Sluice-Importer-Key", demo.webhookKey())
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(422, r.statusCode(), r.body());
      JsonNode answer = JSON.readTree(r.body());
      assertEquals("BATCH_INVALID", answer.get("code").asText());
      assertEquals(Set.of("email:EMAIL_INVALID", "plan:ENUM_INVALID"), Set.of(
          answer.get("details").get("issues").get(0).get("column").asText() + ":"
              + answer.get("details").get("issues").get(0).get("code").asText(),
          answer.get("details").get("issues").get(1).get("column").asText() + ":"
              + answer.get("details").get("issues").get(1).get("code").asText()));
      Thread.sleep(500);
      assertEquals(0, demo.backend().batches().size());
    }
  }
}
