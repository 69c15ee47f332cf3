package dev.sluice.core.validate;

import dev.sluice.core.text.CharCategories;
import dev.sluice.core.text.Spaces;
import dev.sluice.core.text.TextFold;
import dev.sluice.core.hash.Sha256;
import dev.sluice.core.schema.Column;
import dev.sluice.core.schema.ColumnType;
import dev.sluice.core.schema.Transform;
import dev.sluice.core.table.SourceText;
import java.util.Map;

/**
 * Everything done to the cells of one column: text transforms, the default for blanks, the blank
 * rule, the type check, and the value handed to the host (as written, normalised or hashed).
 *
 * <p>Immutable and shared; the same instance serves full and incremental validation so both give
 * the same result.
 */
public final class ColumnValidator {
  private static final CellResult ALLOWED_BLANK = new CellResult.Valid("");
  private static final CellResult REQUIRED = CellResult.Invalid.of("VALUE_REQUIRED");
  private final Column column;
  private final TypeValidator type;
  /** The kind of {@link #type} ({@link TypeValidators#kindOf}), for its span checks. */
  private final int kind;
  private final Sha256 sha256;
  private final boolean normalize;
  private final boolean hash;
  /** The text transforms as an array: iterating the list allocated an iterator per cell. */
  private final Transform[] transforms;
  private final boolean isText;
  /**
   * Whether the span path may judge this column's cells: its transforms leave a cell with
   * visible chars at both ends ({@link #keptAtEnd}) unchanged for validity (trim, normalise and
   * hash), or one that is also single-spaced (collapse spaces; a text cell that is not is judged
   * by its length once collapsed).
   */
  private final boolean spanPath;
  private final boolean collapses;
  /** {@link #keyIgnoresCase}, asked for every key cell (an interface check costs in JavaScript). */
  private final boolean keyIgnoresCase;
  /**
   * Whether a refused cell in Excel's scientific notation is told so ({@link #EXCEL_SCIENTIFIC}):
   * not in decimal and currency columns, where such a number is one.
   */
  private final boolean scientificHint;
  /**
   * Whether a leading apostrophe is a spreadsheet's text marker in this column rather than part
   * of the value: Excel's way of keeping a number as text, which exports such as Shopify's write
   * into CSV ({@code '+16135550135}, {@code '02134}) and which {@code FormulaGuard} puts before a
   * risky cell of the CSVs Sluice writes (a rejected-rows file comes back with it). Only for types
   * whose valid values never begin with one, so that a marked cell reads the same on the span
   * path (which refuses it) and the String path (which drops the marker).
   */
  private final boolean textMarker;
  /**
   * Whether the column holds dates, where a date of zeros is no date: Outlook writes {@code
   * 0/0/00} for a contact without a birthday, MySQL {@code 0000-00-00} for a missing date.
   */
  private final boolean zeroDates;

  /**
   * The issue of a refused cell written as Excel writes a long number it shows shortened ({@code
   * 4.15556E+11} for a phone number or an id typed as a number): its last digits are lost, which
   * the type's own issue would not say.
   */
  static final CellResult EXCEL_SCIENTIFIC = CellResult.Invalid.of("EXCEL_SCIENTIFIC");

  /** Creates the validator of a column; the hash transform uses the given SHA-256. */
  public ColumnValidator(Column column, Sha256 sha256) {
    this.column = column;
    this.type = TypeValidators.forType(column.type());
    this.kind = TypeValidators.kindOf(type);
    this.sha256 = sha256;
    this.normalize = column.transforms().contains(Transform.NORMALIZE);
    this.hash = column.transforms().contains(Transform.HASH);
    this.transforms = column.transforms().toArray(new Transform[0]);
    this.isText = column.type() instanceof ColumnType.Text;
    boolean plain = true;
    for (Transform t : transforms) {
      plain &= t == Transform.TRIM || t == Transform.NORMALIZE || t == Transform.HASH
          || t == Transform.COLLAPSE_SPACES || t == Transform.UNMARK;
    }
    this.spanPath = plain;
    this.keyIgnoresCase = column.type() instanceof ColumnType.Email;
    this.collapses = column.transforms().contains(Transform.COLLAPSE_SPACES);
    this.scientificHint = !(column.type() instanceof ColumnType.DecimalType
        || column.type() instanceof ColumnType.Currency);
    this.textMarker = marksText(column.type())
        || column.transforms().contains(Transform.UNMARK);
    this.zeroDates = column.type() instanceof ColumnType.Date
        || column.type() instanceof ColumnType.DateTime;
  }

