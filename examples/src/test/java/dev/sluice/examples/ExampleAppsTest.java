package dev.sluice.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.browser.testing.Chromium;
import dev.sluice.browser.testing.TestServer;
import dev.sluice.browser.testing.WidgetPage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/**
 * The React and Vue example apps, as Vite built them from the npm package, in headless Chromium:
 * the component opens the widget from the app's button, a file's rows reach the component's
 * onData, and in callback mode no request leaves the app's own origin, none carries a cell.
 */
class ExampleAppsTest {

  @ParameterizedTest
  @CsvSource({"react-vite, '', Imported 2 rows., false",
      "vue-vite, ?lang=de, 2 Zeilen importiert., true"})
  void aFileImportedThroughTheComponentReachesOnDataAndNothingLeavesThePage(String app,
      String query, String done, boolean patterns) throws Exception {
    Path dist = Path.of(app, "dist");
    assertTrue(Files.isRegularFile(dist.resolve("index.html")), "built by build.sh: " + dist);
    Path file = Files.createTempFile("contacts", ".csv");
    Files.writeString(file, "Name,Email,Plan\nAnna Qzv1,anna.qzv@example.com,free\n"
        + "Bob Qzv2,bob.qzv@example.com,gold\nCy Qzv3,cy.qzv@example.com,pro\n",
        StandardCharsets.UTF_8);
    try (TestServer server = TestServer.directory(dist); Chromium chromium = new Chromium()) {
      WidgetPage page = new WidgetPage(chromium);
      chromium.driver().get(server.url() + query);
      page.startWith(By.id("import"));
      page.upload(file);
      page.toMapping();
      page.toValues(); // "gold" is no plan: left as it is, and the row excluded
      page.toReview();
      page.submit();
      assertEquals(done, page.doneText(), "in the app's language, its module from the app's build");
      assertEquals(2L, page.js("return window.exampleRows"));
      assertEquals(List.of("name", "email", "plan"), page.js("return window.exampleColumns"));
      page.waiter().until(d -> d.findElement(By.id("received")).getText()
          .equals("2 rows received"));

      for (Chromium.Request request : chromium.requests()) {
        assertTrue(request.url().startsWith(server.url()) || request.url().startsWith("blob:")
            || request.url().startsWith("data:"), "a request away from the app: " + request.url());
        assertFalse(request.url().toLowerCase().contains("qzv"), request.url());
      }
      assertTrue(chromium.requests().stream().anyMatch(r -> r.url().contains("sluice-worker")),
          "the worker came from the app's own build");
      // the Vue app's schema has a pattern: the regular expression module came from its build too
      assertEquals(patterns, chromium.requests().stream()
          .anyMatch(r -> r.url().contains("sluice-regex")), "the regex module was fetched");
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
