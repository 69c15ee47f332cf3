package dev.sluice.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The worker's file reading, both ways it reads: from the Blob's byte stream into one reused
 * buffer, and with Blob.slice where a browser's Blob stream is not a byte stream. Chromium, which
 * the other browser tests drive, always takes the first; this runs the worker's own {@code
 * readRange} in Node ({@code src/test/js/read-range.mjs}) with the stream taken away too. It reads
 * the worker's source, whose functions it finds by name: the shipped file is the same code minified.
 */
class WorkerReadRangeTest {

  @Test
  void bothWaysOfReadingAFileGiveItsTextBackWholeInSlices()
      throws IOException, InterruptedException {
    Process node = new ProcessBuilder("node", "src/test/js/read-range.mjs",
        "src/main/resources/sluice/sluice-worker.js").redirectErrorStream(true).start();
    String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    node.waitFor(60, TimeUnit.SECONDS);
    assertEquals("ok", out);
    assertEquals(0, node.exitValue(), out);
  }
}