  /**
   * Whether the chars {@code [from, to)} are a date of zeros ({@link #zeroDates}), white space
   * around it aside: three runs of zeros joined by {@code /}, {@code .} or {@code -} ({@code
   * 0/0/00}, {@code 00.00.0000}, {@code 0000-00-00}), optionally a time of zeros after a space or
   * {@code T} ({@code 0000-00-00 00:00:00}).
   */
  static boolean isZeroDate(String s, int from, int to) {
    while (from < to && !keptAtEnd(s.charAt(from))) {
      from++;
    }
    while (to > from && !keptAtEnd(s.charAt(to - 1))) {
      to--;
    }
    if (from >= to || s.charAt(from) != '0') {
      return false;
    }
    int runs = 0;
    int times = 0;
    boolean inTime = false;
    char separator = 0;
    int i = from;
    while (i < to) {
      int start = i;
      while (i < to && s.charAt(i) == '0') {
        i++;
      }
      if (i == start || i - start > 4) {
        return false;
      }
      if (inTime) {
        times++;
      } else {
        runs++;
      }
      if (i == to) {
        break;
      }
      char c = s.charAt(i++);
      if (!inTime && runs < 3 && (c == '/' || c == '.' || c == '-')
          && (separator == 0 || c == separator)) {
        separator = c;
      } else if (!inTime && runs == 3 && (c == ' ' || c == 'T')) {
        inTime = true;
      } else if (inTime && (c == ':' || c == '.') && times < 4) {
        continue;
      } else {
        return false;
      }
    }
    return runs == 3 && (!inTime || times >= 2) && s.charAt(to - 1) == '0';
  }

  /** Whether no valid value of a type begins with an apostrophe ({@link #textMarker}). */
  static boolean marksText(ColumnType type) {
    if (type instanceof ColumnType.BooleanType b) {
      return !anyStartsWithApostrophe(b.trueValues()) && !anyStartsWithApostrophe(b.falseValues());
    }
    if (type instanceof ColumnType.Date d) {
      return !anyStartsWithApostrophe(d.formats()); // '' is a literal apostrophe in a pattern
    }
    if (type instanceof ColumnType.DateTime d) {
      return !anyStartsWithApostrophe(d.formats());
    }
    return type instanceof ColumnType.IntegerType || type instanceof ColumnType.DecimalType
        || type instanceof ColumnType.Currency || type instanceof ColumnType.Phone
        || type instanceof ColumnType.Url || type instanceof ColumnType.Uuid
        || type instanceof ColumnType.CountryCode;
  }

