package dev.sluice.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The memory of the Chromium renderer processes this JVM started (through chromedriver), read from
 * Linux's {@code /proc}: the page and its dedicated workers live there, so what an import adds to
 * it is the worker's memory for the import plus the page's. A measurement for benchmarks; the
 * garbage the workers' collector has not yet freed counts too, so it is an upper bound.
 */
final class RendererMemory {
  private RendererMemory() {}

  /**
   * The summed proportional set size of every renderer process below this JVM, in bytes, or -1
   * where {@code /proc} cannot tell (not Linux).
   */
  static long pss() {
    long[] sum = {0};
    boolean[] seen = {false};
    ProcessHandle.current().descendants().forEach(p -> {
      if (!commandLine(p.pid()).contains("--type=renderer")) {
        return;
      }
      long kib = pssKib(p.pid());
      if (kib >= 0) {
        sum[0] += kib * 1024;
        seen[0] = true;
      }
    });
    return seen[0] ? sum[0] : -1;
  }

  /** How much renderer memory grew between two readings, against a file's size. */
  static String describe(long before, long after, long fileBytes) {
    if (before < 0 || after < 0) {
      return "not measured";
    }
    long grown = after - before;
    return String.format("+%.0f MiB (%.2fx the file)", grown / 1048576.0,
        grown / (double) fileBytes);
  }

  /**
   * The minor page faults of the renderer processes below this JVM so far, by thread: {@code
   * [the page's threads (each process's main thread), the dedicated workers, all other threads
   * (the collector's helpers, I/O, compositor)]}, or null where {@code /proc} cannot tell. A minor
   * fault is a page of memory the process touches for the first time: what fresh memory an import
   * takes, which on the benchmark machines costs 12-22 us a 4 KiB page
   * (benchmarks/browser/first-touch.mjs), beside the work itself.
   */
  static long[] faults() {
    long[] sums = new long[3];
    boolean seen = false;
    for (ProcessHandle p : ProcessHandle.current().descendants().toList()) {
      if (commandLine(p.pid()).contains("--type=renderer")) {
        // after the name: state, ppid, pgrp, session, tty, tpgid, flags, minflt
        seen |= addThreads(p.pid(), -1, sums, 7);
      }
    }
    return seen ? sums : null;
  }

  /**
   * The processor time used so far, in clock ticks of {@code /proc} (10 ms), by: {@code [the
   * renderers' page threads, their dedicated workers, their other threads, Chromium's other
   * processes (browser, GPU, utility), chromedriver, this JVM]}, or null where {@code /proc}
   * cannot tell. Beside the benchmark's own times it says whether a thread ran or waited for a
   * core (two on the benchmark machines), and what the driver's polling costs.
   */
  static long[] cpu() {
    long[] sums = new long[6];
    boolean seen = false;
    // after the name: state, ppid, pgrp, session, tty, tpgid, flags, minflt, cminflt, majflt,
    // cmajflt, utime, stime
    for (ProcessHandle p : ProcessHandle.current().descendants().toList()) {
      String command = commandLine(p.pid());
      seen |= addThreads(p.pid(), command.contains("--type=renderer") ? -1
          : command.contains("chromedriver") ? 4 : 3, sums, 11, 12);
    }
    seen |= addThreads(ProcessHandle.current().pid(), 5, sums, 11, 12);
    return seen ? sums : null;
  }

  /**
   * Adds the {@code fields} (counted after the thread's name) of each thread's {@code
   * /proc/PID/task/TID/stat} of process {@code pid} to {@code sums}, under {@code kind}, or for a
   * renderer ({@code kind} -1) under 0 for its main thread, 1 for a dedicated worker and 2 for the
   * rest. False when no thread could be read (the process ended, or this is not Linux).
   */
  private static boolean addThreads(long pid, int kind, long[] sums, int... fields) {
    boolean[] seen = {false};
    try (java.util.stream.Stream<Path> threads = Files.list(Path.of("/proc",
        Long.toString(pid), "task"))) {
      threads.forEach(thread -> {
        try {
          String stat = Files.readString(thread.resolve("stat"));
          String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
          String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          long value = 0;
          for (int field : fields) {
            value += Long.parseLong(f[field]);
          }
          int k = kind >= 0 ? kind
              : thread.getFileName().toString().equals(Long.toString(pid)) ? 0
              : name.startsWith("DedicatedWorker") ? 1 : 2;
          sums[k] += value;
          seen[0] = true;
        } catch (IOException | RuntimeException e) {
          // the thread ended: not counted
        }
      });
    } catch (IOException | RuntimeException e) {
      // the process ended, or this is not Linux: not counted
    }
    return seen[0];
  }

  /** The processor time used between two readings of {@link #cpu()}, per kind, in ms. */
  static String describeCpu(long[] before, long[] after) {
    if (before == null || after == null) {
      return "not measured";
    }
    long[] ms = new long[6];
    for (int i = 0; i < 6; i++) {
      ms[i] = (after[i] - before[i]) * 10;
    }
    return String.format("page's thread %d, workers %d, other renderer threads %d, browser "
        + "and its other processes %d, chromedriver %d, this JVM %d", ms[0], ms[1], ms[2], ms[3],
        ms[4], ms[5]);
  }

  /** The fresh pages taken between two readings of {@link #faults()}, per kind of thread. */
  static String describeFaults(long[] before, long[] after) {
    if (before == null || after == null) {
      return "not measured";
    }
    long page = after[0] - before[0];
    long workers = after[1] - before[1];
    long other = after[2] - before[2];
    return String.format("page's thread %d (%.0f MiB), workers %d (%.0f MiB), other threads %d "
        + "(%.0f MiB)", page, page / 256.0, workers, workers / 256.0, other, other / 256.0);
  }

  /** The command line as /proc has it: Chromium rewrites it for its zygote's children. */
  private static String commandLine(long pid) {
    try {
      return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")),
          java.nio.charset.StandardCharsets.UTF_8).replace('\0', ' ');
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  private static long pssKib(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid),
          "smaps_rollup"))) {
        if (line.startsWith("Pss:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      // the process ended, or this is not Linux: not counted
    }
    return -1;
  }
}
