package dev.sluice.core.flow;

import dev.sluice.core.detect.DialectDetector;
import dev.sluice.core.export.CsvWriter;
import dev.sluice.core.hash.Sha256;
import dev.sluice.core.match.ColumnMapping;
import dev.sluice.core.match.ColumnMatcher;
import dev.sluice.core.match.HeaderMatch;
import dev.sluice.core.match.MatchKind;
import dev.sluice.core.match.RememberedMapping;
import dev.sluice.core.match.ValueFit;
import dev.sluice.core.message.MessageCatalog;
import dev.sluice.core.parse.CsvFormat;
import dev.sluice.core.parse.CsvFormatException;
import dev.sluice.core.parse.CsvHandler;
import dev.sluice.core.parse.CsvParser;
import dev.sluice.core.parse.CsvRange;
import dev.sluice.core.parse.CsvRow;
import dev.sluice.core.parse.ParseIssue;
import dev.sluice.core.parse.Position;
import dev.sluice.core.table.ImportTable;
import dev.sluice.core.table.SourceText;
import dev.sluice.core.schema.Column;
import dev.sluice.core.schema.ColumnType;
import dev.sluice.core.schema.Importer;
import dev.sluice.core.text.Spaces;
import dev.sluice.core.text.TextFold;
import dev.sluice.core.validate.CellResult;
import dev.sluice.core.validate.ColumnValidator;
import dev.sluice.core.validate.Conventions;
import dev.sluice.core.validate.OutputText;
import dev.sluice.core.validate.ValidationIssue;
import dev.sluice.core.validate.ValidationSession;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * One import from file to handed-over rows: load the file's rows into a source table, match its
 * header to the importer's columns, validate the mapped table, review and edit it with undo and
 * redo, and hand the submitted rows over in batches.
 *
 * <p>The one flow that the browser's worker, the command line and tests share; each wraps it in
 * its own boundary (JSON for the worker, a report for the CLI). Results are typed and carry codes,
 * never messages, and cell values only in what the caller asks for. Not thread-safe: one import.
 */
public final class ImportSession {
  /** Parse issues kept with their position; later ones are only counted. */
  public static final int MAX_KEPT_PARSE_ISSUES = 200;

  private final Importer importer;
  private final Sha256 sha256;
  private int maxRows = Integer.MAX_VALUE;

  private Loader loader;
  private Loaded loaded;
  private ColumnMapping mapping;
  private ValidationSession session;
  /** How the validation's date and number columns are read that the file's cells narrowed. */
  private List<Conventions.Note> sessionNotes = List.of();
  /** {@link #sessionNotes} of the validation in parts begun. */
  private List<Conventions.Note> pendingNotes = List.of();
  /** The validation begun ahead of the user's confirmation, or null ({@link #beginAhead}). */
  private Ahead ahead;
  private int[] view;
  private final List<Edit[]> undo = new ArrayList<>();
  private final List<Edit[]> redo = new ArrayList<>();
  private int[] submitted = new int[0];
  private int[] lastChanged = new int[0];

  /** A session for an importer; the hash transform uses the given SHA-256. */
  public ImportSession(Importer importer, Sha256 sha256) {
    this.importer = importer;
    this.sha256 = sha256;
  }

  /** The importer. */
  public Importer importer() {
    return importer;
  }

  /** The most data rows a file may have; a longer file stops loading ({@link Loaded#rowLimitHit}). */
  public void maxRows(int maxRows) {
    this.maxRows = maxRows;
    if (loader != null) {
      loader.checkAt = Math.min(loader.checkAt, maxRows);
    }
  }

  // ---- load

  /**
   * What loading gave: the header (or made-up names for a file without one), the number of data
   * rows, the first {@value #MAX_KEPT_PARSE_ISSUES} parse issues and how many there were.
   */
  public record Loaded(List<String> headers, int rows, List<ParseIssue> parseIssues,
      int parseIssueCount, boolean rowLimitHit, int headerIndex) {}

  /**
   * The header index of a sheet whose header is found from its first rows, as a CSV file's is
   * ({@link dev.sluice.core.detect.DialectDetector#headerIndex}): Excel reports often have a
   * title and a blank row above the table. {@link Loaded#headerIndex} then says which row it is.
   */
  public static final int HEADER_DETECTED = -2;

  /**
   * The first rows of a sheet its header is looked for in ({@link #HEADER_DETECTED}), and whose
   * widest row sets the table's width: a column of values with no header cell (notes typed beside
   * the table) is kept as an unnamed column, not cut off.
   */
  public static final int SHEET_HEADER_SAMPLE = 50;

  /**
   * The header index of a sheet found in its first rows (at most {@link #SHEET_HEADER_SAMPLE}),
   * as a load with {@link #HEADER_DETECTED} finds it: the rule of CSV files, 0 for no rows.
   */
  public static int sheetHeaderIndex(List<String[]> firstRows) {
    return firstRows.isEmpty() ? 0 : DialectDetector.headerIndex(firstRows);
  }

  /** The unnamed columns a sheet's table gets at most past its header row's last cell. */
  static final int MAX_UNNAMED_SHEET_COLUMNS = 64;

  /**
   * Starts loading a file; hand the returned loader to the parser (CSV) or call its {@link
   * Loader#sheetRow} (workbooks), then call {@link #finishLoad}.
   *
   * @param headerIndex  the header's row index (0-based), or -1 when the file has no header
   * @param text         the text the parser keeps (its rows become spans of it), or null to add
   *                     rows as values (sheets, or a parser that keeps no text)
   * @param escapeRule   how the text's escaped fields read ({@link CsvFormat#escapeRule}: the
   *                     quote char, or a backslash)
   * @param unnamed      the name of column {@code n} (1-based) of a file without a header
   */
  public Loader beginLoad(int headerIndex, SourceText text, char escapeRule,
      IntFunction<String> unnamed) {
    loader = new Loader(headerIndex, text, escapeRule, unnamed);
    loaded = null;
    mapping = null;
    session = null;
    sessionMapping = null;
    ahead = null;
    pending = null;
    view = null;
    undo.clear();
    redo.clear();
    submitted = new int[0];
    return loader;
  }

  /**
   * Starts loading a file whose ranges may be parsed apart, in other workers ({@link CsvRange}):
   * text {@link RangedLoad#feed fed} here is parsed here, ranges {@link RangedLoad#add added} are
   * put on in order. Either way the table, the row numbers, the lines and the parse issues are
   * those of one parse of the whole file; call {@link RangedLoad#finish} and then {@link
   * #finishLoad}.
   *
   * @param format the file's dialect (its header index is {@code max(headerIndex, 0)})
   */
  public RangedLoad beginRangedLoad(int headerIndex, SourceText text, CsvFormat format,
      IntFunction<String> unnamed) {
    Loader l = beginLoad(headerIndex, text, format.escapeRule(), unnamed);
    return new RangedLoad(l, text, format, new CsvParser(format, l, text));
  }

  /**
   * A file loaded in ranges, each either parsed here or parsed apart and put on (see {@link
   * #beginRangedLoad}). A range parsed apart was parsed as if a record began where it begins; that
   * holds when everything before it ended between records, and then its records are taken with
   * their numbers, lines and offsets counted on. When it does not hold (a quoted field with line
   * breaks runs across the boundary) the range's own parse is dropped and its text parsed here,
   * going on from the unfinished record, so the result never depends on where the file was cut.
   */
  public final class RangedLoad {
    private final Loader loader;
    private final SourceText text;
    private final CsvFormat format;
    /** The parser of text fed here; null while ranges parsed apart are being taken. */
    private CsvParser parser;
    /** Records and the next record's line after the last range taken (while parser is null). */
    private int records;
    private int line;
    private int expectedWidth;
    private int namedWidth;
    private int taken;
    private int added;
    /** Per range taken: its index among the ranges added (1 for the first), first row, rows. */
    private final List<int[]> takenRows = new ArrayList<>();

