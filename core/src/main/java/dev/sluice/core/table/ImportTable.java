package dev.sluice.core.table;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of one import, stored by column.
 *
 * <p>Two storages, chosen per platform ({@link Storage}): packed Latin-1 bytes and chars with int
 * offsets keep a million rows of twelve columns in about half the memory of twelve million String
 * objects on the JVM (see BENCHMARKS.md); in the browser, JavaScript engines already keep Latin-1
 * strings one byte per char and building a string from chars costs more than validating it, so
 * there a String per cell is both small and fast. Deleted rows keep their index so undo and
 * positions stay stable.
 */
public final class ImportTable {
  /** How cells are kept. */
  public enum Storage {
    /** Latin-1 cells as bytes, others as chars, with int offsets: smallest on the JVM. */
    PACKED,
    /** A String per cell: fastest where strings are native and compact (TeaVM in a browser). */
    STRINGS
  }

  private static Storage defaultStorage = Storage.PACKED;

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
      stores[i] = defaultStorage == Storage.PACKED ? new PackedColumn() : new StringColumn();
    }
  }

  /**
   * Chooses the storage of tables made from now on; the browser build sets {@link
   * Storage#STRINGS} once at start-up, everything else keeps the packed default.
   */
  public static void useStorage(Storage storage) {
    defaultStorage = storage;
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

  /**
   * Appends every row of another table, column {@code c} of this table taken from column {@code
   * sources[c]} there (blank where the index is negative or past its columns), with the rows'
   * source lines and deleted marks: mapping a parsed file into schema columns without building a
   * row array per row.
   */
  public void addRowsFrom(ImportTable source, int[] sources) {
    int n = source.rows;
    if (rows + n > lines.length) {
      lines = java.util.Arrays.copyOf(lines, rows + n);
      deleted = java.util.Arrays.copyOf(deleted, rows + n);
    }
    for (int c = 0; c < stores.length; c++) {
      int s = c < sources.length ? sources[c] : -1;
      ColumnStore from = s >= 0 && s < source.stores.length ? source.stores[s] : null;
      stores[c].addAll(from, n);
    }
    System.arraycopy(source.lines, 0, lines, rows, n);
    System.arraycopy(source.deleted, 0, deleted, rows, n);
    deletedCount += source.deletedCount;
    rows += n;
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
      total += s.storedChars();
    }
    return total;
  }

  private void check(int row) {
    if (row < 0 || row >= rows) {
      throw new IndexOutOfBoundsException("row " + row + " of " + rows);
    }
  }

  /**
   * Makes room for this many rows at once, so that loading a file whose size is known does not
   * grow and copy every column along the way (a hint: more rows still fit).
   */
  public void ensureCapacity(int rowCapacity) {
    for (ColumnStore s : stores) {
      s.ensureCapacity(rowCapacity);
    }
    if (lines.length < rowCapacity) {
      lines = java.util.Arrays.copyOf(lines, rowCapacity);
      deleted = java.util.Arrays.copyOf(deleted, rowCapacity);
    }
  }

  /** Gives back the spare capacity of every buffer; call when loading is done. */
  public void trimToSize() {
    for (ColumnStore s : stores) {
      s.trimToSize();
    }
    if (lines.length != Math.max(rows, 1)) {
      lines = java.util.Arrays.copyOf(lines, Math.max(rows, 1));
    }
    if (deleted.length != Math.max(rows, 1)) {
      deleted = java.util.Arrays.copyOf(deleted, Math.max(rows, 1));
    }
  }

  /**
   * One column: cells whose chars all fit in one byte (Latin-1, most data) in a byte buffer, the
   * others in a char buffer; per row a start and a length (negative, minus one, for the char
   * buffer). Halves the memory of typical text against chars or String objects.
   */
  /** One column's cells. */
  private interface ColumnStore {
    void add(String value);

    void set(int row, String value);

    /** Appends the first {@code count} cells of another column, or blanks when it is null. */
    default void addAll(ColumnStore from, int count) {
      for (int i = 0; i < count; i++) {
        add(from == null ? "" : from.get(i));
      }
    }

    String get(int row);

    /** Room for this many cells without growing; a hint. */
    default void ensureCapacity(int rows) {}

    long storedChars();

    void trimToSize();
  }

  /** A String per cell. */
  private static final class StringColumn implements ColumnStore {
    private String[] values = new String[1024];
    private int count;

    @Override
    public void add(String value) {
      if (count == values.length) {
        values = resized(values, PackedColumn.grow(count, count + 1));
      }
      values[count++] = value;
    }

    @Override
    public void set(int row, String value) {
      values[row] = value;
    }

    @Override
    public void addAll(ColumnStore from, int n) {
      if (count + n > values.length) {
        values = resized(values, count + n);
      }
      if (from instanceof StringColumn strings) {
        System.arraycopy(strings.values, 0, values, count, n);
      } else {
        for (int i = 0; i < n; i++) {
          values[count + i] = from == null ? "" : from.get(i);
        }
      }
      count += n;
    }

    @Override
    public String get(int row) {
      return values[row];
    }

    @Override
    public long storedChars() {
      // summed when asked, not per added cell: long is emulated in the browser build
      long chars = 0;
      for (int i = 0; i < count; i++) {
        chars += values[i].length();
      }
      return chars;
    }

    @Override
    public void ensureCapacity(int rows) {
      if (values.length < rows) {
        values = resized(values, rows);
      }
    }

    @Override
    public void trimToSize() {
      // a mapped table is exact and a presized one close to it: copy only for real slack
      if (values.length - count > (values.length >> 4) + 16) {
        values = resized(values, Math.max(count, 1));
      }
    }

    /** Arrays.copyOf without reflection (Array.newInstance is slow in the browser build). */
    private static String[] resized(String[] values, int length) {
      String[] copy = new String[length];
      System.arraycopy(values, 0, copy, 0, Math.min(values.length, length));
      return copy;
    }
  }

  /** Latin-1 cells as bytes, others as chars, each with a start and a length. */
  private static final class PackedColumn implements ColumnStore {
    private byte[] narrow = new byte[4096];
    private int narrowUsed;
    private char[] wide = new char[0];
    private int wideUsed;
    private int[] starts = new int[1024];
    private int[] lengths = new int[1024];
    private int count;

    @Override
    public void add(String value) {
      if (count == starts.length) {
        int capacity = grow(count, count + 1);
        starts = java.util.Arrays.copyOf(starts, capacity);
        lengths = java.util.Arrays.copyOf(lengths, capacity);
      }
      put(count, value);
      count++;
    }

    @Override
    public void set(int row, String value) {
      put(row, value);
    }

    @Override
    public long storedChars() {
      return narrowUsed + wideUsed;
    }

    @Override
    public String get(int row) {
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

    @Override
    public void trimToSize() {
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
    static int grow(int current, int needed) {
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
