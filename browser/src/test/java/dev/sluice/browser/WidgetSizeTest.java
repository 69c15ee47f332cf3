package dev.sluice.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The whole widget a host page loads (the engine, the page module, the worker and the CSS) stays
 * within issue 18's budget of 150,000 bytes gzipped at the highest level: every byte of it is
 * downloaded before a person can import anything. A build that grows past it fails here rather
 * than in a benchmark read later.
 */
class WidgetSizeTest {
  private static final int BUDGET = 150_000;

  @Test
  void theWidgetFitsItsGzippedBudget() throws IOException {
    Path dir = Path.of("target/classes/sluice");
    long total = 0;
    StringBuilder parts = new StringBuilder();
    for (String file : new String[] {"sluice-engine.js", "sluice.js", "sluice-worker.js",
        "sluice.css"}) {
      int size = gzipped(Files.readAllBytes(dir.resolve(file)));
      parts.append(file).append(' ').append(size).append(" B; ");
      total += size;
    }
    // the figures BENCHMARKS.md quotes: mvn -pl browser test -Dtest=WidgetSizeTest
    System.out.println("widget gzipped: " + parts + "total " + total + " B");
    assertTrue(total > 100_000, "the engine was built: " + parts);
    assertTrue(total <= BUDGET, "the widget is " + total + " B gzipped, over its " + BUDGET
        + " B budget: " + parts);
  }

  private static int gzipped(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
      {
        def.setLevel(Deflater.BEST_COMPRESSION);
      }
    }) {
      gzip.write(bytes);
    }
    return out.size();
  }
}
