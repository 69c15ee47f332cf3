package dev.sluice.browser.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A Chrome trace written by Chromium's startup tracing ({@link #switches}), read for what blocks a
 * page's main thread: every task on the renderers' main threads between two {@code
 * performance.mark}s of the page, with the garbage collection and layout inside them, which the
 * Long Tasks API of this Chromium does not always report.
 */
public final class ChromeTrace {
  /** Tasks, layout, style and garbage collection on the main thread, and the page's marks. */
  private static final String CATEGORIES = "toplevel,devtools.timeline,blink.user_timing";

  /** A complete event on a main thread: its name, start (µs) and duration (µs). */
  public record Slice(String name, long start, long duration) {}

  private final List<Slice> tasks = new ArrayList<>();
  private final List<Slice> inside = new ArrayList<>();

  private ChromeTrace() {}

  /** The switches that make Chromium trace from its start into a file for this many seconds. */
  public static String[] switches(Path file, int seconds) {
    return switches(file, seconds, false);
  }

  /**
   * {@link #switches}, and with {@code cpu} V8's sampling profiler too: every thread's samples, the
   * workers' included, for {@code benchmarks/browser/trace-profile.mjs} to read.
   */
  public static String[] switches(Path file, int seconds, boolean cpu) {
    return switches(file, seconds, cpu, "");
  }

  /**
   * {@link #switches}, and the trace categories {@code more} (comma-separated) too: {@code
   * v8,disabled-by-default-v8.compile,disabled-by-default-v8.gc} shows what V8's helper threads
   * compile and collect beside the page and its workers ({@code
   * benchmarks/browser/trace-threads.mjs}).
   */
  public static String[] switches(Path file, int seconds, boolean cpu, String more) {
    return new String[] {
        "--trace-startup=" + CATEGORIES + (cpu ? ",disabled-by-default-v8.cpu_profiler" : "")
            + (more.isEmpty() ? "" : "," + more),
        "--trace-startup-file=" + file, "--trace-startup-format=json",
        "--trace-startup-duration=" + seconds};
  }

  /**
   * Waits for Chromium to write the trace (it does when the traced time is over) and reads the
   * main threads' slices between the page's marks {@code from} and {@code to}.
   */
  public static ChromeTrace read(Path file, String from, String to, Duration wait)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + wait.toNanos();
    JsonNode root = null;
    while (root == null) {
      if (Files.isRegularFile(file) && Files.size(file) > 0) {
        try {
          root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException stillWriting) {
          root = null;
        }
      }
      if (root == null) {
        if (System.nanoTime() > deadline) {
          throw new IOException("Chromium wrote no trace to " + file + " in " + wait);
        }
        Thread.sleep(500);
      }
    }
    JsonNode events = root.isArray() ? root : root.path("traceEvents");
    Set<String> mainThreads = new HashSet<>();
    long start = -1;
    long end = -1;
    String pagePid = null;
    for (JsonNode e : events) {
      if ("thread_name".equals(e.path("name").asText())
          && "CrRendererMain".equals(e.path("args").path("name").asText())) {
        mainThreads.add(e.path("pid").asText() + "/" + e.path("tid").asText());
      }
      String name = e.path("name").asText();
      if (name.equals(from) && start < 0) {
        start = e.path("ts").asLong();
        pagePid = e.path("pid").asText();
      } else if (name.equals(to)) {
        end = e.path("ts").asLong();
      }
    }
    if (start < 0 || end < start) {
      throw new IOException("the trace has no marks " + from + " and " + to);
    }
    ChromeTrace trace = new ChromeTrace();
    for (JsonNode e : events) {
      // the page's renderer only: Chromium's own WebUI renderers (the omnibox popup of
      // Chromium 156) have main threads too
      if (!"X".equals(e.path("ph").asText()) || !e.path("pid").asText().equals(pagePid)
          || !mainThreads.contains(e.path("pid").asText() + "/" + e.path("tid").asText())) {
        continue;
      }
      long ts = e.path("ts").asLong();
      long dur = e.path("dur").asLong();
      if (ts + dur < start || ts > end) {
        continue;
      }
      String name = e.path("name").asText();
      Slice slice = new Slice(name, ts, dur);
      if (name.equals("RunTask") || name.equals("ThreadControllerImpl::RunTask")) {
        trace.tasks.add(slice);
      } else if (name.contains("GC") || name.equals("Layout") || name.equals("UpdateLayoutTree")
          || name.equals("Paint") || name.equals("FunctionCall")) {
        trace.inside.add(slice);
      }
    }
    return trace;
  }

  /** The longest main-thread task in the window, in ms. */
  public double longestTaskMs() {
    return tasks.stream().mapToLong(Slice::duration).max().orElse(0) / 1000.0;
  }

  /** How many main-thread tasks in the window took longer than {@code ms}. */
  public long tasksOver(double ms) {
    return tasks.stream().filter(t -> t.duration() > ms * 1000).count();
  }

  /** The number of main-thread tasks seen in the window (to tell "none long" from "none seen"). */
  public int taskCount() {
    return tasks.size();
  }

  /** The longest slice of a kind (garbage collection, layout, a script call) in the window. */
  public Slice longest(String nameContains) {
    return inside.stream().filter(s -> s.name().contains(nameContains))
        .max((a, b) -> Long.compare(a.duration(), b.duration())).orElse(null);
  }
}
