package dev.sluice.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sluice.bench.corpus.Corpus;
import org.junit.jupiter.api.Test;

/**
 * The smoke run CI makes of the benchmarks: every parser reads every (small) corpus file to the
 * same fields, so the side-by-side numbers compare the same work.
 */
class ParsePeersTest {
  @Test
  void everyParserReadsTheSameFieldsFromEveryCorpusFile() throws Exception {
    for (Corpus corpus : new Corpus[] {Corpus.CUSTOMERS, Corpus.USZIPS, Corpus.LITMUS_QUOTED,
        Corpus.LITMUS_STRINGS, Corpus.LITMUS_INTS}) {
      String text = corpus.text();
      long expected = ParsePeers.FASTCSV.parse(text);
      for (ParsePeers parser : ParsePeers.values()) {
        assertEquals(expected, parser.parse(text), parser + " on " + corpus);
      }
    }
  }
}