    private RangedLoad(Loader loader, SourceText text, CsvFormat format, CsvParser parser) {
      this.loader = loader;
      this.text = text;
      this.format = format;
      this.parser = parser;
    }

    /** Parses the next text of the file here. */
    public void feed(String chunk) {
      if (parser == null) {
        parser = CsvParser.continuing(format, loader, text, records, line, text.length(),
            expectedWidth, namedWidth);
      }
      parser.feed(chunk);
    }

    /**
     * Whether the next range's own parse can be taken: all before it ended between records, after
     * the header. When false, {@link #add} parses the range's text here instead.
     */
    public boolean takesNext(int rangeExpectedWidth) {
      if (parser == null) {
        return rangeExpectedWidth == expectedWidth;
      }
      return loader.headers != null && parser.betweenRecords()
          && rangeExpectedWidth == parser.expectedWidth();
    }

    /**
     * Puts on the next range of the file: its text (the chunks its parse was fed) and its parse.
     * Throws what a parse of the whole file would at the same place: {@link CsvFormatException}
     * for a field too long, {@link RowLimitReached} past the row limit.
     */
    public void add(java.util.List<String> chunks, CsvRange.Result range) {
      added++;
      if (!takesNext(range.expectedWidth()) || loader.repeatsHeaderIn(chunks, range)) {
        for (String chunk : chunks) {
          feed(chunk);
        }
        return;
      }
      if (parser != null) {
        records = parser.records();
        line = parser.line();
        expectedWidth = parser.expectedWidth();
        namedWidth = parser.namedWidth();
        parser = null;
      }
      int at = text.length();
      int keep = range.betweenRecords() ? Integer.MAX_VALUE : range.pendingStart();
      int appended = 0;
      for (String chunk : chunks) {
        if (appended + chunk.length() <= keep) {
          text.append(chunk);
        } else if (appended < keep) {
          text.append(chunk.substring(0, keep - appended));
        }
        appended += chunk.length();
      }
      taken++;
      int lines = line - 1;
      int count = range.issueCount() - (range.stopped() ? 1 : 0);
      int issue = 0; // the next issue to put on: each before the row after its record
      int[] r = range.rows();
      int[] starts = new int[16];
      int[] ends = new int[16];
      int[] rowsOf = {added, loader.source.rowCount(), 0};
      takenRows.add(rowsOf);
      for (int p = 0, record = records + 1; p < range.rowInts(); record++) {
        int rowLine = r[p] + lines;
        int n = r[p + 1];
        p += 2;
        if (starts.length < n) {
          starts = new int[n];
          ends = new int[n];
        }
        for (int i = 0; i < n; i++, p += 2) {
          starts[i] = r[p] + at;
          int end = r[p + 1];
          ends[i] = end < 0 ? ~(~end + at) : end + at;
        }
        if (issue < count) {
          // the issues of the records up to this one, as a parse of the whole file reports them
          // before it hands over the record: a row limit reached here then counts the same ones
          int rowEnd = n == 0 ? 0 : r[p - 1] < 0 ? ~r[p - 1] : r[p - 1];
          issue = putIssues(range, issue, count, rowEnd, keep, lines, at);
        }
        loader.spanRow(starts, ends, n, rowLine);
        rowsOf[2]++;
      }
      putIssues(range, issue, count, Integer.MAX_VALUE, keep, lines, at);
      if (range.stopped()) {
        throw new CsvFormatException(range.issue(range.issueCount() - 1, records, lines, at));
      }
      records += range.records();
      line = range.endLine() + lines;
      if (!range.betweenRecords()) {
        // the guess for the next range is wrong: go on here from the unfinished record
        parser = CsvParser.continuing(format, loader, text, records, line, text.length(),
            expectedWidth, namedWidth);
        int skip = keep;
        for (String chunk : chunks) {
          if (skip >= chunk.length()) {
            skip -= chunk.length();
          } else {
            parser.feed(skip == 0 ? chunk : chunk.substring(skip));
            skip = 0;
          }
        }
      }
    }

    /**
     * Puts on a range's issues from {@code from} on whose offsets are at most {@code upTo}, leaving
     * out those of the unfinished record (at {@code keep} or later: found again when its text is
     * parsed here); returns the index of the first issue not put on.
     */
    private int putIssues(CsvRange.Result range, int from, int count, int upTo, int keep,
        int lines, int at) {
      int i = from;
      for (; i < count && range.issueOffset(i) <= upTo; i++) {
        if (range.issueOffset(i) < keep) {
          loader.issue(range.issue(i, records, lines, at));
        }
      }
      return i;
    }

    /**
     * The table rows of each range parsed apart that was taken: {range index among those added
     * (1 for the first), first row, number of rows}. The worker that parsed such a range can check
     * those rows itself ({@link ImportSession#checkRange}).
     */
    public List<int[]> takenRanges() {
      List<int[]> out = new ArrayList<>();
      for (int[] t : takenRows) {
        out.add(t.clone());
      }
      return out;
    }

    /** How many ranges parsed apart were taken (the others were parsed here). */
    public int rangesTaken() {
      return taken;
    }

    /** Ends the file: the last record needs no line break. */
    public void finish() {
      if (parser != null) {
        parser.finish();
      }
    }
  }

  /** Ends loading. */
  public Loaded finishLoad() {
    Loader l = loader;
    if (l.sample != null && !l.sampled) {
      try {
        l.detectHeader(); // a sheet shorter than the sample
      } catch (RowLimitReached stop) {
        // rowLimitHit says so
      }
    }
    if (l.source == null) {
      l.headers = List.of();
      l.source = ImportTable.withColumns(List.of());
    }
    l.source.trimToSize();
    loaded = new Loaded(l.headers, l.source.rowCount(), List.copyOf(l.issues), l.issueCount,
        l.rowLimitHit, l.headerIndex);
    return loaded;
  }

  /** Whether the load stopped at the row limit. */
  public boolean rowLimitHit() {
    return loader != null && loader.rowLimitHit;
  }

  /** The rows after which a load sizes its table from {@link #expectChars} (before it grows). */
  private static final int ESTIMATE_AT = 1000;

  /**
   * Tables estimated at up to this many rows are sized at the first look: an estimate too high
   * by far costs at most a copy of this many rows at the end, no more than the second look's
   * copy would, which a table this small would otherwise always pay.
   */
  private static final int SMALL_TABLE_ROWS = 1 << 17;

  /**
   * Says about how many chars the whole text being loaded will give (an estimate from the file's
   * size): once the first rows show how long a row is (a thousand, then 32,000 for a closer look),
   * the table is allocated for all of them at once instead of growing step by step, each step a
   * copy of every column.
   */
  public void expectChars(double chars) {
    if (loader != null) {
      loader.expectedChars = chars;
      loader.checkAt = Math.min(ESTIMATE_AT, maxRows);
    }
  }

  /** The data rows loaded so far. */
  public int loadedRows() {
    return loader == null || loader.source == null ? 0 : loader.source.rowCount();
  }

  /**
   * The row numbers in its sheet of a workbook's first rows, header and title rows included
   * (empty for a CSV file): the sheet reader gives no empty row, so the header index counts
   * over these, and a header picker names its choices by them ("Row 3" as in Excel).
   */
  public List<Integer> sheetRowNumbers() {
    return loader == null ? List.of() : loader.firstLines;
  }

  /** A loaded row as the file has it (for previews), before any mapping. */
  public String[] sourceRow(int row) {
    return loader.source.row(row);
  }

  /** The line a loaded row starts on in the file (1-based). */
  public int sourceLine(int row) {
    return loader.source.line(row);
  }

  /** Thrown through the parser when a file has more rows than allowed; carries no data. */
  public static final class RowLimitReached extends RuntimeException {
    RowLimitReached() {
      super("row limit reached", null, false, false);
    }
  }