  private static boolean anyStartsWithApostrophe(java.util.List<String> values) {
    for (String v : values) {
      if (v != null && v.startsWith("'")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The cell without a spreadsheet's text marker: an apostrophe before its first visible char,
   * dropped with any white space before it, when a value follows.
   */
  static String unmarked(String v) {
    int n = v.length();
    int i = 0;
    while (i < n && !keptAtEnd(v.charAt(i))) {
      i++;
    }
    return i + 1 < n && v.charAt(i) == '\'' ? v.substring(i + 1) : v;
  }

  /**
   * The most chars a cell of this column may have for visible ASCII at both ends to prove it
   * valid, its own key and handed over as written, or -1 when proving it takes more (a type, a
   * pattern, a minimum length, collapsing spaces, a hash), checked with {@link #asciiEnds}. Why:
   * the cells of plain text columns, a third of a typical file's, are then proven in the span
   * pass's own loop, without a call per cell (customers 100k with every column plain validated in
   * 48 ms that way in V8, 38 ms this way: {@code column-costs.mjs}).
   */
  public int plainTextLimit() {
    return spanPath && !collapses && !hash && !textMarker && kind == TypeValidators.TEXT
        ? ((TextValidator) type).plainLimit() : -1;
  }

  /**
   * Whether the cell {@code [start, end)} of a text is proven valid where it lies, without making
   * its String (see {@link TypeValidator#accepts}): true only for a cell {@link #verify} finds
   * valid; false means "not proven", and the caller checks the cell's String.
   */
  public boolean acceptsSpan(SourceText text, int start, int end) {
    int chunk = text.locate(start, end);
    if (chunk < 0) {
      return false;
    }
    int base = text.chunkStart(chunk);
    return acceptsAt(text.chunk(chunk), start - base, end - base);
  }

  /** {@link #acceptsSpan} of the chars {@code [from, to)} of a String (a chunk of the text). */
  public boolean acceptsAt(String s, int from, int to) {
    if (!spanPath || from >= to || !visibleEnds(s, from, to)
        || textMarker && s.charAt(from) == '\'') { // prepare drops the mark: the String path
      return false;
    }
    if (!collapses || singleSpaced(s, from, to)) {
      return TypeValidators.accepts(type, kind, s, from, to);
    }
    // a text cell with spaces to collapse ("Bob  Smith", a fifth of a mixed contact list's names):
    // its length once collapsed decides, with no String made for it
    return kind == TypeValidators.TEXT
        && ((TextValidator) type).acceptsLength(collapse(s, from, to, null));
  }

  /**
   * {@link #acceptsAt}, and for a column that hands over normal forms whether the text is its
   * own ({@link #outputIsAccepted}), in one pass where the type can tell both at once:
   * {@link TypeValidators#REJECTED}, {@link TypeValidators#ACCEPTED} or {@link
   * TypeValidators#NORMAL}. A cell whose spaces collapse is never more than accepted.
   */
  int acceptanceAt(String s, int from, int to) {
    if (!spanPath || from >= to || !visibleEnds(s, from, to)
        || textMarker && s.charAt(from) == '\'') {
      return TypeValidators.REJECTED;
    }
    if (!collapses || singleSpaced(s, from, to)) {
      return TypeValidators.acceptance(type, kind, s, from, to);
    }
    return acceptsAt(s, from, to) ? TypeValidators.ACCEPTED : TypeValidators.REJECTED;
  }

  /**
   * {@link #isKeyAt} of a column whose key ignores case (emails), and whether the text is its
   * normal form, in one pass: {@link TypeValidators#REJECTED}, {@link TypeValidators#ACCEPTED}
   * or {@link TypeValidators#NORMAL}.
   */
  int keyAcceptanceAt(String s, int from, int to) {
    if (!spanPath || from >= to || !unchanged(s, from, to)) {
      return TypeValidators.REJECTED;
    }
    return TypeValidators.acceptance(type, kind, s, from, to);
  }

  /**
   * Whether a blank cell is valid and handed over blank: the column allows blanks and has no
   * default value for them ({@link #check} of {@code ""} is then valid with an empty value).
   */
  public boolean blankIsValid() {
    return column.allowBlank() && column.defaultValue() == null;
  }

  /**
   * Whether a cell that {@link #acceptsAt} proved valid is its own text after the transforms:
   * false for one whose spaces collapse.
   */
  boolean keepsTextAt(String s, int from, int to) {
    return !collapses || singleSpaced(s, from, to);
  }

  /**
   * Whether the cell {@code [from, to)} of a String is proven valid and is its own unique key
   * ({@link #uniqueKey}): its normal form is the text, or for emails the text lower-cased
   * ({@link #keyIgnoresCase}).
   */
  public boolean isKeyAt(String s, int from, int to) {
    if (!spanPath || from >= to || !unchanged(s, from, to)) {
      return false;
    }
    if (keyIgnoresCase()) {
      // an email the span path accepts has no upper-case letter beyond ASCII: its key, the whole
      // address lower-cased, is the text with its ASCII letters lowered
      return TypeValidators.accepts(type, kind, s, from, to);
    }
    return TypeValidators.acceptsAsNormal(type, kind, s, from, to);
  }

  /**
   * Whether the value handed to the host for the cell {@code [from, to)} of a String is that very
   * text ({@link #output(String)} would give it back unchanged), so that it can be handed over as
   * a span; false means "not proven", and the caller makes the output with {@link #output}.
   */
  public boolean outputIsAt(String s, int from, int to) {
    if (from >= to) {
      return column.defaultValue() == null; // a blank cell is handed over blank
    }
    if (!spanPath || hash || !unchanged(s, from, to)) {
      return false;
    }
    return !normalize || TypeValidators.acceptsAsNormal(type, kind, s, from, to);
  }

  /** {@link #writtenWhenAccepted}: a proven cell is never handed over as written (hashed). */
  public static final int WRITTEN_NEVER = 0;
  /** {@link #writtenWhenAccepted}: a proven cell is always handed over as written. */
  public static final int WRITTEN_ALWAYS = 1;
  /** {@link #writtenWhenAccepted}: only when the text is its normal form. */
  public static final int WRITTEN_IF_NORMAL = 2;

  /**
   * Whether a cell the span path proved valid is handed over as written: never (a hash), always
   * (no normal form is made), or when its text is its normal form ({@link #outputIsAccepted}).
   */
  public int writtenWhenAccepted() {
    return hash ? WRITTEN_NEVER : normalize ? WRITTEN_IF_NORMAL : WRITTEN_ALWAYS;
  }

  /**
   * Given that {@link #acceptsAt} or {@link #isKeyAt} proved the cell {@code [from, to)} valid,
   * whether it is handed over as written ({@link #outputIsAt}); {@code normal} says the caller
   * already knows the text is its normal form. Full validation records the answer, so that
   * handing the rows over need not check those cells again.
   */
  public boolean outputIsAccepted(String s, int from, int to, boolean normal) {
    return !hash
        && (!normalize || normal || TypeValidators.normalOnceAccepted(type, kind, s, from, to));
  }

  /**
   * Appends the value handed to the host for the cell {@code [from, to)} of a String, a normal
   * form that differs from the text or a text cell's hash, and returns true; or returns false and
   * appends nothing, and the caller makes it with {@link #output(String, StringBuilder)} from the
   * cell's String. The hand-over uses it for the cells {@link #outputIsAt} did not hand over as
   * written, and {@link #validNormalAt} did not write.
   */
  public boolean outputAt(String s, int from, int to, StringBuilder out) {
    if (hash) {
      if (!hashesAsWritten(s, from, to)) {
        return false;
      }
      sha256.appendHex(s, from, to, out);
      return true;
    }
    if (spanPath && collapses && kind == TypeValidators.TEXT && from < to
        && visibleEnds(s, from, to)) {
      collapse(s, from, to, out); // a text cell is handed over as prepared: its spaces collapsed
      return true;
    }
    return spanPath && normalize && from < to && unchanged(s, from, to)
        && type.appendNormalAt(s, from, to, out);
  }

  /**
   * {@link #outputAt} of a cell validation holds valid (no issue) of a column that hands over
   * normal forms, written as ASCII straight into the made bytes of a hand-over where the type
   * tells that form from the chars without its checks ({@link TypeValidator#writeValidNormalAt});
   * false (nothing written) otherwise.
   */
  boolean validNormalAt(String s, int from, int to, OutputText.MadeBytes out) {
    return spanPath && normalize && !hash && from < to && unchanged(s, from, to)
        && out.writeValidNormal(type, s, from, to);
  }

  /**
   * {@link #outputAt} of a cell of a column that hashes, written as ASCII straight into the made
   * bytes of a hand-over; false (nothing written) where outputAt would return false, and for a
   * column that does not hash.
   */
  boolean hashAt(String s, int from, int to, OutputText.MadeBytes out) {
    if (!hash || !hashesAsWritten(s, from, to)) {
      return false;
    }
    int at = out.length;
    sha256.writeHex(s, from, to, out.reserveAscii(64), at);
    return true;
  }

  /** Whether a cell is a text cell the span path accepts: its own normal form, what is hashed. */
  private boolean hashesAsWritten(String s, int from, int to) {
    return spanPath && kind == TypeValidators.TEXT && from < to && unchanged(s, from, to)
        && TypeValidators.accepts(type, kind, s, from, to);
  }

  /**
   * Appends the chars {@code [from, to)} of a String to {@code out} (when not null) with each run
   * of white space as one space, the collapse transform of a cell that is not blank, and returns
   * how many that makes.
   */
  private static int collapse(String s, int from, int to, StringBuilder out) {
    int n = 0;
    boolean space = false;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      boolean next = Spaces.isSpace(c);
      if (!(next && space)) {
        n++;
        if (out != null) {
          out.append(next ? ' ' : c);
        }
      }
      space = next;
    }
    return n;
  }

  /**
   * Whether this column's unique key is the cell lower-cased (emails), so that keying on the span
   * compares ASCII letters ignoring case ({@link #isKeyAt}).
   */
  public boolean keyIgnoresCase() {
    return keyIgnoresCase;
  }

  /**
   * Whether this column's transforms leave the cell {@code [from, to)} as it is: visible chars at
   * both ends (trimming changes nothing), when spaces are collapsed single-spaced, and no text
   * marker in front ({@link #textMarker}).
   */
  private boolean unchanged(String s, int from, int to) {
    return visibleEnds(s, from, to) && (!collapses || singleSpaced(s, from, to))
        && !(textMarker && s.charAt(from) == '\'') // prepare drops the marker
        && !(zeroDates && s.charAt(from) == '0' && isZeroDate(s, from, to)); // and no-dates
  }

  /** A char at both ends that trimming keeps: not blank, and trimming changes nothing. */
  private static boolean visibleEnds(String s, int from, int to) {
    // visible ASCII at both ends, most cells, in a few instructions the JIT inlines
    return asciiEnds(s, from, to) || keptAtEnd(s.charAt(from)) && keptAtEnd(s.charAt(to - 1));
  }

  /**
   * Whether the non-empty cell {@code [from, to)} of a String starts and ends with visible ASCII:
   * trimming keeps both ends and the cell is not blank.
   */
  static boolean asciiEnds(String s, int from, int to) {
    char first = s.charAt(from);
    char last = s.charAt(to - 1);
    return first > ' ' && first < 0x7F && last > ' ' && last < 0x7F;
  }

  /**
   * Whether a char at either end of a cell stays there when the cell is trimmed ({@link
   * Spaces#strip}) and makes it not blank ({@link #isBlank}): visible ASCII, or a char above the
   * no-break space that is not white space or U+FEFF. Names such as "Émile" or "Ødegård" start or
   * end beyond ASCII (a third of the rows of a customer list), and checking them only as Strings
   * made a String per cell for those rows. The controls and the no-break space up to U+00A0 are
   * left to the String path; the first white space char above it is U+1680.
   */
  static boolean keptAtEnd(char c) {
    if (c < 0x7F) {
      return c > ' ';
    }
    return c > '\u00A0' && c != '\uFEFF' && (c < '\u1680' || !Spaces.isSpace(c));
  }

  /** The column. */
  public Column column() {
    return column;
  }

  /** The cell after the text transforms, with the default in place of a blank. */
  public String prepare(String raw) {
    String v = raw == null ? "" : raw;
    if (textMarker && !v.isEmpty() && (v.charAt(0) == '\'' || !keptAtEnd(v.charAt(0)))) {
      v = unmarked(v);
    }
    if (zeroDates && !v.isEmpty() && (v.charAt(0) == '0' || !keptAtEnd(v.charAt(0)))
        && isZeroDate(v, 0, v.length())) {
      v = "";
    }
    for (Transform t : transforms) {
      switch (t) {
        case TRIM:
          v = strip(v);
          break;
        case COLLAPSE_SPACES:
          v = collapse(v);
          break;
        case UPPER:
          v = TextFold.upper(v);
          break;
        case LOWER:
          v = TextFold.lower(v);
          break;
        case TITLE:
          v = title(v);
          break;
        default:
          break;
      }
    }
    if (column.defaultValue() != null && isBlank(v)) {
      v = column.defaultValue();
    }
    return v;
  }

  /**
   * Checks a cell: {@link CellResult.Valid} with its normal form ("" for an allowed blank), or
   * {@link CellResult.Invalid} with a code.
   */
  public CellResult check(String raw) {
    return check(raw, true);
  }

  /**
   * Checks a cell as {@link #check} does, with the same validity and issue, but a valid result
   * may hold the prepared cell instead of its normal form (see {@link TypeValidator#verify}).
   */
  public CellResult verify(String raw) {
    return check(raw, false);
  }

  private CellResult check(String raw, boolean normal) {
    String v = prepare(raw);
    if (isBlank(v)) {
      return column.allowBlank() ? ALLOWED_BLANK : REQUIRED;
    }
    String value = isText ? v : strip(v);
    CellResult result = normal ? type.check(value) : type.verify(value);
    return scientificHint && result instanceof CellResult.Invalid && excelScientific(value)
        ? EXCEL_SCIENTIFIC : result;
  }

  /**
   * {@code 4.15556E+11}: a digit, up to 14 decimals and an exponent of two or three digits, as
   * Excel's General format shows a number too long for its cell, and writes it so to CSV; with a
   * decimal comma ({@code 4,15556E+11}) where that is the decimal sign.
   */
  static boolean excelScientific(String v) {
    int n = v.length();
    int i = v.startsWith("-") ? 1 : 0;
    if (i >= n || v.charAt(i) < '1' || v.charAt(i) > '9') {
      return false;
    }
    i++;
    if (i < n && (v.charAt(i) == '.' || v.charAt(i) == ',')) {
      int from = ++i;
      while (i < n && v.charAt(i) >= '0' && v.charAt(i) <= '9') {
        i++;
      }
      if (i == from || i - from > 14) {
        return false;
      }
    }
    if (i + 3 > n || v.charAt(i) != 'E' || v.charAt(i + 1) != '+' && v.charAt(i + 1) != '-') {
      return false;
    }
    int digits = n - i - 2;
    for (int k = i + 2; k < n; k++) {
      if (v.charAt(k) < '0' || v.charAt(k) > '9') {
        return false;
      }
    }
    return digits == 2 || digits == 3;
  }

  /**
   * Whether a cell is a whole number Excel shortened: {@link #excelScientific} with an exponent of
   * +11 or more (Excel's General format writes numbers of up to 11 digits whole, and longer ones
   * so). It names an integer, {@code 4.15556E+11} is 415556000000, but not the one typed: its last
   * digits are lost.
   */
  static boolean excelShortenedInteger(String v) {
    if (!excelScientific(v)) {
      return false;
    }
    int e = v.indexOf('E');
    return v.charAt(e + 1) == '+' && Integer.parseInt(v.substring(e + 2)) >= 11;
  }

  /** The value handed to the host for a cell that {@link #check} found valid with this form. */
  public String output(String raw, CellResult result) {
    if (result instanceof CellResult.Valid valid) {
      if (valid.value().isEmpty()) {
        return "";
      }
      if (hash) {
        return sha256.hex(hashForm(valid.value()));
      }
      return normalize ? valid.value() : prepare(raw);
    }
    return prepare(raw);
  }

  /**
   * The value handed to the host for a cell: checked only when the column hands over a normal
   * form or a hash; otherwise it is the prepared cell whatever its validity.
   */
  public String output(String raw) {
    if (!normalize && !hash) {
      return prepare(raw);
    }
    if (!hash && raw != null && spanPath && !raw.isEmpty() && unchanged(raw, 0, raw.length())
        && type.acceptsAsNormal(raw, 0, raw.length())) {
      return raw; // already in normal form: nothing to build
    }
    return output(raw, check(raw));
  }

  /**
   * Appends {@link #output(String)} of a cell to a builder; a type that writes its normal form
   * straight into it ({@link TypeValidator#appendNormal}) makes no String for the cell.
   */
  public void output(String raw, StringBuilder out) {
    if (hash) {
      CellResult result = check(raw);
      if (result instanceof CellResult.Valid valid && !valid.value().isEmpty()) {
        sha256.appendHex(hashForm(valid.value()), out);
      } else {
        out.append(output(raw, result));
      }
      return;
    }
    if (normalize) {
      String v = prepare(raw);
      if (!isBlank(v) && type.appendNormal(isText ? v : strip(v), out)) {
        return;
      }
    }
    out.append(output(raw));
  }

  /**
   * The key that unique columns compare: the normal form (emails ignoring case), or the prepared
   * text of an invalid cell; null for a blank cell, which never counts as a duplicate.
   */
  public String uniqueKey(String raw, CellResult result) {
    if (result instanceof CellResult.Valid valid) {
      if (valid.value().isEmpty()) {
        return null;
      }
      return column.type() instanceof ColumnType.Email
          ? TextFold.lower(valid.value()) : valid.value();
    }
    String v = prepare(raw);
    return isBlank(v) ? null : Spaces.strip(v);
  }

  /** What is hashed: email trimmed and lower-cased, phone digits only, else the normal form. */
  private String hashForm(String normal) {
    if (column.type() instanceof ColumnType.Email) {
      return TextFold.lower(Spaces.strip(normal));
    }
    if (column.type() instanceof ColumnType.Phone) {
      StringBuilder digits = new StringBuilder(normal.length());
      int end = normal.indexOf(';');
      for (int i = 0; i < (end < 0 ? normal.length() : end); i++) {
        char c = normal.charAt(i);
        if (c >= '0' && c <= '9') {
          digits.append(c);
        }
      }
      return digits.toString();
    }
    return normal;
  }

  /** {@link Spaces#strip}, without the scan when both ends are visible ASCII (most cells). */
  static String strip(String v) {
    int n = v.length();
    if (n > 0) {
      char first = v.charAt(0);
      char last = v.charAt(n - 1);
      if (first > ' ' && first < 0x7F && last > ' ' && last < 0x7F) {
        return v;
      }
    }
    return Spaces.strip(v);
  }

  static boolean isBlank(String v) {
    // most cells start with a visible ASCII char: answer without a scan
    if (!v.isEmpty() && v.charAt(0) > ' ' && v.charAt(0) < 0x7F) {
      return false;
    }
    return Spaces.isBlank(v);
  }

  private static String collapse(String v) {
    if (singleSpaced(v)) {
      return v; // nothing to collapse: no copy
    }
    // each run of white space as one space, one at either end too unless trim was asked for
    StringBuilder sb = new StringBuilder(v.length());
    collapse(v, 0, v.length(), sb);
    // one String made (a concatenation around the builder made two: a copy of its chars each)
    String collapsed = sb.toString();
    return collapsed.equals(" ") ? "" : collapsed; // white space alone is blank
  }

  /**
   * Whether collapsing leaves a value as it is: it has a visible char, and its only white space is
   * single plain spaces (runs, tabs and no-break spaces are what collapse changes).
   */
  private static boolean singleSpaced(String v) {
    return singleSpaced(v, 0, v.length());
  }

  /** {@link #singleSpaced(String)} of the chars {@code [from, to)} of a String. */
  private static boolean singleSpaced(String v, int from, int to) {
    boolean visible = false;
    char previous = 'x';
    for (int i = from; i < to; i++) {
      char c = v.charAt(i);
      if (c == ' ') {
        if (previous == ' ') {
          return false;
        }
      } else if (c <= ' ' || Spaces.isSpace(c)) {
        return false;
      } else {
        visible = true;
      }
      previous = c;
    }
    return visible;
  }

  private static String title(String v) {
    StringBuilder sb = new StringBuilder(v.length());
    boolean start = true;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (CharCategories.isLetter(c)) {
        sb.append(start ? TextFold.titleCase(c) : Character.toLowerCase(c));
        start = false;
      } else {
        sb.append(c);
        start = !(c == '\'' || c == '\u2019');
      }
    }
    return sb.toString();
  }
}
