package dev.sluice.browser;

import dev.sluice.browser.regex.RegexModuleLink;
import dev.sluice.core.flow.ImportSession;
import dev.sluice.core.match.RememberedMapping;
import dev.sluice.core.schema.Severity;
import dev.sluice.core.message.MessageCatalog;
import dev.sluice.core.parse.CsvFormat;
import dev.sluice.core.parse.CsvRange;
import dev.sluice.core.xlsx.SpreadsheetKind;
import dev.sluice.core.xlsx.Styles;
import dev.sluice.core.xlsx.Workbook;
import dev.sluice.core.xlsx.XlsxException;
import dev.sluice.core.xlsx.ZipDirectory;
import dev.sluice.core.schema.Importer;
import dev.sluice.core.schema.SchemaReader;
import dev.sluice.core.validate.ValidationSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSByRef;
import org.teavm.jso.JSExport;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.Int32Array;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * The functions the worker script calls: the whole interop layer between JavaScript and
 * {@link ImportWorkflow}. Answers are JSON text for {@code JSON.parse}; one worker holds one
 * import.
 *
 * <p>Typed arrays cross by reference ({@code @JSByRef}); {@code optional} lets the Wasm GC
 * experiment's build ({@code mvn -Pwasm-experiment}) copy them instead, the JavaScript build is
 * unchanged.
 */
public final class WorkerApi {
  private static ImportWorkflow workflow;
  private static Workbook workbook;
  private static Styles styles;

  private WorkerApi() {}

  /**
   * Hands the engine the pattern module ({@code sluice-regex.js}, loaded by the worker for a
   * schema with patterns) before {@link #start}.
   */
  @JSExport
  public static void useRegex(JSObject module) {
    RegexModuleLink.use(module);
  }

