package dev.sluice.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.browser.testing.Chromium;
import dev.sluice.browser.testing.TestServer;
import dev.sluice.browser.testing.WidgetPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rows handed to {@code onData} come from the worker in chunks of 5,000 whose made values and
 * offsets the worker copies into buffers the page gave back from earlier chunks, and which the
 * engine writes into the same arrays chunk after chunk: every row handed over is still exactly
 * its own, across many chunks, with values as written, values made (normal forms) and blank ones.
 */
class HandOverTest {

  @Test
  void rowsHandedOverInManyChunksEachCarryTheirOwnValues() throws Exception {
    int rows = 32_000; // seven chunks: the fourth on is written into buffers given back
    StringBuilder csv = new StringBuilder("Id,First name,Last name,Company,City,Country,Phone,"
        + "Email,Subscribed,Website,Plan,Amount\n");
    List<List<Object>> expected = new ArrayList<>();
    String[] plans = {"free", "pro", "team"};
    for (int i = 0; i < rows; i++) {
      int digits = 1000 + i % 9000;
      // blank cells (in rows of every chunk, in columns between values as written and values made)
      String company = i % 3 == 0 ? "" : "Firm " + i;
      String city = i % 7 == 0 ? "" : "Zürich " + (i % 50);
      // written long in some rows and short in others, so that a value left over from an earlier
      // chunk's offsets would show
      String last = i % 2 == 0 ? "Lee" : "Müller-Lüdenscheidt " + i;
      csv.append(i + 1).append(",Ann").append(i).append(',').append(last).append(',')
          .append(company).append(',').append(city).append(",DE,+1 (212) 555-").append(digits)
          .append(",C").append(i).append("@Example.com,2024-0").append(1 + i % 9).append("-1")
          .append(i % 10).append(",https://example.org/").append(i).append(',')
          .append(plans[i % 3]).append(',').append(i % 1000).append('.').append(i % 100 / 10)
          .append('\n');
      expected.add(List.of(Integer.toString(i + 1), "Ann" + i, last, company, city,
          "+1212555" + digits, "C" + i + "@example.com")); // the domain lower-cased
    }
    Path file = Files.createTempFile("sluice-handover", ".csv");
    Files.writeString(file, csv);
    try (TestServer pages = TestServer.pages(); Chromium chromium = new Chromium()) {
      WidgetPage page = new WidgetPage(chromium);
      page.open(pages.url() + "pages/widget.html?schema=customers");
      page.upload(file);
      page.toMapping();
      page.toReview();
      assertTrue(page.summary().startsWith("32,000 rows, 0 with errors"), page.summary());
      page.submit();
      page.doneText();
      @SuppressWarnings("unchecked")
      List<List<Object>> received = (List<List<Object>>) page.js("return window.sluiceTest"
          + ".received.flatMap((b) => b.rows.map((r) => [r.id, r.first_name, r.last_name, "
          + "r.company, r.city, r.phone, r.email]))");
      assertEquals(rows, received.size());
      for (int i = 0; i < rows; i++) {
        assertEquals(expected.get(i), received.get(i), "row " + (i + 1));
      }
    } finally {
      Files.delete(file);
    }
  }
}
