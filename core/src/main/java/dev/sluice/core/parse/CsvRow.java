package dev.sluice.core.parse;

/**
 * A view of the record the parser just read: fields are Strings made only when asked for.
 *
 * <p>The view is reused for every record and is valid only inside {@link CsvHandler#row}; keep
 * {@link #toArray()} or the fields you need, not the view.
 */
public final class CsvRow {
  private final CsvParser parser;

  CsvRow(CsvParser parser) {
    this.parser = parser;
  }

  /** 1-based record number. */
  public int record() {
    return parser.rowRecord;
  }

  /** 1-based line the record starts on. */
  public int line() {
    return parser.rowLine;
  }

  /** 0-based character offset where the record starts. */
  public long offset() {
    return parser.base + parser.rowStart;
  }

  /** Number of fields in the record (at least 1). */
  public int size() {
    return parser.fieldCount;
  }

  /** The field at a 0-based index, unquoted and unescaped. */
  public String field(int index) {
    if (index < 0 || index >= parser.fieldCount) {
      throw outside(index);
    }
    return parser.materialise(index);
  }

  /** Whether the field at a 0-based index has no characters (without making a String). */
  public boolean isEmpty(int index) {
    return parser.endOf(index) == parser.startOf(index);
  }

  /**
   * Whether every field is empty ({@code ,,,} or {@code "",""}): the blank rows a spreadsheet
   * writes below its data where cells were formatted, which an import skips as it skips empty
   * lines (a sheet read from a workbook has none).
   */
  public boolean allFieldsEmpty() {
    for (int i = 0; i < parser.fieldCount; i++) {
      if (parser.endOf(i) != parser.startOf(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where the field at a 0-based index starts in the text the parser keeps (see {@link
   * CsvParser#CsvParser(CsvFormat, CsvHandler, dev.sluice.core.table.SourceText)}): inside its
   * quotes for a quoted field.
   */
  public int start(int index) {
    return parser.keepBase + parser.startOf(index);
  }

  /**
   * Where the field at a 0-based index ends (exclusive) in the kept text: before its closing
   * quote for a quoted field, whose doubled quotes {@link #isEscaped} tells of.
   */
  public int end(int index) {
    return parser.keepBase + parser.endOf(index);
  }

  /**
   * The spans of the first {@code n} fields (at most {@link #size}), as {@link #start} and {@link
   * #end} give them, an end written {@code ~end} where the field {@link #isEscaped}: the form
   * {@link dev.sluice.core.table.ImportTable#addSpans} takes, copied in one loop.
   */
  public void spans(int n, int[] starts, int[] ends) {
    checkSpans(n);
    int base = parser.keepBase;
    int[] fieldStarts = parser.fieldStarts;
    int[] fieldEnds = parser.fieldEnds;
    for (int i = 0; i < n; i++) {
      int start = fieldStarts[i];
      starts[i] = base + (start < 0 ? ~start : start);
      int end = fieldEnds[i];
      ends[i] = end < 0 ? end - base : end + base; // ~(base + ~end) == end - base
    }
  }

  /**
   * Appends the first {@code n} fields (at most {@link #size}) to a table over the kept text as a
   * row of spans, as {@link #spans} and {@link dev.sluice.core.table.ImportTable#addSpans} would,
   * without copying them first: a loader's step for every record of a file.
   *
   * @return the row's index in the table
   */
  public int addTo(dev.sluice.core.table.ImportTable table, int n) {
    checkSpans(n);
    return table.addSpans(parser.fieldStarts, parser.fieldEnds, parser.keepBase, n,
        parser.rowLine);
  }

  private void checkSpans(int n) {
    if (n > parser.fieldCount) {
      throw outside(n - 1);
    }
  }

  /** The exception for a field index past the record's fields (its message built here once). */
  private IndexOutOfBoundsException outside(int index) {
    return new IndexOutOfBoundsException("field " + index + " of " + parser.fieldCount);
  }

  /** Whether the field at a 0-based index holds doubled quotes, each read as one quote. */
  public boolean isEscaped(int index) {
    return parser.isEscaped(index);
  }

  /** Whether the field at a 0-based index was enclosed in quotes (well-formed ones). */
  public boolean isQuoted(int index) {
    if (index < 0 || index >= parser.fieldCount) {
      throw outside(index);
    }
    return parser.isQuoted(index);
  }

  /** All fields as a new array. */
  public String[] toArray() {
    String[] out = new String[parser.fieldCount];
    for (int i = 0; i < out.length; i++) {
      out[i] = parser.materialise(i);
    }
    return out;
  }
}
