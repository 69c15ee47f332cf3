package dev.sluice.core.table;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of one import, stored by column as spans of one {@link SourceText}.
 *
 * <p>No object per cell: a cell is a start offset and a length in its column's {@code int} and
 * {@code char} arrays (typed arrays in the browser build: six bytes a cell), and its String is
 * made only when someone reads it
 * (the grid, an edit, a value handed over). A table loaded by the parser points into the file's
 * own decoded text, so loading copies no chars; a table mapped from it shares its span arrays
 * until one side writes (mapping a million rows copies two arrays of row marks, not twelve columns
 * of cells). Edited cells add their new value to the text and point there. Deleted rows keep their
 * index so undo and positions stay stable.
 */
public final class ImportTable {
  /** An end offset at or below this marks a span with doubled quotes: its end is {@code ~end}. */
  private static final int ESCAPED = -1;

  private final List<String> columns;
  private SourceText text;
  private char quote = '"';
  private final int[][] starts;
  /**
   * Per column, per row: the cell's length shifted left by one, the low bit set for a span with
   * doubled quotes; {@link #LONG} for a cell of {@link #MAX_SHORT} chars or more, whose signed end
   * ({@link #spanEnd}) is in {@link #longEnds}. Two bytes a cell where an end offset took four:
   * 24 MiB less for a million rows of twelve columns.
   */
  private final char[][] lengths;
  /** Per column, the ends of its long cells by row; null while it has none. */
  private final java.util.Map<Integer, Integer>[] longEnds;
  /** Per column: its arrays are also another table's (or another column's): copy before writing. */
  private final boolean[] shared;
  private boolean anyShared;
  private int capacity = 1024;
  private int rows;
  private int[] lines = new int[1024];
  private boolean[] deleted = new boolean[1024];
  private int deletedCount;

  private ImportTable(List<String> columns, SourceText text, char quote) {
    this.columns = List.copyOf(columns);
    this.text = text;
    this.quote = quote;
    int n = columns.size();
    this.starts = new int[n][];
    this.lengths = new char[n][];
    this.longEnds = newLongEnds(n);
    this.shared = new boolean[n];
    for (int c = 0; c < n; c++) {
      starts[c] = new int[capacity];
      lengths[c] = new char[capacity];
    }
  }

  private static final char LONG = 0xFFFF;
  private static final int MAX_SHORT = 0x7FFF;

  @SuppressWarnings("unchecked")
  private static java.util.Map<Integer, Integer>[] newLongEnds(int n) {
    return (java.util.Map<Integer, Integer>[]) new java.util.Map[n];
  }

  /** Stores a cell's span: {@code end} as {@link #spanEnd} gives it (negative: doubled quotes). */
  private void put(int c, int row, int start, int end) {
    starts[c][row] = start;
    boolean escaped = end <= ESCAPED;
    int length = (escaped ? ~end : end) - start;
    if (length < MAX_SHORT) {
      lengths[c][row] = (char) (length << 1 | (escaped ? 1 : 0));
      if (longEnds[c] != null) {
        longEnds[c].remove(row);
      }
    } else {
      lengths[c][row] = LONG;
      if (longEnds[c] == null) {
        longEnds[c] = new java.util.HashMap<>();
      }
      longEnds[c].put(row, end);
    }
  }

  /** An empty table with these column keys and a text of its own. */
  public static ImportTable withColumns(List<String> columnKeys) {
    return new ImportTable(columnKeys, new SourceText(), '"');
  }

  /**
   * An empty table whose spans point into a text the parser is fed ({@link #addSpans}); {@code
   * quote} is the quote char whose doubling the parser marked in escaped spans.
   */
  public static ImportTable over(SourceText text, char quote, List<String> columnKeys) {
    return new ImportTable(columnKeys, text, quote);
  }

