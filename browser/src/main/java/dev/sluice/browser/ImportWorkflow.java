package dev.sluice.browser;

import dev.sluice.core.detect.DetectedEncoding;
import dev.sluice.core.detect.Dialect;
import dev.sluice.core.detect.DialectDetector;
import dev.sluice.core.detect.Encoding;
import dev.sluice.core.detect.EncodingDetector;
import dev.sluice.core.export.CsvWriter;
import dev.sluice.core.flow.ImportSession;
import dev.sluice.core.hash.PortableSha256;
import dev.sluice.core.match.ColumnMapping;
import dev.sluice.core.match.HeaderMatch;
import dev.sluice.core.match.MatchKind;
import dev.sluice.core.match.RememberedMapping;
import dev.sluice.core.message.ArgumentFormats;
import dev.sluice.core.message.MessageCatalog;
import dev.sluice.core.parse.CsvFormat;
import dev.sluice.core.text.TextFold;
import dev.sluice.core.xlsx.SharedStrings;
import dev.sluice.core.xlsx.SheetReader;
import dev.sluice.core.xlsx.Styles;
import dev.sluice.core.xlsx.Workbook;
import dev.sluice.core.parse.CsvParser;
import dev.sluice.core.parse.CsvRange;
import dev.sluice.core.parse.ParseIssue;
import dev.sluice.core.schema.Column;
import dev.sluice.core.schema.ColumnType;
import dev.sluice.core.schema.EnumOption;
import dev.sluice.core.schema.Importer;
import dev.sluice.core.table.ImportTable;
import dev.sluice.core.table.SourceText;
import dev.sluice.core.validate.Conventions;
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
 * One import in the worker: core's {@link ImportSession} (load, map, validate, review, edit,
 * submit: the flow the CLI shares) behind the answers the page reads, plus what only the worker
 * does (encoding and dialect detection answers, feeding decoded slices and sheet XML, the widget's
 * words). Plain Java so that it is tested on the JVM; {@link WorkerApi} is the thin layer that
 * exposes it to JavaScript.
 *
 * <p>Answers are maps and lists (written as JSON by the API). Cell values appear only in answers
 * to the page that owns the file, never in exceptions.
 */
public final class ImportWorkflow {
  private final Importer importer;
  private final ImportSession flow;
  private MessageCatalog messages = UiTemplates.english();
  private int maxRows = Integer.MAX_VALUE;

  /** The CSV file being loaded (null for a workbook). */
  private ImportSession.RangedLoad ranged;
  /** The text of the range being put on, chunk by chunk. */
  private final List<String> rangeChunks = new ArrayList<>();
  private SheetReader sheet;
  private SharedStrings sharedStrings = new SharedStrings();

  /** A workflow for an importer. */
  public ImportWorkflow(Importer importer) {
    this.importer = importer;
    this.flow = new ImportSession(importer, new PortableSha256());
  }

  /**
   * The language of messages (a tag such as {@code de-CH}), its templates (code to template: the
   * language's pack the page loaded, with the host's own wording of any message on top) and how
   * numbers and dates are written in it.
   */
  public void locale(String tag, Map<String, String> templates, ArgumentFormats formats) {
    messages = UiTemplates.catalog(tag, templates).withFormats(formats);
  }

  /** The most data rows a file may have; more stops parsing with {@code ROW_LIMIT}. */
  public void maxRows(int maxRows) {
    this.maxRows = maxRows;
    flow.maxRows(maxRows);
  }

  /** The importer. */
  public Importer importer() {
    return importer;
  }

  // ---- step 1 and 2: detect and parse

