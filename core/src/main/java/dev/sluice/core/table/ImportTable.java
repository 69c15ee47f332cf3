package dev.sluice.core.table;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of one import, stored by column as spans of one {@link SourceText}.
 *
 * <p>No object per cell: a cell is its start's distance from its row's first char and its length,
 * packed in one {@code char} of its column's array while every cell of the column fits (a
 * distance under 256 and a length under 128: two bytes a cell, a typed array in the browser
 * build), else in one {@code int} (four bytes), plus four bytes a row for where the row starts;
 * its String is made only when someone reads it (the grid, an edit, a value handed over). A table
 * loaded by the parser points into the file's own decoded text, so loading copies no chars; a
 * table mapped from it shares its span arrays and its row marks until one side writes (mapping a
 * million rows copies nothing). Edited cells add their new value to the text and point there.
 * Deleted rows keep their index so undo and positions stay stable.
 */
public final class ImportTable {
  /** An end offset at or below this marks a span with doubled quotes: its end is {@code ~end}. */
  private static final int ESCAPED = -1;

  private final List<String> columns;
  private SourceText text;
  private char quote = '"';
  /** Per row, where its cells are counted from: its first cell's start when it was added. */
  private int[] bases = new int[1024];
  /**
   * Per column, per row, a cell in one int. The high 16 bits: the cell's start less its row's
   * base, or {@link #FAR} for a cell that starts before its row's base or {@link #FAR} chars or
   * more after it (an edited cell, whose new value is added at the end of the text, or a row of
   * more than 64 K chars), whose start is in {@link #farStarts}; unused in a column that holds its
   * starts in {@link #absolute}. The low 16 bits: the cell's length shifted left by one, the low
   * bit set for a span with doubled quotes, or {@link #LONG} for a cell of {@link #MAX_SHORT}
   * chars or more, whose signed end ({@link #spanEnd}) is in {@link #longEnds}. Four bytes a cell
   * where a start and an end offset took eight (for a million rows of twelve columns 44 MB less
   * net of the rows' bases), and one array per column, not two: the parser's cells go in with one
   * store each instead of two. Null for a column held in {@link #narrow}.
   */
  private final int[][] cells;
  /**
   * Per column, its cells in two bytes each while they all fit: {@link #cells}' int with its
   * start's distance in the high byte and its length field (length and doubled-quotes bit) in the
   * low one, so a distance under 256 and a length under 128. Null for a column whose cells are in
   * {@link #cells} (then null itself); a column is widened there, once, by its first cell that
   * does not fit (an edit, a long value, a cell far into a wide row). A million rows of twelve
   * columns take 24 MB less.
   */
  private final char[][] narrow;
  /**
   * Per column: the cells' start offsets themselves, for a column with more far cells than a map
   * should hold (a replace-all over a column edits every cell); null while the cells' own serve.
   */
  private final int[][] absolute;
  /** Per column, the starts of its far cells by row; null while it has none. */
  private final java.util.Map<Integer, Integer>[] farStarts;
  /** Per column, the ends of its long cells by row; null while it has none. */
  private final java.util.Map<Integer, Integer>[] longEnds;
  /** Per column: its arrays are also another table's (or another column's): copy before writing. */
  private final boolean[] shared;
  private boolean anyShared;
  /** Whether a column holds its starts in {@link #absolute}. */
  private boolean anyAbsolute;
  private int capacity = 1024;
  private int rows;
  /**
   * Per row, its line in the source file; null while every row's line is its index plus {@link
   * #firstLine} (a file without line breaks in quotes or skipped lines: 4 MiB a million rows).
   */
  private int[] lines;
  private int firstLine;
  private boolean[] deleted = new boolean[1024];
  /**
   * Whether {@link #bases}, {@link #lines} and {@link #deleted} are also another table's (a mapped
   * table and its source: 9 MiB a million rows): copy before writing.
   */
  private boolean rowsShared;
  private int deletedCount;

  private ImportTable(List<String> columns, SourceText text, char quote) {
    this.columns = List.copyOf(columns);
    this.text = text;
    this.quote = quote;
    int n = columns.size();
    this.cells = new int[n][];
    this.narrow = new char[n][];
    this.absolute = new int[n][];
    this.farStarts = newMaps(n);
    this.longEnds = newMaps(n);
    this.shared = new boolean[n];
    for (int c = 0; c < n; c++) {
      narrow[c] = new char[capacity];
    }
  }

  /** A cell's int ({@link #cells}' layout), from its column's narrow or wide array. */
  private int cell(int c, int row) {
    char[] n = narrow[c];
    if (n != null) {
      int v = n[row];
      return (v & 0xFF00) << 8 | (v & 0xFF);
    }
    return cells[c][row];
  }