  /**
   * Receives a file's rows: skips rows above the header, takes the header, and adds every later
   * row but blank ones (every field empty) to the source table (as spans of the parser's text
   * when it keeps one). Past the header only the header's width is kept; the parser reports
   * longer rows. A sheet's first rows are held until its header and width are known.
   */
  public final class Loader implements CsvHandler {
    private int headerIndex;
    /** A sheet's first rows and their lines, until its header and width are known; else null. */
    private List<String[]> sample;
    private List<Integer> sampleLines;
    /** The width of a sheet's table: its widest row among the first, from the header on. */
    private int width;
    /** Whether a sheet's first rows were taken ({@link #detectHeader}). */
    private boolean sampled;
    /** The row numbers in the sheet of a sheet's first rows, once taken; else empty. */
    private List<Integer> firstLines = List.of();
    private final SourceText text;
    private final char quote;
    private final IntFunction<String> unnamed;
    private List<String> headers;
    private ImportTable source;
    private final List<ParseIssue> issues = new ArrayList<>();
    private int issueCount;
    private boolean rowLimitHit;
    private int sheetRows;
    /** The header row's values, to tell a row that repeats it ({@link #repeatsHeader}). */
    private String[] headerRow;
    /** The table row handed to addRow, reused for every row. */
    private String[] cells;

    /** The chars the text will give, about ({@link #expectChars}); 0 when not known. */
    private double expectedChars;
    /** The row count at which {@link #checkLimit} looks again: the limit, or the estimate's row. */
    private int checkAt = maxRows;

    private Loader(int headerIndex, SourceText text, char quote, IntFunction<String> unnamed) {
      this.headerIndex = headerIndex;
      this.text = text;
      this.quote = quote;
      this.unnamed = unnamed;
    }

    /** Whether loading stopped at the row limit. */
    public boolean rowLimitHit() {
      return rowLimitHit;
    }

    @Override
    public void row(CsvRow row) {
      int index = row.record() - 1;
      if (index < headerIndex) {
        return;
      }
      if (headers == null && startTable(row.toArray(), row.size())) {
        return;
      }
      if (row.allFieldsEmpty()) {
        return; // ",,,," below a spreadsheet's data: no row, as an empty line is none
      }
      if (repeatsHeader(row)) {
        return;
      }
      if (source.rowCount() >= checkAt) {
        checkLimit(row.offset());
      }
      int n = Math.min(row.size(), headers.size());
      if (text == null) {
        String[] out = rowCells();
        for (int i = 0; i < out.length; i++) {
          out[i] = i < n ? row.field(i) : null;
        }
        source.addRow(out, row.line());
        return;
      }
      row.addTo(source, n);
    }

    /** A data row of a range parsed apart, as spans of the load's text (see {@link RangedLoad}). */
    void spanRow(int[] starts, int[] ends, int n, int line) {
      checkLimit(-1);
      source.addSpans(starts, ends, Math.min(n, headers.size()), line);
    }

    /**
     * The next row of a workbook's sheet, as {@link dev.sluice.core.xlsx.SheetReader} gives them:
     * the same header and table handling as a CSV record.
     *
     * @param line its row number in the sheet
     */
    public void sheetRow(String[] values, int count, int line) {
      if (!sampled) { // the first rows decide the header and the table's width
        if (sample == null) {
          sample = new ArrayList<>();
          sampleLines = new ArrayList<>();
        }
        sample.add(Arrays.copyOf(values, count));
        sampleLines.add(line);
        if (sample.size() >= SHEET_HEADER_SAMPLE) {
          detectHeader();
        }
        return;
      }
      int index = sheetRows++;
      if (index < headerIndex) {
        return;
      }
      if (headers == null && startTable(values, count)) {
        return;
      }
      if (count == headerRow.length && repeats(values, index + 1, line, 0)) {
        return;
      }
      checkLimit(-1);
      String[] out = rowCells();
      int n = Math.min(count, out.length);
      if (count > out.length) { // past the first rows: values with no column to go to
        issue(new ParseIssue.SheetRowWider(new Position(index + 1, line, out.length + 1, 0),
            out.length, count));
      }
      for (int i = 0; i < out.length; i++) {
        out[i] = i < n ? values[i] : null;
      }
      source.addRow(out, line);
    }

    /**
     * Finds the header in the sheet's first rows (unless it was given), takes the widest of them
     * from the header on as the table's width, then takes the rows as if they came now.
     */
    private void detectHeader() {
      List<String[]> rows = sample;
      List<Integer> lines = sampleLines;
      sampled = true;
      firstLines = List.copyOf(lines);
      sample = null;
      sampleLines = null;
      if (headerIndex == HEADER_DETECTED) {
        headerIndex = sheetHeaderIndex(rows);
      }
      for (int i = Math.max(headerIndex, 0); i < rows.size(); i++) {
        width = Math.max(width, rows.get(i).length);
      }
      for (int i = 0; i < rows.size(); i++) {
        sheetRow(rows.get(i), rows.get(i).length, lines.get(i));
      }
    }

    @Override
    public void issue(ParseIssue issue) {
      issueCount++;
      if (issues.size() < MAX_KEPT_PARSE_ISSUES) {
        issues.add(issue);
      }
    }

    /**
     * Stops a load at the row limit; at the estimate's row ({@link #expectChars}), a record that
     * starts {@code offset} chars into the text, sizes the table for the whole text.
     */
    private void checkLimit(long offset) {
      int rows = source.rowCount();
      if (rows >= maxRows) {
        rowLimitHit = true;
        throw new RowLimitReached();
      }
      if (expectedChars > 0 && offset > 0 && rows >= checkAt) {
        // doubles, not longs: long is emulated in the browser build; at most 4M rows at once (a
        // larger file grows past that as before)
        double estimate = expectedChars / ((double) offset / rows) * 1.03 + 64;
        if (estimate > rows * 32.0 && rows < ESTIMATE_AT * 32 && estimate > SMALL_TABLE_ROWS) {
          // the first thousand rows may be shorter than most (ids with fewer digits): room for
          // 32 times as many, and a second look there, where an estimate too high would leave
          // the whole table to be copied to its size at the end
          checkAt = Math.min(rows * 32, maxRows);
          source.ensureCapacity(checkAt);
          return;
        }
        source.ensureCapacity((int) Math.min(Math.min(estimate, 1 << 22), maxRows));
        expectedChars = 0; // once
      }
      checkAt = maxRows;
    }

    /**
     * Whether a record repeats the header row, as files of one export joined one after another
     * ({@code cat a.csv b.csv}) do at each join, a byte order mark before it too; if so says it
     * is left out. Its fields' lengths rule out nearly every other record before a String is
     * made.
     */
    private boolean repeatsHeader(CsvRow row) {
      int n = headerRow.length;
      if (row.size() != n) {
        return false;
      }
      for (int i = 0; i < n; i++) {
        if (!row.isEscaped(i) && !fits(i, row.end(i) - row.start(i))) {
          return false;
        }
      }
      return repeats(row.toArray(), row.record(), row.line(), row.offset());
    }

    /**
     * Whether a field of {@code length} chars (as written, no doubled quotes) may hold the header's
     * cell {@code i}: the first one after a byte order mark too.
     */
    private boolean fits(int i, int length) {
      int h = headerRow[i].length();
      return length == h || i == 0 && length == h + 1;
    }