  /**
   * Detects the encoding from the first bytes of a file, for a user of the languages given (most
   * wanted first): the first of them written in other than Western European letters names the
   * legacy encoding a file that is not Unicode is taken to be in where its bytes read as well in
   * others ({@link Encoding#legacyFor}).
   */
  public Map<String, Object> detectEncoding(byte[] head, boolean complete,
      List<String> languages) {
    Encoding preferred = null;
    for (String language : languages) {
      Encoding legacy = Encoding.legacyFor(language);
      if (preferred == null || preferred == Encoding.WINDOWS_1252) {
        preferred = legacy;
      }
    }
    DetectedEncoding e = EncodingDetector.detect(head, complete, preferred);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("encoding", e.encoding().label());
    m.put("bomLength", e.bomLength());
    m.put("basis", TextFold.lower(e.basis().name()));
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
    m.put("escape", d.backslashEscapes() ? "\\" : ""); // "say \"hi\"", as MySQL writes it
    m.put("headerIndex", d.headerIndex());
    m.put("lineEnding", d.lineEnding().name());
    return m;
  }

  /**
   * Starts parsing a file with a dialect ({@code backslashEscapes}: a backslash escapes the next
   * char, quotes are not doubled); feed its text next.
   */
  public void beginParse(char delimiter, char quote, boolean backslashEscapes, int headerIndex) {
    CsvFormat format = CsvFormat.RFC4180.toBuilder().delimiter(delimiter).quote(quote)
        .backslashEscapes(backslashEscapes).headerIndex(Math.max(headerIndex, 0)).build();
    SourceText text = new SourceText();
    ranged = flow.beginRangedLoad(headerIndex, text, format, this::unnamedColumn);
    rangeChunks.clear();
    sheet = null;
  }

  private String unnamedColumn(int n) {
    return messages.format("UI_COLUMN_N", Map.of("n", n));
  }

  /**
   * Starts reading a sheet of a workbook (after {@link #sharedStrings} and the styles): its rows
   * then go through the same header and table handling as CSV records.
   */
  public void beginSheet(Workbook workbook, Styles styles, int headerIndex) {
    ranged = null;
    ImportSession.Loader rows = flow.beginLoad(headerIndex, null, '"', this::unnamedColumn);
    sheet = new SheetReader(sharedStrings, styles, workbook.date1904(),
        (cells, count, rowNumber) -> rows.sheetRow(cells, count, rowNumber));
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
    if (!flow.rowLimitHit()) {
      try {
        sheet.feed(chunk);
      } catch (ImportSession.RowLimitReached stop) {
        // the answer of finishParse says so
      }
    }
  }

  /**
   * Says how many chars the whole file will give (an estimate from its size): once the first
   * rows show how long a row is, the table is allocated for all of them instead of growing.
   */
  public void expectChars(double chars) {
    flow.expectChars(chars);
  }

  /** Parses the next decoded chunk. */
  public void feed(String chunk) {
    if (!flow.rowLimitHit()) {
      try {
        ranged.feed(chunk);
      } catch (ImportSession.RowLimitReached stop) {
        // the answer of finishParse says so
      }
    }
  }

  /** The next chunk of the text of a range another worker parsed (see {@link #addRange}). */
  public void rangeText(String chunk) {
    rangeChunks.add(chunk);
  }

  /**
   * Puts on the next range of the file, parsed by another worker (its text given chunk by chunk
   * with {@link #rangeText} first); the load parses it here instead when the guess that a record
   * began where the range begins was wrong.
   */
  public void addRange(CsvRange.Result range) {
    List<String> chunks = new ArrayList<>(rangeChunks);
    rangeChunks.clear();
    if (!flow.rowLimitHit()) {
      try {
        ranged.add(chunks, range);
      } catch (ImportSession.RowLimitReached stop) {
        // the answer of finishParse says so
      }
    }
  }

  /** How many ranges parsed by other workers the load took. */
  public int rangesTaken() {
    return ranged == null ? 0 : ranged.rangesTaken();
  }

