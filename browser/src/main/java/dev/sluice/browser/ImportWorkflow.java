package dev.sluice.browser;

import dev.sluice.core.detect.DetectedEncoding;
import dev.sluice.core.detect.Dialect;
import dev.sluice.core.detect.DialectDetector;
import dev.sluice.core.detect.EncodingDetector;
import dev.sluice.core.export.CsvWriter;
import dev.sluice.core.hash.PortableSha256;
import dev.sluice.core.match.ColumnMapping;
import dev.sluice.core.match.ColumnMatcher;
import dev.sluice.core.match.HeaderMatch;
import dev.sluice.core.match.RememberedMapping;
import dev.sluice.core.message.MessageCatalog;
import dev.sluice.core.parse.CsvFormat;
import dev.sluice.core.xlsx.SharedStrings;
import dev.sluice.core.xlsx.SheetReader;
import dev.sluice.core.xlsx.Styles;
import dev.sluice.core.xlsx.Workbook;
import dev.sluice.core.parse.CsvHandler;
import dev.sluice.core.parse.CsvParser;
import dev.sluice.core.parse.CsvRow;
import dev.sluice.core.parse.ParseIssue;
import dev.sluice.core.schema.Column;
import dev.sluice.core.schema.Importer;
import dev.sluice.core.table.ImportTable;
import dev.sluice.core.table.SourceText;
import dev.sluice.core.validate.IssueMessages;
import dev.sluice.core.validate.Summary;
import dev.sluice.core.validate.OutputText;
import dev.sluice.core.validate.ValidationIssue;
import dev.sluice.core.validate.ValidationSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One import in the worker, step by step: detect, parse into a source table, suggest a mapping,
 * validate the mapped table, page through rows with their issues, edit with undo and redo, and hand
 * out submitted rows in batches. Plain Java so that it is tested on the JVM; {@link WorkerApi} is
 * the thin layer that exposes it to JavaScript.
 *
 * <p>Answers are maps and lists (written as JSON by the API). Cell values appear only in answers
 * to the page that owns the file, never in exceptions.
 */
public final class ImportWorkflow {
  private static final int MAX_REPORTED_PARSE_ISSUES = 200;

  private final Importer importer;
  private MessageCatalog messages = UiTemplates.catalog("en");
  private int maxRows = Integer.MAX_VALUE;
  private double expectedChars;
  private double charsFed;

  private CsvParser parser;
  /** The decoded text of the file being parsed: the source table's cells are spans of it. */
  private SourceText text;
  private char quote;
  private SheetReader sheet;
  private int sheetRows;
  private SharedStrings sharedStrings = new SharedStrings();
  private ImportTable source;
  private List<String> headers;
  private int headerIndex;
  private final List<Map<String, Object>> parseIssues = new ArrayList<>();
  private int parseIssueCount;
  private boolean rowLimitHit;

  private ColumnMapping mapping;
  private ValidationSession session;
  private int[] view;
  private final List<Edit[]> undo = new ArrayList<>();
  private final List<Edit[]> redo = new ArrayList<>();
  private int[] submitted;

  /** A workflow for an importer. */
  public ImportWorkflow(Importer importer) {
    this.importer = importer;
  }

  /** The language of messages, such as {@code de}. */
  public void locale(String tag) {
    messages = UiTemplates.catalog(tag);
  }

  /** The most data rows a file may have; more stops parsing with {@code ROW_LIMIT}. */
  public void maxRows(int maxRows) {
    this.maxRows = maxRows;
  }

  /** The importer. */
  public Importer importer() {
    return importer;
  }

  // ---- step 1 and 2: detect and parse

  /** Detects the encoding from the first bytes of a file. */
  public Map<String, Object> detectEncoding(byte[] head, boolean complete) {
    DetectedEncoding e = EncodingDetector.detect(head, complete);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("encoding", e.encoding().label());
    m.put("bomLength", e.bomLength());
    m.put("basis", e.basis().name().toLowerCase());
    return m;
  }

