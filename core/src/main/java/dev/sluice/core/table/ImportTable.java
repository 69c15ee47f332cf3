package dev.sluice.core.table;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of one import, stored by column in growing char buffers with int offsets.
 *
 * <p>Columnar storage keeps a million rows of twelve columns in about half the memory of twelve
 * million String objects (see BENCHMARKS.md), and maps to typed arrays in the browser build. An edit appends the
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
      lines = java.util.Arrays.copyOf(lines, rows + (rows >> 1) + 16);
      deleted = java.util.Arrays.copyOf(deleted, rows + (rows >> 1) + 16);
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
      total += s.narrowUsed + s.wideUsed;
    }
    return total;
  }

  private void check(int row) {
    if (row < 0 || row >= rows) {
      throw new IndexOutOfBoundsException("row " + row + " of " + rows);
    }
  }

  /** Gives back the spare capacity of every buffer; call when loading is done. */
  public void trimToSize() {
    for (ColumnStore s : stores) {
      s.trimToSize();
    }
    lines = java.util.Arrays.copyOf(lines, Math.max(rows, 1));
    deleted = java.util.Arrays.copyOf(deleted, Math.max(rows, 1));
  }

  /**
   * One column: cells whose chars all fit in one byte (Latin-1, most data) in a byte buffer, the
   * others in a char buffer; per row a start and a length (negative, minus one, for the char
   * buffer). Halves the memory of typical text against chars or String objects.
   */
  private static final class ColumnStore {
    private byte[] narrow = new byte[4096];
    private int narrowUsed;
    private char[] wide = new char[0];
    private int wideUsed;
    private int[] starts = new int[1024];
    private int[] lengths = new int[1024];
    private int count;

    void add(String value) {
      if (count == starts.length) {
        int capacity = grow(count, count + 1);
        starts = java.util.Arrays.copyOf(starts, capacity);
        lengths = java.util.Arrays.copyOf(lengths, capacity);
      }
      put(count, value);
      count++;
    }

    void set(int row, String value) {
      put(row, value);
    }

    String get(int row) {
      int length = lengths[row];
      if (length == 0) {
        return "";
      }
      int start = starts[row];
      if (length < 0) {
        return new String(wide, start, -length - 1);
      }
      char[] chars = new char[length];
      for (int i = 0; i < length; i++) {
        chars[i] = (char) (narrow[start + i] & 0xff);
      }
      return new String(chars);
    }

    void trimToSize() {
      narrow = java.util.Arrays.copyOf(narrow, narrowUsed);
      wide = java.util.Arrays.copyOf(wide, wideUsed);
      starts = java.util.Arrays.copyOf(starts, Math.max(count, 1));
      lengths = java.util.Arrays.copyOf(lengths, Math.max(count, 1));
    }

    private void put(int row, String value) {
      int length = value.length();
      boolean fits = true;
      for (int i = 0; i < length; i++) {
        if (value.charAt(i) > 0xff) {
          fits = false;
          break;
        }
      }
      if (fits) {
        if (narrowUsed + length > narrow.length) {
          narrow = java.util.Arrays.copyOf(narrow, grow(narrow.length, narrowUsed + length));
        }
        for (int i = 0; i < length; i++) {
          narrow[narrowUsed + i] = (byte) value.charAt(i);
        }
        starts[row] = narrowUsed;
        lengths[row] = length;
        narrowUsed += length;
      } else {
        if (wideUsed + length > wide.length) {
          wide = java.util.Arrays.copyOf(wide, grow(wide.length, wideUsed + length));
        }
        value.getChars(0, length, wide, wideUsed);
        starts[row] = wideUsed;
        lengths[row] = -length - 1;
        wideUsed += length;
      }
    }

    /** Half again as much, at least what is needed, within array limits. */
    private static int grow(int current, int needed) {
      long wanted = Math.max((long) current + (current >> 1) + 16, needed);
      if (needed < 0 || wanted > Integer.MAX_VALUE - 8) {
        if (needed >= 0 && needed <= Integer.MAX_VALUE - 8) {
          return Integer.MAX_VALUE - 8;
        }
        throw new IllegalStateException("a column holds more than 2^31 characters; "
            + "split the file");
      }
      return (int) wanted;
    }
  }
}