  /** Ends parsing; the answer has the headers, the row count and the parse issues. */
  public Map<String, Object> finishParse() {
    if (!flow.rowLimitHit()) {
      try {
        if (sheet != null) {
          sheet.finish();
        } else {
          ranged.finish();
        }
      } catch (ImportSession.RowLimitReached stop) {
        // the answer says so
      }
    }
    ImportSession.Loaded loaded = flow.finishLoad();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rows", loaded.rows());
    m.put("headers", loaded.headers());
    m.put("headerIndex", loaded.headerIndex());
    if (!flow.sheetRowNumbers().isEmpty()) {
      m.put("rowNumbers", flow.sheetRowNumbers()); // a sheet's: the header picker names them
    }
    List<Map<String, Object>> issues = new ArrayList<>();
    for (ParseIssue issue : loaded.parseIssues()) {
      Map<String, Object> im = new LinkedHashMap<>();
      im.put("code", issue.code());
      im.put("line", issue.position().line());
      im.put("message", messages.format(issue.code(), issue.arguments()));
      issues.add(im);
    }
    m.put("issues", issues);
    m.put("issueCount", loaded.parseIssueCount());
    m.put("rowLimit", loaded.rowLimitHit() ? maxRows : null);
    List<List<String>> preview = new ArrayList<>();
    for (int r = 0; r < Math.min(5, loaded.rows()); r++) {
      preview.add(List.of(flow.sourceRow(r)));
    }
    m.put("preview", preview);
    if (loaded.rowLimitHit()) {
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
    return flow.loadedRows();
  }

  // ---- step 3: matching

  /** The key a confirmed mapping for the parsed headers is stored under. */
  public String fingerprint() {
    return flow.fingerprint();
  }

  /** Suggests a mapping, preferring a remembered one for the same headers. */
  public Map<String, Object> suggestMapping(RememberedMapping remembered) {
    return mappingAnswer(flow.suggestMapping(remembered));
  }

  /**
   * Sets the mapping: for each header, in file order, a column key, {@code ""} for "do not
   * import" (the values are dropped), or null to leave it unmatched (an extra column when the
   * importer allows extras).
   */
  public Map<String, Object> applyMapping(List<String> columnPerHeader) {
    return applyMapping(columnPerHeader, Map.of());
  }

  /**
   * {@link #applyMapping(List)} with headers kept as custom fields (header index to the name the
   * user typed); a name that cannot be used answers {@code error} and a message instead.
   */
  public Map<String, Object> applyMapping(List<String> columnPerHeader,
      Map<Integer, String> customNames) {
    try {
      return mappingAnswer(flow.applyMapping(columnPerHeader, customNames));
    } catch (IllegalArgumentException e) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("error", e.getMessage());
      m.put("message", messages.format(e.getMessage(),
          Map.of("max", ColumnMapping.MAX_CUSTOM_NAME)));
      m.put("missing", List.of());
      return m;
    }
  }

  /** The mapping to remember for next time, as fingerprint and folded header to column key. */
  public RememberedMapping remember() {
    return flow.mapping().remember();
  }