  /** Stores a cell's int in its column, widening a narrow column that it does not fit. */
  private void store(int c, int row, int cell) {
    char[] n = narrow[c];
    if (n != null) {
      if ((cell & 0xFF00FF00) == 0) {
        n[row] = (char) (cell | cell >>> 8);
        return;
      }
      widen(c);
    }
    cells[c][row] = cell;
  }

  /** Moves a narrow column's cells to an int array of its own. */
  private void widen(int c) {
    char[] n = narrow[c];
    int[] wide = new int[capacity];
    for (int r = 0; r < rows; r++) {
      int v = n[r];
      wide[r] = (v & 0xFF00) << 8 | (v & 0xFF);
    }
    cells[c] = wide;
    narrow[c] = null;
    shared[c] = false;
  }

  private static final int LONG = 0xFFFF;
  private static final int MAX_SHORT = 0x7FFF;
  private static final int FAR = 0xFFFF;

  /** A cell's start less its row's base, or {@link #FAR}: the high half of its int. */
  private static int deltaOf(int cell) {
    return cell >>> 16;
  }

  /** A cell's length and doubled-quotes bit, or {@link #LONG}: the low half of its int. */
  private static int lengthOf(int cell) {
    return cell & 0xFFFF;
  }

  private static int lengthField(int length, boolean escaped) {
    return length << 1 | (escaped ? 1 : 0);
  }

  /** Far cells a column keeps in its map before it holds its starts in {@link #absolute}. */
  private static final int MAX_FAR = 4096;

  @SuppressWarnings("unchecked")
  private static java.util.Map<Integer, Integer>[] newMaps(int n) {
    return (java.util.Map<Integer, Integer>[]) new java.util.Map[n];
  }

  /** Stores a cell's span: {@code end} as {@link #spanEnd} gives it (negative: doubled quotes). */
  private void put(int c, int row, int start, int end) {
    int delta = start - bases[row];
    boolean escaped = end <= ESCAPED;
    int length = (escaped ? ~end : end) - start;
    // the parser's cells: near their row, short, in a column with no far or long cells
    if (absolute[c] == null && delta >= 0 && delta < FAR && length < MAX_SHORT
        && farStarts[c] == null && longEnds[c] == null) {
      store(c, row, delta << 16 | lengthField(length, escaped));
      return;
    }
    if (narrow[c] != null) {
      widen(c);
    }
    int field;
    if (length < MAX_SHORT) {
      field = lengthField(length, escaped);
      forget(longEnds[c], row);
    } else {
      field = LONG;
      longEnds[c] = remember(longEnds[c], row, end);
    }
    cells[c][row] = putStart(c, row, start, delta) << 16 | field;
  }

  /**
   * {@link #put}'s start of a cell in any column (far, or in a column with far cells): stores it
   * where it goes and returns the high half of the cell's int.
   */
  private int putStart(int c, int row, int start, int delta) {
    int[] abs = absolute[c];
    if (abs != null) {
      abs[row] = start;
      return 0;
    }
    if (delta >= 0 && delta < FAR) {
      forget(farStarts[c], row);
      return delta;
    }
    farStarts[c] = remember(farStarts[c], row, start);
    if (farStarts[c].size() > Math.max(MAX_FAR, rows >> 4)) {
      toAbsolute(c);
      absolute[c][row] = start;
    }
    return FAR;
  }

  /** A column's map of rows' values with this one put in; made when the column had none. */
  private static java.util.Map<Integer, Integer> remember(java.util.Map<Integer, Integer> map,
      int row, int value) {
    java.util.Map<Integer, Integer> m = map != null ? map : new java.util.HashMap<>();
    m.put(row, value);
    return m;
  }

  /** Drops a row's value from a column's map, when it has one. */
  private static void forget(java.util.Map<Integer, Integer> map, int row) {
    if (map != null) {
      map.remove(row);
    }
  }

  /** An empty table with these column keys and a text of its own. */
  public static ImportTable withColumns(List<String> columnKeys) {
    return new ImportTable(columnKeys, new SourceText(), '"');
  }

  /**
   * An empty table whose spans point into a text the parser is fed ({@link #addSpans}); {@code
   * quote} tells how the escaped spans read ({@code CsvFormat.escapeRule}): the quote char whose
   * doubling the parser marked, or a backslash that escapes the char after it.
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

  /**
   * How escaped spans read ({@code CsvFormat.escapeRule}): the quote char whose doubling they
   * stand for, or a backslash.
   */
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
    int row = newRow(line, text.length());
    for (int c = 0; c < cells.length; c++) {
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
    return addSpans(spanStarts, spanEnds, 0, count, line);
  }

