package dev.sluice.browser;

import dev.sluice.browser.testing.ChromeTrace;
import dev.sluice.browser.testing.Chromium;
import dev.sluice.browser.testing.TestServer;
import dev.sluice.browser.testing.WidgetPage;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Measurement, not a test (tagged {@code benchmark}, excluded from {@code mvn verify}): a
 * customers-like file of N rows x 12 columns (default 1,000,000) through the widget in headless
 * Chromium; the worker's own timings for load (read + decode + parse) and validate, and the
 * longest main-thread task; and how much the memory of Chromium's renderer processes (the page and
 * the widget's workers) grew from before the file was chosen to the grid, against the file's size,
 * and the workers' own memory there ({@code performance.measureUserAgentSpecificMemory()}, the
 * page served cross-origin isolated for it); and the fresh pages the renderer's threads took
 * (minor faults) up to the grid and during the Import.
 *
 * <p>Run: {@code mvn -B -pl browser -am install -DskipTests && mvn -B -pl browser test
 * -Dsluice.excludedGroups= -Dgroups=benchmark -Dtest=BrowserImportBenchmark -Drows=1000000}
 */
@Tag("benchmark")
class BrowserImportBenchmark {
  private static final String[] FIRST = {"Anna", "Bob", "Chloé", "Dmitri", "Emre", "Fatima"};
  private static final String[] LAST = {"Müller", "Smith", "García", "Nakamura", "O'Brien"};
  private static final String[] CITY = {"Berlin", "\"New York, NY\"", "São Paulo", "Zürich"};
  private static final String[] COUNTRY = {"DE", "US", "BR", "CH", "JP"};

  /**
   * The memory of the page's dedicated workers (the widget's), in bytes, as {@code
   * performance.measureUserAgentSpecificMemory()} reads it after a garbage collection, or -1 where
   * the page cannot measure it (not cross-origin isolated).
   */
  private static long workerBytes(WidgetPage page) {
    Object bytes = page.js("if (!self.crossOriginIsolated || !performance"
        + ".measureUserAgentSpecificMemory) return -1; return performance"
        + ".measureUserAgentSpecificMemory().then(m => m.breakdown.filter(b => b.attribution"
        + ".some(a => a.scope === 'DedicatedWorkerGlobalScope'))"
        + ".reduce((s, b) => s + b.bytes, 0))");
    return ((Number) bytes).longValue();
  }

