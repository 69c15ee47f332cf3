package dev.sluice.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.browser.testing.Chromium;
import dev.sluice.browser.testing.TestServer;
import dev.sluice.browser.testing.WidgetPage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The promise of callback mode, checked in real Chromium: a file full of unique markers is
 * imported, and no marker appears in any URL, header or body of any request the page made; the
 * only request to the relay is the metadata record.
 */
class CallbackModePrivacyTest {
  private static final Path MARKERS = Path.of("src/test/resources/files/markers.csv");
  private static final Set<String> ALLOWED_FIELDS = Set.of("importId", "importerKey", "fileName",
      "rows", "columns", "errors", "importedRows", "excludedRows", "status", "date", "userId",
      "metadata");

  private static boolean leaks(String text) {
    return text != null && text.toLowerCase().contains("zqx");
  }

  @Test
  void noCellOrHeaderLeavesThePageAndOnlyMetadataReachesTheRelay() throws Exception {
    try (TestServer pages = TestServer.pages(); TestServer relay = TestServer.recorder();
        Chromium chromium = new Chromium()) {
      WidgetPage page = new WidgetPage(chromium);
      page.open(pages.url() + "pages/widget.html?policy=exclude&relay="
          + relay.url().replace(":", "%3A").replace("/", "%2F"));
      page.upload(MARKERS);
      page.toMapping();
      page.toReview();
      assertTrue(page.summary().contains("41"), page.summary());
      page.submit();
      chromium.screenshot("privacy-done");

      List<Map<String, Object>> received = page.received();
      assertEquals(1, received.size());
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> rows = (List<Map<String, Object>>) received.get(0).get("rows");
      assertEquals(40, rows.size(), "the invalid row is excluded");
      assertEquals("Person ZQX0001A", rows.get(0).get("name"), "rows reach onData");

      page.waiter().until(d -> relay.recorded().stream().anyMatch(r -> r.method().equals("POST")));
      for (Chromium.Request request : chromium.requests()) {
        assertFalse(leaks(request.url()), "marker in URL " + request.url());
        for (String header : request.headers()) {
          assertFalse(leaks(header), "marker in a header of " + request.url());
        }
      }
      Set<String> relayCalls = new TreeSet<>();
      for (Chromium.Request request : chromium.requests()) {
        if (request.url().startsWith(relay.url())) {
          relayCalls.add(request.method() + " " + request.url().substring(relay.url().length()));
        }
        assertTrue(request.url().startsWith(pages.url()) || request.url().startsWith(relay.url())
            || request.url().startsWith("blob:") || request.url().startsWith("data:"),
            "request to an unexpected place: " + request.url());
      }
      assertEquals(Set.of("OPTIONS v1/widget/imports", "POST v1/widget/imports"), relayCalls);

      List<TestServer.Recorded> recorded = relay.recorded();
      for (TestServer.Recorded r : recorded) {
        assertFalse(leaks(r.body()), "marker in a body sent to the relay");
        assertFalse(leaks(r.path()), "marker in a path sent to the relay");
      }
      TestServer.Recorded post = recorded.stream().filter(r -> r.method().equals("POST"))
          .findFirst().orElseThrow();
      JsonNode record = new ObjectMapper().readTree(post.body());
      Set<String> fields = new TreeSet<>();
      record.fieldNames().forEachRemaining(fields::add);
      assertEquals(new TreeSet<>(ALLOWED_FIELDS), fields);
      assertEquals("markers.csv", record.get("fileName").asText());
      assertEquals(41, record.get("rows").asInt());
      assertEquals(1, record.get("errors").asInt());
      assertEquals(6, record.get("columns").asInt());
      assertEquals("submitted", record.get("status").asText());
      assertEquals("user-42", record.get("userId").asText());
      assertEquals("pk_test_123", record.get("importerKey").asText());
    }
  }