    /**
     * Whether a range parsed apart holds a row that repeats the header (rows whose fields are as
     * long as the header's, {@link #fits}, are read from the range's text, joined once). Such a
     * range is parsed here instead, where {@link #repeatsHeader} leaves the row out: the table's
     * rows then stay those of one parse, and no worker checks a range's rows the table lacks.
     */
    private boolean repeatsHeaderIn(List<String> chunks, CsvRange.Result range) {
      int[] r = range.rows();
      int n = headerRow == null ? -1 : headerRow.length;
      String text = null;
      for (int p = 0; p < range.rowInts(); p += 2 + 2 * r[p + 1]) {
        boolean may = r[p + 1] == n;
        for (int i = 0; may && i < n; i++) {
          int end = r[p + 3 + 2 * i];
          may = end < 0 || fits(i, end - r[p + 2 + 2 * i]);
        }
        if (may) {
          if (text == null) { // the range's text joined once, for a row that may be the header
            StringBuilder sb = new StringBuilder();
            for (String chunk : chunks) {
              sb.append(chunk);
            }
            text = sb.toString();
          }
          String[] values = new String[n];
          for (int i = 0; i < n; i++) {
            int end = r[p + 3 + 2 * i];
            String raw = text.substring(r[p + 2 + 2 * i], end < 0 ? ~end : end);
            values[i] = end < 0 ? SourceText.unescape(raw, quote) : raw;
          }
          if (repeats(values, 0, 0, 0)) {
            return true;
          }
        }
      }
      return false;
    }

    /**
     * Whether the values of a row are the header row's (a byte order mark before the first), and
     * if so says the row is left out. (A header of blank cells is repeated by blank rows only,
     * which are no rows anyway.)
     */
    private boolean repeats(String[] values, int record, int line, long offset) {
      for (int i = 0; i < headerRow.length; i++) {
        String v = values[i] == null ? "" : values[i];
        if (!(i == 0 && v.startsWith("\uFEFF") ? v.substring(1) : v).equals(headerRow[i])) {
          return false;
        }
      }
      if (record > 0) {
        issue(new ParseIssue.RepeatedHeader(new Position(record, line, 0, offset)));
      }
      return true;
    }

    private String[] rowCells() {
      if (cells == null || cells.length != headers.size()) {
        cells = new String[headers.size()];
      }
      return cells;
    }

    /**
     * Takes the headers from the first row read (or names the columns when the file has no
     * header) and makes the source table; returns whether that row was the header.
     */
    private boolean startTable(String[] values, int size) {
      List<String> h = new ArrayList<>();
      List<String> keys = new ArrayList<>();
      // a stray value far right (column XFD) adds no thousands of columns: at most 64 unnamed
      int columns = Math.max(size, Math.min(width, size + MAX_UNNAMED_SHEET_COLUMNS));
      for (int i = 0; i < columns; i++) {
        // a sheet's columns past its header row's last cell are named as a headerless file's
        h.add(headerIndex < 0 || i >= size ? unnamed.apply(i + 1) : values[i]);
        keys.add("c" + i);
      }
      headers = h;
      // a file without a header repeats none (no row has zero fields); a sheet's blank cells ""
      headerRow = new String[headerIndex < 0 ? 0 : size];
      for (int i = 0; i < headerRow.length; i++) {
        headerRow[i] = values[i] == null ? "" : values[i];
      }
      source = text != null ? ImportTable.over(text, quote, keys) : ImportTable.withColumns(keys);
      return headerIndex >= 0;
    }
  }

  // ---- map

  /** The key a confirmed mapping for the loaded headers is stored under. */
  public String fingerprint() {
    return ColumnMapping.fingerprint(importer, loaded.headers());
  }

  /** Suggests a mapping of the loaded headers, preferring a remembered one for the same headers. */
  public ColumnMapping suggestMapping(RememberedMapping remembered) {
    mapping = ColumnMatcher.match(importer, loaded.headers(), remembered, this::valueFit);
    if (remembered == null) {
      // a column with no header and no value (",,," after the last header: cells a spreadsheet
      // formatted) is suggested as not imported, not handed over as an empty extra column
      for (HeaderMatch m : mapping.matches()) {
        if (m.kind() == MatchKind.NONE && Spaces.isBlank(m.header()) && holdsNoValue(m.index())) {
          mapping = mapping.withIgnored(m.index());
        }
      }
    }
    return mapping;
  }

  /** The values of a file column sampled to tell how well they suit a column's type. */
  private static final int FIT_SAMPLE = 64;

  /**
   * The share of the first {@value #FIT_SAMPLE} values of a file column that the importer's
   * column accepts ({@link ValueFit}); -1 for a text column, whose values all fit, or none held.
   */
  private double valueFit(int header, int column) {
    Column c = importer.columns().get(column);
    ImportTable source = loader == null ? null : loader.source;
    if (c.type() instanceof ColumnType.Text || source == null
        || header >= source.columns().size()) {
      return -1;
    }
    ColumnValidator validator = new ColumnValidator(c, sha256);
    int seen = 0;
    int valid = 0;
    for (int row = 0; row < source.rowCount() && seen < FIT_SAMPLE; row++) {
      String value = source.get(row, header);
      if (value == null || Spaces.isBlank(value)) {
        continue;
      }
      seen++;
      // verify: check's validity without making the normal form
      if (validator.verify(value) instanceof CellResult.Valid) {
        valid++;
      }
    }
    return seen == 0 ? -1 : (double) valid / seen;
  }

