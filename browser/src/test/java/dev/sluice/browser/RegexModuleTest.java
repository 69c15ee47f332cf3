package dev.sluice.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.re2j.LinearShape;
import com.google.re2j.Pattern;
import dev.sluice.browser.testing.Chromium;
import dev.sluice.browser.testing.TestServer;
import dev.sluice.browser.testing.WidgetPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Text patterns in the browser: the engine holds no regular expression engine; the worker, and
 * every helper that shares the import, loads {@code sluice-regex.js} (RE2J compiled on its own)
 * only for a schema with patterns, and it judges cells as RE2J on the JVM does.
 */
class RegexModuleTest {
  private static List<String> regexRequests(Chromium chromium) {
    return chromium.requests().stream().map(Chromium.Request::url)
        .filter(u -> u.endsWith("/sluice-regex.js")).toList();
  }

  @Test
  void aSchemaWithoutPatternsNeverLoadsTheRegexModule() throws Exception {
    try (TestServer pages = TestServer.pages(); Chromium chromium = new Chromium()) {
      WidgetPage page = new WidgetPage(chromium);
      page.open(pages.url() + "pages/widget.html?schema=events");
      page.upload(Path.of("src/test/resources/files/events.csv"));
      page.toMapping();
      page.toReview();
      assertTrue(page.summary().startsWith("2 rows"), page.summary());
      assertEquals(List.of(), regexRequests(chromium));
    }
  }

  @Test
  void patternsAreCheckedByTheEngineAndTheModuleAsRe2jChecksThemOnTheJvm() throws Exception {
    // the code's pattern has a shape (PatternShape), which the engine matches itself; the name's
    // has an alternative, which the module's RE2J matches: both are held to RE2J on the JVM
    Pattern code = Pattern.compile("[A-Z]{2}-\\d{4}");
    Pattern name = Pattern.compile("Item (\\d+|x\\d+)");
    assertNotNull(LinearShape.of(code.pattern()));
    assertNull(LinearShape.of(name.pattern()));
    String[] shapes = {"AB-1234", "ab-1234", "XY-99", "CD-56789", "ÄB-1234", "EF-0000", "GH_1234",
        "IJ-12a4", "KL-4321", "MN-\uD83D\uDE00123", "OP-1\u0663\u0664\u0665"};
    String[] names = {"Item ", "Item x", "Item z", "Item  "};
    Random random = new Random(3);
    StringBuilder csv = new StringBuilder("Code,Name\n");
    int rows = 20_000;
    int invalid = 0;
    for (int i = 0; i < rows; i++) {
      String value = shapes[random.nextInt(shapes.length)];
      String itemName = names[random.nextInt(names.length)] + i;
      csv.append(value).append(',').append(itemName).append('\n');
      invalid += code.matcher(value).matches() && name.matcher(itemName).matches() ? 0 : 1;
    }
    Path file = Files.createTempFile("sluice-codes", ".csv");
    Files.writeString(file, csv);
    try (TestServer pages = TestServer.pages(); Chromium chromium = new Chromium()) {
      WidgetPage page = new WidgetPage(chromium);
      // three workers and small ranges: the helpers check parts of the rows with patterns too
      page.open(pages.url() + "pages/widget.html?schema=codes&workers=3&minRange=4096");
      page.upload(file);
      page.toMapping();
      page.toReview();
      String expected = String.format(Locale.US, "%,d rows, %,d with errors", rows, invalid);
      page.waiter().until(d -> page.summary().startsWith(expected));
      String first = page.cellText(0, 0);
      String message = page.cellAttribute(0, 0, "aria-description");
      assertEquals(code.matcher(first).matches(), message == null || !message.contains("expected"),
          first + ": " + message);
      assertTrue(regexRequests(chromium).size() >= 1, "the module was loaded");
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
