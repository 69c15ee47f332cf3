package dev.sluice.bench;

import dev.sluice.core.flow.ImportSession;
import dev.sluice.core.parse.CsvFormat;
import dev.sluice.core.parse.CsvParser;
import dev.sluice.core.schema.Column;
import dev.sluice.core.schema.Importer;
import dev.sluice.core.table.ImportTable;
import dev.sluice.core.table.SourceText;
import dev.sluice.core.validate.ValidationSession;
import dev.sluice.jvm.JdkSha256;
import java.util.Arrays;
import java.util.List;

/**
 * Unique columns at their worst, on the JVM: a full validation of N rows that all hold one value,
 * and of up to 65,536 distinct keys that share one String hash (blocks of "Aa" and "BB"), then,
 * on N distinct values loaded as the worker loads a file, setting the column to one value (one
 * undoable step), one edit inside the group that makes, and undoing both. These were quadratic
 * before 2026-11-29 (a one-off measurement for issue 18, not a test; one run, wall time).
 *
 * <p>Run: {@code mvn -q -B -DskipTests install && java -Xmx8g -cp
 * benchmarks/target/sluice-benchmarks-0.1.0-SNAPSHOT.jar:core-jvm/target/classes:core/target/classes
 * dev.sluice.bench.UniqueGroups 300000}
 */
public final class UniqueGroups {
  private UniqueGroups() {}

  /** Prints the measurements. */
  public static void main(String[] args) {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 300_000;
    Importer importer = Importer.builder("unique").column(Column.builder("id").unique())
        .column(Column.builder("note")).build();

    ImportTable same = ImportTable.forImporter(importer, List.of());
    for (int i = 0; i < rows; i++) {
      same.addRow(new String[] {"same", "n" + i}, i + 2);
    }
    long t = System.nanoTime();
    ValidationSession one = ValidationSession.validate(importer, same, new JdkSha256());
    System.out.printf("%,d rows of one value, full validation: %d ms (%,d errors)%n", rows,
        ms(t), one.summary().errors());

    int keys = Math.min(rows, 1 << 16);
    ImportTable colliding = ImportTable.forImporter(importer, List.of());
    for (int i = 0; i < keys; i++) {
      StringBuilder key = new StringBuilder();
      for (int bit = 15; bit >= 0; bit--) {
        key.append((i >> bit & 1) == 0 ? "Aa" : "BB"); // "Aa" and "BB" share String.hashCode
      }
      colliding.addRow(new String[] {key.toString(), "x"}, i + 2);
    }
    t = System.nanoTime();
    ValidationSession distinct = ValidationSession.validate(importer, colliding, new JdkSha256());
    System.out.printf("%,d distinct keys of one hash, full validation: %d ms (%,d errors)%n",
        keys, ms(t), distinct.summary().errors());

    StringBuilder csv = new StringBuilder("id,note\n");
    for (int i = 0; i < rows; i++) {
      csv.append('v').append(i).append(",n").append(i).append('\n');
    }
    ImportSession flow = new ImportSession(importer, new JdkSha256());
    SourceText text = new SourceText();
    CsvParser parser = new CsvParser(CsvFormat.RFC4180,
        flow.beginLoad(0, text, '"', n -> "column " + n), text);
    parser.feed(csv.toString());
    parser.finish();
    flow.finishLoad();
    flow.applyMapping(Arrays.asList("id", "note"));
    flow.validate();
    t = System.nanoTime();
    flow.setValue("id", "same", ImportSession.Scope.ALL_ROWS);
    long set = ms(t);
    t = System.nanoTime();
    flow.edit(5, "id", "five");
    long edit = ms(t);
    t = System.nanoTime();
    flow.undo();
    long undoEdit = ms(t);
    t = System.nanoTime();
    flow.undo();
    long undoSet = ms(t);
    System.out.printf("%,d distinct values set to one: %d ms; one edit inside the group %d ms; "
        + "undo of the edit %d ms, of the set %d ms%n", rows, set, edit, undoEdit, undoSet);
  }

  private static long ms(long since) {
    return (System.nanoTime() - since) / 1_000_000;
  }
}