  /** Whether every loaded row's cell of a file column is empty. */
  private boolean holdsNoValue(int column) {
    ImportTable source = loader.source;
    for (int row = 0; row < source.rowCount(); row++) {
      if (!source.isEmpty(row, column)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Sets the mapping: for each header, in file order, a column key, {@code ""} for "do not
   * import" (the values are dropped from everything that follows), or null to leave it unmatched
   * (an extra column when the importer allows extras).
   */
  public ColumnMapping applyMapping(List<String> columnPerHeader) {
    return applyMapping(columnPerHeader, java.util.Map.of());
  }

  /**
   * {@link #applyMapping(List)}, with some headers kept as custom fields under the names given
   * (header index to name; importers that allow custom columns).
   *
   * @throws IllegalArgumentException with a message code ({@link ColumnMapping#customNameProblem})
   *     when a name cannot be used
   */
  public ColumnMapping applyMapping(List<String> columnPerHeader,
      java.util.Map<Integer, String> customNames) {
    List<String> headers = loaded.headers();
    ColumnMapping m = ColumnMapping.unmatched(importer, headers);
    for (int h = 0; h < headers.size() && h < columnPerHeader.size(); h++) {
      String choice = columnPerHeader.get(h);
      if (choice != null && choice.isEmpty()) {
        m = m.withIgnored(h);
      } else if (choice != null) {
        m = m.withColumn(h, choice);
      }
    }
    for (int h = 0; h < headers.size(); h++) {
      String name = customNames.get(h);
      if (name != null) {
        m = m.withCustom(h, name);
      }
    }
    mapping = m;
    return mapping;
  }

  /** The current mapping, or null before one was suggested or applied. */
  public ColumnMapping mapping() {
    return mapping;
  }

  // ---- validate and review

  /**
   * Builds the table for the mapping and validates every row; edits and the view start over. A
   * validation begun ahead ({@link #beginAhead}) of the same table is taken instead, once the
   * rows it has not reached are checked and every row is joined to its unique groups.
   */
  public ValidationSession validate() {
    Ahead a = ahead;
    ahead = null;
    if (a != null && a.isFor(mapping)) {
      if (!a.joined()) {
        a.checkRows(Integer.MAX_VALUE);
        a.join();
      }
      session = a.session;
      sessionNotes = a.notes;
      sessionMapping = mapping;
      undo.clear();
      redo.clear();
      view = null;
      return session;
    }
    ImportTable table = mapping.newTable();
    table.addRowsFrom(loader.source, mapping.projection().sources());
    Conventions.Narrowed narrowed = Conventions.narrowed(importer, table);
    session = ValidationSession.validate(narrowed.importer(), table, sha256);
    sessionNotes = narrowed.notes();
    sessionMapping = mapping;
    undo.clear();
    redo.clear();
    view = null;
    return session;
  }

  // ---- validation ahead: while a person reads the suggested mapping, the worker checks rows

  /**
   * Begins validating the loaded rows with the current (suggested) mapping before it is
   * confirmed: {@link #checkAhead} checks the rows a few at a time (a worker stays free to answer
   * between calls) and then joins them, and {@link #validate} takes the work when the mapping it
   * validates builds the same table (finishing it if need be), or drops it.
   * Returns false, beginning nothing, when there is nothing to check (no mapping or no rows).
   */
  public boolean beginAhead() {
    ahead = null;
    if (mapping == null || loaded == null || loader.source.rowCount() == 0) {
      return false;
    }
    ImportTable table = mapping.newTable();
    table.addRowsFrom(loader.source, mapping.projection().sources());
    table.trimToSize();
    Conventions.Narrowed narrowed = Conventions.narrowed(importer, table);
    ahead = new Ahead(mapping, new ValidationSession(narrowed.importer(), table, sha256),
        narrowed.notes());
    return true;
  }

  /**
   * Does the next step of the validation begun ahead: checks up to {@code rows} more rows and,
   * with the last of them, joins every row to its unique groups (a longer step: about a tenth of
   * the whole), so that confirming the mapping then takes the validation as made. False once that
   * is done, or when there is none under way (never begun, taken by {@link #validate}, or dropped
   * by a new load).
   */
  public boolean checkAhead(int rows) {
    Ahead a = ahead;
    if (a == null || a.joined()) {
      return false;
    }
    if (a.checkRows(rows)) {
      return true;
    }
    a.join();
    return false;
  }

  /**
   * Whether a validation begun ahead (under way or done, not yet taken by {@link #validate}) is of
   * the table the current mapping builds: asked to begin again for the same mapping (the widget
   * begins at the format step and asks again at the mapping step), it goes on instead.
   */
  public boolean aheadFits() {
    return ahead != null && sameTable(ahead.mapping, mapping);
  }

  /**
   * How the last validation reads the date and number columns its cells narrowed ({@link
   * Conventions}): one note per such column, for the person importing to see.
   */
  public List<Conventions.Note> readingNotes() {
    return sessionNotes;
  }

  /** The mapping the validation in {@link #validation} was made with. */
  private ColumnMapping sessionMapping;

  /**
   * Whether the validation made (ahead, with the suggested mapping) is of the table the current
   * mapping builds, so that confirming the mapping needs no validation at all.
   */
  public boolean validatedFits() {
    return session != null && sameTable(sessionMapping, mapping);
  }

  /** A validation begun ahead: its mapping and its session, which validates every row in steps. */
  private static final class Ahead {
    final ColumnMapping mapping;
    final ValidationSession session;
    final List<Conventions.Note> notes;
    private boolean joined;

    Ahead(ColumnMapping mapping, ValidationSession session, List<Conventions.Note> notes) {
      this.mapping = mapping;
      this.session = session;
      this.notes = notes;
      session.startValidation();
    }

    /** Checks up to {@code n} more rows; whether rows are left. */
    boolean checkRows(int n) {
      return session.validateNextRows(n);
    }

    /** Joins every row checked to its unique groups: the session is then a whole validation. */
    void join() {
      session.endValidation();
      joined = true;
    }

    boolean joined() {
      return joined;
    }

    /** Whether a mapping builds the table this validation checks. */
    boolean isFor(ColumnMapping other) {
      return sameTable(mapping, other);
    }
  }

  /**
   * A part of the mapped table for another worker to check ({@link #checkPart(Importer, Sha256,
   * ValidationPart)}): rows {@code from} to {@code to} of the table, as the text chunks their cells
   * lie in and, per row and column, the start and end of the cell in those chunks joined (an end
   * {@code ~e} for a field with doubled quotes; an empty cell 0, 0), and what the whole table's
   * cells narrowed in the importer ({@link Conventions#changes}), for the part to read alike.
   */
  public record ValidationPart(int from, int to, List<String> columns, char quote,
      List<String> chunks, int[] spans, Map<String, Object> changes) {}

  /** The session that validates in parts, between {@link #beginValidation} and its finish. */
  private ValidationSession pending;

  /**
   * Starts validating the mapped table in {@code parts} parts of rows (the first is this worker's,
   * {@link #checkPart(int, int)}; the others go to other workers): the parts, or null when the
   * table cannot be checked in parts (then call {@link #validate}).
   */
  public List<ValidationPart> beginValidation(int parts) {
    ImportTable table = mapping.newTable();
    table.addRowsFrom(loader.source, mapping.projection().sources());
    table.trimToSize();
    Conventions.Narrowed narrowed = Conventions.narrowed(importer, table);
    pending = new ValidationSession(narrowed.importer(), table, sha256);
    pendingNotes = narrowed.notes();
    pendingMapping = mapping;
    int rows = table.rowCount();
    if (parts < 2 || rows < parts || table.liveRowCount() != rows) {
      return null;
    }
    SourceText text = table.text();
    int columns = table.columns().size();
    Map<String, Object> changes = pendingChanges();
    List<ValidationPart> out = new ArrayList<>();
    for (int p = 0; p < parts; p++) {
      int from = (int) ((long) rows * p / parts);
      int to = (int) ((long) rows * (p + 1) / parts);
      int min = Integer.MAX_VALUE;
      int max = 0;
      for (int c = 0; c < columns; c++) {
        for (int r = from; r < to; r++) {
          int start = table.spanStart(r, c);
          int end = table.spanEnd(r, c);
          end = end < 0 ? ~end : end;
          if (end > start) {
            min = Math.min(min, start);
            max = Math.max(max, end);
          }
        }
      }
      if (min == Integer.MAX_VALUE) {
        min = max = 0;
      }
      int first = text.chunkIndex(min);
      int last = max > min ? text.chunkIndex(max - 1) : first;
      if (first < 0 || last < 0) {
        return null; // cells in text added one by one, not in the file's chunks
      }
      List<String> chunks = new ArrayList<>();
      for (int i = first; i <= last; i++) {
        chunks.add(text.chunk(i));
      }
      int base = text.chunkStart(first);
      int[] spans = new int[(to - from) * columns * 2];
      int at = 0;
      for (int r = from; r < to; r++) {
        for (int c = 0; c < columns; c++) {
          int start = table.spanStart(r, c);
          int end = table.spanEnd(r, c);
          boolean escaped = end < 0;
          int e = escaped ? ~end : end;
          if (e > start) {
            spans[at] = start - base;
            spans[at + 1] = escaped ? ~(e - base) : e - base;
          }
          at += 2;
        }
      }
      out.add(new ValidationPart(from, to, table.columns(), table.quote(), chunks, spans,
          changes));
    }
    return out;
  }

  /**
   * How the mapped table reads the file's columns: its column keys, for each the file column it
   * comes from (-1: blank), the file's column count and quote char, and what the whole table's
   * cells narrowed in the importer ({@link Conventions#changes}). What a worker that parsed a
   * range of the file needs to check that range's rows as rows of the mapped table.
   */
  public record Projection(List<String> columns, int[] sources, int fileColumns, char quote,
      Map<String, Object> changes) {}

  /**
   * Starts validating the mapped table where the workers that parsed ranges of the file check
   * those ranges' rows ({@link #checkRange}, rows from {@link RangedLoad#takenRanges}) and this
   * worker the others ({@link #checkPart(int, int)}); then {@link #finishValidation}. No part is
   * cut and no text copied: each helper still holds its range.
   */
  public Projection beginValidationOfRanges() {
    ImportTable table = mapping.newTable();
    table.addRowsFrom(loader.source, mapping.projection().sources());
    table.trimToSize();
    Conventions.Narrowed narrowed = Conventions.narrowed(importer, table);
    pending = new ValidationSession(narrowed.importer(), table, sha256);
    pendingNotes = narrowed.notes();
    pendingMapping = mapping;
    return new Projection(table.columns(), mapping.projection().sources(),
        loaded.headers().size(), table.quote(), pendingChanges());
  }

  /**
   * Checks the rows of a range parsed apart ({@link CsvRange}: its text chunks and its parse) as
   * rows of the mapped table the projection describes: a helper's part of a parallel validation.
   */
  public static ValidationSession.PartVerdicts checkRange(Importer importer, Sha256 sha256,
      Projection projection, List<String> chunks, CsvRange.Result range) {
    SourceText text = new SourceText();
    for (String chunk : chunks) {
      text.append(chunk);
    }
    int columns = projection.columns().size();
    int[] sources = projection.sources();
    ImportTable table = ImportTable.over(text, projection.quote(), projection.columns());
    table.ensureCapacity(range.records());
    int[] starts = new int[columns];
    int[] ends = new int[columns];
    int[] r = range.rows();
    for (int p = 0; p < range.rowInts(); ) {
      int n = Math.min(r[p + 1], projection.fileColumns());
      int fields = p + 2;
      for (int c = 0; c < columns; c++) {
        int s = c < sources.length ? sources[c] : -1;
        boolean present = s >= 0 && s < n;
        starts[c] = present ? r[fields + 2 * s] : 0;
        ends[c] = present ? r[fields + 2 * s + 1] : 0;
      }
      table.addSpans(starts, ends, columns, r[p]);
      p = fields + 2 * r[p + 1];
    }
    return new ValidationSession(Conventions.apply(importer, projection.changes()), table,
        sha256).checkPart(0, table.rowCount());
  }

  /** The mapping of the validation of ranges begun ({@link #pendingFits}). */
  private ColumnMapping pendingMapping;

  /**
   * Whether the validation of ranges begun (perhaps ahead, with the suggested mapping) checks the
   * table the current mapping builds, so that it can be finished rather than begun again.
   */
  public boolean pendingFits() {
    return pending != null && sameTable(pendingMapping, mapping);
  }

  /** Whether two mappings build the same table: the same columns from the same file columns. */
  private static boolean sameTable(ColumnMapping a, ColumnMapping b) {
    return a == b || a != null && b != null
        && a.customColumnKeys().equals(b.customColumnKeys())
        && a.extraColumnKeys().equals(b.extraColumnKeys())
        && Arrays.equals(a.projection().sources(), b.projection().sources());
  }

  /**
   * The importer the validation in parts begun reads with: the importer narrowed to the way the
   * table's cells write their dates and numbers ({@link Conventions}). The other workers check
   * their parts with it ({@link #pendingChanges}), so that every part reads an ambiguous cell
   * alike.
   */
  public Importer pendingImporter() {
    return pending == null ? importer : pending.importer();
  }

  /**
   * What the validation in parts begun narrowed ({@link Conventions#changes}), for the other
   * workers to {@link Conventions#apply} to the importer they check their parts with.
   */
  public Map<String, Object> pendingChanges() {
    return Conventions.changes(importer, pendingImporter());
  }

  /** Checks rows of the table being validated in parts here (this worker's own part). */
  public ValidationSession.PartVerdicts checkPart(int from, int to) {
    return pending.checkPart(from, to);
  }

  /** How many key hashes per row the verdicts of the validation in parts begun carry. */
  public int hashedGroups() {
    return pending.hashedGroups();
  }

  /** Checks a part of another worker's table (see {@link #beginValidation}). */
  public static ValidationSession.PartVerdicts checkPart(Importer importer, Sha256 sha256,
      ValidationPart part) {
    SourceText text = new SourceText();
    for (String chunk : part.chunks()) {
      text.append(chunk);
    }
    ImportTable table = ImportTable.over(text, part.quote(), part.columns());
    int columns = part.columns().size();
    int rows = part.to() - part.from();
    table.ensureCapacity(rows);
    int[] starts = new int[columns];
    int[] ends = new int[columns];
    int[] spans = part.spans();
    for (int r = 0, at = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++, at += 2) {
        starts[c] = spans[at];
        ends[c] = spans[at + 1];
      }
      table.addSpans(starts, ends, columns, 0);
    }
    return new ValidationSession(Conventions.apply(importer, part.changes()), table, sha256)
        .checkPart(0, rows);
  }

  /**
   * Ends a validation in parts with the verdicts of every part, in row order ({@link
   * ValidationSession#validateAll(int[], byte[], int[])}); the same session {@link #validate}
   * gives.
   */
  public ValidationSession finishValidation(int[] written, byte[] clean, int[] keyHashes) {
    session = pending;
    sessionNotes = pendingNotes;
    sessionMapping = pendingMapping;
    pending = null;
    session.validateAll(written, clean, keyHashes);
    undo.clear();
    redo.clear();
    view = null;
    return session;
  }

  /** The validation of the mapped table, or null before {@link #validate}. */
  public ValidationSession validation() {
    return session;
  }

  /**
   * Shows only rows with issues, optionally only those with an issue in one column or with one
   * code; {@code onlyIssues == false} with no column and no code shows every row again.
   */
  public void filter(boolean onlyIssues, String column, String code) {
    if (!onlyIssues && column == null && code == null) {
      view = null;
      return;
    }
    List<Integer> rows = new ArrayList<>();
    for (int row : session.rowsWithIssues()) {
      for (ValidationIssue issue : session.issues(row)) {
        if ((column == null || column.equals(issue.column()))
            && (code == null || code.equals(issue.code()))) {
          rows.add(row);
          break;
        }
      }
    }
    int[] v = new int[rows.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = rows.get(i);
    }
    view = v;
  }

  /** The number of rows shown. */
  public int viewSize() {
    return view != null ? view.length : session.table().rowCount();
  }

  /** The table row shown at a position of the view. */
  public int viewRow(int position) {
    return view == null ? position : view[position];
  }

  // ---- value mapping

  /** A value of an enum column that is none of its options, how often it occurs, and the option
   * value it most likely means (null when none is close). */
  public record UnknownValue(String value, int count, String suggestion) {}

  /**
   * The values of an enum column that no option takes, most frequent first and at most a cap of
   * them, and how many distinct ones there are ({@code distinct > values.size()} when capped).
   */
  public record UnknownValues(String column, List<UnknownValue> values, int distinct) {}

  /** Distinct values counted at most: a column of random text stops counting there. */
  private static final int MAX_COUNTED_VALUES = 100_000;

  /**
   * The values of an enum column that no option's value, label or alias takes, for the user to
   * map to options at once (the value mapping step); empty for other columns.
   */
  public UnknownValues unknownValues(String column, int cap) {
    java.util.Map<String, int[]> counts = new java.util.HashMap<>();
    java.util.Map<String, String> suggestions = new java.util.HashMap<>();
    dev.sluice.core.schema.Column col = importer.column(column);
    if (col == null || !(col.type() instanceof dev.sluice.core.schema.ColumnType.EnumType type)) {
      return new UnknownValues(column, List.of(), 0);
    }
    java.util.Map<String, String> valueOfLabel = new java.util.HashMap<>();
    for (dev.sluice.core.schema.EnumOption o : type.options()) {
      valueOfLabel.put(o.label(), o.value());
    }
    for (int row : session.rowsWithIssues()) {
      for (ValidationIssue issue : session.issues(row)) {
        if (column.equals(issue.column()) && issue.code().startsWith("ENUM_INVALID")) {
          String value = issue.value() == null ? "" : Spaces.strip(issue.value());
          int[] n = counts.get(value);
          if (n == null) {
            if (counts.size() >= MAX_COUNTED_VALUES) {
              continue;
            }
            counts.put(value, n = new int[1]);
            Object label = issue.arguments().get("suggestion");
            suggestions.put(value, label == null ? null : valueOfLabel.get(label.toString()));
          }
          n[0]++;
        }
      }
    }
    List<UnknownValue> values = new ArrayList<>();
    for (java.util.Map.Entry<String, int[]> e : counts.entrySet()) {
      values.add(new UnknownValue(e.getKey(), e.getValue()[0], suggestions.get(e.getKey())));
    }
    values.sort((a, b) -> a.count() != b.count() ? Integer.compare(b.count(), a.count())
        : a.value().compareTo(b.value()));
    return new UnknownValues(column,
        List.copyOf(values.subList(0, Math.min(cap, values.size()))), values.size());
  }

  /**
   * Replaces, in an enum column, every cell whose value (without white space at the ends) is a
   * key of the map with its option value, as one undoable step; returns how many cells changed.
   */
  public int mapValues(String column, java.util.Map<String, String> optionOfValue) {
    int c = session.table().columnIndex(column);
    List<Integer> rows = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (int row : session.rowsWithIssues()) {
      for (ValidationIssue issue : session.issues(row)) {
        if (column.equals(issue.column()) && issue.code().startsWith("ENUM_INVALID")) {
          String option = optionOfValue.get(Spaces.strip(session.table().get(row, c)));
          if (option != null) {
            rows.add(row);
            values.add(option);
          }
          break;
        }
      }
    }
    int[] r = new int[rows.size()];
    for (int i = 0; i < r.length; i++) {
      r[i] = rows.get(i);
    }
    return setCells(column, r, values.toArray(new String[0]));
  }

  // ---- host hooks

  /**
   * A page of rows for a host's hook: the table rows (live rows from {@code from}, in table
   * order) and their values as they would be handed over, row-major over {@code columns}.
   */
  public record HookPage(int[] rows, List<String> columns, String[] values) {}

  /**
   * The values of live rows {@code [from, from + count)} of the table (by table index; deleted
   * rows are skipped) for a hook: one column's (a column hook) or all schema columns' (a row
   * hook, {@code column == null}).
   */
  public HookPage hookPage(String column, int from, int count) {
    ImportTable table = session.table();
    int size = importer.columns().size();
    List<String> columns = column != null ? List.of(column)
        : table.columns().subList(0, size);
    int[] cols = new int[columns.size()];
    for (int i = 0; i < cols.length; i++) {
      cols[i] = table.columnIndex(columns.get(i));
    }
    int end = Math.min(table.rowCount(), Math.max(0, from) + Math.max(0, count));
    int[] rows = new int[Math.max(0, end - from)];
    int n = 0;
    for (int r = Math.max(0, from); r < end; r++) {
      if (!table.isDeleted(r)) {
        rows[n++] = r;
      }
    }
    rows = Arrays.copyOf(rows, n);
    String[] values = new String[n * cols.length];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < cols.length; k++) {
        String raw = table.get(rows[i], cols[k]);
        values[i * cols.length + k] = cols[k] < size
            ? session.validator(cols[k]).output(raw) : raw;
      }
    }
    return new HookPage(rows, columns, values);
  }

