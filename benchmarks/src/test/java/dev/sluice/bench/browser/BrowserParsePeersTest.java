package dev.sluice.bench.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.bench.corpus.Corpus;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The smoke run CI makes of the browser side by side: the page starts in real Chromium, every
 * contender (Sluice's engine, the same engine served as a build to compare with, the four npm
 * peers, and uDSV's rows checked by the hand-written validator) parses a small corpus file to the
 * same number of rows, and the table is written. Not a measurement: one short round each.
 */
class BrowserParsePeersTest {
  @Test
  void everyContenderReadsEveryRowOfASmallFileInEveryRound() throws Exception {
    List<BrowserParsePeers.Result> results = BrowserParsePeers.run(List.of(Corpus.LITMUS_INTS), 1, 2,
        Path.of("browser/node_modules"), Path.of("target/no-wasm-gc-build"),
        Path.of("../browser/target/classes/sluice"));
    Set<String> contenders = results.stream().map(BrowserParsePeers.Result::contender)
        .collect(Collectors.toSet());
    assertEquals(Set.of("sluice-parse", "sluice-parse-validate", "udsv",
        "udsv-typed", "udsv-js-validate", "papaparse", "d3-dsv", "csv-simple-parser", "compare-parse",
        "compare-parse-validate"), contenders);
    for (BrowserParsePeers.Result r : results) {
      assertEquals(Corpus.LITMUS_INTS.rows(), r.rows(), r.contender());
      // two rounds of at least five runs each, pooled
      assertTrue(r.millis().length >= 10 && r.median() > 0, r.contender());
    }
    // the hand-written validator finds what Sluice finds in this file: no row with an error
    for (String validating : List.of("sluice-parse-validate", "udsv-js-validate")) {
      assertEquals(List.of(0), results.stream().filter(r -> r.contender().equals(validating))
          .map(BrowserParsePeers.Result::errorRows).distinct().toList(), validating);
    }
    String table = BrowserParsePeers.table(results);
    assertTrue(table.contains("| udsv |") && table.contains("1.00x"), table);
  }
}