  /** Detects delimiter, quote, header row and line ending from the first text of a file. */
  public Map<String, Object> detectDialect(String text, boolean complete) {
    return detectDialect(text, complete, null, null);
  }

  /**
   * Detects the dialect under a delimiter or quote the user chose (null: detect it); a clashing
   * pair answers {@code error} with a message instead.
   */
  public Map<String, Object> detectDialect(String text, boolean complete, Character delimiter,
      Character quote) {
    if (delimiter != null && delimiter.equals(quote)) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("error", "DELIMITER_IS_QUOTE");
      m.put("message", messages.format("DELIMITER_IS_QUOTE", Map.of()));
      return m;
    }
    Dialect d = DialectDetector.detect(text, complete, delimiter, quote);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("delimiter", String.valueOf(d.delimiter()));
    m.put("quote", String.valueOf(d.quote()));
    m.put("headerIndex", d.headerIndex());
    m.put("lineEnding", d.lineEnding().name());
    return m;
  }

  /** Starts parsing a file with a dialect; feed its text next. */
  public void beginParse(char delimiter, char quote, int headerIndex) {
    this.headerIndex = headerIndex;
    this.source = null;
    this.headers = null;
    this.parseIssues.clear();
    this.parseIssueCount = 0;
    this.rowLimitHit = false;
    this.session = null;
    this.mapping = null;
    this.undo.clear();
    this.redo.clear();
    this.sheet = null;
    this.sheetRows = 0;
    this.expectedChars = 0;
    this.charsFed = 0;
    CsvFormat format = CsvFormat.RFC4180.toBuilder().delimiter(delimiter).quote(quote)
        .headerIndex(Math.max(headerIndex, 0)).build();
    text = new SourceText();
    this.quote = quote;
    parser = new CsvParser(format, new SourceHandler(), text);
  }

  /**
   * Starts reading a sheet of a workbook (after {@link #sharedStrings} and the styles): its rows
   * then go through the same header and table handling as CSV records.
   */
  public void beginSheet(Workbook workbook, Styles styles, int headerIndex) {
    beginParse(',', '"', headerIndex);
    parser = null;
    text = null;
    SourceHandler rows = new SourceHandler();
    sheet = new SheetReader(sharedStrings, styles, workbook.date1904(),
        (cells, count, rowNumber) -> rows.accept(sheetRows++, cells, count, rowNumber));
  }

  /** The shared strings of the current workbook; feed them before the sheet. */
  public SharedStrings sharedStrings() {
    return sharedStrings;
  }

  /** Forgets the shared strings of a previous workbook; feed the new ones next. */
  public void resetSharedStrings() {
    sharedStrings = new SharedStrings();
  }

  /** Reads the next chunk of the sheet's XML. */
  public void feedSheet(String chunk) {
    if (!rowLimitHit) {
      try {
        sheet.feed(chunk);
      } catch (RowLimitReached stop) {
        // rowLimitHit is set; the answer of finishParse says so
      }
    }
  }

  /**
   * Says how many chars the whole file will give (an estimate from its size): once the first
   * rows show how long a row is, the table is allocated for all of them instead of growing.
   */
  public void expectChars(double chars) {
    expectedChars = chars;
  }

  /** Parses the next decoded chunk. */
  public void feed(String chunk) {
    if (!rowLimitHit) {
      try {
        parser.feed(chunk);
      } catch (RowLimitReached stop) {
        // rowLimitHit is set; the answer of finishParse says so
      }
    }
    charsFed += chunk.length();
    if (expectedChars > 0 && source != null && source.rowCount() >= 100) {
      // doubles, not longs: long is emulated in the browser build
      double rows = expectedChars / (charsFed / source.rowCount()) * 1.03 + 64;
      // at most 4M rows at once: a larger file grows past that as before
      source.ensureCapacity((int) Math.min(rows, Math.min(maxRows, 1 << 22)));
      expectedChars = 0; // once
    }
  }

  /** Ends parsing; the answer has the headers, the row count and the parse issues. */
  public Map<String, Object> finishParse() {
    if (!rowLimitHit) {
      try {
        if (sheet != null) {
          sheet.finish();
        } else {
          parser.finish();
        }
      } catch (RowLimitReached stop) {
        // rowLimitHit is set
      }
    }
    if (source == null) {
      headers = List.of();
      source = ImportTable.withColumns(List.of());
    }
    source.trimToSize();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rows", source.rowCount());
    m.put("headers", headers);
    m.put("issues", parseIssues);
    m.put("issueCount", parseIssueCount);
    m.put("rowLimit", rowLimitHit ? maxRows : null);
    List<List<String>> preview = new ArrayList<>();
    for (int r = 0; r < Math.min(5, source.rowCount()); r++) {
      preview.add(List.of(source.row(r)));
    }
    m.put("preview", preview);
    if (rowLimitHit) {
      m.put("rowLimitMessage", messages.format("ROW_LIMIT", Map.of("limit", maxRows)));
    }
    return m;
  }

  /** The messages of the import's language. */
  public MessageCatalog messages() {
    return messages;
  }

  /** The number of data rows parsed so far. */
  public int parsedRows() {
    return source == null ? 0 : source.rowCount();
  }

  private final class SourceHandler implements CsvHandler {
    /** The spans of the current record, reused for every record. */
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    /** The table row handed to addRow for a sheet row, reused for every row. */
    private String[] rowCells;

    @Override
    public void row(CsvRow row) {
      int index = row.record() - 1;
      if (index < headerIndex) {
        return;
      }
      if (headers == null && startTable(row.toArray(), row.size())) {
        return;
      }
      if (source.rowCount() >= maxRows) {
        rowLimitHit = true;
        throw new RowLimitReached();
      }
      // past the header only the header's width is kept (the parser reports longer rows)
      int n = Math.min(row.size(), headers.size());
      if (starts.length < n) {
        starts = new int[Math.max(n, starts.length * 2)];
        ends = new int[starts.length];
      }
      for (int i = 0; i < n; i++) {
        starts[i] = row.start(i);
        ends[i] = row.isEscaped(i) ? ~row.end(i) : row.end(i);
      }
      source.addSpans(starts, ends, n, row.line());
    }

    /**
     * Takes the headers from the first row read (or numbers the columns when the file has no
     * header) and makes the source table; returns whether that row was the header.
     */
    private boolean startTable(String[] cells, int size) {
      List<String> h = new ArrayList<>();
      List<String> keys = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        h.add(headerIndex < 0 ? messages.format("UI_COLUMN_N", Map.of("n", i + 1)) : cells[i]);
        keys.add("c" + i);
      }
      headers = h;
      // CSV cells are spans of the file's text; sheet cells are added as values
      source = text != null ? ImportTable.over(text, quote, keys) : ImportTable.withColumns(keys);
      return headerIndex >= 0;
    }

    /** A sheet row: the header when it is the chosen one, else a table row. */
    void accept(int index, String[] cells, int size, int line) {
      if (index < headerIndex) {
        return;
      }
      if (headers == null && startTable(cells, size)) {
        return;
      }
      if (source.rowCount() >= maxRows) {
        rowLimitHit = true;
        throw new RowLimitReached();
      }
      String[] out = rowCells;
      if (out == null || out.length != headers.size()) {
        out = rowCells = new String[headers.size()];
      }
      int n = Math.min(size, out.length);
      for (int i = 0; i < out.length; i++) {
        out[i] = i < n ? cells[i] : null;
      }
      source.addRow(out, line);
    }

    @Override
    public void issue(ParseIssue issue) {
      parseIssueCount++;
      if (parseIssues.size() < MAX_REPORTED_PARSE_ISSUES) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", issue.code());
        m.put("line", issue.position().line());
        m.put("message", messages.format(issue.code(), issue.arguments()));
        parseIssues.add(m);
      }
    }
  }

  /** Thrown through the parser to stop at the row limit; carries no data. */
  static final class RowLimitReached extends RuntimeException {
    RowLimitReached() {
      super("row limit reached", null, false, false);
    }
  }

  // ---- step 3: matching

  /** The key a confirmed mapping for the parsed headers is stored under. */
  public String fingerprint() {
    return ColumnMapping.fingerprint(importer, headers);
  }

  /** Suggests a mapping, preferring a remembered one for the same headers. */
  public Map<String, Object> suggestMapping(RememberedMapping remembered) {
    mapping = ColumnMatcher.match(importer, headers, remembered);
    return mappingAnswer();
  }

  /**
   * Sets the mapping: for each header, in file order, a column key, {@code ""} for "do not
   * import" (the values are dropped), or null to leave it unmatched (an extra column when the
   * importer allows extras).
   */
  public Map<String, Object> applyMapping(List<String> columnPerHeader) {
    ColumnMapping m = ColumnMatcher.match(importer, headers);
    for (int h = 0; h < headers.size(); h++) {
      m = m.withColumn(h, null);
    }
    for (int h = 0; h < headers.size() && h < columnPerHeader.size(); h++) {
      String choice = columnPerHeader.get(h);
      if (choice != null && choice.isEmpty()) {
        m = m.withIgnored(h); // "Do not import": dropped from everything downstream
      } else if (choice != null) {
        m = m.withColumn(h, choice);
      }
    }
    mapping = m;
    return mappingAnswer();
  }

  /** The mapping to remember for next time, as fingerprint and folded header to column key. */
  public RememberedMapping remember() {
    return mapping.remember();
  }

  private Map<String, Object> mappingAnswer() {
    Map<String, Object> m = new LinkedHashMap<>();
    List<Object> matches = new ArrayList<>();
    for (HeaderMatch h : mapping.matches()) {
      Map<String, Object> hm = new LinkedHashMap<>();
      hm.put("index", h.index());
      hm.put("header", h.header());
      hm.put("column", h.column());
      hm.put("kind", h.kind().name().toLowerCase());
      hm.put("confidence", Math.round(h.confidence() * 100) / 100.0);
      matches.add(hm);
    }
    m.put("matches", matches);
    List<Object> missing = new ArrayList<>();
    for (String key : mapping.missingRequired()) {
      Map<String, Object> mm = new LinkedHashMap<>();
      mm.put("column", key);
      mm.put("message", messages.format("COLUMN_MISSING",
          Map.of("column", importer.column(key).label())));
      missing.add(mm);
    }
    m.put("missing", missing);
    m.put("extraColumns", mapping.extraColumnKeys());
    return m;
  }

  // ---- step 4: validation and review

  /** Builds the table for the mapping and validates every row; the answer is the summary. */
  public Map<String, Object> validate() {
    ColumnMapping.Projection projection = mapping.projection();
    ImportTable table = mapping.newTable();
    table.addRowsFrom(source, projection.sources());
    session = ValidationSession.validate(importer, table, new PortableSha256());
    undo.clear();
    redo.clear();
    view = null;
    return summary();
  }

  /** The counts of the current state. */
  public Map<String, Object> summary() {
    Summary s = session.summary();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rows", s.rows());
    m.put("validRows", s.validRows());
    m.put("errorRows", s.errorRows());
    m.put("warningRows", s.warningRows());
    m.put("errors", s.errors());
    m.put("warnings", s.warnings());
    m.put("byCode", new LinkedHashMap<>(s.byCode()));
    m.put("byColumn", new LinkedHashMap<>(s.byColumn()));
    m.put("canSubmit", session.canSubmit());
    m.put("policy", importer.invalidRowPolicy().name().toLowerCase());
    m.put("canUndo", !undo.isEmpty());
    m.put("canRedo", !redo.isEmpty());
    m.put("columns", columnsAnswer());
    m.put("viewRows", viewSize());
    return m;
  }

  private List<Object> columnsAnswer() {
    List<Object> list = new ArrayList<>();
    ImportTable table = session.table();
    for (int c = 0; c < table.columns().size(); c++) {
      Map<String, Object> cm = new LinkedHashMap<>();
      String key = table.columns().get(c);
      Column column = importer.column(key);
      cm.put("key", key);
      cm.put("label", column == null ? key : column.label());
      cm.put("type", column == null ? "extra" : column.type().name());
      cm.put("required", column != null && column.required());
      list.add(cm);
    }
    return list;
  }

  /**
   * Filters the rows shown: only rows with issues, optionally only those with an issue in one
   * column or with one code; {@code onlyIssues == false} shows every live row.
   */
  public Map<String, Object> filter(boolean onlyIssues, String column, String code) {
    if (!onlyIssues && column == null && code == null) {
      view = null;
    } else {
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
      view = rows.stream().mapToInt(Integer::intValue).toArray();
    }
    return summary();
  }

  private int viewSize() {
    if (view != null) {
      return view.length;
    }
    return session.table().rowCount();
  }

  /** Rows of the current view, with cells and issues, for the grid. */
  public Map<String, Object> rows(int start, int count) {
    ImportTable table = session.table();
    List<Object> rows = new ArrayList<>();
    int size = viewSize();
    for (int i = Math.max(0, start); i < Math.min(size, start + count); i++) {
      int row = view == null ? i : view[i];
      Map<String, Object> rm = new LinkedHashMap<>();
      rm.put("row", row);
      rm.put("line", table.line(row));
      rm.put("deleted", table.isDeleted(row));
      rm.put("cells", table.row(row));
      List<Object> issues = new ArrayList<>();
      for (ValidationIssue issue : session.issues(row)) {
        Map<String, Object> im = new LinkedHashMap<>();
        im.put("column", issue.column());
        im.put("code", issue.code());
        im.put("severity", issue.severity().name().toLowerCase());
        im.put("message", IssueMessages.format(issue, importer, messages));
        issues.add(im);
      }
      rm.put("issues", issues);
      rows.add(rm);
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("start", start);
    m.put("total", size);
    m.put("rows", rows);
    return m;
  }

  /** Changes a cell; the answer is the new summary and the rows whose issues changed. */
  public Map<String, Object> edit(int row, String column, String value) {
    int c = session.table().columnIndex(column);
    Edit e = new Edit(row, c, session.table().get(row, c), value, false);
    apply(new Edit[] {e}, false);
    undo.add(new Edit[] {e});
    redo.clear();
    return summary();
  }

  /** Replaces every occurrence of a text in one column, as one undoable step. */
  public Map<String, Object> replaceAll(String column, String find, String replacement) {
    int c = session.table().columnIndex(column);
    List<Edit> edits = new ArrayList<>();
    if (!find.isEmpty()) {
      ImportTable table = session.table();
      for (int r = 0; r < table.rowCount(); r++) {
        String old = table.get(r, c);
        if (!table.isDeleted(r) && old.contains(find)) {
          edits.add(new Edit(r, c, old, old.replace(find, replacement), false));
        }
      }
    }
    if (!edits.isEmpty()) {
      Edit[] step = edits.toArray(new Edit[0]);
      apply(step, false);
      undo.add(step);
      redo.clear();
    }
    Map<String, Object> m = summary();
    m.put("replaced", edits.size());
    return m;
  }

  /** Deletes a row (undoable). */
  public Map<String, Object> deleteRow(int row) {
    Edit e = new Edit(row, -1, null, null, true);
    apply(new Edit[] {e}, false);
    undo.add(new Edit[] {e});
    redo.clear();
    return summary();
  }

  /** Undoes the last step. */
  public Map<String, Object> undo() {
    if (!undo.isEmpty()) {
      Edit[] step = undo.remove(undo.size() - 1);
      apply(step, true);
      redo.add(step);
    }
    return summary();
  }

  /** Redoes the last undone step. */
  public Map<String, Object> redo() {
    if (!redo.isEmpty()) {
      Edit[] step = redo.remove(redo.size() - 1);
      apply(step, false);
      undo.add(step);
    }
    return summary();
  }

  private void apply(Edit[] step, boolean backwards) {
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

  /** One change: a cell's value, or a row deleted. */
  private record Edit(int row, int column, String before, String after, boolean delete) {}

  // ---- step 5: submit

  /** Starts submitting under the importer's policy; the answer says whether and how many. */
  public Map<String, Object> prepareSubmit() {
    Map<String, Object> m = summary();
    if (!session.canSubmit()) {
      submitted = new int[0];
      m.put("total", 0);
      m.put("blockedMessage", messages.format("UI_SUBMIT_BLOCKED",
          Map.of("count", session.summary().errorRows())));
      return m;
    }
    submitted = session.submittedRows();
    m.put("total", submitted.length);
    return m;
  }

  /**
   * One batch of submitted rows, values as handed to the host, row after row in one array (the
   * worker makes the row objects from it in JavaScript: no map per row and no JSON text between).
   *
   * @param values     {@code count * columns.size()} values, row-major
   * @param sourceRows each row's index in the table
   * @param errors     per row of the batch, the codes of its errors by column (rows handed over
   *                   flagged under include_flagged), or null when no row has errors
   */
  public record Batch(int index, int totalRows, List<String> columns, OutputText values,
      int[] sourceRows, List<List<Map<String, Object>>> errors) {
    /** The number of rows. */
    public int count() {
      return sourceRows.length;
    }
  }

  /** One batch of the rows {@link #prepareSubmit} chose, {@code size} rows from {@code index * size}. */
  public Batch batchOf(int index, int size) {
    ImportTable table = session.table();
    int from = Math.min(submitted.length, index * size);
    int to = Math.min(submitted.length, from + size);
    OutputText values = session.outputText(submitted, from, to);
    List<List<Map<String, Object>>> errors = null;
    for (int i = from; i < to; i++) {
      int row = submitted[i];
      if (session.hasErrors(row)) {
        if (errors == null) {
          errors = new ArrayList<>();
          for (int k = from; k < to; k++) {
            errors.add(null);
          }
        }
        List<Map<String, Object>> list = new ArrayList<>();
        for (ValidationIssue issue : session.issues(row)) {
          if (issue.isError()) {
            list.add(Map.of("column", issue.column(), "code", issue.code()));
          }
        }
        errors.set(i - from, list);
      }
    }
    return new Batch(index, submitted.length, table.columns(), values,
        java.util.Arrays.copyOfRange(submitted, from, to), errors);
  }

  /**
   * {@link #batchOf} as objects keyed by column; flagged rows (policy include_flagged) carry their
   * errors under {@code _errors}.
   */
  public Map<String, Object> batch(int index, int size) {
    Batch b = batchOf(index, size);
    int width = b.columns().size();
    String text = b.values().text();
    List<Object> rows = new ArrayList<>();
    for (int r = 0; r < b.count(); r++) {
      Map<String, Object> rm = new LinkedHashMap<>();
      String[] values = b.values().row(text, r);
      for (int c = 0; c < width; c++) {
        rm.put(b.columns().get(c), values[c]);
      }
      if (b.errors() != null && b.errors().get(r) != null) {
        rm.put("_errors", b.errors().get(r));
      }
      rows.add(rm);
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("index", index);
    m.put("count", rows.size());
    m.put("totalRows", b.totalRows());
    m.put("rows", rows);
    m.put("sourceRows", b.sourceRows());
    m.put("columns", b.columns());
    return m;
  }

  /** The rows with errors as CSV, as the user wrote them, with an errors column. */
  public String rejectedCsv() {
    CsvWriter writer = new CsvWriter(',');
    writer.row(session.rejectedHeader());
    for (int r : session.rejectedRows()) {
      writer.row(session.rejectedLine(r, messages));
    }
    return writer.text();
  }

  /** A sample file for the importer: the labels as headers and one example row. */
  public String sampleCsv() {
    CsvWriter writer = new CsvWriter(',');
    List<String> labels = new ArrayList<>();
    List<String> example = new ArrayList<>();
    for (Column c : importer.columns()) {
      labels.add(c.label());
      example.add(SampleValues.of(c));
    }
    writer.row(labels.toArray(new String[0]));
    writer.row(example.toArray(new String[0]));
    return writer.text();
  }

  /** The session, for tests. */
  ValidationSession session() {
    return session;
  }
}