  /**
   * What a host's hook said of one cell: a replacement value, or an issue (its code, severity and
   * message), or neither (the cell is fine).
   */
  public record HookResult(int row, String column, String replacement, String code,
      dev.sluice.core.schema.Severity severity, String message) {}

  /**
   * Applies what a hook said of the rows it checked: the issues it reported before on those
   * rows (on that column for a column hook; on any column for a row hook) are replaced by the new
   * ones, and its replacement values change the cells as one undoable step. Returns how many
   * cells were replaced.
   */
  public int applyHookResults(ValidationSession.HookSource source, String column,
      int[] checkedRows, List<HookResult> results) {
    ImportTable table = session.table();
    int size = importer.columns().size();
    int c = column == null ? -1 : table.columnIndex(column);
    for (int row : checkedRows) {
      if (source == ValidationSession.HookSource.ROW) {
        session.clearRowHookIssues(row);
      } else if (c >= 0 && c < size) {
        session.setHookIssue(row, c, source, null, null, null);
      }
    }
    List<Edit> edits = new ArrayList<>();
    for (HookResult r : results) {
      int col = table.columnIndex(r.column());
      if (r.replacement() != null && col >= 0 && !table.isDeleted(r.row())) {
        change(edits, r.row(), col, r.replacement());
      }
    }
    int replaced = commit(edits);
    for (HookResult r : results) {
      int col = table.columnIndex(r.column());
      if (r.message() != null && col >= 0 && col < size) {
        session.setHookIssue(r.row(), col, source, r.code(), r.severity() == null
            ? dev.sluice.core.schema.Severity.ERROR : r.severity(), r.message());
      }
    }
    return replaced;
  }