  @Test
  void importCustomers() throws Exception {
    int rows = Integer.getInteger("rows", 1_000_000);
    // -Dfile=/tmp/corpus/contacts_mixed_1m.csv -Dschema=contacts_mixed: a corpus file (written by
    // dev.sluice.bench.corpus.CorpusWriter) with its schema from benchmarks' bench/schemas
    String given = System.getProperty("file");
    String schemaName = System.getProperty("schema", "customers");
    if (given != null) {
      Files.copy(Path.of("..", "benchmarks", "src", "main", "resources", "bench", "schemas",
          schemaName + ".json"), Path.of("target", "test-classes", "pages",
          schemaName + ".schema.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    Path file = given != null ? Path.of(given) : Path.of("target", "customers-" + rows + ".csv");
    Random random = new Random(42);
    try (BufferedWriter w = given != null ? null
        : Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; w != null && i < rows; i++) {
        if (i == 0) {
          w.write("Id,First name,Last name,Company,City,Country,Phone,Email,Subscribed,Website,"
              + "Plan,Amount\n");
        }
        String first = FIRST[random.nextInt(FIRST.length)];
        String last = LAST[random.nextInt(LAST.length)];
        w.write((i + 1) + "," + first + "," + last + ",\"" + last + ", " + first + " & Co\","
            + CITY[random.nextInt(CITY.length)] + "," + COUNTRY[random.nextInt(COUNTRY.length)]
            + ",+1 (" + (200 + random.nextInt(700)) + ") 555-" + (1000 + random.nextInt(9000))
            + ",c" + i + "@example.com," + (2015 + random.nextInt(10)) + "-0"
            + (1 + random.nextInt(9)) + "-1" + random.nextInt(10) + ",https://www.example.org/c"
            + i + "," + (i % 3 == 0 ? "free" : i % 3 == 1 ? "pro" : "team") + ","
            + random.nextInt(100000) + "." + random.nextInt(100) + "\n");
      }
    }
    // -Dtrace=SECONDS: a Chrome trace of the first SECONDS of the browser (startup tracing; the
    // DevTools protocol's bindings stop at Chromium 150 here), read for the main thread's longest
    // task between the marks around the import, garbage collection and layout included; with
    // -Dcpu=true V8's samples of every thread too (benchmarks/browser/trace-profile.mjs)
    int traceSeconds = Integer.getInteger("trace", 0);
    Path traceFile = Path.of("target", "browser-benchmark-trace.json").toAbsolutePath();
    Files.deleteIfExists(traceFile);
    // the page cross-origin isolated, so that it can read its workers' memory; measured at once
    // (the API otherwise waits for the next garbage collection, up to 20 s)
    List<String> switches = new java.util.ArrayList<>(List.of(
        "--enable-blink-features=ForceEagerMeasureMemory"));
    if (traceSeconds > 0) {
      // -DtraceCategories=...: more trace categories (ChromeTrace.switches)
      switches.addAll(List.of(ChromeTrace.switches(traceFile, traceSeconds,
          Boolean.getBoolean("cpu"), System.getProperty("traceCategories", ""))));
    }
    try (TestServer pages = TestServer.isolatedPages();
        Chromium chromium = new Chromium(switches.toArray(new String[0]))) {
      WidgetPage page = WidgetPage.watching(chromium);
      // -Dhooks=sync: the test page's email hook, in pages of 1,000 values, timed to its end
      String hooks = System.getProperty("hooks", "");
      // -Dworkers=N: a parallel load with N workers (default: the widget's own choice)
      String workers = System.getProperty("workers", "");
      page.open(pages.url() + "pages/widget.html?schema=" + schemaName + "&noop=1"
          + (hooks.isEmpty() ? "" : "&hooks=" + hooks)
          + (workers.isEmpty() ? "" : "&workers=" + workers));
      page.js("window.sluiceTimings = []; document.addEventListener('sluice:timing', "
          + "e => window.sluiceTimings.push({...e.detail, at: Math.round(performance.now() "
          + "- (window.sluiceChosenAt || 0))}));");
      page.js("performance.mark('sluice-bench-start')");
      long rendererBefore = RendererMemory.pss();
      long workersBefore = workerBytes(page);
      long[] faultsBefore = RendererMemory.faults();
      long[] cpuBefore = RendererMemory.cpu();
      long start = System.nanoTime();
      page.js("window.sluiceChosenAt = performance.now()");
      // when the driver's clicks land, beside when each step showed (WidgetPage.watching): the
      // driver's reaction is not the widget's time
      page.js("window.sluiceClicks = []; document.addEventListener('click', "
          + "() => window.sluiceClicks.push(performance.now()), true)");
      page.upload(file);
      page.toMapping();
      // -Dthink=ms: how long a person reads the mapping step before confirming it (the worker
      // validates ahead meanwhile); 0 confirms as soon as it shows
      Thread.sleep(Long.getLong("think", 0));
      long confirm = System.nanoTime();
      page.toReview();
      long end = System.nanoTime();
      long[] faultsAtGrid = RendererMemory.faults();
      long[] cpuAtGrid = RendererMemory.cpu();
      String inPage = inPage(page);
      long rendererAtGrid = RendererMemory.pss();
      long workersAtGrid = workerBytes(page);
      // and once the workers that are done have ended and their memory is given back
      Thread.sleep(3000);
      long rendererSettled = RendererMemory.pss();
      long hooksDone = end;
      if (!hooks.isEmpty()) {
        page.waiter().until(d -> Boolean.TRUE.equals(page.js("return document.querySelector("
            + "'[data-testid=hook-status]').textContent === '' && !document.querySelector("
            + "'[data-testid=submit]').disabled")));
        hooksDone = System.nanoTime();
      }
      String summary = page.summary();
      long[] faultsAtSubmit = RendererMemory.faults();
      long[] cpuAtSubmit = RendererMemory.cpu();
      long submitStart = System.nanoTime();
      page.submit();
      long submitEnd = System.nanoTime();
      long[] faultsSubmitted = RendererMemory.faults();
      // the Import as the page saw it: its click (the third) to the done step shown
      Number importInPage = (Number) page.js("const c = window.sluiceClicks || [], "
          + "d = (window.sluiceShown || {})['[data-testid=done]']; "
          + "return c.length >= 3 && d ? d - c[c.length - 1] : -1");
      long[] cpuSubmitted = RendererMemory.cpu();
      page.js("performance.mark('sluice-bench-end')");
      long received = ((Number) page.js("return window.sluiceTest.rowsReceived || 0")).longValue();
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> timings = (List<Map<String, Object>>) page.js(
          "return window.sluiceTimings");
      Object parallel = null;
      Object shared = null;
      double load = 0;
      double validate = 0;
      Object ahead = null;
      Object loadSteps = null;
      double batches = 0;
      for (Map<String, Object> t : timings) {
        if ("load".equals(t.get("method"))) {
          load = ((Number) t.get("ms")).doubleValue();
          parallel = t.get("parallel");
          loadSteps = t.get("steps");
        } else if ("validate".equals(t.get("method"))) {
          validate = ((Number) t.get("ms")).doubleValue();
          shared = t.get("parallel");
          ahead = t.get("ahead");
        } else if ("batch".equals(t.get("method"))) {
          batches += ((Number) t.get("ms")).doubleValue();
        }
      }
      double longest = ((Number) page.js("return Math.max(0, ...window.sluiceTest.longTasks)"))
          .doubleValue();
      // the tasks over 50 ms, each as [start, duration] in ms after the file was chosen, beside
      // the steps: the grid shown and Import clicked at these times after it
      Object overFifty = page.js("return JSON.stringify(window.sluiceTest.longTaskAt"
          + ".filter(t => t[1] > 50))");
      double aheadMs = ahead instanceof Map<?, ?> a ? ((Number) a.get("ms")).doubleValue() : 0;
      String report = String.format("%s, %d rows (%.0f MiB), parallel load %s: worker "
          + "load+parse %.0f ms (ms %s), validation in parts %s, validated ahead %s, "
          + "map+validate on confirming %.0f ms, sum %.0f ms; file chosen to grid %d ms "
          + "(mapping read %d ms, confirm to grid %d ms; %s); click Import to done "
          + "%d ms (in the page %.0f ms; %d rows to a no-op onData; worker batches %.0f ms); "
          + "longest main-thread "
          + "task %.0f ms (over 50 ms, [at, ms]: %s; grid at %d ms, Import clicked at %d ms); "
          + "renderer memory at the grid %s, 3 s later %s; workers' memory at the grid %s "
          + "(%.0f MiB in all); fresh pages (minor faults) from the file chosen to the grid: %s; "
          + "from the Import click to done: %s; processor time (ms) from the file chosen to the "
          + "grid: %s; from the Import click to done: %s; summary: %s%s%n", file.getFileName(),
          rows,
          Files.size(file) / 1048576.0,
          parallel, load, loadSteps, shared, ahead, validate,
          load + aheadMs + validate, (end - start) / 1_000_000,
          Long.getLong("think", 0), (end - confirm) / 1_000_000, inPage,
          (submitEnd - submitStart) / 1_000_000, importInPage.doubleValue(),
          received, batches, longest, overFifty, (end - start) / 1_000_000,
          (submitStart - start) / 1_000_000,
          RendererMemory.describe(rendererBefore, rendererAtGrid, Files.size(file)),
          RendererMemory.describe(rendererBefore, rendererSettled, Files.size(file)),
          RendererMemory.describe(workersBefore, workersAtGrid, Files.size(file)),
          workersAtGrid / 1048576.0, RendererMemory.describeFaults(faultsBefore, faultsAtGrid),
          RendererMemory.describeFaults(faultsAtSubmit, faultsSubmitted),
          RendererMemory.describeCpu(cpuBefore, cpuAtGrid),
          RendererMemory.describeCpu(cpuAtSubmit, cpuSubmitted), summary,
          hooks.isEmpty() ? ""
              : String.format("; hooks (%s) after the grid %d ms", hooks,
                  (hooksDone - end) / 1_000_000));
      System.out.print(report);
      if (Boolean.getBoolean("steps")) {
        // -Dsteps=true: every worker call with its time, and when it ended after the file was chosen
        System.out.println(page.js("return JSON.stringify(window.sluiceTimings)"));
      }
      Files.writeString(Path.of("target", "browser-benchmark.txt"), report);
    }
    if (traceSeconds > 0) {
      // Chromium writes the trace when its traced time is over or, at the latest, as it closes
      ChromeTrace trace = ChromeTrace.read(traceFile, "sluice-bench-start", "sluice-bench-end",
          java.time.Duration.ofSeconds(traceSeconds + 60));
      ChromeTrace.Slice gc = trace.longest("GC");
      ChromeTrace.Slice layout = trace.longest("Layout");
      String traced = String.format("Chrome trace, file chosen to Import done: %d main-thread "
          + "tasks, longest %.1f ms, %d over 50 ms; longest garbage collection on the main thread "
          + "%s; longest layout %s%n", trace.taskCount(), trace.longestTaskMs(), trace.tasksOver(50),
          gc == null ? "none" : String.format("%.1f ms (%s)", gc.duration() / 1000.0, gc.name()),
          layout == null ? "none" : String.format("%.1f ms", layout.duration() / 1000.0));
      System.out.print(traced);
      Files.writeString(Path.of("target", "browser-benchmark.txt"), traced,
          java.nio.file.StandardOpenOption.APPEND);
    }
  }

  /**
   * The steps as the page saw them: the format step shown (ms after the file was chosen), how
   * long the driver took to click after it showed, the mapping step shown after that click, the
   * driver's click after that, and the grid shown after the second click. The driver's reactions
   * (the wait's answer and the click's script: 50-140 ms each on the benchmark machines, where a
   * WebDriver click took 150-440 ms) are part of "file chosen to grid"; where the worker validates
   * ahead meanwhile they overlap its work, so they are not simply the widget's time either.
   */
  private static String inPage(WidgetPage page) {
    @SuppressWarnings("unchecked")
    List<Number> t = (List<Number>) page.js("const s = window.sluiceShown || {}, c = "
        + "window.sluiceClicks || [], at = window.sluiceChosenAt; "
        + "return [s['[data-testid=parsed]'], c[0], s['.sluice-mapping'], c[1], "
        + "s['[data-testid=grid] [role=gridcell]']]"
        + ".map(v => v === undefined ? -1 : v - at)");
    if (t.stream().anyMatch(v -> v.doubleValue() < 0)) {
      return "in the page: not measured";
    }
    double[] v = t.stream().mapToDouble(Number::doubleValue).toArray();
    return String.format("in the page: format step at %.0f ms, the driver's click %.0f ms after "
        + "it, mapping step %.0f ms after that, the driver's click %.0f ms after it, grid %.0f ms "
        + "after that", v[0], v[1] - v[0], v[2] - v[1], v[3] - v[2], v[4] - v[3]);
  }
}
