package dev.sluice.bench;

import dev.sluice.bench.corpus.Corpus;
import java.io.IOException;
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
 * JMH: Sluice's parser against FastCSV, univocity, Commons CSV and OpenCSV on the generated
 * corpus, whole text in memory, every field materialised. See BENCHMARKS.md for the command.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class ParseBenchmark {
  /** The corpus file. */
  @Param({"CUSTOMERS", "USZIPS", "LITMUS_QUOTED", "LITMUS_STRINGS", "LITMUS_INTS"})
  public Corpus corpus;

  /** The parser. */
  @Param({"SLUICE", "FASTCSV", "UNIVOCITY", "COMMONS_CSV", "OPENCSV"})
  public ParsePeers parser;

  private String text;

  /** Generates the corpus once per trial. */
  @Setup
  public void generate() {
    text = corpus.text();
  }

  /** One full parse. */
  @Benchmark
  public long parse() throws IOException {
    return parser.parse(text);
  }
}
