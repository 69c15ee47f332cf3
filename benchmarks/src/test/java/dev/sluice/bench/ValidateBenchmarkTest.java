package dev.sluice.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sluice.bench.corpus.Corpus;
import dev.sluice.core.validate.Summary;
import org.junit.jupiter.api.Test;

/**
 * The smoke run of the JVM parse + validate benchmark: every generated row is read and passes its
 * schema, so the benchmark times validation of good data rather than the building of errors.
 */
class ValidateBenchmarkTest {
  @Test
  void everyCorpusFileValidatesCleanAgainstItsSchema() {
    for (Corpus corpus : new Corpus[] {Corpus.CUSTOMERS, Corpus.USZIPS, Corpus.LITMUS_QUOTED,
        Corpus.LITMUS_STRINGS, Corpus.LITMUS_INTS, Corpus.CONTACTS_MIXED}) {
      Summary summary = ValidateBenchmark.parseAndValidate(corpus.text(),
          ValidateBenchmark.schema(corpus));
      assertEquals(corpus.rows(), summary.rows(), corpus + " rows");
      assertEquals(0, summary.errorRows(), corpus + " rows with errors");
    }
  }
}