  /**
   * Starts an import for a schema (a parsed JSON object); the answer is {@code {ok:true}} or the
   * schema error with its path.
   */
  @JSExport
  public static String start(JSObject schema, String locale, int maxRows, JSObject messages) {
    try {
      Importer importer = SchemaReader.read(JsTree.toJava(schema));
      workflow = new ImportWorkflow(importer);
      Map<String, String> templates = new LinkedHashMap<>();
      if (!isNullish(messages) && JsTree.toJava(messages) instanceof Map<?, ?> m) {
        for (Map.Entry<?, ?> e : m.entrySet()) {
          if (e.getValue() instanceof String template) {
            templates.put(String.valueOf(e.getKey()), template);
          }
        }
      }
      workflow.locale(locale, templates, new IntlFormats(locale));
      workflow.maxRows(maxRows <= 0 ? Integer.MAX_VALUE : maxRows);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("ok", true);
      m.put("name", importer.name());
      return Json.write(m);
    } catch (dev.sluice.core.schema.SchemaException e) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("ok", false);
      m.put("code", e.code());
      m.put("message", e.getMessage());
      return Json.write(m);
    }
  }

  /**
   * The shipped language that serves a tag ({@code de-CH} is {@code de}, {@code pt-PT} is
   * {@code pt-BR}, an unknown tag {@code en}): the pack the page loads before {@link #start}.
   */
  @JSExport
  public static String language(String tag) {
    return MessageCatalog.languageOf(tag);
  }

  /** The UI strings of the import's language, by code, plural forms included. */
  @JSExport
  public static String messages(String locale) {
    // the import's catalogue (its language's pack and the host's own wording) once one started
    MessageCatalog catalog = workflow != null ? workflow.messages()
        : UiTemplates.catalog(locale, Map.of());
    Map<String, Object> m = new LinkedHashMap<>();
    for (String code : catalog.codesWithTemplates()) {
      if (code.startsWith("UI_")) {
        m.put(code, catalog.format(code, Map.of()));
      }
    }
    for (String code : new String[] {"ROW_LIMIT", "COLUMN_MISSING"}) {
      m.put(code, catalog.format(code, Map.of()));
    }
    m.put("_language", catalog.language());
    return Json.write(m);
  }

  /**
   * Detects the encoding of a file's first bytes, for a user of the languages given (BCP 47
   * tags, comma-separated, most wanted first; empty when not known).
   */
  @JSExport
  public static String detectEncoding(Int8Array head, boolean complete, String languages) {
    List<String> tags = new ArrayList<>();
    // split by hand: String.split would compile java.util.regex into the engine
    for (int from = 0; from < languages.length();) {
      int comma = languages.indexOf(',', from);
      int to = comma < 0 ? languages.length() : comma;
      tags.add(languages.substring(from, to));
      from = to + 1;
    }
    return Json.write(workflow.detectEncoding(head.copyToJavaArray(), complete, tags));
  }

  /**
   * Detects the dialect of a file's first text; a delimiter or quote the user chose (else empty)
   * is kept and the rest detected under it.
   */
  @JSExport
  public static String detectDialect(String text, boolean complete, String delimiter,
      String quote) {
    return Json.write(workflow.detectDialect(text, complete,
        delimiter == null || delimiter.isEmpty() ? null : delimiter.charAt(0),
        quote == null || quote.isEmpty() ? null : quote.charAt(0)));
  }

  /**
   * Starts parsing with a dialect; {@code escape} is the dialect's ("\\" when a backslash escapes
   * quotes inside quoted fields; "" or left out when quotes are doubled).
   */
  @JSExport
  public static void beginParse(String delimiter, String quote, int headerIndex, String escape) {
    workflow.beginParse(delimiter.charAt(0), quote.charAt(0), backslash(escape), headerIndex);
  }

  private static boolean backslash(String escape) {
    return escape != null && escape.equals("\\");
  }

  /** How many chars the file being parsed will give, estimated from its size: a hint. */
  @JSExport
  public static void expectChars(double chars) {
    workflow.expectChars(chars);
  }

  /** What a file is by its first bytes: TEXT, XLSX, XLS, ENCRYPTED or OTHER (no table). */
  @JSExport
  public static String spreadsheetKind(Int8Array head) {
    return SpreadsheetKind.of(head.copyToJavaArray()).name();
  }

  /**
   * Whether a part may go on inflating: core's zip bomb bound ({@link
   * SpreadsheetKind#checkInflated}), asked by the worker for each piece DecompressionStream gives.
   */
  @JSExport
  public static boolean inflateAllowed(double inflated, double compressed) {
    try {
      SpreadsheetKind.checkInflated((long) inflated, (long) compressed);
      return true;
    } catch (XlsxException e) {
      return false;
    }
  }

  /**
   * Why a file of kind OTHER has no rows (a PDF, an archive, binary data), in the import's
   * language: core's {@link SpreadsheetKind#refusal} of its first bytes.
   */
  @JSExport
  public static String refusal(Int8Array head) {
    SpreadsheetKind.Refusal refusal = SpreadsheetKind.refusal(head.copyToJavaArray());
    return refusal == null ? null : message(refusal.code(), refusal.arguments());
  }

  /** A message of the catalogue in the import's language, by code (workbook errors). */
  @JSExport
  public static String message(String code) {
    return message(code, Map.of());
  }

  private static String message(String code, Map<String, Object> arguments) {
    Map<String, Object> all = new LinkedHashMap<>(arguments);
    all.put("limit", SpreadsheetKind.MAX_PART_BYTES >> 20);
    return workflow.messages().format(code, all);
  }

  /** The entries of a zip file from its last bytes: {ok, entries} or {ok:false, message}. */
  @JSExport
  public static String zipEntries(Int8Array tail, double fileSize) {
    try {
      List<Object> entries = new ArrayList<>();
      for (ZipDirectory.Entry e : ZipDirectory.read(tail.copyToJavaArray(), (long) fileSize)) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", e.name());
        m.put("method", e.method());
        m.put("compressedSize", new JsonNumber(e.compressedSize()));
        m.put("size", new JsonNumber(e.size()));
        m.put("offset", new JsonNumber(e.localHeaderOffset()));
        m.put("encrypted", e.encrypted());
        entries.add(m);
      }
      Map<String, Object> m = ok();
      m.put("entries", entries);
      return Json.write(m);
    } catch (XlsxException e) {
      return failure(e);
    }
  }

  /**
   * Opens a workbook from its workbook part, relationships and styles (either of the last two
   * may be null): {ok, sheets:[{name, hidden}]}; its shared strings are fed next.
   */
  @JSExport
  public static String openWorkbook(String workbookXml, String relsXml, String stylesXml) {
    try {
      workbook = Workbook.read(workbookXml, relsXml);
      styles = Styles.read(stylesXml);
      workflow.resetSharedStrings();
      List<Object> sheets = new ArrayList<>();
      for (Workbook.Sheet sheet : workbook.sheets()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", sheet.name());
        m.put("path", sheet.path());
        m.put("hidden", sheet.hidden());
        sheets.add(m);
      }
      Map<String, Object> m = ok();
      m.put("sheets", sheets);
      // the order the first sheet with data is looked for in: visible sheets first
      List<Object> order = new ArrayList<>();
      for (Workbook.Sheet sheet : workbook.searchOrder()) {
        order.add(workbook.sheets().indexOf(sheet));
      }
      m.put("searchOrder", order);
      return Json.write(m);
    } catch (XlsxException e) {
      return failure(e);
    }
  }

  /** Reads the next chunk of the workbook's shared strings: {ok} or {ok:false, message}. */
  @JSExport
  public static String feedSharedStrings(String chunk, boolean last) {
    try {
      workflow.sharedStrings().feed(chunk);
      if (last) {
        workflow.sharedStrings().finish();
      }
      return Json.write(ok());
    } catch (XlsxException e) {
      return failure(e);
    }
  }

  /** Starts reading a sheet of the open workbook, rows after the header row going to the table. */
  @JSExport
  public static void beginSheet(int headerIndex) {
    workflow.beginSheet(workbook, styles, headerIndex);
  }

  /** Reads the next chunk of the sheet: {ok, rows} or {ok:false, message}. */
  @JSExport
  public static String feedSheet(String chunk) {
    try {
      workflow.feedSheet(chunk);
      Map<String, Object> m = ok();
      m.put("rows", workflow.parsedRows());
      return Json.write(m);
    } catch (XlsxException e) {
      return failure(e);
    }
  }

  private static Map<String, Object> ok() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ok", true);
    return m;
  }

  private static String failure(XlsxException e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ok", false);
    m.put("code", e.code());
    m.put("message", message(e.code(), e.arguments()));
    return Json.write(m);
  }

  // ---- a parallel load: a helper worker parses one range of the file, the main worker puts the
  // ranges together in order (ImportSession.RangedLoad)

  /** The range this (helper) worker parses. */
  private static CsvRange range;
  /** The range it parsed and its parse, kept until its rows are checked ({@link #checkRange}). */
  private static CsvRange parsedRange;
  private static CsvRange.Result parsed;

  /**
   * The width of the header record in a file's head, or -1 when the head ends before it: the
   * helpers of a parallel load check their records against it.
   */
  @JSExport
  public static int headerWidth(String head, String delimiter, String quote, int headerIndex,
      String escape) {
    return CsvRange.headerWidth(head, format(delimiter, quote, escape, headerIndex));
  }

  /**
   * The width of that header record without its trailing empty fields, or -1: helpers take records
   * that end where its named fields end as whole ({@link CsvRange#headerNamedWidth}).
   */
  @JSExport
  public static int headerNamedWidth(String head, String delimiter, String quote,
      int headerIndex, String escape) {
    return CsvRange.headerNamedWidth(head, format(delimiter, quote, escape, headerIndex));
  }

  private static CsvFormat format(String delimiter, String quote, String escape,
      int headerIndex) {
    return CsvFormat.RFC4180.toBuilder().delimiter(delimiter.charAt(0)).quote(quote.charAt(0))
        .backslashEscapes(backslash(escape)).headerIndex(Math.max(headerIndex, 0)).build();
  }

  /** Starts parsing a range of a file (in a helper worker), as if a record began there. */
  @JSExport
  public static void rangeBegin(String delimiter, String quote, int headerIndex, int width,
      int namedWidth, String escape) {
    range = new CsvRange(format(delimiter, quote, escape, headerIndex), width, namedWidth);
  }

  /** Parses the next decoded chunk of the range. */
  @JSExport
  public static void rangeFeed(String chunk) {
    range.feed(chunk);
  }

  /**
   * Ends the range ({@code endOfFile} for the file's last): its parse as plain numbers and typed
   * arrays for the main worker's {@link #addRange}; the helper's text goes with it, chunk by chunk.
   */
  @JSExport
  public static JSObject rangeFinish(boolean endOfFile) {
    CsvRange.Result r = range.finish(endOfFile);
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("rowInts", r.rowInts());
    meta.put("issueInts", r.issueInts());
    meta.put("records", r.records());
    meta.put("endLine", r.endLine());
    meta.put("betweenRecords", r.betweenRecords());
    meta.put("pendingStart", r.pendingStart());
    meta.put("stopped", r.stopped());
    meta.put("expectedWidth", r.expectedWidth());
    JSObject chunks = strings(range.chunks());
    parsedRange = range;
    parsed = r;
    range = null;
    return withRange(Json.write(meta), chunks, java.util.Arrays.copyOf(r.rows(), r.rowInts()),
        java.util.Arrays.copyOf(r.issues(), r.issueInts()));
  }

  @JSBody(params = {"meta", "chunks", "rows", "issues"},
      script = "const o = JSON.parse(meta); o.chunks = chunks; o.rows = rows; o.issues = issues;"
          + " return o;")
  private static native JSObject withRange(String meta, JSObject chunks,
      @JSByRef(optional = true) int[] rows, @JSByRef(optional = true) int[] issues);

  /** The next chunk of the text of a range a helper parsed; {@link #addRange} follows. */
  @JSExport
  public static void rangeText(String chunk) {
    workflow.rangeText(chunk);
  }

  /**
   * Puts on the next range a helper parsed (the fields of its {@link #rangeFinish} answer); returns
   * the data rows loaded so far.
   */
  @JSExport
  public static int addRange(@JSByRef(optional = true) int[] rows,
      @JSByRef(optional = true) int[] issues, int records, int endLine, boolean betweenRecords,
      int pendingStart, boolean stopped, int expectedWidth) {
    int[] r = rows; // the helper's typed array itself, not a copy
    int[] i = issues;
    workflow.addRange(new CsvRange.Result(r, r.length, i, i.length, records, endLine,
        betweenRecords, pendingStart, stopped, expectedWidth));
    return workflow.parsedRows();
  }

  /** How many ranges parsed by helpers the current load took (the others it parsed itself). */
  @JSExport
  public static int rangesTaken() {
    return workflow.rangesTaken();
  }

  /** Parses the next chunk; returns the data rows parsed so far. */
  @JSExport
  public static int feed(String chunk) {
    workflow.feed(chunk);
    return workflow.parsedRows();
  }

  /** Ends parsing. */
  @JSExport
  public static String finishParse() {
    try {
      Map<String, Object> m = workflow.finishParse();
      m.put("ok", true);
      return Json.write(m);
    } catch (XlsxException e) {
      return failure(e);
    }
  }

  /** The key a confirmed mapping for the parsed headers is remembered under. */
  @JSExport
  public static String fingerprint() {
    return workflow.fingerprint();
  }

  /** Suggests a mapping; {@code remembered} is a stored mapping object or null. */
  @JSExport
  public static String suggestMapping(JSObject remembered) {
    RememberedMapping r = null;
    Object tree = remembered == null ? null : JsTree.toJava(remembered);
    if (tree instanceof Map<?, ?> m && m.get("fingerprint") instanceof String f
        && m.get("columns") instanceof Map<?, ?> columns) {
      Map<String, String> cols = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : columns.entrySet()) {
        if (e.getValue() instanceof String v) {
          cols.put(String.valueOf(e.getKey()), v);
        }
      }
      Map<String, String> custom = new LinkedHashMap<>();
      if (m.get("custom") instanceof Map<?, ?> names) {
        for (Map.Entry<?, ?> e : names.entrySet()) {
          if (e.getValue() instanceof String v) {
            custom.put(String.valueOf(e.getKey()), v);
          }
        }
      }
      r = new RememberedMapping(f, cols, custom);
    }
    return Json.write(workflow.suggestMapping(r));
  }

  /**
   * Sets the mapping: an array with, per header, a column key, {@code ""} for "do not import", or
   * null to keep it as an extra column where the importer allows extras.
   */
  @JSExport
  public static String applyMapping(JSObject columnPerHeader) {
    List<String> list = new ArrayList<>();
    Map<Integer, String> custom = new LinkedHashMap<>();
    for (Object o : (List<?>) JsTree.toJava(columnPerHeader)) {
      if (o instanceof Map<?, ?> m && m.get("custom") instanceof String name) {
        custom.put(list.size(), name); // {custom: name}: kept as a custom field
      }
      list.add(o instanceof String s ? s : null);
    }
    return Json.write(workflow.applyMapping(list, custom));
  }

  /** The confirmed mapping, to store for next time. */
  @JSExport
  public static String remember() {
    RememberedMapping r = workflow.remember();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("fingerprint", r.fingerprint());
    m.put("columns", new LinkedHashMap<>(r.columns()));
    m.put("custom", new LinkedHashMap<>(r.custom()));
    return Json.write(m);
  }

  /** Validates the mapped table. */
  @JSExport
  public static String validate() {
    return Json.write(workflow.validate());
  }

  /**
   * Begins validating with the suggested mapping while the mapping step is shown (core's {@link
   * ImportSession#beginAhead}); false when there is nothing to check.
   */
  @JSExport
  public static boolean beginAhead() {
    return workflow.beginAhead();
  }

  /** Checks up to {@code rows} more rows of the validation begun ahead; false once none are left. */
  @JSExport
  public static boolean checkAhead(int rows) {
    return workflow.checkAhead(rows);
  }

  /**
   * Whether the validation begun ahead checks the table of the current mapping (core's {@link
   * ImportSession#aheadFits}).
   */
  @JSExport
  public static boolean aheadFits() {
    return workflow.aheadFits();
  }

  /**
   * Whether the validation of ranges begun (ahead, with the suggested mapping) checks the table of
   * the current mapping (core's {@link ImportSession#pendingFits}).
   */
  @JSExport
  public static boolean pendingFits() {
    return workflow.pendingFits();
  }

  /**
   * Whether the validation made ahead (a pool's, finished with the suggested mapping) is of the
   * table the current mapping builds (core's {@link ImportSession#validatedFits}).
   */
  @JSExport
  public static boolean validatedFits() {
    return workflow.validatedFits();
  }

  // ---- validation in parts: the main worker cuts the mapped table into row ranges, helpers check
  // theirs (cells and row rules), the main worker joins the unique groups and re-checks every row
  // that is not clean (ImportSession.beginValidation / ValidationSession.validateAll(int[], byte[], int[]))

  /**
   * Starts validating in {@code parts} parts: {@code {parts: [{from, to, columns, quote, changes,
   * chunks, spans}]}} (spans an Int32Array; changes what the table's cells narrowed, {@code
   * Conventions.changes}, for the helpers to read alike), or null when the table cannot be cut
   * (then {@link #validate}).
   */
  @JSExport
  public static JSObject beginValidation(int parts) {
    List<ImportSession.ValidationPart> cut = workflow.beginValidation(parts);
    if (cut == null) {
      return null;
    }
    JSObject out = newArray();
    for (ImportSession.ValidationPart part : cut) {
      JSObject chunks = strings(part.chunks());
      Map<String, Object> meta = new LinkedHashMap<>();
      meta.put("from", part.from());
      meta.put("to", part.to());
      meta.put("columns", part.columns());
      meta.put("quote", String.valueOf(part.quote()));
      meta.put("changes", part.changes());
      pushObject(out, withPart(Json.write(meta), chunks, part.spans()));
    }
    return out;
  }

  @JSBody(params = {"meta", "chunks", "spans"},
      script = "const o = JSON.parse(meta); o.chunks = chunks; o.spans = spans; return o;")
  private static native JSObject withPart(String meta, JSObject chunks,
      @JSByRef(optional = true) int[] spans);

  @JSBody(params = {"a", "v"}, script = "a.push(v);")
  private static native void pushObject(JSObject array, JSObject value);

  /**
   * Starts validating where the helpers that parsed ranges check their rows: {@code {projection,
   * taken: [[range, firstRow, rows]]}} (the projection carries what the table's cells narrowed,
   * {@code Conventions.changes}); this worker then checks the other rows ({@link #checkPart}) and
   * ends with {@link #finishValidation}.
   */
  @JSExport
  public static String beginValidationOfRanges() {
    ImportSession.Projection p = workflow.beginValidationOfRanges();
    Map<String, Object> projection = new LinkedHashMap<>();
    projection.put("columns", p.columns());
    List<Integer> sources = new ArrayList<>();
    for (int s : p.sources()) {
      sources.add(s);
    }
    projection.put("sources", sources);
    projection.put("fileColumns", p.fileColumns());
    projection.put("quote", String.valueOf(p.quote()));
    projection.put("changes", p.changes());
    List<List<Integer>> taken = new ArrayList<>();
    for (int[] t : workflow.takenRanges()) {
      taken.add(List.of(t[0], t[1], t[2]));
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("projection", projection);
    m.put("taken", taken);
    return Json.write(m);
  }

  /**
   * Checks the rows of the range this helper parsed, as rows of the main worker's mapped table
   * (the projection of {@link #beginValidationOfRanges}, as JSON); after {@link #start} with the
   * import's schema.
   */
  @JSExport
  public static JSObject checkRange(String projection) {
    Map<?, ?> p = (Map<?, ?>) JsTree.toJava(parseJson(projection));
    List<String> columns = new ArrayList<>();
    for (Object key : (List<?>) p.get("columns")) {
      columns.add(String.valueOf(key));
    }
    List<?> list = (List<?>) p.get("sources");
    int[] sources = new int[list.size()];
    for (int i = 0; i < sources.length; i++) {
      sources[i] = ((Number) list.get(i)).intValue();
    }
    ValidationSession.PartVerdicts v = workflow.checkRange(new ImportSession.Projection(columns,
        sources, ((Number) p.get("fileColumns")).intValue(), ((String) p.get("quote")).charAt(0),
        changes(p.get("changes"))), parsedRange.chunks(), parsed);
    // the range is kept: begun ahead, the check is made again when another mapping is confirmed
    return withVerdicts(v.written(), v.clean(), v.keyHashes());
  }

  /**
   * Checks this worker's own part: {@code {written: Int32Array, clean: Int8Array, keyHashes:
   * Int32Array}} (ValidationSession.PartVerdicts; the hashes of each row's unique keys, {@code
   * keyHashes.length / written.length} per row).
   */
  @JSExport
  public static JSObject checkPart(int from, int to) {
    ValidationSession.PartVerdicts v = workflow.checkPart(from, to);
    return withVerdicts(v.written(), v.clean(), v.keyHashes());
  }

  /**
   * Checks a part another worker cut (in a helper that {@link #start started} with the same
   * schema): its columns (a JSON array), quote, text chunks and spans, and what the whole table's
   * cells narrowed in the schema (JSON, {@code Conventions.changes}).
   */
  @JSExport
  public static JSObject checkForeignPart(String columns, String quote, JSObject chunks,
      Int32Array spans, int from, int to, String changes) {
    List<String> keys = new ArrayList<>();
    for (Object key : (List<?>) JsTree.toJava(parseJson(columns))) {
      keys.add(String.valueOf(key));
    }
    List<String> text = new ArrayList<>();
    for (Object chunk : (List<?>) JsTree.toJava(chunks)) {
      text.add((String) chunk);
    }
    ValidationSession.PartVerdicts v = workflow.checkPart(new ImportSession.ValidationPart(from,
        to, keys, quote.charAt(0), text, spans.copyToJavaArray(),
        changes(JsTree.toJava(parseJson(changes)))));
    return withVerdicts(v.written(), v.clean(), v.keyHashes());
  }

  /** What the main worker's validation narrowed ({@code Conventions.changes}), as JSON read. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> changes(Object tree) {
    return tree instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  @JSBody(params = {"text"}, script = "return JSON.parse(text);")
  private static native JSObject parseJson(String text);

  @JSBody(params = {"written", "clean", "keyHashes"},
      script = "return { written: written, clean: clean, keyHashes: keyHashes };")
  private static native JSObject withVerdicts(@JSByRef(optional = true) int[] written,
      @JSByRef(optional = true) byte[] clean, @JSByRef(optional = true) int[] keyHashes);

  /**
   * Ends a validation in parts with every part's verdicts merged in row order (the key hashes
   * {@link #hashedGroups} per row); as {@link #validate}.
   */
  @JSExport
  public static String finishValidation(Int32Array written, Int8Array clean,
      Int32Array keyHashes) {
    return Json.write(workflow.finishValidation(written.copyToJavaArray(),
        clean.copyToJavaArray(), keyHashes.copyToJavaArray()));
  }

  /** How many key hashes per row the verdicts of a validation in parts carry. */
  @JSExport
  public static int hashedGroups() {
    return workflow.hashedGroups();
  }

  /** Filters the grid. */
  @JSExport
  public static String filter(boolean onlyIssues, String column, String code) {
    return Json.write(workflow.filter(onlyIssues, empty(column), empty(code)));
  }

  /** A page of rows. */
  @JSExport
  public static String rows(int start, int count) {
    return Json.write(workflow.rows(start, count));
  }

  /** Edits a cell. */
  @JSExport
  public static String edit(int row, String column, String value) {
    return Json.write(workflow.edit(row, column, value));
  }

  /** Replaces text in a column. */
  @JSExport
  public static String replaceAll(String column, String find, String replacement) {
    return Json.write(workflow.replaceAll(column, find, replacement));
  }

  /** A column operation of the review step (see {@link ImportWorkflow#operate}). */
  @JSExport
  public static String operate(String operation, JSObject args, boolean shownOnly) {
    List<String> list = new ArrayList<>();
    for (Object o : (List<?>) JsTree.toJava(args)) {
      list.add(o instanceof String s ? s : null);
    }
    return Json.write(workflow.operate(operation, list, shownOnly));
  }

  /** The values of mapped enum columns that are none of their options (the value mapping step). */
  @JSExport
  public static String unknownValues(int cap) {
    return Json.write(workflow.unknownValues(cap));
  }

  /** Maps values of an enum column to options: {@code choices} is value to option value. */
  @JSExport
  public static String mapValues(String column, JSObject choices) {
    Map<String, String> map = new LinkedHashMap<>();
    if (JsTree.toJava(choices) instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (e.getKey() instanceof String k && e.getValue() instanceof String v && !v.isEmpty()) {
          map.put(k, v);
        }
      }
    }
    return Json.write(workflow.mapValues(column, map));
  }

  /** A page of rows for a host's hook (see {@link ImportWorkflow#hookPage}). */
  @JSExport
  public static String hookPage(String column, int from, int count) {
    return Json.write(workflow.hookPage(empty(column), from, count));
  }

  /**
   * What a host's hook said (see {@link ImportWorkflow#applyHook}): {@code results} is an array of
   * {@code {row, column, replacement?, code?, severity?, message?}}.
   */
  @JSExport
  public static String applyHook(String source, String column, JSObject checkedRows,
      JSObject results) {
    List<Integer> rows = new ArrayList<>();
    for (Object o : (List<?>) JsTree.toJava(checkedRows)) {
      if (o instanceof Number n) {
        rows.add(n.intValue());
      }
    }
    int[] checked = new int[rows.size()];
    for (int i = 0; i < checked.length; i++) {
      checked[i] = rows.get(i);
    }
    List<ImportSession.HookResult> list = new ArrayList<>();
    for (Object o : (List<?>) JsTree.toJava(results)) {
      if (o instanceof Map<?, ?> m && m.get("row") instanceof Number row
          && m.get("column") instanceof String col) {
        Severity severity = m.get("severity") instanceof String sv ? Severity.byName(sv) : null;
        list.add(new ImportSession.HookResult(row.intValue(), col, text(m.get("replacement")),
            text(m.get("code")), severity == null ? Severity.ERROR : severity,
            text(m.get("message"))));
      }
    }
    return Json.write(workflow.applyHook(source, empty(column), checked, list));
  }

  private static String text(Object o) {
    return o instanceof String s ? s : null;
  }

  /** Deletes a row. */
  @JSExport
  public static String deleteRow(int row) {
    return Json.write(workflow.deleteRow(row));
  }

  /** Undoes the last step. */
  @JSExport
  public static String undo() {
    return Json.write(workflow.undo());
  }

  /** Redoes the last undone step. */
  @JSExport
  public static String redo() {
    return Json.write(workflow.redo());
  }

  /** Starts submitting. */
  @JSExport
  public static String prepareSubmit() {
    return Json.write(workflow.prepareSubmit());
  }

  /**
   * One batch of submitted rows as a JavaScript object: {@code index, count, totalRows, columns,
   * sourceRows}, the text as {@code slices} (slices of the file's text) followed by {@code made}
   * (an Int8Array: the UTF-8 of the values that differ from it), {@code bounds} (an Int32Array,
   * the start and end of each value in that text, row-major, as handed to the host; made and
   * bounds are views of the engine's own arrays, written again by the next batch), and {@code
   * errors} (per row, or null). The worker decodes the made values and the page makes the row
   * objects, reading each value from its part; the engine makes no String per cell.
   */
  @JSExport
  public static JSObject batch(int index, int size) {
    ImportWorkflow.Batch b = workflow.batchOf(index, size);
    JSObject slices = strings(b.values().slices());
    JSObject rows = newArray();
    for (int r : b.sourceRows()) {
      pushInt(rows, r);
    }
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("index", b.index());
    meta.put("count", b.count());
    meta.put("totalRows", b.totalRows());
    meta.put("columns", b.columns());
    meta.put("custom", b.custom());
    meta.put("errors", b.errors());
    return withArrays(Json.write(meta), slices, b.values().made(), b.values().madeLength(),
        b.values().bounds(), 2 * b.values().rows() * b.values().width(), rows);
  }

  @JSBody(script = "return [];")
  private static native JSObject newArray();

  @JSBody(params = {"o"}, script = "return o == null;")
  private static native boolean isNullish(JSObject o);

  @JSBody(params = {"a", "v"}, script = "a.push(v);")
  private static native void push(JSObject array, String value);

  /** Strings as a JavaScript array (each a native string: no copy of its chars). */
  private static JSObject strings(Iterable<String> values) {
    JSObject array = newArray();
    for (String value : values) {
      push(array, value);
    }
    return array;
  }

  @JSBody(params = {"a", "v"}, script = "a.push(v);")
  private static native void pushInt(JSObject array, int value);

  @JSBody(params = {"meta", "slices", "made", "length", "bounds", "boundsLength", "rows"},
      script = "const o = JSON.parse(meta); o.slices = slices; o.made = made.subarray(0, length);"
          + " o.bounds = bounds.subarray(0, boundsLength); o.sourceRows = rows; return o;")
  private static native JSObject withArrays(String meta, JSObject slices,
      @JSByRef(optional = true) byte[] made, int length, @JSByRef(optional = true) int[] bounds,
      int boundsLength, JSObject rows);

  /** The rows with errors as CSV text. */
  @JSExport
  public static String rejectedCsv() {
    return workflow.rejectedCsv();
  }

  /** A sample CSV for the importer. */
  @JSExport
  public static String sampleCsv() {
    return workflow.sampleCsv();
  }

  private static String empty(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