  @Test
  void valueMappingCustomFieldsColumnToolsAndHooksSendNothingHomeEither() throws Exception {
    try (TestServer pages = TestServer.pages(); TestServer relay = TestServer.recorder();
        Chromium chromium = new Chromium()) {
      WidgetPage page = new WidgetPage(chromium);
      page.open(pages.url() + "pages/widget.html?schema=people&policy=exclude&hooks=sync,rows"
          + "&relay=" + relay.url().replace(":", "%3A").replace("/", "%2F"));
      page.upload(Path.of("src/test/resources/files/people-markers.csv"));
      page.toMapping();
      var driver = chromium.driver();
      page.js("const s = document.querySelector(\"select[data-header='3']\"); s.selectedIndex ="
          + " [...s.options].findIndex((o) => o.dataset.keep === 'custom');"
          + " s.dispatchEvent(new Event('change'))");
      page.toValues();
      new org.openqa.selenium.support.ui.Select(driver.findElement(By.cssSelector(
          ".sluice-values select"))).selectByValue("pro");
      page.toReview();
      page.waiter().until(d -> page.summary().startsWith("3 rows, 2 with errors"));
      page.js("document.querySelector('[data-testid=column-tools]').open = true");
      new org.openqa.selenium.support.ui.Select(driver.findElement(By.cssSelector(
          "[data-testid=op-into-second]"))).selectByValue("last_name");
      driver.findElement(By.cssSelector("[data-testid=op-apply]")).click();
      page.waiter().until(d -> "Zqxberg".equals(page.cellText(0, 1)));
      // the row hook checks the split rows again: the team plan now has its last name
      page.waiter().until(d -> page.summary().startsWith("3 rows, 1 with errors"));
      page.submit();

      List<?> rows = (List<?>) page.received().get(0).get("rows");
      assertEquals(2, rows.size(), "the row a hook flagged is excluded");
      Map<?, ?> first = (Map<?, ?>) rows.get(0);
      assertEquals("pro", first.get("plan"));
      assertEquals(Map.of("Team ZQXH", "Zqxred"), first.get("customFields"));
      assertEquals("EU", first.get("region"), "filled by the row hook");

      page.waiter().until(d -> relay.recorded().stream().anyMatch(r -> r.method().equals("POST")));
      for (Chromium.Request request : chromium.requests()) {
        assertFalse(leaks(request.url()), "marker in URL " + request.url());
        for (String header : request.headers()) {
          assertFalse(leaks(header), "marker in a header of " + request.url());
        }
      }
      for (TestServer.Recorded r : relay.recorded()) {
        assertFalse(leaks(r.body()), "marker in a body sent to the relay");
        assertFalse(leaks(r.path()), "marker in a path sent to the relay");
      }
      TestServer.Recorded post = relay.recorded().stream().filter(r -> r.method().equals("POST"))
          .findFirst().orElseThrow();
      Set<String> fields = new TreeSet<>();
      new ObjectMapper().readTree(post.body()).fieldNames().forEachRemaining(fields::add);
      assertEquals(new TreeSet<>(ALLOWED_FIELDS), fields);
    }
  }

  @Test
  void withoutARelayUrlTheWidgetMakesNoRequestBeyondLoadingItself() throws Exception {
    try (TestServer pages = TestServer.pages(); Chromium chromium = new Chromium()) {
      WidgetPage page = new WidgetPage(chromium);
      page.open(pages.url() + "pages/widget.html?policy=exclude");
      page.upload(MARKERS);
      page.toMapping();
      page.toReview();
      page.submit();
      assertEquals(40, ((List<?>) page.received().get(0).get("rows")).size());
      for (Chromium.Request request : chromium.requests()) {
        assertFalse(leaks(request.url()), request.url());
        assertTrue(request.url().startsWith(pages.url() + "pages/")
            || request.url().startsWith(pages.url() + "sluice/")
            || request.url().startsWith(pages.url() + "favicon"),
            "unexpected request " + request.method() + " " + request.url());
      }
    }
  }

  @Test
  void theSchemaCanComeFromTheRelayByImporterKey() throws Exception {
    String schema = java.nio.file.Files.readString(
        Path.of("src/test/resources/pages/contacts.schema.json"))
        .replace("\"name\": \"contacts\",", "\"name\": \"contacts\", \"invalidRowPolicy\": \"exclude\",");
    try (TestServer pages = TestServer.pages();
        TestServer relay = TestServer.recorder().serveSchema(schema);
        Chromium chromium = new Chromium()) {
      WidgetPage page = new WidgetPage(chromium);
      page.open(pages.url() + "pages/widget.html?policy=exclude&schemaFromRelay=1&relay="
          + relay.url().replace(":", "%3A").replace("/", "%2F"));
      page.upload(MARKERS);
      page.toMapping();
      page.toReview();
      page.submit();
      TestServer.Recorded get = relay.recorded().stream()
          .filter(r -> r.method().equals("GET")).findFirst().orElseThrow();
      assertEquals("/v1/widget/schema", get.path());
      assertEquals(List.of("pk_test_123"), get.headers().get("X-sluice-importer-key"));
      for (TestServer.Recorded r : relay.recorded()) {
        assertFalse(leaks(r.body()), "marker in a body sent to the relay");
      }
    }
  }
}
