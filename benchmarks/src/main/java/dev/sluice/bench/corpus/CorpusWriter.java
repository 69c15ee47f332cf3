package dev.sluice.bench.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the corpus as UTF-8 files into a directory (default {@code benchmarks/target/corpus}) and
 * prints each file's size; the browser benchmark page reads them from there.
 */
public final class CorpusWriter {
  private CorpusWriter() {
  }

  /** {@code [directory]}. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "benchmarks/target/corpus");
    Files.createDirectories(dir);
    for (Corpus c : Corpus.values()) {
      byte[] bytes = c.text().getBytes(StandardCharsets.UTF_8);
      Files.write(dir.resolve(c.name().toLowerCase() + ".csv"), bytes);
      System.out.printf("%-15s %9d rows %10d bytes%n", c.name(), c.rows(), bytes.length);
    }
  }
}
