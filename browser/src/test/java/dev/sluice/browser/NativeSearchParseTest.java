package dev.sluice.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.browser.testing.Chromium;
import dev.sluice.browser.testing.TestServer;
import dev.sluice.browser.testing.WidgetPage;
import dev.sluice.core.parse.CsvDocument;
import dev.sluice.core.parse.CsvFormat;
import dev.sluice.core.parse.CsvParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The engine in Chromium finds fields with JavaScript's native search (core's {@code CharSearch}
 * replaced in the browser build) and copies into its buffer only what its state machine reads;
 * it reads a file of every field shape the parser knows, two slices long, exactly as the
 * JVM's parser scanning its buffer does: the values handed to {@code onData} are the JVM's fields.
 */
class NativeSearchParseTest {

  /** A name-like value in one of the shapes a CSV field can take; never blank once read. */
  private static String field(Random random) {
    String word = word(random);
    return switch (random.nextInt(9)) {
      case 0 -> "\"" + word + ", " + word(random) + "\"";
      case 1 -> "\"" + word + " \"\"the " + word(random) + "\"\"\"";
      case 2 -> "\"" + word + (random.nextBoolean() ? "\n" : "\r\n") + word(random) + "\"";
      case 3 -> "\"" + word + "\"" + (random.nextBoolean() ? " " : "\t");
      case 4 -> word + "\"s " + word(random); // a stray quote, kept as written
      case 5 -> "\"" + word + "\"";
      case 6 -> " \"" + word + ", " + word(random) + "\""; // written with ", " between fields
      default -> word;
    };
  }

  private static String word(Random random) {
    String[] parts = {"Zoë", "Müller", "東京", "Åström", "O'Brien", "ann", "Lee", "x", "Ødegård"};
    return parts[random.nextInt(parts.length)] + random.nextInt(1000);
  }

  @Test
  void everyFieldShapeReadsInChromiumAsTheJvmReadsIt() throws Exception {
    Random random = new Random(11);
    StringBuilder csv = new StringBuilder("First name,Last name,Email,Plan,Region\r\n");
    String[] breaks = {"\n", "\r\n", "\r"};
    int rows = 64_000;
    for (int i = 0; i < rows; i++) {
      csv.append(field(random)).append(',').append(field(random)).append(",p").append(i)
          .append("@example.com,pro,").append(field(random))
          .append(breaks[random.nextInt(breaks.length)]);
    }
    Path file = Files.createTempFile("sluice-shapes", ".csv");
    Files.writeString(file, csv);
    // over the worker's slice of 4 MiB: a field split between slices, and a run of rows handed
    // over from two slices of the text (the page reads a value from either, or from the values
    // made for the hand-over)
    assertTrue(Files.size(file) > 4 << 20, "the file spans two of the worker's slices");
    CsvDocument.Collector jvm = new CsvDocument.Collector(Integer.MAX_VALUE);
    CsvParser.parse(csv.toString(), CsvFormat.RFC4180, jvm);
    List<List<Object>> expected = new ArrayList<>();
    for (String[] row : jvm.document().rows().subList(1, rows + 1)) {
      expected.add(List.of(row[0], row[1], row[4]));
    }
    try (TestServer pages = TestServer.pages(); Chromium chromium = new Chromium()) {
      WidgetPage page = new WidgetPage(chromium);
      page.open(pages.url() + "pages/widget.html?schema=people&batch=100000");
      page.upload(file);
      page.toMapping();
      page.toReview();
      page.submit();
      page.doneText();
      @SuppressWarnings("unchecked")
      List<List<Object>> received = (List<List<Object>>) page.js("return window.sluiceTest"
          + ".received.flatMap((b) => b.rows.map((r) => [r.first_name, r.last_name, r.region]))");
      assertEquals(rows, received.size());
      for (int i = 0; i < rows; i++) {
        assertEquals(expected.get(i), received.get(i), "row " + (i + 1));
      }
    } finally {
      Files.delete(file);
    }
  }
}
