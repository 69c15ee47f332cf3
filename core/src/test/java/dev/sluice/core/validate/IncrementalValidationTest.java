package dev.sluice.core.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sluice.core.hash.PortableSha256;
import dev.sluice.core.schema.Column;
import dev.sluice.core.schema.ColumnType;
import dev.sluice.core.schema.Importer;
import dev.sluice.core.schema.RowRule;
import dev.sluice.core.schema.Severity;
import dev.sluice.core.table.ImportTable;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random edits, deletions and restorations, each followed by a full re-validation of a copy of
 * the table: the incremental session must hold exactly the same issues and counts.
 */
class IncrementalValidationTest {
  private static final String[][] POOLS = {
    {"1", "2", "3", "1", "x", "", "2.5", "1,000"},
    {"a@example.com", "A@example.com", "b@example.com", "bad", "", " c@example.com"},
    {"", "555 1234", "+49 30 1234567", "abc"},
    {"2024-01-01", "2024-02-01", "01/02/2024", "", "nope", "2024-13-01"},
    {"2024-01-15", "2023-12-31", "", "15.01.2024"},
    {"free", "pro", "PRO", "gold", ""},
    {"Ann", "Bob", "", "Ann"},
    {"Lee", "Kim", "", "Lee"}
  };

  private static Importer importer() {
    return Importer.builder("random")
        .column(Column.builder("id").type(new ColumnType.IntegerType(0.0, 100.0, null)).unique())
        .column(Column.builder("email").type(new ColumnType.Email()).unique()
            .severity("DUPLICATE_VALUE", Severity.WARNING))
        .column(Column.builder("phone").type(new ColumnType.Phone("DE")))
        .column(Column.builder("start").type(new ColumnType.Date(List.of())))
        .column(Column.builder("end").type(new ColumnType.Date(List.of())))
        .column(Column.builder("plan").allowBlank(false).type(new ColumnType.EnumType(List.of(
            new dev.sluice.core.schema.EnumOption("free", null, List.of()),
            new dev.sluice.core.schema.EnumOption("pro", null, List.of())))))
        .column(Column.builder("first").uniqueGroup("name"))
        .column(Column.builder("last").uniqueGroup("name"))
        .rule(new RowRule.AtLeastOneOf(List.of("email", "phone"), null, null))
        .rule(new RowRule.Compare("start", RowRule.Operator.LE, "end", Severity.INFO, null))
        .rule(new RowRule.RequiredWhen("phone", "plan", List.of("pro"), null, null))
        .build();
  }

  @Test
  void incrementalResultsEqualAFullRevalidationAfterEveryRandomEdit() {
    for (long seed = 1; seed <= 5; seed++) {
      Random random = new Random(seed);
      Importer importer = importer();
      ImportTable table = randomTable(importer, random);
      int rows = table.rowCount();
      ValidationSession session =
          ValidationSession.validate(importer, table, new PortableSha256());
      for (int step = 0; step < 400; step++) {
        int row = random.nextInt(rows);
        int action = random.nextInt(20);
        if (action == 0) {
          session.deleteRow(row);
        } else if (action == 1) {
          session.restoreRow(row);
        } else {
          int c = random.nextInt(POOLS.length);
          session.setCell(row, c, POOLS[c][random.nextInt(POOLS[c].length)]);
        }
        assertSameAsFullRevalidation(importer, table, session, "seed " + seed + " step " + step);
      }
    }
  }

  @Test
  void manyCellsChangedAtOnceEqualAFullRevalidation() {
    for (long seed = 1; seed <= 5; seed++) {
      Random random = new Random(seed);
      Importer importer = importer();
      ImportTable table = randomTable(importer, random);
      int rows = table.rowCount();
      ValidationSession session =
          ValidationSession.validate(importer, table, new PortableSha256());
      for (int step = 0; step < 60; step++) {
        if (random.nextInt(4) == 0) {
          session.deleteRow(random.nextInt(rows)); // deleted rows stay out of the groups
        }
        int n = 1 + random.nextInt(2 * rows);
        int[] cells = new int[n];
        int[] columns = new int[n];
        String[] values = new String[n];
        boolean wholeColumn = random.nextInt(3) == 0;
        int column = random.nextInt(POOLS.length);
        String one = POOLS[column][random.nextInt(POOLS[column].length)];
        for (int i = 0; i < n; i++) {
          // a whole column set to one value, or cells anywhere (some twice: the last value wins)
          cells[i] = wholeColumn ? i % rows : random.nextInt(rows);
          columns[i] = wholeColumn ? column : random.nextInt(POOLS.length);
          values[i] = wholeColumn ? one : POOLS[columns[i]][random.nextInt(POOLS[columns[i]].length)];
        }
        session.setCells(cells, columns, values);
        assertSameAsFullRevalidation(importer, table, session, "seed " + seed + " step " + step);
        // and single edits go on from the state the bulk change left
        int row = random.nextInt(rows);
        int c = random.nextInt(POOLS.length);
        session.setCell(row, c, POOLS[c][random.nextInt(POOLS[c].length)]);
        assertSameAsFullRevalidation(importer, table, session,
            "seed " + seed + " step " + step + ", then one cell");
      }
    }
  }

  /** The session's issues and summary are those of the same rows validated from the start. */
  private static void assertSameAsFullRevalidation(Importer importer, ImportTable table,
      ValidationSession session, String what) {
    ValidationSession full =
        ValidationSession.validate(importer, copy(importer, table), new PortableSha256());
    assertEquals(full.allIssues(), session.allIssues(), what);
    assertEquals(full.summary(), session.summary(), what);
  }

  /** 40 to 119 rows of values drawn from the pools. */
  private static ImportTable randomTable(Importer importer, Random random) {
    ImportTable table = ImportTable.forImporter(importer, List.of());
    int rows = 40 + random.nextInt(80);
    for (int r = 0; r < rows; r++) {
      String[] row = new String[POOLS.length];
      for (int c = 0; c < row.length; c++) {
        row[c] = POOLS[c][random.nextInt(POOLS[c].length)];
      }
      table.addRow(row, r + 2);
    }
    return table;
  }

  private static ImportTable copy(Importer importer, ImportTable table) {
    ImportTable copy = ImportTable.forImporter(importer, List.of());
    for (int r = 0; r < table.rowCount(); r++) {
      copy.addRow(table.row(r), table.line(r));
      copy.setDeleted(r, table.isDeleted(r));
    }
    return copy;
  }
}
