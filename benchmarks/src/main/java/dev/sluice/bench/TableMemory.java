package dev.sluice.bench;

import dev.sluice.core.schema.Importer;
import dev.sluice.core.table.ImportTable;
import dev.sluice.core.validate.ValidationSession;
import dev.sluice.jvm.JdkSha256;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Heap held by a validated import of N customers-like rows (default 1,000,000 x 12): the columnar
 * table, the session (sparse issues, unique indexes), compared with the same rows kept as String
 * arrays. Also times full validation and the median of single-cell edits.
 *
 * <p>Run: {@code mvn -q -B -DskipTests install && java -Xmx8g -cp
 * benchmarks/target/sluice-benchmarks-0.1.0-SNAPSHOT.jar:core-jvm/target/classes:core/target/classes
 * dev.sluice.bench.TableMemory 1000000}
 */
public final class TableMemory {
  private TableMemory() {}

  /** Prints the measurements. */
  public static void main(String[] args) {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Importer importer = CustomersCorpus.importer();
    long base = usedAfterGc();

    ImportTable table = ImportTable.forImporter(importer, List.of());
    Random random = new Random(42);
    long chars = 0;
    for (int i = 0; i < rows; i++) {
      String[] row = CustomersCorpus.row(random, i);
      for (String cell : row) {
        chars += cell.length();
      }
      table.addRow(row, i + 2);
    }
    table.trimToSize();
    long tableBytes = usedAfterGc() - base;

    long start = System.nanoTime();
    ValidationSession session = ValidationSession.validate(importer, table, JdkSha256.INSTANCE);
    long validateMillis = (System.nanoTime() - start) / 1_000_000;
    long sessionBytes = usedAfterGc() - base - tableBytes;

    long[] edits = new long[201];
    Random edit = new Random(7);
    for (int i = 0; i < edits.length; i++) {
      int row = edit.nextInt(rows);
      long t = System.nanoTime();
      session.setCell(row, 7, i % 3 == 0 ? "dup@example.com" : "edit" + i + "@example.com");
      edits[i] = System.nanoTime() - t;
    }
    java.util.Arrays.sort(edits);

    List<String[]> naive = new ArrayList<>(rows);
    random = new Random(42);
    long before = usedAfterGc();
    for (int i = 0; i < rows; i++) {
      naive.add(CustomersCorpus.row(random, i));
    }
    long naiveBytes = usedAfterGc() - before;

    System.out.printf("rows=%d columns=12 chars=%d (%.1f per cell)%n", rows, chars,
        chars / (rows * 12.0));
    System.out.printf("table: %d MiB  (String[] rows: %d MiB, ratio %.2f)%n", tableBytes >> 20,
        naiveBytes >> 20, (double) tableBytes / naiveBytes);
    System.out.printf("session after validation: %d MiB (issues: %d rows with issues)%n",
        sessionBytes >> 20, session.rowsWithIssues().size());
    System.out.printf("full validation: %d ms; single-cell edit median %.1f us, max %.1f us%n",
        validateMillis, edits[edits.length / 2] / 1000.0, edits[edits.length - 1] / 1000.0);
    if (naive.size() != rows || session.summary().rows() != rows) {
      throw new IllegalStateException("lost rows");
    }
  }

  private static long usedAfterGc() {
    Runtime r = Runtime.getRuntime();
    for (int i = 0; i < 4; i++) {
      System.gc();
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return r.totalMemory() - r.freeMemory();
  }
}
