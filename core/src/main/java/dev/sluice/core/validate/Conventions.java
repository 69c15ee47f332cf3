package dev.sluice.core.validate;

import dev.sluice.core.schema.Column;
import dev.sluice.core.schema.ColumnType;
import dev.sluice.core.schema.Importer;
import dev.sluice.core.schema.Transform;
import dev.sluice.core.table.ImportTable;
import dev.sluice.core.table.SourceText;
import dev.sluice.core.text.Spaces;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a file writes the dates and numbers of its columns, told by the cells that read only one
 * way: a day past the 12th puts the day first ({@code 25/04/2024}), two decimals after a point
 * make it the decimal separator ({@code $12.50}); and a text column whose cells nearly all start
 * with an apostrophe has it as a spreadsheet's text mark ({@code '02134}), dropped. The importer
 * narrowed to that way reads the column's other cells, which either way would read ({@code
 * 03/04/2024}, {@code $1,234}), as the file means them instead of refusing each as ambiguous.
 *
 * <p>Why a rule of its own and not a guess per cell: a person writes a column one way, so its
 * unambiguous cells are the evidence for its ambiguous ones. The evidence must be clear: at least {@link #MIN_VOTES} cells for one
 * way and twenty times as many as for the other (a typo does not turn a column). The cells
 * looked at are a sample of at most {@link #SAMPLE} rows (the first half of it in file order, the
 * rest spread evenly), so the rule costs the same at any size; what it changed ({@link #changes})
 * goes to the workers that check parts of the same table, which {@link #apply} it.
 */
public final class Conventions {
  /** The most rows whose cells are looked at per column. */
  static final int SAMPLE = 4096;
  /** The fewest cells that must show a way for a column to be read that way. */
  static final int MIN_VOTES = 3;
  /** How many times more cells must show the way taken than the other. */
  static final int DOMINANCE = 20;

  private Conventions() {}

  /**
   * The importer with each date, date-time, decimal and currency column narrowed to the way the
   * table's cells write it: the formats the evidence rules out dropped, the decimal separator of
   * a column that leaves it to each cell fixed. The importer itself when no column changes. The
   * table's first columns are the importer's, in order (as a {@link ValidationSession}'s).
   */
  public static Importer narrow(Importer importer, ImportTable table) {
    return narrowed(importer, table).importer();
  }

  /**
   * An importer narrowed by a table's cells ({@link #narrow}) and a note per column narrowed.
   *
   * @param importer the importer to validate the table with
   * @param notes    what each narrowed column reads otherwise than its importer would, for the
   *                 person importing to see
   */
  public record Narrowed(Importer importer, List<Note> notes) {}

  /**
   * How a column is read that its cells narrowed: a cell of it that either way would read
   * ({@code 03/04/2024}), what it is read as (its normal form, {@code 2024-04-03}), and a cell
   * that shows the way ({@code 25/04/2024}); cells as written, trimmed.
   */
  public record Note(String column, String cell, String reading, String example) {
    /** The note as a JSON tree: {@code {column, cell, reading, example}}. */
    public Map<String, Object> toTree() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("column", column);
      m.put("cell", cell);
      m.put("reading", reading);
      m.put("example", example);
      return m;
    }
  }

  /** {@link #narrow}, with a note per column narrowed. */
  public static Narrowed narrowed(Importer importer, ImportTable table) {
    List<Column> columns = importer.columns();
    List<Column> narrowed = null;
    List<Note> notes = new ArrayList<>();
    int[] rows = sampleRows(table);
    int[] found = new int[2];
    for (int c = 0; c < columns.size() && c < table.columns().size(); c++) {
      Column column = columns.get(c);
      found[0] = found[1] = -1;
      ColumnType type = narrowedType(column, table, c, rows, found);
      if (type != null) {
        if (narrowed == null) {
          narrowed = new ArrayList<>(columns);
        }
        Column read = column.toBuilder().type(type).build();
        narrowed.set(c, read);
        if (found[0] >= 0 && found[1] >= 0) {
          ColumnValidator validator = new ColumnValidator(read, null);
          String cell = typeInput(validator, table, found[1], c);
          if (validator.check(table.get(found[1], c)) instanceof CellResult.Valid v) {
            notes.add(new Note(column.key(), cell, v.value(),
                typeInput(validator, table, found[0], c)));
          }
        }
      } else if (column.type() instanceof ColumnType.Text
          && !column.transforms().contains(Transform.UNMARK) && marked(table, c, rows, found)) {
        if (narrowed == null) {
          narrowed = new ArrayList<>(columns);
        }
        narrowed.set(c, column.toBuilder().transforms(Transform.UNMARK).build());
        String cell = Spaces.strip(table.get(found[1], c));
        notes.add(new Note(column.key(), cell, cell.substring(1),
            Spaces.strip(table.get(found[0], c))));
      }
    }
    return new Narrowed(narrowed == null ? importer : new Importer(importer.name(),
        importer.version(), narrowed, importer.rowRules(), importer.allowExtraColumns(),
        importer.invalidRowPolicy(), importer.allowCustomColumns()), notes);
  }

  /**
   * What {@link #narrow} changed, for another worker to apply to the same importer ({@link
   * #apply}): per column key, {@code {"formats": [...]}} or {@code {"decimalSeparator": "."}},
   * and {@code {"unmark": "true"}} for a text column given {@link Transform#UNMARK}. Strings and
   * lists only, so that it goes as JSON as it is.
   */
  public static Map<String, Object> changes(Importer importer, Importer narrowed) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int c = 0; c < importer.columns().size(); c++) {
      ColumnType from = importer.columns().get(c).type();
      ColumnType to = narrowed.columns().get(c).type();
      Map<String, Object> change = new LinkedHashMap<>();
      if (narrowed.columns().get(c).transforms().size()
          > importer.columns().get(c).transforms().size()) {
        change.put("unmark", "true"); // the one transform narrowing adds
      }
      if (from.equals(to)) {
        if (change.isEmpty()) {
          continue;
        }
      } else if (to instanceof ColumnType.Date d) {
        change.put("formats", new ArrayList<Object>(d.formats()));
      } else if (to instanceof ColumnType.DateTime d) {
        change.put("formats", new ArrayList<Object>(d.formats()));
      } else if (to instanceof ColumnType.DecimalType d) {
        change.put("decimalSeparator", d.decimalSeparator());
      } else if (to instanceof ColumnType.Currency m) {
        change.put("decimalSeparator", m.decimalSeparator());
      }
      out.put(importer.columns().get(c).key(), change);
    }
    return out;
  }

  /**
   * The importer narrowed by {@link #changes} made on another worker: only what narrowing may
   * do is taken (a date column's formats kept among its own, the separator of a number column
   * that leaves it to each cell); anything else in them is left out.
   */
  public static Importer apply(Importer importer, Map<?, ?> changes) {
    if (changes == null || changes.isEmpty()) {
      return importer;
    }
    List<Column> columns = new ArrayList<>(importer.columns());
    boolean changed = false;
    for (int c = 0; c < columns.size(); c++) {
      Column column = columns.get(c);
      if (!(changes.get(column.key()) instanceof Map<?, ?> change)) {
        continue;
      }
      ColumnType type = applied(column.type(), change);
      if (type != null) {
        columns.set(c, column.toBuilder().type(type).build());
        changed = true;
      } else if ("true".equals(change.get("unmark")) && column.type() instanceof ColumnType.Text
          && !column.transforms().contains(Transform.UNMARK)) {
        columns.set(c, column.toBuilder().transforms(Transform.UNMARK).build());
        changed = true;
      }
    }
    return !changed ? importer : new Importer(importer.name(), importer.version(), columns,
        importer.rowRules(), importer.allowExtraColumns(), importer.invalidRowPolicy(),
        importer.allowCustomColumns());
  }

  private static ColumnType applied(ColumnType type, Map<?, ?> change) {
    Object formats = change.get("formats");
    Object separator = change.get("decimalSeparator");
    if (formats instanceof List<?> list && (type instanceof ColumnType.Date
        || type instanceof ColumnType.DateTime)) {
      boolean withTime = type instanceof ColumnType.DateTime;
      List<String> own = withTime ? ((ColumnType.DateTime) type).formats()
          : ((ColumnType.Date) type).formats();
      if (own.isEmpty()) {
        own = withTime ? DateValidator.DEFAULT_DATETIME_FORMATS
            : DateValidator.DEFAULT_DATE_FORMATS;
      }
      List<String> kept = new ArrayList<>();
      for (Object f : list) {
        if (!(f instanceof String s) || !own.contains(s)) {
          return null;
        }
        kept.add(s);
      }
      if (kept.isEmpty()) {
        return null;
      }
      return withTime ? new ColumnType.DateTime(kept) : new ColumnType.Date(kept);
    }
    if (!".".equals(separator) && !",".equals(separator)) {
      return null;
    }
    if (type instanceof ColumnType.DecimalType d && auto(d.decimalSeparator())) {
      return new ColumnType.DecimalType(d.min(), d.max(), (String) separator);
    }
    if (type instanceof ColumnType.Currency m && auto(m.decimalSeparator())) {
      return new ColumnType.Currency(m.min(), m.max(), (String) separator, m.currency());
    }
    return null;
  }

  /**
   * Whether the cells of a text column nearly all start with an apostrophe, the mark spreadsheets
   * write to keep a value as text ({@code '02134}: Shopify's postal codes), so that it is their
   * mark and not their own first char ({@code 's-Hertogenbosch}); {@code found} gets the first
   * marked row and the last.
   */
  private static boolean marked(ImportTable table, int c, int[] rows, int[] found) {
    SourceText text = table.text();
    int marked = 0;
    int unmarked = 0;
    for (int row : rows) {
      // read where the cell lies, no String made: most text columns end this loop early
      int at = table.spanStart(row, c);
      int end = table.spanEnd(row, c);
      end = end < 0 ? ~end : end;
      while (at < end && Spaces.isSpace(text.charAt(at))) {
        at++;
      }
      while (end > at && Spaces.isSpace(text.charAt(end - 1))) {
        end--;
      }
      if (end - at > 1 && text.charAt(at) == '\'') {
        found[Math.min(marked++, 1)] = row;
      } else if (end > at && ++unmarked * (DOMINANCE + 1) > rows.length) {
        return false; // more than a column nearly all marked can have
      }
    }
    return marked >= MIN_VOTES && marked >= DOMINANCE * unmarked;
  }

  /** The rows looked at: all of a small table, else the first half of the sample and a spread. */
  static int[] sampleRows(ImportTable table) {
    int n = table.rowCount();
    if (n <= SAMPLE) {
      int[] all = new int[n];
      for (int r = 0; r < n; r++) {
        all[r] = r;
      }
      return all;
    }
    int head = SAMPLE / 2;
    int[] rows = new int[SAMPLE];
    for (int r = 0; r < head; r++) {
      rows[r] = r;
    }
    for (int i = 0; i < SAMPLE - head; i++) {
      rows[head + i] = head + (int) ((long) (n - head) * i / (SAMPLE - head));
    }
    return rows;
  }

  /**
   * The column's type narrowed by its cells, or null when it stays as it is; {@code found} gets
   * the row of a cell that shows the way taken and of one that either way would read (-1: none
   * in the sample).
   */
  private static ColumnType narrowedType(Column column, ImportTable table, int c, int[] rows,
      int[] found) {
    ColumnType type = column.type();
    if (type instanceof ColumnType.Date d) {
      List<String> kept = keptFormats(column, table, c, rows, d.formats(), false, found);
      return kept == null ? null : new ColumnType.Date(kept);
    }
    if (type instanceof ColumnType.DateTime d) {
      List<String> kept = keptFormats(column, table, c, rows, d.formats(), true, found);
      return kept == null ? null : new ColumnType.DateTime(kept);
    }
    if (type instanceof ColumnType.DecimalType d && auto(d.decimalSeparator())) {
      String separator = separator(column, table, c, rows, found);
      return separator == null ? null : new ColumnType.DecimalType(d.min(), d.max(), separator);
    }
    if (type instanceof ColumnType.Currency m && auto(m.decimalSeparator())) {
      String separator = separator(column, table, c, rows, found);
      return separator == null ? null
          : new ColumnType.Currency(m.min(), m.max(), separator, m.currency());
    }
    return null;
  }

  private static boolean auto(String separator) {
    return separator == null || separator.equals("auto");
  }

  /**
   * The formats of a date column that its cells do not rule out, or null when none is: of two
   * formats that read a cell of the sample as different dates ({@code d/M/uuuu} and {@code
   * M/d/uuuu} for {@code 03/04/2024}), one is ruled out when the cells that the other reads and
   * it does not ({@code 25/04/2024}) are clear evidence against the cells it reads and the other
   * does not. A cell both read alike ({@code 03/03/2024}) is evidence for neither.
   */
  private static List<String> keptFormats(Column column, ImportTable table, int c, int[] rows,
      List<String> formats, boolean withTime, int[] found) {
    List<String> patterns = formats.isEmpty()
        ? (withTime ? DateValidator.DEFAULT_DATETIME_FORMATS : DateValidator.DEFAULT_DATE_FORMATS)
        : formats;
    int n = patterns.size();
    if (n < 2 || n > 64) {
      return null;
    }
    DateValidator dates = new DateValidator(patterns, withTime);
    ColumnValidator prepare = new ColumnValidator(column, null);
    if (!anyReadTwoWays(prepare, dates, table, c, rows)) {
      return null;
    }
    // per cell read one way, the formats that read it (a bit each); per pair of formats that
    // read a cell two ways, the first such cell
    long[] readers = new long[rows.length];
    int[] readerRows = new int[rows.length];
    int cells = 0;
    boolean[][] against = new boolean[n][n];
    int[][] firstAgainst = new int[n][n];
    boolean ambiguous = false;
    for (int row : rows) {
      String value = typeInput(prepare, table, row, c);
      if (value == null) {
        continue;
      }
      String[] read = dates.readings(value);
      String first = null;
      boolean one = true;
      long mask = 0;
      for (int f = 0; f < n; f++) {
        if (read[f] != null) {
          mask |= 1L << f;
          if (first == null) {
            first = read[f];
          } else if (!first.equals(read[f])) {
            one = false;
          }
        }
      }
      if (first == null) {
        continue;
      }
      if (one) {
        readers[cells] = mask;
        readerRows[cells++] = row;
        continue;
      }
      for (int f = 0; f < n; f++) {
        for (int g = 0; g < n; g++) {
          if (read[f] != null && read[g] != null && !read[g].equals(read[f])) {
            if (!against[f][g]) {
              firstAgainst[f][g] = row;
            }
            against[f][g] = true;
            ambiguous = true;
          }
        }
      }
    }
    if (!ambiguous) {
      return null;
    }
    boolean[] dropped = new boolean[n];
    boolean any = false;
    for (int f = 0; f < n; f++) {
      for (int g = 0; g < n; g++) {
        if (!against[f][g]) {
          continue;
        }
        // the cells f reads and g does not, and the other way round
        long fBit = 1L << f;
        long gBit = 1L << g;
        int forF = 0;
        int forG = 0;
        int example = -1;
        for (int i = 0; i < cells; i++) {
          long m = readers[i];
          if ((m & fBit) != 0 && (m & gBit) == 0) {
            example = forF++ == 0 ? readerRows[i] : example;
          } else if ((m & gBit) != 0 && (m & fBit) == 0) {
            forG++;
          }
        }
        if (clear(forF, forG)) {
          dropped[g] = true;
          if (!any) {
            found[0] = example;
            found[1] = firstAgainst[f][g];
          }
          any = true;
        }
      }
    }
    if (!any) {
      return null;
    }
    List<String> kept = new ArrayList<>();
    for (int f = 0; f < n; f++) {
      if (!dropped[f]) {
        kept.add(patterns.get(f));
      }
    }
    return kept;
  }

  /**
   * The decimal separator a number column's cells show, {@code "."} or {@code ","}, or null when
   * they show none clearly: a cell whose separator the column's {@code auto} reading tells
   * ({@link NumberParser#decimalSeparator}: {@code 12.50}, {@code 1,234.5}, {@code 4,244,608}
   * show the point; {@code 12,50} the comma) is a vote for it; {@code 1,234} is either.
   */
  private static String separator(Column column, ImportTable table, int c, int[] rows,
      int[] found) {
    ColumnValidator prepare = new ColumnValidator(column, null);
    int points = 0;
    int commas = 0;
    int firstPoint = -1;
    int firstComma = -1;
    int firstEither = -1;
    for (int row : rows) {
      String value = typeInput(prepare, table, row, c);
      int way = value == null ? NO_WAY : decimalOf(value);
      if (way == '.') {
        firstPoint = points++ == 0 ? row : firstPoint;
      } else if (way == ',') {
        firstComma = commas++ == 0 ? row : firstComma;
      } else if (way == NumberParser.EITHER && firstEither < 0) {
        firstEither = row;
      }
    }
    String separator = clear(points, commas) ? "." : clear(commas, points) ? "," : null;
    found[0] = ".".equals(separator) ? firstPoint : firstComma;
    found[1] = firstEither;
    return separator;
  }

  /** {@link #decimalOf}: the cell has no separator, or no digits. */
  private static final int NO_WAY = -1;

  /**
   * The decimal separator of a number as the {@code auto} reading tells it from its separators
   * and the digits around them ({@link NumberParser#EITHER} for {@code 1,234}), or {@link
   * #NO_WAY}. The chars before the first digit and after the last (a sign, a currency, a percent
   * sign) are passed over; a cell that is no number at all is refused by its column anyway.
   */
  static int decimalOf(String v) {
    int start = -1;
    int end = -1;
    int dots = 0;
    int commas = 0;
    int lastDot = -1;
    int lastComma = -1;
    boolean spaced = false;
    for (int i = 0; i < v.length(); i++) {
      char ch = v.charAt(i);
      if (ch >= '0' && ch <= '9') {
        start = start < 0 ? i : start;
        end = i + 1;
      } else if (start >= 0 && ch == '.') {
        dots++;
        lastDot = i;
      } else if (start >= 0 && ch == ',') {
        commas++;
        lastComma = i;
      } else if (start >= 0 && (ch == ' ' || ch == '\u00A0' || ch == '\u202F' || ch == '\''
          || ch == '\u2019') && i + 1 < v.length() && v.charAt(i + 1) >= '0'
          && v.charAt(i + 1) <= '9') {
        spaced = true;
      }
    }
    // a separator right after the last digit counts as the decimal one: 5,- is 5 (no cents)
    if (start < 0 || dots + commas == 0) {
      return NO_WAY;
    }
    return NumberParser.decimalSeparator((char) 0, false, dots, commas, lastDot, lastComma,
        start, end, v.charAt(start) == '0', spaced);
  }

  /** Whether {@code votes} for a way are clear evidence against {@code other}'s. */
  private static boolean clear(int votes, int other) {
    return votes >= MIN_VOTES && (long) other * DOMINANCE <= votes;
  }

  /**
   * Whether a sampled cell of a date column reads as two dates: only then can the column be
   * narrowed. A cell the column's span check takes reads one way, told where it lies; the others
   * are read by every format (an ISO text each). Most columns have no such cell, and their sample
   * costs no String (a fifth of a 100,000-row file's validation with a date column in V8, where
   * every cell's readings were made).
   */
  private static boolean anyReadTwoWays(ColumnValidator column, DateValidator dates,
      ImportTable table, int c, int[] rows) {
    SourceText text = table.text();
    for (int row : rows) {
      int end = table.spanEnd(row, c);
      if (end >= 0 && column.acceptsSpan(text, table.spanStart(row, c), end)) {
        continue;
      }
      String value = typeInput(column, table, row, c);
      if (value == null) {
        continue;
      }
      String first = null;
      for (String read : dates.readings(value)) {
        if (read != null && first != null && !read.equals(first)) {
          return true;
        }
        first = read != null ? read : first;
      }
    }
    return false;
  }

  /** The value a cell gives its column's type (transforms applied), or null for a blank. */
  private static String typeInput(ColumnValidator column, ImportTable table, int row, int c) {
    if (table.isDeleted(row)) {
      return null;
    }
    String v = column.prepare(table.get(row, c));
    return ColumnValidator.isBlank(v) ? null : ColumnValidator.strip(v);
  }
}