  // ---- edit

  /** Changes a cell (one undoable step). */
  public void edit(int row, String column, String value) {
    int c = session.table().columnIndex(column);
    step(new Edit[] {new Edit(row, c, session.table().get(row, c), value, false)});
  }

  /**
   * Replaces every occurrence of a text in one column's live cells, as one undoable step; returns
   * how many cells changed.
   */
  public int replaceAll(String column, String find, String replacement) {
    if (find.isEmpty()) {
      return 0;
    }
    ImportTable table = session.table();
    int c = table.columnIndex(column);
    List<Edit> edits = new ArrayList<>();
    for (int r = 0; r < table.rowCount(); r++) {
      if (!table.isDeleted(r)) {
        String old = table.get(r, c);
        if (old.contains(find)) {
          edits.add(new Edit(r, c, old, old.replace(find, replacement), false));
        }
      }
    }
    return commit(edits);
  }

  /** What a column operation applies to: every live row, or only the rows the view shows. */
  public enum Scope {
    /** Every row not deleted. */
    ALL_ROWS,
    /** The rows of the current view (after {@link #filter}). */
    SHOWN_ROWS
  }

  /** A change of case or spacing applied to every cell of a column. */
  public enum CellTransform {
    /** White space removed at both ends. */
    TRIM,
    /** Upper case. */
    UPPER,
    /** Lower case. */
    LOWER,
    /** The first letter of each word upper case, the others lower case. */
    TITLE
  }

  /**
   * Splits the cells of a column at the first occurrence of a delimiter: the text before it goes
   * to {@code first}, the rest to {@code second} (which may be the source column itself); a cell
   * without the delimiter goes whole to {@code first} and leaves {@code second} blank. One
   * undoable step; returns how many rows changed.
   */
  public int splitColumn(String column, String delimiter, String first, String second,
      Scope scope) {
    if (delimiter.isEmpty()) {
      throw new IllegalArgumentException("split needs a delimiter");
    }
    ImportTable table = session.table();
    int from = table.columnIndex(column);
    int a = table.columnIndex(first);
    int b = table.columnIndex(second);
    if (a == b) {
      throw new IllegalArgumentException("split into two different columns");
    }
    List<Edit> edits = new ArrayList<>();
    int changed = 0;
    for (int r : rows(scope)) {
      String v = Spaces.strip(table.get(r, from));
      int at = v.indexOf(delimiter);
      String head = at < 0 ? v : Spaces.strip(v.substring(0, at));
      String tail = at < 0 ? "" : Spaces.strip(v.substring(at + delimiter.length()));
      int before = edits.size();
      change(edits, r, a, head);
      change(edits, r, b, tail);
      changed += edits.size() > before ? 1 : 0;
    }
    commit(edits);
    return changed;
  }

  /**
   * Joins the cells of two columns with a separator into a target column (which may be one of
   * them); a blank side is left out with its separator. One undoable step; returns how many cells
   * changed.
   */
  public int mergeColumns(String left, String right, String separator, String into,
      Scope scope) {
    ImportTable table = session.table();
    int l = table.columnIndex(left);
    int r2 = table.columnIndex(right);
    int target = table.columnIndex(into);
    List<Edit> edits = new ArrayList<>();
    for (int r : rows(scope)) {
      String a = Spaces.strip(table.get(r, l));
      String b = Spaces.strip(table.get(r, r2));
      String merged = a.isEmpty() ? b : b.isEmpty() ? a : a + separator + b;
      change(edits, r, target, merged);
    }
    return commit(edits);
  }

