package dev.sluice.bench;

import dev.sluice.bench.corpus.Corpus;
import dev.sluice.core.flow.ImportSession;
import dev.sluice.core.parse.CsvFormat;
import dev.sluice.core.parse.CsvParser;
import dev.sluice.core.schema.Importer;
import dev.sluice.core.validate.Summary;
import dev.sluice.core.validate.ValidationSession;
import dev.sluice.jvm.JdkSha256;
import dev.sluice.jvm.SchemaJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: what the CLI and the relay do with a file, parse into the import table and validate every
 * cell, row rule and unique column, on the same corpus as {@link ParseBenchmark} and with the
 * browser benchmark's schemas (so the JVM and browser rows measure the same work).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class ValidateBenchmark {
  /** The corpus file. */
  @Param({"CUSTOMERS", "USZIPS", "LITMUS_QUOTED", "LITMUS_STRINGS", "LITMUS_INTS",
      "CONTACTS_MIXED"})
  public Corpus corpus;

  private String text;
  private Importer importer;

  /** Generates the corpus and reads its schema once per trial. */
  @Setup
  public void generate() {
    text = corpus.text();
    importer = schema(corpus);
  }

  /** One parse into the table and one full validation. */
  @Benchmark
  public Summary parseAndValidate() {
    return parseAndValidate(text, importer);
  }

  /** Parses a text with a header row into the importer's table and validates all of it. */
  static Summary parseAndValidate(String text, Importer importer) {
    ImportSession flow = new ImportSession(importer, JdkSha256.INSTANCE);
    ParsePeers.feedInSlices(new CsvParser(CsvFormat.RFC4180,
        flow.beginLoad(0, null, '"', n -> "column " + n)), text);
    flow.finishLoad();
    flow.suggestMapping(null);
    return flow.validate().summary();
  }

  /** The benchmark schema of a corpus file. */
  static Importer schema(Corpus corpus) {
    String name = "/bench/schemas/" + corpus.schema() + ".json";
    try (InputStream in = ValidateBenchmark.class.getResourceAsStream(name)) {
      return SchemaJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