  private Map<String, Object> mappingAnswer(ColumnMapping mapping) {
    Map<String, Object> m = new LinkedHashMap<>();
    List<Object> matches = new ArrayList<>();
    int customIndex = 0;
    for (HeaderMatch h : mapping.matches()) {
      Map<String, Object> hm = new LinkedHashMap<>();
      hm.put("index", h.index());
      hm.put("header", h.header());
      hm.put("column", h.column());
      hm.put("kind", TextFold.lower(h.kind().name()));
      hm.put("confidence", new JsonNumber(Math.round(h.confidence() * 100) / 100.0));
      if (h.kind() == MatchKind.CUSTOM) {
        hm.put("custom", mapping.customColumnKeys().get(customIndex++));
      }
      matches.add(hm);
    }
    m.put("matches", matches);
    m.put("customColumns", mapping.customColumnKeys());
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

  // ---- step 3b: value mapping

  /**
   * Per mapped enum column with values that are none of its options: the column, its options,
   * and the values (most frequent first, at most {@code cap}) with their counts and suggestions.
   */
  public List<Object> unknownValues(int cap) {
    List<Object> list = new ArrayList<>();
    for (String key : flow.validation().table().columns()) {
      Column column = importer.column(key);
      if (column == null || !(column.type() instanceof ColumnType.EnumType type)) {
        continue;
      }
      ImportSession.UnknownValues unknown = flow.unknownValues(key, cap);
      if (unknown.distinct() == 0) {
        continue;
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("column", key);
      m.put("label", column.label());
      List<Object> options = new ArrayList<>();
      for (EnumOption o : type.options()) {
        options.add(Map.of("value", o.value(), "label", o.label()));
      }
      m.put("options", options);
      List<Object> values = new ArrayList<>();
      for (ImportSession.UnknownValue v : unknown.values()) {
        Map<String, Object> vm = new LinkedHashMap<>();
        vm.put("value", v.value());
        vm.put("count", v.count());
        vm.put("suggestion", v.suggestion());
        values.add(vm);
      }
      m.put("values", values);
      m.put("distinct", unknown.distinct());
      list.add(m);
    }
    return list;
  }

  /** Maps values of an enum column to options (one undoable step); the summary and the count. */
  public Map<String, Object> mapValues(String column, Map<String, String> optionOfValue) {
    int changed = flow.mapValues(column, optionOfValue);
    Map<String, Object> m = summary();
    m.put("changed", changed);
    return m;
  }

  // ---- step 4: validation and review

  /** Builds the table for the mapping and validates every row; the answer is the summary. */
  public Map<String, Object> validate() {
    flow.validate();
    return summary();
  }

  /** Begins validating ahead with the suggested mapping ({@link ImportSession#beginAhead}). */
  public boolean beginAhead() {
    return flow.beginAhead();
  }

  /** Checks more rows of the validation begun ahead ({@link ImportSession#checkAhead}). */
  public boolean checkAhead(int rows) {
    return flow.checkAhead(rows);
  }

  /** Whether the validation begun ahead fits the current mapping ({@link ImportSession#aheadFits}). */
  public boolean aheadFits() {
    return flow.aheadFits();
  }

  /** Whether the validation made fits the current mapping. */
  public boolean validatedFits() {
    return flow.validatedFits();
  }

  /** Whether the validation of ranges begun fits the current mapping. */
  public boolean pendingFits() {
    return flow.pendingFits();
  }

  /**
   * Starts validating in {@code parts} parts of rows, for workers that check them at once (the
   * first part is this worker's); null when the table cannot be cut (then {@link #validate}).
   */
  public List<ImportSession.ValidationPart> beginValidation(int parts) {
    return flow.beginValidation(parts);
  }

  /** Starts a validation where the helpers that parsed ranges check their rows. */
  public ImportSession.Projection beginValidationOfRanges() {
    return flow.beginValidationOfRanges();
  }


  /** The table rows of each range another worker parsed and the load took. */
  public List<int[]> takenRanges() {
    return ranged == null ? List.of() : ranged.takenRanges();
  }

  /** Checks the rows of a range this (helper) worker parsed. */
  public ValidationSession.PartVerdicts checkRange(ImportSession.Projection projection,
      List<String> chunks, dev.sluice.core.parse.CsvRange.Result range) {
    return ImportSession.checkRange(importer, new PortableSha256(), projection, chunks, range);
  }

  /** How many key hashes per row the verdicts of the validation in parts begun carry. */
  public int hashedGroups() {
    return flow.hashedGroups();
  }

  /** Checks this worker's own part of a validation in parts. */
  public ValidationSession.PartVerdicts checkPart(int from, int to) {
    return flow.checkPart(from, to);
  }

  /** Checks a part another worker cut (this worker's importer, its rows and text). */
  public ValidationSession.PartVerdicts checkPart(ImportSession.ValidationPart part) {
    return ImportSession.checkPart(importer, new PortableSha256(), part);
  }

  /** Ends a validation in parts with every part's verdicts; the answer of {@link #validate}. */
  public Map<String, Object> finishValidation(int[] written, byte[] clean, int[] keyHashes) {
    flow.finishValidation(written, clean, keyHashes);
    return summary();
  }

  /** The counts of the current state. */
  public Map<String, Object> summary() {
    ValidationSession session = flow.validation();
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
    m.put("policy", TextFold.lower(importer.invalidRowPolicy().name()));
    m.put("canUndo", flow.canUndo());
    m.put("canRedo", flow.canRedo());
    m.put("columns", columnsAnswer());
    m.put("viewRows", flow.viewSize());
    m.put("tableRows", session.table().rowCount());
    List<Object> readings = new ArrayList<>();
    for (Conventions.Note note : flow.readingNotes()) {
      readings.add(note.toTree());
    }
    m.put("readings", readings);
    return m;
  }

  private List<Object> columnsAnswer() {
    List<Object> list = new ArrayList<>();
    ImportTable table = flow.validation().table();
    for (int c = 0; c < table.columns().size(); c++) {
      Map<String, Object> cm = new LinkedHashMap<>();
      String key = table.columns().get(c);
      Column column = importer.column(key);
      cm.put("key", key);
      cm.put("label", column == null ? key : column.label());
      cm.put("type", column != null ? column.type().name()
          : flow.mapping().customColumnKeys().contains(key) ? "custom" : "extra");
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
    flow.filter(onlyIssues, column, code);
    return summary();
  }

  /** Rows of the current view, with cells and issues, for the grid. */
  public Map<String, Object> rows(int start, int count) {
    ValidationSession session = flow.validation();
    ImportTable table = session.table();
    List<Object> rows = new ArrayList<>();
    int size = flow.viewSize();
    for (int i = Math.max(0, start); i < Math.min(size, start + count); i++) {
      int row = flow.viewRow(i);
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
        im.put("severity", TextFold.lower(issue.severity().name()));
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

  /** Changes a cell; the answer is the new summary. */
  public Map<String, Object> edit(int row, String column, String value) {
    flow.edit(row, column, value);
    return changed(summary());
  }

  /** Replaces every occurrence of a text in one column, as one undoable step. */
  public Map<String, Object> replaceAll(String column, String find, String replacement) {
    int replaced = flow.replaceAll(column, find, replacement);
    Map<String, Object> m = changed(summary());
    m.put("replaced", replaced);
    return m;
  }

  /**
   * A column operation of the review step, as one undoable step: {@code split} (column,
   * delimiter, first, second), {@code merge} (left, right, separator, into), {@code fill} (column,
   * value: blank cells), {@code set} (column, value) or {@code transform} (column, trim, upper,
   * lower or title); on every row, or only on the rows shown. The answer is the summary with
   * {@code changed}, or {@code error} and a message for a request that cannot be done.
   */
  public Map<String, Object> operate(String operation, List<String> args, boolean shownOnly) {
    ImportSession.Scope scope = shownOnly ? ImportSession.Scope.SHOWN_ROWS
        : ImportSession.Scope.ALL_ROWS;
    int changed;
    try {
      for (int i = 0; i < args.size(); i++) {
        if (args.get(i) == null) {
          throw new IllegalArgumentException("missing argument " + (i + 1));
        }
      }
      changed = switch (operation) {
        case "split" -> flow.splitColumn(args.get(0), args.get(1), args.get(2), args.get(3),
            scope);
        case "merge" -> flow.mergeColumns(args.get(0), args.get(1), args.get(2), args.get(3),
            scope);
        case "fill" -> flow.fillBlanks(args.get(0), args.get(1), scope);
        case "set" -> flow.setValue(args.get(0), args.get(1), scope);
        case "transform" -> flow.transformColumn(args.get(0),
            ImportSession.CellTransform.valueOf(TextFold.upper(args.get(1))), scope);
        default -> throw new IllegalArgumentException("unknown operation " + operation);
      };
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      Map<String, Object> m = summary();
      m.put("error", "OPERATION_INVALID");
      m.put("message", messages.format("UI_OPERATION_INVALID", Map.of()));
      return m;
    }
    Map<String, Object> m = changed(summary());
    m.put("changed", changed);
    return m;
  }

  /** The host's hooks: a page of rows with their values as handed over (column null: all). */
  public Map<String, Object> hookPage(String column, int from, int count) {
    ImportSession.HookPage page = flow.hookPage(column, from, count);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rows", page.rows());
    m.put("columns", page.columns());
    m.put("values", page.values());
    return m;
  }

  /**
   * What a hook said of the rows it checked ({@code source} "cell" for a column hook, "row" for
   * a row hook): per result a row, a column, and a replacement value or an issue (code, severity,
   * message). The answer is the summary with {@code replaced}.
   */
  public Map<String, Object> applyHook(String source, String column, int[] checkedRows,
      List<ImportSession.HookResult> results) {
    int replaced = flow.applyHookResults("row".equals(source) ? ValidationSession.HookSource.ROW
        : ValidationSession.HookSource.CELL, column, checkedRows, results);
    Map<String, Object> m = summary();
    m.put("replaced", replaced);
    return m;
  }

  /** The summary with the rows the last step changed (null when more than a page of them). */
  private Map<String, Object> changed(Map<String, Object> m) {
    int[] rows = flow.lastChangedRows();
    m.put("changedRows", rows.length <= MAX_CHANGED_ROWS_SENT ? rows : null);
    return m;
  }

  /** Changed rows sent to the page for its hooks; more than this and the hooks check every row. */
  private static final int MAX_CHANGED_ROWS_SENT = 2000;

  /** Deletes a row (undoable). */
  public Map<String, Object> deleteRow(int row) {
    flow.deleteRow(row);
    return summary();
  }

  /** Undoes the last step. */
  public Map<String, Object> undo() {
    flow.undo();
    return changed(summary());
  }

  /** Redoes the last undone step. */
  public Map<String, Object> redo() {
    flow.redo();
    return changed(summary());
  }

  // ---- step 5: submit

  /** Starts submitting under the importer's policy; the answer says whether and how many. */
  public Map<String, Object> prepareSubmit() {
    int total = flow.prepareSubmit();
    Map<String, Object> m = summary();
    m.put("total", Math.max(0, total));
    if (total < 0) {
      m.put("blockedMessage", messages.format("UI_SUBMIT_BLOCKED",
          Map.of("count", flow.validation().summary().errorRows())));
    }
    return m;
  }

  /**
   * One batch of submitted rows: the values as handed to the host (see {@link OutputText}), each
   * row's index in the table, and per row the codes of its errors by column (rows handed over
   * flagged under include_flagged), or null when no row has errors.
   */
  public record Batch(int index, int totalRows, List<String> columns, List<String> custom,
      OutputText values, int[] sourceRows, List<List<Map<String, Object>>> errors) {
    /** The number of rows. */
    public int count() {
      return sourceRows.length;
    }
  }

  /** One batch of the rows {@link #prepareSubmit} chose, {@code size} rows from {@code index * size}. */
  public Batch batchOf(int index, int size) {
    ValidationSession session = flow.validation();
    int[] rows = flow.batchRows(index, size);
    List<List<Map<String, Object>>> errors = null;
    for (int i = 0; i < rows.length; i++) {
      if (session.hasErrors(rows[i])) {
        if (errors == null) {
          errors = new ArrayList<>();
          for (int k = 0; k < rows.length; k++) {
            errors.add(null);
          }
        }
        List<Map<String, Object>> list = new ArrayList<>();
        for (ValidationIssue issue : session.issues(rows[i])) {
          if (issue.isError()) {
            list.add(Map.of("column", issue.column(), "code", issue.code()));
          }
        }
        errors.set(i, list);
      }
    }
    return new Batch(index, flow.submittedCount(), session.table().columns(),
        flow.mapping().customColumnKeys(), flow.batch(index, size), rows, errors);
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
      Map<String, Object> custom = new LinkedHashMap<>();
      for (int c = 0; c < width; c++) {
        String key = b.columns().get(c);
        if (b.custom().contains(key)) {
          custom.put(key, values[c]);
        } else {
          rm.put(key, values[c]);
        }
      }
      if (!custom.isEmpty()) {
        rm.put("customFields", custom);
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
    return flow.rejectedCsv(messages);
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

  /** The validation, for tests. */
  ValidationSession session() {
    return flow.validation();
  }
}
