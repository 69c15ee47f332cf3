package dev.sluice.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.browser.testing.Chromium;
import dev.sluice.browser.testing.TestServer;
import dev.sluice.browser.testing.WidgetPage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Rows handed over with their errors under the include_flagged policy, in real Chromium: onData
 * gets each flagged row's errors under {@code _errors}; the relay, which checks the rows again and
 * flags them itself, gets the rows alone.
 */
class FlaggedRowsTest {
  /** Bob's and Dee's plans are no option of the people schema. */
  private static final Path PEOPLE = Path.of("src/test/resources/files/people.csv");

  private static void importPeople(WidgetPage page) {
    page.upload(PEOPLE);
    page.toMapping();
    page.toValues(); // the unknown plans stay unmapped: errors
    page.toReview();
    page.submit();
  }

  @Test
  void onDataGetsAFlaggedRowsErrorsUnderErrors() throws Exception {
    try (TestServer pages = TestServer.pages(); Chromium chromium = new Chromium()) {
      WidgetPage page = new WidgetPage(chromium);
      page.open(pages.url() + "pages/widget.html?schema=people&policy=include_flagged");
      importPeople(page);
      List<?> rows = (List<?>) page.received().get(0).get("rows");
      assertEquals(4, rows.size(), "flagged rows are handed over too");
      Map<?, ?> anna = (Map<?, ?>) rows.get(0);
      Map<?, ?> bob = (Map<?, ?>) rows.get(1);
      assertNull(anna.get("_errors"), "a valid row carries no errors");
      List<?> errors = (List<?>) bob.get("_errors");
      assertEquals(1, errors.size(), String.valueOf(errors));
      assertEquals("plan", ((Map<?, ?>) errors.get(0)).get("column"));
      assertTrue(String.valueOf(((Map<?, ?>) errors.get(0)).get("code")).startsWith("ENUM_INVALID"),
          String.valueOf(errors));
    }
  }

  @Test
  void theRelayGetsFlaggedRowsWithoutTheirErrorsInWebhookMode() throws Exception {
    try (TestServer pages = TestServer.pages(); TestServer relay = TestServer.recorder();
        Chromium chromium = new Chromium()) {
      WidgetPage page = new WidgetPage(chromium);
      page.open(pages.url() + "pages/widget.html?schema=people&policy=include_flagged"
          + "&mode=webhook&relay=" + relay.url().replace(":", "%3A").replace("/", "%2F"));
      importPeople(page);
      TestServer.Recorded posted = relay.recorded().stream()
          .filter(r -> r.method().equals("POST") && r.path().contains("/batches")).findFirst()
          .orElseThrow();
      JsonNode rows = new ObjectMapper().readTree(posted.body()).get("rows");
      assertEquals(4, rows.size(), posted.body());
      for (JsonNode row : rows) {
        assertFalse(row.has("_errors"), "the relay checks the rows again: " + row);
      }
      assertEquals("Gold", rows.get(1).get("plan").asText(), "the value as the user left it");
    }
  }
}
