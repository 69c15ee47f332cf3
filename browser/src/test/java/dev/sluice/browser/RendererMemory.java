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