  /**
   * {@link #addSpans(int[], int[], int, int)} with every span moved by {@code shift}: cell {@code
   * c} runs from {@code spanStarts[c] + shift} (from {@code ~spanStarts[c] + shift} where that is
   * negative, as the parser marks a quoted field). A parser's fields, which count from where its
   * buffer starts in the text, are added so without a copy.
   */
  public int addSpans(int[] spanStarts, int[] spanEnds, int shift, int count, int line) {
    int n = Math.min(count, cells.length);
    int first = n > 0 ? spanStarts[0] : 0;
    int base = n > 0 ? (first < 0 ? ~first : first) + shift : 0;
    int row = newRow(line, base);
    boolean near = !anyAbsolute;
    for (int c = 0; c < n; c++) {
      int from = spanStarts[c];
      int start = (from < 0 ? ~from : from) + shift;
      int written = spanEnds[c];
      boolean escaped = written <= ESCAPED;
      int end = escaped ? written - shift : written + shift; // ~(~written + shift)
      int delta = start - base;
      int length = (escaped ? ~end : end) - start;
      // the parser's cells, most of a file: a new row has nothing in the columns' maps to drop
      if (near && delta >= 0 && delta < FAR && length < MAX_SHORT) {
        store(c, row, delta << 16 | lengthField(length, escaped));
      } else {
        put(c, row, start, end);
      }
    }
    for (int c = n; c < cells.length; c++) {
      put(c, row, base, base);
    }
    return row;
  }