  /** An empty table with the importer's columns followed by extra columns. */
  public static ImportTable forImporter(dev.sluice.core.schema.Importer importer,
      List<String> extraColumns) {
    List<String> keys = new ArrayList<>();
    for (dev.sluice.core.schema.Column c : importer.columns()) {
      keys.add(c.key());
    }
    keys.addAll(extraColumns);
    return withColumns(keys);
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

  /** The quote char whose doubling escaped spans stand for. */
  public char quote() {
    return quote;
  }

  /** The text the cells are spans of. */
  public SourceText text() {
    return text;
  }

  /**
   * Appends a row; values beyond the column count are ignored, missing ones are blank.
   *
   * @param values the cells in column order
   * @param line   the row's line in the source file (1-based), or 0
   * @return the row's index
   */
  public int addRow(String[] values, int line) {
    int row = newRow(line);
    for (int c = 0; c < starts.length; c++) {
      String v = c < values.length && values[c] != null ? values[c] : "";
      int at = text.add(v);
      put(c, row, at, at + v.length());
    }
    return row;
  }

  /**
   * Appends a row of spans of this table's text: cell {@code c} runs from {@code spanStarts[c]}
   * to {@code spanEnds[c]}, or to {@code ~spanEnds[c]} when that is negative (a quoted field with
   * doubled quotes, read as single ones); cells from {@code count} on are blank.
   *
   * @return the row's index
   */
  public int addSpans(int[] spanStarts, int[] spanEnds, int count, int line) {
    int row = newRow(line);
    int n = Math.min(count, starts.length);
    for (int c = 0; c < n; c++) {
      put(c, row, spanStarts[c], spanEnds[c]);
    }
    for (int c = n; c < starts.length; c++) {
      put(c, row, 0, 0);
    }
    return row;
  }

  private int newRow(int line) {
    if (rows == capacity) {
      grow(grown(capacity, rows + 1));
    }
    if (anyShared) {
      for (int c = 0; c < shared.length; c++) {
        if (shared[c]) {
          own(c);
        }
      }
      anyShared = false;
    }
    lines[rows] = line;
    return rows++;
  }

  /**
   * Appends every row of another table, column {@code c} of this table taken from column {@code
   * sources[c]} there (blank where the index is negative or past its columns), with the rows'
   * source lines and deleted marks: mapping a parsed file into schema columns. When this table is
   * empty it takes the other's text and shares its span arrays until either side writes.
   */
  public void addRowsFrom(ImportTable source, int[] sources) {
    int n = source.rows;
    if (rows == 0) {
      text = source.text;
      quote = source.quote;
      capacity = Math.max(n, 1);
      int[] blank = null;
      for (int c = 0; c < starts.length; c++) {
        int s = c < sources.length ? sources[c] : -1;
        if (s >= 0 && s < source.starts.length) {
          starts[c] = source.starts[s];
          lengths[c] = source.lengths[s];
          longEnds[c] = source.longEnds[s];
          source.shared[s] = true;
          source.anyShared = true;
        } else {
          if (blank == null) {
            blank = new int[capacity];
          }
          starts[c] = blank;
          lengths[c] = new char[capacity];
          longEnds[c] = null;
        }
        shared[c] = true;
      }
      anyShared = true;
      lines = java.util.Arrays.copyOf(source.lines, capacity);
      deleted = java.util.Arrays.copyOf(source.deleted, capacity);
      deletedCount = source.deletedCount;
      rows = n;
      return;
    }
    ensureCapacity(rows + n);
    for (int r = 0; r < n; r++) {
      int row = newRow(source.lines[r]);
      for (int c = 0; c < starts.length; c++) {
        int s = c < sources.length ? sources[c] : -1;
        String v = s >= 0 && s < source.starts.length ? source.get(r, s) : "";
        int at = text.add(v);
        put(c, row, at, at + v.length());
      }
      if (source.deleted[r]) {
        setDeleted(row, true);
      }
    }
  }

  /** A cell. */
  public String get(int row, int column) {
    check(row);
    int end = spanEnd(row, column);
    if (end <= ESCAPED) {
      return text.unescape(starts[column][row], ~end, quote);
    }
    return text.slice(starts[column][row], end);
  }

  /** Whether a cell has no chars, without making its String. */
  public boolean isEmpty(int row, int column) {
    check(row);
    char length = lengths[column][row];
    return length == 0 || length == 1;
  }

  /** Where a cell's span starts in {@link #text()}. */
  public int spanStart(int row, int column) {
    return starts[column][row];
  }

  /**
   * Where a cell's span ends in {@link #text()}, or, when negative, {@code ~end} of a span whose
   * doubled quotes read as one (its String differs from its span).
   */
  public int spanEnd(int row, int column) {
    char length = lengths[column][row];
    if (length == LONG) {
      return longEnds[column].get(row);
    }
    int end = starts[column][row] + (length >>> 1);
    return (length & 1) != 0 ? ~end : end;
  }

  /**
   * The spans of a run of {@code n} cells of a column from row {@code from} on, as {@link
   * #spanStart} and {@link #spanEnd} give them one by one: a block of rows validated a column at a
   * time reads them in one loop over the column's arrays.
   */
  public void spans(int column, int from, int n, int[] spanStarts, int[] spanEnds) {
    int[] s = starts[column];
    char[] l = lengths[column];
    for (int i = 0; i < n; i++) {
      int start = s[from + i];
      char length = l[from + i];
      spanStarts[i] = start;
      if (length == LONG) {
        spanEnds[i] = longEnds[column].get(from + i);
      } else {
        int end = start + (length >>> 1);
        spanEnds[i] = (length & 1) != 0 ? ~end : end;
      }
    }
  }

  /** A row's cells. */
  public String[] row(int row) {
    String[] values = new String[starts.length];
    for (int c = 0; c < values.length; c++) {
      values[c] = get(row, c);
    }
    return values;
  }

  /** Changes a cell: its new value is added to the text and the cell points there. */
  public void set(int row, int column, String value) {
    check(row);
    String v = value == null ? "" : value;
    if (shared[column]) {
      own(column);
    }
    int at = text.add(v);
    put(column, row, at, at + v.length());
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

  /** The chars of the text held, edits' leftovers included, for memory reports. */
  public long storedChars() {
    return text.length();
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
    if (capacity < rowCapacity) {
      grow(rowCapacity);
    }
  }

  /** Gives back the spare capacity of every buffer; call when loading is done. */
  public void trimToSize() {
    text.trimToSize();
    // a mapped table is exact and a presized one close to it: copy only for real slack
    if (capacity - rows > (capacity >> 4) + 16) {
      grow(Math.max(rows, 1));
    }
  }

  /** Moves every array to a new capacity (at least the rows held). */
  private void grow(int newCapacity) {
    for (int c = 0; c < starts.length; c++) {
      starts[c] = java.util.Arrays.copyOf(starts[c], newCapacity);
      lengths[c] = java.util.Arrays.copyOf(lengths[c], newCapacity);
      if (shared[c] && longEnds[c] != null) {
        longEnds[c] = new java.util.HashMap<>(longEnds[c]);
      }
      shared[c] = false;
    }
    anyShared = false;
    lines = java.util.Arrays.copyOf(lines, newCapacity);
    deleted = java.util.Arrays.copyOf(deleted, newCapacity);
    capacity = newCapacity;
  }

  /** Gives a shared column arrays of its own. */
  private void own(int column) {
    starts[column] = java.util.Arrays.copyOf(starts[column], capacity);
    lengths[column] = java.util.Arrays.copyOf(lengths[column], capacity);
    if (longEnds[column] != null) {
      longEnds[column] = new java.util.HashMap<>(longEnds[column]);
    }
    shared[column] = false;
  }

  /** Half again as much, at least what is needed, within array limits. */
  private static int grown(int current, int needed) {
    long wanted = Math.max((long) current + (current >> 1) + 16, needed);
    if (needed < 0 || needed > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("a table holds at most 2^31 rows; split the file");
    }
    return (int) Math.min(wanted, Integer.MAX_VALUE - 8);
  }
}
