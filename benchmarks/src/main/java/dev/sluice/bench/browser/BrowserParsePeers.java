package dev.sluice.bench.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.sluice.bench.corpus.Corpus;
import dev.sluice.browser.testing.ChromeTrace;
import dev.sluice.browser.testing.Chromium;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The browser side by side of issue 7: Sluice's TeaVM engine (parse into the table, parse +
 * validate) and the best JavaScript CSV parsers (uDSV, PapaParse, d3-dsv,
 * csv-simple-parser, from {@code benchmarks/browser/node_modules}) parse the same generated text
 * in real headless Chromium, each contender in a fresh load of the same page, in the same run.
 *
 * <pre>
 *   npm ci --prefix benchmarks/browser
 *   mvn -q -B -DskipTests install -pl benchmarks -am
 *   java -cp "benchmarks/target/classes:$(cat benchmarks/target/bench-classpath.txt)" \
 *     dev.sluice.bench.browser.BrowserParsePeers [--min-ms 2000] [--corpora CUSTOMERS,USZIPS] \
 *     [--rounds 3]
 * </pre>
 *
 * <p>With {@code --rounds N}, every contender runs N times in turn on each corpus file (each time
 * for the minimum time, in a fresh page; each round in a fresh browser), and its runs are pooled:
 * the machine's drift over the minutes of a run then falls on every contender alike instead of on
 * whichever ran in a slow spell (two builds of the same engine measured one after the other
 * differed by half on a small file), and the rounds sample several of V8's random heap layouts.
 *
 * <p>Built with {@code -Pwasm-experiment} (browser and benchmarks), the page also runs the parse
 * and validate calls compiled to WebAssembly with GC, served from {@code browser/target/wasm-gc}
 * ({@code --wasm-gc DIR}).
 *
 * <p>With {@code --compare DIR} (a directory holding another build's {@code sluice-engine.js} and
 * {@code sluice-regex.js}, such as an older commit's {@code browser/target/classes/sluice}), the
 * page also runs that build's parse and parse + validate ({@code compare-parse}, {@code
 * compare-parse-validate}): two builds of the engine side by side in the same run.
 *
 * <p>With {@code --only A,B}, only those contenders run. With {@code --trace SECONDS}, each
 * round's browser writes a Chrome trace of its first SECONDS with V8's samples to {@code
 * benchmarks/target/peers-trace-ROUND.json}, for {@code benchmarks/browser/trace-profile.mjs}
 * (self time per function in Chromium itself, whose V8 differs from Node's: a build with {@code
 * -Dsluice.teavm.minifying=false} names the engine's functions), e.g. {@code --corpora uszips
 * --only sluice-parse --min-ms 8000 --trace 40} (the trace is written when its time is over or
 * the round's browser closes: give it the whole round).
 *
 * <p>Prints a Markdown table of medians (MiB/s of the UTF-8 file, rows/s, ratio to uDSV) and
 * writes it to {@code benchmarks/target/browser-peers.md}.
 */
public final class BrowserParsePeers {
  /** The measured runs of one contender on one corpus file. */
  public record Result(Corpus corpus, String contender, long bytes, int rows, Integer errorRows,
      double[] millis) {
    /** The median run in milliseconds. */
    public double median() {
      double[] sorted = millis.clone();
      Arrays.sort(sorted);
      int n = sorted.length;
      return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** MiB of the UTF-8 file per second, at the median. */
    public double mibPerSecond() {
      return bytes / 1048576.0 / (median() / 1000);
    }
  }

  private BrowserParsePeers() {}

  /** Runs the comparison; see the class comment for the arguments. */
  public static void main(String[] args) throws Exception {
    int minMs = 2000;
    Path nodeModules = Path.of("benchmarks/browser/node_modules");
    Path wasmGc = Path.of("browser/target/wasm-gc");
    Path compare = null;
    int rounds = 1;
    int traceSeconds = 0;
    List<String> only = null;
    List<Corpus> corpora = List.of(Corpus.CUSTOMERS, Corpus.USZIPS, Corpus.LITMUS_QUOTED,
        Corpus.LITMUS_STRINGS, Corpus.LITMUS_INTS);
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--min-ms" -> minMs = Integer.parseInt(args[++i]);
        case "--node-modules" -> nodeModules = Path.of(args[++i]);
        case "--wasm-gc" -> wasmGc = Path.of(args[++i]);
        case "--compare" -> compare = Path.of(args[++i]);
        case "--rounds" -> rounds = Math.max(1, Integer.parseInt(args[++i]));
        case "--trace" -> traceSeconds = Integer.parseInt(args[++i]);
        case "--only" -> only = Arrays.stream(args[++i].split(",")).map(String::trim).toList();
        case "--corpora" -> corpora = Arrays.stream(args[++i].split(","))
            .map(s -> Corpus.valueOf(s.trim().toUpperCase(Locale.ROOT))).toList();
        default -> {
          System.err.println("unknown argument " + args[i]
              + " (use --min-ms N, --node-modules DIR, --wasm-gc DIR, --compare DIR,"
              + " --corpora A,B, --rounds N, --only A,B, --trace SECONDS)");
          System.exit(2);
        }
      }
    }
    if (compare != null && !Files.isRegularFile(compare.resolve("sluice-engine.js"))) {
      System.err.println("--compare " + compare + " holds no sluice-engine.js");
      System.exit(2);
    }
    List<Result> results = run(corpora, minMs, rounds, nodeModules, wasmGc, compare, only,
        traceSeconds);
    String table = table(results);
    System.out.println(table);
    Path out = Path.of("benchmarks/target/browser-peers.md");
    if (Files.isDirectory(out.getParent())) {
      Files.writeString(out, table);
    }
  }

  /**
   * Measures every contender on every corpus file, {@code rounds} turns each (a browser of its
   * own per round, a page of its own per turn), their runs pooled.
   */
  public static List<Result> run(List<Corpus> corpora, int minMs, int rounds, Path nodeModules,
      Path wasmGc, Path compare) throws Exception {
    return run(corpora, minMs, rounds, nodeModules, wasmGc, compare, null, 0);
  }

  /**
   * {@link #run}, with only the contenders named in {@code only} (all when null) and, when {@code
   * traceSeconds > 0}, a Chrome trace of each round's browser (see the class comment).
   */
  public static List<Result> run(List<Corpus> corpora, int minMs, int rounds, Path nodeModules,
      Path wasmGc, Path compare, List<String> only, int traceSeconds) throws Exception {
    if (!Files.isDirectory(nodeModules.resolve("udsv"))) {
      throw new IllegalStateException("The JavaScript peers are not installed in " + nodeModules
          + ": run npm ci --prefix benchmarks/browser first.");
    }
    List<Result> results = new ArrayList<>();
    try (Site site = new Site(nodeModules, wasmGc, compare)) {
      List<String> contenders = null;
      for (Corpus corpus : corpora) {
        byte[] file = corpus.text().getBytes(StandardCharsets.UTF_8);
        site.corpus.put(corpus.name(), file);
        Map<String, Result> pooled = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
          // a fresh browser per round: V8 lays out its heap and code at random addresses once per
          // process, and on these machines the same build ran 1.7-2.5x slower under some layouts
          // than others (all of one browser's pages alike), so rounds in one browser pooled one
          // draw; rounds in browsers of their own pool several
          Path trace = Path.of("benchmarks/target/peers-trace-" + (round + 1) + ".json")
              .toAbsolutePath();
          if (traceSeconds > 0) {
            Files.deleteIfExists(trace);
          }
          try (Chromium chromium = traceSeconds > 0
              ? new Chromium(ChromeTrace.switches(trace, traceSeconds, true)) : new Chromium()) {
            JavascriptExecutor js = chromium.driver();
            chromium.driver().manage().timeouts().scriptTimeout(java.time.Duration.ofMinutes(10));
            for (int i = 0; contenders == null || i < contenders.size(); i++) {
              // a fresh page per contender: none runs on a heap another one left behind (run
              // after the Wasm GC build's imports in the same page, uDSV took 86 ms instead of 39)
              chromium.driver().get(site.url() + "bench/index.html");
              js.executeAsyncScript("const done = arguments[0];"
                  + "(function wait() { window.bench ? done(true) : setTimeout(wait, 20); })();");
              if (contenders == null) {
                @SuppressWarnings("unchecked")
                List<String> names = (List<String>) js.executeScript(
                    "return window.bench.contenders");
                contenders = only == null ? names
                    : names.stream().filter(only::contains).toList();
                if (contenders.isEmpty()) {
                  throw new IllegalArgumentException("--only names none of " + names);
                }
              }
              pool(pooled, corpus, file, contenders.get(i), measure(js, corpus,
                  contenders.get(i), minMs));
            }
          }
        }
        results.addAll(pooled.values());
        site.corpus.remove(corpus.name());
      }
    }
    return results;
  }

  /** One contender's runs on a corpus file, in the page open. */
  private static Map<String, Object> measure(JavascriptExecutor js, Corpus corpus,
      String contender, int minMs) {
    js.executeAsyncScript("window.bench.load(arguments[0], arguments[1]).then(arguments[2])",
        "/corpus/" + corpus.name() + ".csv", "/schemas/" + corpus.schema() + ".json");
    @SuppressWarnings("unchecked")
    Map<String, Object> r = (Map<String, Object>) js.executeAsyncScript(
        "window.bench.run(arguments[0], arguments[1]).then(arguments[2],"
            + " e => arguments[2]({error: String(e && e.stack || e)}))", contender, minMs);
    if (r.get("error") != null) {
      throw new IllegalStateException(contender + " on " + corpus + ": " + r.get("error"));
    }
    return r;
  }

  /** Adds a contender's runs of one round to those of the rounds before. */
  private static void pool(Map<String, Result> pooled, Corpus corpus, byte[] file,
      String contender, Map<String, Object> r) {
    @SuppressWarnings("unchecked")
    List<Number> times = (List<Number>) r.get("times");
    Number errorRows = (Number) r.get("errorRows");
    double[] millis = times.stream().mapToDouble(Number::doubleValue).toArray();
    Result before = pooled.get(contender);
    if (before != null) {
      double[] all = Arrays.copyOf(before.millis(), before.millis().length + millis.length);
      System.arraycopy(millis, 0, all, before.millis().length, millis.length);
      millis = all;
    }
    Result result = new Result(corpus, contender, file.length,
        ((Number) r.get("rows")).intValue(),
        errorRows == null ? null : errorRows.intValue(), millis);
    pooled.put(contender, result);
    System.err.printf(Locale.ROOT, "%s %-22s median %8.1f ms (%d runs)%n", corpus,
        contender, result.median(), millis.length);
  }

  /** The results as Markdown: one table per corpus file, ratio to uDSV's string parse. */
  public static String table(List<Result> results) {
    StringBuilder sb = new StringBuilder();
    Map<Corpus, List<Result>> byCorpus = new LinkedHashMap<>();
    for (Result r : results) {
      byCorpus.computeIfAbsent(r.corpus(), c -> new ArrayList<>()).add(r);
    }
    for (Map.Entry<Corpus, List<Result>> e : byCorpus.entrySet()) {
      List<Result> rs = e.getValue();
      double udsv = rs.stream().filter(r -> r.contender().equals("udsv")).findFirst()
          .map(Result::mibPerSecond).orElse(Double.NaN);
      sb.append(String.format(Locale.ROOT, "%n%s: %,d rows, %.1f MiB%n%n", e.getKey(),
          e.getKey().rows(), rs.get(0).bytes() / 1048576.0));
      sb.append("| contender | median ms | runs | MiB/s | rows/s | vs uDSV | rows read |\n");
      sb.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
      for (Result r : rs) {
        sb.append(String.format(Locale.ROOT, "| %s | %.1f | %d | %.1f | %,.0f | %s | %,d%s |%n",
            r.contender(), r.median(), r.millis().length, r.mibPerSecond(),
            r.rows() / (r.median() / 1000), Double.isNaN(udsv) ? "-" // uDSV left out (--only)
                : String.format(Locale.ROOT, "%.2fx", r.mibPerSecond() / udsv), r.rows(),
            r.errorRows() == null ? "" : " (" + r.errorRows() + " with errors)"));
      }
    }
    return sb.toString();
  }

  /**
   * The page, the engine, the npm peers, the Wasm GC build and a build to compare with when there
   * are, and the corpus files, served on loopback.
   */
  private static final class Site implements AutoCloseable {
    final Map<String, byte[]> corpus = new ConcurrentHashMap<>();
    private final HttpServer server;
    private final Path nodeModules;
    private final Path wasmGc;
    private final Path compare;

    Site(Path nodeModules, Path wasmGc, Path compare) throws IOException {
      this.nodeModules = nodeModules.toAbsolutePath().normalize();
      this.wasmGc = wasmGc.toAbsolutePath().normalize();
      this.compare = compare == null ? null : compare.toAbsolutePath().normalize();
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext("/", this::handle);
      server.start();
    }

    String url() {
      return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    private void handle(HttpExchange exchange) throws IOException {
      try (exchange) {
        String path = exchange.getRequestURI().getPath();
        byte[] body = null;
        if (path.startsWith("/sluice/")) {
          body = resource(path);
        } else if (path.startsWith("/bench/")) {
          body = resource("/bench/page/" + path.substring("/bench/".length()));
        } else if (path.startsWith("/schemas/")) {
          body = resource("/bench/schemas/" + path.substring("/schemas/".length()));
        } else if (path.startsWith("/corpus/") && path.endsWith(".csv")) {
          body = corpus.get(path.substring("/corpus/".length(), path.length() - 4));
        } else if (path.startsWith("/npm/")) {
          body = file(nodeModules, path.substring("/npm/".length()));
        } else if (path.startsWith("/wasm-gc/")) {
          body = file(wasmGc, path.substring("/wasm-gc/".length()));
        } else if (path.startsWith("/compare/") && compare != null) {
          body = file(compare, path.substring("/compare/".length()));
        }
        if (body == null) {
          exchange.sendResponseHeaders(404, -1);
          return;
        }
        exchange.getResponseHeaders().add("Content-Type", path.endsWith(".js") || path.endsWith(
            ".mjs") ? "text/javascript; charset=utf-8" : path.endsWith(".html")
            ? "text/html; charset=utf-8" : path.endsWith(".json") ? "application/json"
            : "text/csv; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }

    /** A file under a directory, or null. */
    private static byte[] file(Path dir, String relative) throws IOException {
      Path file = dir.resolve(relative).normalize();
      return file.startsWith(dir) && Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
    }

    private static byte[] resource(String path) throws IOException {
      if (path.contains("..")) {
        return null;
      }
      try (InputStream in = BrowserParsePeers.class.getResourceAsStream(path)) {
        return in == null ? null : in.readAllBytes();
      }
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }
}