  /** Puts a value into the blank cells of a column (one undoable step); returns how many. */
  public int fillBlanks(String column, String value, Scope scope) {
    ImportTable table = session.table();
    int c = table.columnIndex(column);
    List<Edit> edits = new ArrayList<>();
    for (int r : rows(scope)) {
      if (Spaces.isBlank(table.get(r, c))) {
        change(edits, r, c, value);
      }
    }
    return commit(edits);
  }

  /** Sets one value in a column (one undoable step); returns how many cells changed. */
  public int setValue(String column, String value, Scope scope) {
    ImportTable table = session.table();
    int c = table.columnIndex(column);
    List<Edit> edits = new ArrayList<>();
    for (int r : rows(scope)) {
      change(edits, r, c, value);
    }
    return commit(edits);
  }

  /** Trims or changes the case of a column's cells (one undoable step); returns how many. */
  public int transformColumn(String column, CellTransform transform, Scope scope) {
    ImportTable table = session.table();
    int c = table.columnIndex(column);
    List<Edit> edits = new ArrayList<>();
    for (int r : rows(scope)) {
      String v = table.get(r, c);
      String t = switch (transform) {
        case TRIM -> Spaces.strip(v);
        case UPPER -> TextFold.upper(v);
        case LOWER -> TextFold.lower(v);
        case TITLE -> title(v);
      };
      change(edits, r, c, t);
    }
    return commit(edits);
  }

  /**
   * Changes many cells at once, as one undoable step: values by row for one column ({@code
   * values[i]} into row {@code rows[i]}); returns how many cells changed. Hooks and the value
   * mapping step hand their replacements over this way.
   */
  public int setCells(String column, int[] rows, String[] values) {
    ImportTable table = session.table();
    int c = table.columnIndex(column);
    List<Edit> edits = new ArrayList<>();
    for (int i = 0; i < rows.length; i++) {
      if (!table.isDeleted(rows[i])) {
        change(edits, rows[i], c, values[i]);
      }
    }
    return commit(edits);
  }

  private static String title(String v) {
    StringBuilder sb = new StringBuilder(v.length());
    boolean start = true;
    for (int i = 0; i < v.length(); i++) {
      char ch = v.charAt(i);
      sb.append(start ? TextFold.titleCase(ch) : Character.toLowerCase(ch));
      start = Spaces.isSpace(ch) || ch == '-';
    }
    return sb.toString();
  }

  private int[] rows(Scope scope) {
    ImportTable table = session.table();
    int n = scope == Scope.SHOWN_ROWS ? viewSize() : table.rowCount();
    int[] rows = new int[n];
    int count = 0;
    for (int i = 0; i < n; i++) {
      int r = scope == Scope.SHOWN_ROWS ? viewRow(i) : i;
      if (!table.isDeleted(r)) {
        rows[count++] = r;
      }
    }
    return Arrays.copyOf(rows, count);
  }

  private void change(List<Edit> edits, int row, int column, String value) {
    String old = session.table().get(row, column);
    if (!old.equals(value)) {
      edits.add(new Edit(row, column, old, value, false));
    }
  }

  private int commit(List<Edit> edits) {
    if (!edits.isEmpty()) {
      step(edits.toArray(new Edit[0]));
    }
    return edits.size();
  }

  /** Deletes a row (one undoable step). */
  public void deleteRow(int row) {
    step(new Edit[] {new Edit(row, -1, null, null, true)});
  }

  /** Undoes the last step; false when there is none. */
  public boolean undo() {
    if (undo.isEmpty()) {
      return false;
    }
    Edit[] step = undo.remove(undo.size() - 1);
    apply(step, true);
    redo.add(step);
    return true;
  }

  /** Redoes the last undone step; false when there is none. */
  public boolean redo() {
    if (redo.isEmpty()) {
      return false;
    }
    Edit[] step = redo.remove(redo.size() - 1);
    apply(step, false);
    undo.add(step);
    return true;
  }

  /** Whether there is a step to undo. */
  public boolean canUndo() {
    return !undo.isEmpty();
  }

  /** Whether there is a step to redo. */
  public boolean canRedo() {
    return !redo.isEmpty();
  }

  private void step(Edit[] step) {
    apply(step, false);
    undo.add(step);
    redo.clear();
  }

  /**
   * The rows the last step (edit, operation, undo or redo) changed, in order without repeats: a
   * host's hooks check them again.
   */
  public int[] lastChangedRows() {
    return lastChanged.clone();
  }

  private void apply(Edit[] step, boolean backwards) {
    int[] rows = new int[step.length];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = step[i].row;
    }
    Arrays.sort(rows);
    int n = 0;
    for (int i = 0; i < rows.length; i++) {
      if (i == 0 || rows[i] != rows[i - 1]) {
        rows[n++] = rows[i];
      }
    }
    lastChanged = Arrays.copyOf(rows, n);
    int cells = 0;
    for (Edit e : step) {
      cells += e.delete ? 0 : 1;
    }
    if (cells == step.length && cells >= BULK_EDITS) {
      // a column set, filled or replaced at once: one pass over the unique groups, not one per cell
      int[] rowsOf = new int[cells];
      int[] columnsOf = new int[cells];
      String[] valuesOf = new String[cells];
      for (int i = 0; i < cells; i++) {
        Edit e = step[backwards ? cells - 1 - i : i];
        rowsOf[i] = e.row;
        columnsOf[i] = e.column;
        valuesOf[i] = backwards ? e.before : e.after;
      }
      session.setCells(rowsOf, columnsOf, valuesOf);
      return;
    }
    for (int i = 0; i < step.length; i++) {
      Edit e = step[backwards ? step.length - 1 - i : i];
      if (e.delete) {
        if (backwards) {
          session.restoreRow(e.row);
        } else {
          session.deleteRow(e.row);
        }
      } else {
        session.setCell(e.row, e.column, backwards ? e.before : e.after);
      }
    }
  }

  /**
   * From how many cell edits on a step applies them at once ({@link ValidationSession#setCells}):
   * below it, one re-check per cell costs less than rebuilding a unique group from every row.
   */
  static final int BULK_EDITS = 256;

  /** One change: a cell's value, or a row deleted. */
  private record Edit(int row, int column, String before, String after, boolean delete) {}

  // ---- submit

  /**
   * Chooses the rows to hand over under the importer's policy; returns how many, or -1 when the
   * policy blocks submitting (rows with errors under {@code block}).
   */
  public int prepareSubmit() {
    if (!session.canSubmit()) {
      submitted = new int[0];
      return -1;
    }
    submitted = session.submittedRows();
    return submitted.length;
  }

  /** How many rows {@link #prepareSubmit} chose. */
  public int submittedCount() {
    return submitted.length;
  }

  /** The rows {@link #prepareSubmit} chose, by table index. */
  public int[] submittedRows() {
    return submitted.clone();
  }

  /**
   * Batch {@code index} of the submitted rows, {@code size} rows from {@code index * size}, as
   * the host receives them (see {@link OutputText}).
   */
  public OutputText batch(int index, int size) {
    int from = Math.min(submitted.length, index * size);
    int to = Math.min(submitted.length, from + size);
    return session.outputText(submitted, from, to);
  }

  /** The table indexes of the rows of a batch. */
  public int[] batchRows(int index, int size) {
    int from = Math.min(submitted.length, index * size);
    int to = Math.min(submitted.length, from + size);
    return Arrays.copyOfRange(submitted, from, to);
  }

  /** The rows with errors as CSV, as the user wrote them, with an errors column. */
  public String rejectedCsv(MessageCatalog messages) {
    CsvWriter writer = new CsvWriter(',');
    writer.row(session.rejectedHeader());
    for (int r : session.rejectedRows()) {
      writer.row(session.rejectedLine(r, messages));
    }
    return writer.text();
  }
}
