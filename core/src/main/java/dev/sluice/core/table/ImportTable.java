package dev.sluice.core.table;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of one import, stored by column in growing char buffers with int offsets.
 *
 * <p>Columnar storage keeps a million rows of twelve columns in a few hundred megabytes instead of
 * twelve million String objects, and maps to typed arrays in the browser build. An edit appends the
 * new value and moves the cell's offsets; deleted rows keep their index so undo and positions stay
 * stable.
 */
public final class ImportTable {
  private final List<String> columns;
  private final ColumnStore[] stores;
  private int rows;
  private int[] lines = new int[1024];
  private boolean[] deleted = new boolean[1024];
  private int deletedCount;

  private ImportTable(List<String> columns) {
    this.columns = List.copyOf(columns);
    this.stores = new ColumnStore[columns.size()];
    for (int i = 0; i < stores.length; i++) {
      stores[i] = new ColumnStore();
    }
  }

  /** An empty table with these column keys. */
  public static ImportTable withColumns(List<String> columnKeys) {
    return new ImportTable(columnKeys);
  }

  /** An empty table with the importer's columns followed by extra columns. */
  public static ImportTable forImporter(dev.sluice.core.schema.Importer importer,
      List<String> extraColumns) {
    List<String> keys = new ArrayList<>();
    for (dev.sluice.core.schema.Column c : importer.columns()) {
      keys.add(c.key());
    }
    keys.addAll(extraColumns);
    return new ImportTable(keys);
  }

  /** The column keys, in order. */
  public List<String> columns() {
    return columns;
  }

  /** The index of a column key, or -1. */
  public int columnIndex(String key) {
    return columns.indexOf(key);
  }

  /** The number of rows, deleted ones included. */
  public int rowCount() {
    return rows;
  }

  /** The number of rows not deleted. */
  public int liveRowCount() {
    return rows - deletedCount;
  }

  /**
   * Appends a row; values beyond the column count are ignored, missing ones are blank.
   *
   * @param values the cells in column order
   * @param line   the row's line in the source file (1-based), or 0
   * @return the row's index
   */
  public int addRow(String[] values, int line) {
    if (rows == lines.length) {
      lines = java.util.Arrays.copyOf(lines, rows * 2);
      deleted = java.util.Arrays.copyOf(deleted, rows * 2);
    }
    for (int c = 0; c < stores.length; c++) {
      stores[c].add(c < values.length && values[c] != null ? values[c] : "");
    }
    lines[rows] = line;
    return rows++;
  }

  /** A cell. */
  public String get(int row, int column) {
    check(row);
    return stores[column].get(row);
  }

  /** A row's cells. */
  public String[] row(int row) {
    String[] values = new String[stores.length];
    for (int c = 0; c < values.length; c++) {
      values[c] = get(row, c);
    }
    return values;
  }

  /** Changes a cell. */
  public void set(int row, int column, String value) {
    check(row);
    stores[column].set(row, value == null ? "" : value);
  }

  /** The source line of a row (1-based), or 0 when unknown. */
  public int line(int row) {
    check(row);
    return lines[row];
  }

  /** Whether a row is deleted. */
  public boolean isDeleted(int row) {
    check(row);
    return deleted[row];
  }

  /** Marks a row deleted or not; returns whether that changed anything. */
  public boolean setDeleted(int row, boolean value) {
    check(row);
    if (deleted[row] == value) {
      return false;
    }
    deleted[row] = value;
    deletedCount += value ? 1 : -1;
    return true;
  }

  /** The chars held, edits' leftovers included, for memory reports. */
  public long storedChars() {
    long total = 0;
    for (ColumnStore s : stores) {
      total += s.used;
    }
    return total;
  }

  private void check(int row) {
    if (row < 0 || row >= rows) {
      throw new IndexOutOfBoundsException("row " + row + " of " + rows);
    }
  }

  /** One column: chars and per-row start and length. */
  private static final class ColumnStore {
    private char[] chars = new char[4096];
    private int used;
    private int[] starts = new int[1024];
    private int[] lengths = new int[1024];
    private int count;

    void add(String value) {
      if (count == starts.length) {
        starts = java.util.Arrays.copyOf(starts, count * 2);
        lengths = java.util.Arrays.copyOf(lengths, count * 2);
      }
      starts[count] = append(value);
      lengths[count] = value.length();
      count++;
    }

    void set(int row, String value) {
      starts[row] = append(value);
      lengths[row] = value.length();
    }

    String get(int row) {
      int length = lengths[row];
      return length == 0 ? "" : new String(chars, starts[row], length);
    }

    private int append(String value) {
      int length = value.length();
      if (used + length > chars.length) {
        long wanted = Math.max((long) chars.length * 2, (long) used + length);
        if (wanted > Integer.MAX_VALUE - 8) {
          throw new IllegalStateException("a column holds more than 2^31 characters; "
              + "split the file");
        }
        chars = java.util.Arrays.copyOf(chars, (int) wanted);
      }
      value.getChars(0, length, chars, used);
      int start = used;
      used += length;
      return start;
    }
  }
}
