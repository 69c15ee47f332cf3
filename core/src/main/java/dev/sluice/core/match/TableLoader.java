package dev.sluice.core.match;

import dev.sluice.core.parse.CsvHandler;
import dev.sluice.core.parse.CsvRow;
import dev.sluice.core.parse.ParseIssue;
import dev.sluice.core.schema.Importer;
import dev.sluice.core.table.ImportTable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Receives parsed rows and fills a table: rows above the header are skipped, the header row is
 * matched to the importer's columns, and every later row is projected into the table.
 *
 * <p>Matching happens as soon as the header arrives, so a file streams straight into the table
 * without being held twice.
 */
public final class TableLoader implements CsvHandler {
  private final Importer importer;
  private final int headerIndex;
  private final RememberedMapping remembered;
  private final List<ParseIssue> issues = new ArrayList<>();
  private ColumnMapping mapping;
  private ColumnMapping.Projection projection;
  private ImportTable table;

  /**
   * Creates a loader.
   *
   * @param headerIndex the header's record index (0-based), or -1 when the file has no header
   * @param remembered  a mapping the user confirmed before, or null
   */
  public TableLoader(Importer importer, int headerIndex, RememberedMapping remembered) {
    this.importer = importer;
    this.headerIndex = headerIndex;
    this.remembered = remembered;
  }

  @Override
  public void row(CsvRow row) {
    accept(row.record() - 1, row::field, row.size(), row.line());
  }

  /**
   * A row of a workbook's sheet, as {@link dev.sluice.core.xlsx.SheetReader} gives them: the same
   * header and table handling as a CSV record.
   *
   * @param index the row's 0-based index among the sheet's rows read so far
   * @param line  its row number in the sheet
   */
  public void sheetRow(int index, String[] cells, int count, int line) {
    accept(index, i -> cells[i], count, line);
  }

  private void accept(int index, IntFunction<String> field, int size, int line) {
    if (index < headerIndex) {
      return;
    }
    if (mapping == null) {
      List<String> headers = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        headers.add(headerIndex < 0 ? "column " + (i + 1) : field.apply(i));
      }
      mapping = ColumnMatcher.match(importer, headers, remembered);
      projection = mapping.projection();
      table = mapping.newTable();
      if (headerIndex >= 0) {
        return;
      }
    }
    table.addRow(projection.apply(field, size), line);
  }

  @Override
  public void issue(ParseIssue issue) {
    issues.add(issue);
  }

  /** The mapping, or null before the header arrived (an empty file). */
  public ColumnMapping mapping() {
    return mapping;
  }

  /** The table, or null before the header arrived. */
  public ImportTable table() {
    return table;
  }

  /** The parse issues met. */
  public List<ParseIssue> issues() {
    return List.copyOf(issues);
  }
}