  private int newRow(int line, int base) {
    if (rows == capacity) {
      grow(grown(capacity, rows + 1));
    }
    if (rowsShared) {
      ownRows();
    }
    if (anyShared) {
      for (int c = 0; c < shared.length; c++) {
        if (shared[c]) {
          own(c);
        }
      }
      anyShared = false;
    }
    if (lines == null && rows == 0) {
      firstLine = line;
    } else if (lines == null && line != firstLine + rows) {
      lines = new int[capacity];
      for (int r = 0; r < rows; r++) {
        lines[r] = firstLine + r;
      }
    }
    if (lines != null) {
      lines[rows] = line;
    }
    bases[rows] = base;
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
      char[] blank = null;
      for (int c = 0; c < cells.length; c++) {
        int s = c < sources.length ? sources[c] : -1;
        if (s >= 0 && s < source.cells.length) {
          cells[c] = source.cells[s];
          narrow[c] = source.narrow[s];
          absolute[c] = source.absolute[s];
          farStarts[c] = source.farStarts[s];
          longEnds[c] = source.longEnds[s];
          anyAbsolute |= absolute[c] != null;
          source.shared[s] = true;
          source.anyShared = true;
        } else {
          // a blank cell starts at its row's base and has no chars: an int of 0
          if (blank == null) {
            blank = new char[capacity];
          }
          cells[c] = null;
          narrow[c] = blank;
          absolute[c] = null;
          farStarts[c] = null;
          longEnds[c] = null;
        }
        shared[c] = true;
      }
      anyShared = true;
      bases = source.bases;
      lines = source.lines;
      firstLine = source.firstLine;
      deleted = source.deleted;
      rowsShared = true;
      source.rowsShared = true;
      deletedCount = source.deletedCount;
      rows = n;
      return;
    }
    ensureCapacity(rows + n);
    for (int r = 0; r < n; r++) {
      int row = newRow(source.line(r), text.length());
      for (int c = 0; c < cells.length; c++) {
        int s = c < sources.length ? sources[c] : -1;
        String v = s >= 0 && s < source.cells.length ? source.get(r, s) : "";
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
    int start = startOf(column, row);
    int end = spanEnd(row, column);
    if (end <= ESCAPED) {
      return text.unescape(start, ~end, quote);
    }
    return text.slice(start, end);
  }

  /** Whether a cell has no chars, without making its String. */
  public boolean isEmpty(int row, int column) {
    check(row);
    int length = lengthOf(cell(column, row));
    return length == 0 || length == 1;
  }

  /** Where a cell's span starts in {@link #text()}. */
  public int spanStart(int row, int column) {
    return startOf(column, row);
  }

  private int startOf(int column, int row) {
    int[] abs = absolute[column];
    if (abs != null) {
      return abs[row];
    }
    int delta = deltaOf(cell(column, row));
    return delta != FAR ? bases[row] + delta : farStarts[column].get(row);
  }

  /**
   * Where a cell's span ends in {@link #text()}, or, when negative, {@code ~end} of a span whose
   * doubled quotes read as one (its String differs from its span).
   */
  public int spanEnd(int row, int column) {
    int length = lengthOf(cell(column, row));
    if (length == LONG) {
      return longEnds[column].get(row);
    }
    int end = startOf(column, row) + (length >>> 1);
    return (length & 1) != 0 ? ~end : end;
  }

  /**
   * The spans of a run of {@code n} cells of a column from row {@code from} on, as {@link
   * #spanStart} and {@link #spanEnd} give them one by one: a block of rows validated a column at a
   * time reads them in one loop over the column's arrays.
   */
  public void spans(int column, int from, int n, int[] spanStarts, int[] spanEnds) {
    char[] narrowCells = narrow[column];
    if (narrowCells != null) {
      // the parser's cells of a column that fits in two bytes a cell: no far or long ones
      int[] b = bases;
      for (int i = 0; i < n; i++) {
        int v = narrowCells[from + i];
        int start = b[from + i] + (v >>> 8);
        spanStarts[i] = start;
        int end = start + ((v & 0xFF) >>> 1);
        spanEnds[i] = (v & 1) != 0 ? ~end : end;
      }
      return;
    }
    int[] a = cells[column];
    if (absolute[column] == null && farStarts[column] == null && longEnds[column] == null) {
      // the parser's cells, in one loop
      int[] b = bases;
      for (int i = 0; i < n; i++) {
        int cell = a[from + i];
        int start = b[from + i] + (cell >>> 16);
        spanStarts[i] = start;
        int end = start + ((cell & 0xFFFF) >>> 1);
        spanEnds[i] = (cell & 1) != 0 ? ~end : end;
      }
      return;
    }
    for (int i = 0; i < n; i++) {
      int start = startOf(column, from + i);
      int length = lengthOf(a[from + i]);
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
    String[] values = new String[cells.length];
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
    return lines == null ? firstLine + row : lines[row];
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
    if (rowsShared) {
      ownRows();
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

  /**
   * Spare rows a loaded table keeps rather than copy every column to give them back: a small
   * table sized from an early estimate (a few percent high) would otherwise pay a whole copy for
   * a few hundred KiB.
   */
  private static final int KEPT_SPARE_ROWS = 1 << 14;

  /** Gives back the spare capacity of every buffer; call when loading is done. */
  public void trimToSize() {
    text.trimToSize();
    // a mapped table is exact and a presized one close to it: copy only for real slack
    int spare = capacity - rows;
    if (spare > (capacity >> 4) + 16 && spare > KEPT_SPARE_ROWS) {
      grow(Math.max(rows, 1));
    }
  }

  /** Moves every array to a new capacity (at least the rows held). */
  private void grow(int newCapacity) {
    for (int c = 0; c < cells.length; c++) {
      if (absolute[c] != null) {
        absolute[c] = java.util.Arrays.copyOf(absolute[c], newCapacity);
      }
      if (narrow[c] != null) {
        narrow[c] = java.util.Arrays.copyOf(narrow[c], newCapacity);
      } else {
        cells[c] = java.util.Arrays.copyOf(cells[c], newCapacity);
      }
      if (shared[c]) {
        copyMaps(c);
      }
      shared[c] = false;
    }
    anyShared = false;
    capacity = newCapacity;
    ownRows();
  }

  /** Gives the rows' bases, lines and deleted marks arrays of this table's own. */
  private void ownRows() {
    bases = java.util.Arrays.copyOf(bases, capacity);
    lines = lines == null ? null : java.util.Arrays.copyOf(lines, capacity);
    deleted = java.util.Arrays.copyOf(deleted, capacity);
    rowsShared = false;
  }

  /** Gives a shared column arrays of its own. */
  private void own(int column) {
    if (absolute[column] != null) {
      absolute[column] = java.util.Arrays.copyOf(absolute[column], capacity);
    }
    if (narrow[column] != null) {
      narrow[column] = java.util.Arrays.copyOf(narrow[column], capacity);
    } else {
      cells[column] = java.util.Arrays.copyOf(cells[column], capacity);
    }
    copyMaps(column);
    shared[column] = false;
  }

  private void copyMaps(int column) {
    if (farStarts[column] != null) {
      farStarts[column] = new java.util.HashMap<>(farStarts[column]);
    }
    if (longEnds[column] != null) {
      longEnds[column] = new java.util.HashMap<>(longEnds[column]);
    }
  }

  /** Holds a column's starts as offsets of their own: it has too many far cells for its map. */
  private void toAbsolute(int column) {
    int[] abs = new int[capacity];
    for (int r = 0; r < rows; r++) {
      abs[r] = startOf(column, r);
    }
    absolute[column] = abs;
    anyAbsolute = true;
    farStarts[column] = null;
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
