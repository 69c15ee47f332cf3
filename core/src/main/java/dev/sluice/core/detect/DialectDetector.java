package dev.sluice.core.detect;

import dev.sluice.core.text.Spaces;
import dev.sluice.core.parse.CsvFormat;
import dev.sluice.core.parse.CsvFormatException;
import dev.sluice.core.parse.CsvHandler;
import dev.sluice.core.parse.CsvParser;
import dev.sluice.core.parse.CsvRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Detects the dialect of a CSV text from a sample of its start.
 *
 * <p>Each candidate delimiter and quote is scored the way CleverCSV does it: a pattern score (many
 * records of one width, wider is better) times a type score (share of cells that look clean: numbers,
 * dates, words without another candidate delimiter in them). The type score is what gets
 * {@code 1,5;2,75} right: split on commas it yields cells like {@code 5;2}, split on semicolons
 * every cell is a decimal-comma number.
 */
public final class DialectDetector {
  /** Characters of a text the detector reads; more does not change its answers. */
  public static final int SAMPLE_CHARS = 64 * 1024;
  private static final int SAMPLE_RECORDS = 200;
  private static final int HEADER_SEARCH_RECORDS = 20;
  private static final char[] DELIMITERS = {',', ';', '\t', '|'};
  private static final char[] QUOTES = {'"', '\''};
  /** What a record of one column adds to {@link Sample#patternScore} (CleverCSV's epsilon). */
  private static final double ONE_COLUMN = 0.001;

  private DialectDetector() {}

  /**
   * Detects the dialect of a text.
   *
   * @param text     the text or its first characters
   * @param complete whether text is the whole file (else its last, maybe cut, record is ignored)
   */
  public static Dialect detect(CharSequence text, boolean complete) {
    return detect(text, complete, null, null);
  }

  /**
   * Detects the dialect of a text when the delimiter or quote, or both, are already known: the rest
   * (and the header row) is detected under them.
   *
   * @param delimiter the delimiter to use, or null to detect it
   * @param quote     the quote to use, or null to detect it
   */
  public static Dialect detect(CharSequence text, boolean complete, Character delimiter,
                               Character quote) {
    // a given setting rules the other out as a candidate: a file forced to quote with '|' is not
    // read as '|'-delimited (and a forced pair that clashes is the caller's error to report)
    char[] delimiters = delimiter != null ? new char[] {delimiter} : without(DELIMITERS, quote);
    char[] quotes = quote != null ? new char[] {quote} : without(QUOTES, delimiter);
    if (delimiter != null && quote != null && delimiter.charValue() == quote.charValue()) {
      throw new IllegalArgumentException("delimiter and quote must differ");
    }
    int afterHint = separatorHintEnd(text);
    if (afterHint > 0) {
      char hinted = text.charAt(text.charAt(0) == '\uFEFF' ? 5 : 4);
      if (delimiter == null && (quote == null || quote != hinted)) {
        // Excel's "sep=;" first line names the delimiter; the table starts on the next line
        Dialect rest = detect(text.subSequence(afterHint, text.length()), complete, hinted, quote);
        return new Dialect(rest.delimiter(), rest.quote(),
            rest.headerIndex() < 0 ? -1 : rest.headerIndex() + 1, rest.lineEnding(),
            rest.backslashEscapes());
      }
    }
    CharSequence sample = text.length() > SAMPLE_CHARS ? text.subSequence(0, SAMPLE_CHARS) : text;
    boolean whole = complete && sample.length() == text.length();
    char bestDelimiter = delimiters[0];
    char bestQuote = quotes[0];
    double bestScore = 0;
    Sample best = null;
    for (char q : quotes) {
      for (char d : delimiters) {
        Sample s = read(sample, d, q, whole);
        double score = s.patternScore() * Math.max(s.typeScore(d), 0.1)
            * (s.splitsQuotedFields(q) ? 0.01 : 1);
        if (score > bestScore + 1e-9) {
          bestScore = score;
          bestDelimiter = d;
          bestQuote = q;
          best = s;
        }
      }
    }
    if (best == null) {
      best = read(sample, bestDelimiter, bestQuote, whole);
    }
    boolean backslash = false;
    boolean escapedQuote = holdsEscapedQuote(sample, bestQuote);
    if (escapedQuote || holdsNullMarker(sample, bestDelimiter)) {
      // "say \"hi\"" (MySQL's INTO OUTFILE): read so, the sample has fewer quoting issues and
      // rows at least as even; a path ending in a backslash ("C:\dir\") is read better as RFC.
      // A field \N (NULL in MySQL's and PostgreSQL's dumps, Hive's and Spark's text files) says
      // so too: read with backslash escapes the sample must then do no worse
      Sample escaped = read(sample, bestDelimiter, bestQuote, whole, true);
      if ((escaped.issues < best.issues || !escapedQuote && escaped.issues == best.issues)
          && escaped.patternScore() >= best.patternScore() - 1e-9) {
        best = escaped;
        backslash = true;
      }
    }
    return new Dialect(bestDelimiter, bestQuote, headerIndex(best.rows),
        lineEnding(sample, bestQuote), backslash);
  }

  /** Whether a text holds a field {@code \N}, a whole unquoted field. */
  private static boolean holdsNullMarker(CharSequence sample, char delimiter) {
    int n = sample.length();
    for (int i = 0; i + 1 < n; i++) {
      if (sample.charAt(i) == CsvFormat.BACKSLASH && sample.charAt(i + 1) == 'N'
          && (i == 0 || boundary(sample.charAt(i - 1), delimiter))
          && (i + 2 == n || boundary(sample.charAt(i + 2), delimiter))) {
        return true;
      }
    }
    return false;
  }

  private static boolean boundary(char c, char delimiter) {
    return c == delimiter || c == '\n' || c == '\r';
  }

  /** Whether a text holds a backslash right before a quote char. */
  private static boolean holdsEscapedQuote(CharSequence sample, char quote) {
    for (int i = 1; i < sample.length(); i++) {
      if (sample.charAt(i) == quote && sample.charAt(i - 1) == CsvFormat.BACKSLASH) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the text goes on after a first line {@code sep=X} (after a byte order mark, if any), the
   * hint Excel reads and writes for the delimiter X; 0 when the text has no such line. A line
   * that is all the text counts only when followed by a line break.
   */
  static int separatorHintEnd(CharSequence text) {
    int at = text.length() > 0 && text.charAt(0) == '\uFEFF' ? 1 : 0;
    if (text.length() < at + 6) {
      return 0;
    }
    for (int i = 0; i < 4; i++) {
      if (Character.toLowerCase(text.charAt(at + i)) != "sep=".charAt(i)) {
        return 0;
      }
    }
    char hinted = text.charAt(at + 4);
    if (hinted == '\r' || hinted == '\n' || hinted == '"' || hinted == '\'') {
      return 0;
    }
    char next = text.charAt(at + 5);
    if (next == '\n') {
      return at + 6;
    }
    if (next != '\r') {
      return 0;
    }
    return text.length() > at + 6 && text.charAt(at + 6) == '\n' ? at + 7 : at + 6;
  }

  private static char[] without(char[] candidates, Character taken) {
    if (taken == null) {
      return candidates;
    }
    StringBuilder kept = new StringBuilder();
    for (char c : candidates) {
      if (c != taken) {
        kept.append(c);
      }
    }
    return kept.toString().toCharArray();
  }

  private static Sample read(CharSequence sample, char delimiter, char quote, boolean whole) {
    return read(sample, delimiter, quote, whole, false);
  }

  private static Sample read(CharSequence sample, char delimiter, char quote, boolean whole,
      boolean backslashEscapes) {
    Sample s = new Sample();
    CsvParser parser = new CsvParser(CsvFormat.builder().delimiter(delimiter).quote(quote)
        .headerIndex(-1).backslashEscapes(backslashEscapes).build(), s);
    try {
      parser.feed(sample);
      if (whole) {
        parser.finish();
      }
    } catch (CsvFormatException | StopSampling e) {
      // a limit or enough records: score what was read
    }
    return s;
  }

  /**
   * Index of the first record that looks like a header, or -1 when the first data looks like
   * data: title lines, blank padded lines and notes above the table (fewer cells than half its
   * usual width), and a statement's lines of the form {@code Account:,12345} above a wider table
   * whose header follows, are passed over. The table's usual width is read from the later half
   * of the records, as the table runs to the end of a file while what is above it does not (a
   * bank statement of four transactions under five such lines). Workbook sheets are read with
   * the same rule.
   */
  public static int headerIndex(List<String[]> rows) {
    if (rows.isEmpty()) {
      return 0;
    }
    Map<Integer, Integer> widths = new HashMap<>();
    int modeWidth = 1;
    int modeCount = 0;
    for (String[] row : rows.subList(rows.size() / 2, rows.size())) {
      int count = widths.merge(row.length, 1, Integer::sum);
      if (count > modeCount || (count == modeCount && row.length > modeWidth)) {
        modeCount = count;
        modeWidth = row.length;
      }
    }
    int limit = Math.min(rows.size(), HEADER_SEARCH_RECORDS);
    int namesAt = firstNamesRow(rows, modeWidth, limit);
    for (int i = 0; i < limit; i++) {
      String[] row = rows.get(i);
      int nonEmpty = nonEmpty(row);
      if (nonEmpty == 0 || nonEmpty * 2 < modeWidth || (row.length < modeWidth && nonEmpty <= 1)
          || row.length < modeWidth && i < namesAt) { // namesAt -1: no such row
        continue; // a title line, a blank padded line or a note above the table
      }
      return isTextRow(row, nonEmpty) ? i : -1;
    }
    return 0;
  }

  /**
   * The first record of the table's width that names its columns as a header does, every cell
   * filled with text, over a record of numbers or dates (so a row of data is not taken for one);
   * -1 when there is none.
   */
  private static int firstNamesRow(List<String[]> rows, int width, int limit) {
    for (int i = 0; i < limit; i++) {
      String[] row = rows.get(i);
      if (row.length == width && nonEmpty(row) == width) {
        boolean names = textCells(row) == width && i + 1 < rows.size()
            && textCells(rows.get(i + 1)) < nonEmpty(rows.get(i + 1));
        return names ? i : -1;
      }
    }
    return -1;
  }

  private static int nonEmpty(String[] row) {
    int n = 0;
    for (String cell : row) {
      n += cell.trim().isEmpty() ? 0 : 1;
    }
    return n;
  }

  /** Whether at least half of a record's filled cells are text (not numbers or dates). */
  private static boolean isTextRow(String[] row, int nonEmpty) {
    return textCells(row) * 2 >= nonEmpty;
  }

  /** How many of a record's cells are filled with text, not a number or a date. */
  private static int textCells(String[] row) {
    int text = 0;
    for (String cell : row) {
      String c = cell.trim();
      if (!c.isEmpty() && !CellShape.isNumber(c) && !CellShape.isDate(c)) {
        text++;
      }
    }
    return text;
  }

  /** The line breaks between records: those inside quoted fields are data, not counted. */
  static LineEnding lineEnding(CharSequence sample, char quote) {
    int crlf = 0;
    int lf = 0;
    int cr = 0;
    boolean quoted = false;
    int n = sample.length();
    for (int i = 0; i < n; i++) {
      char c = sample.charAt(i);
      if (c == quote) {
        quoted = !quoted; // a doubled quote toggles twice
      } else if (quoted) {
        continue;
      } else if (c == '\r') {
        if (i + 1 < n && sample.charAt(i + 1) == '\n') {
          crlf++;
          i++;
        } else if (i + 1 < n) {
          cr++;
        }
      } else if (c == '\n') {
        lf++;
      }
    }
    if (crlf == 0 && lf == 0 && cr == 0) {
      return n > 0 && sample.charAt(n - 1) == '\r' ? LineEnding.CR : LineEnding.NONE;
    }
    int kinds = (crlf > 0 ? 1 : 0) + (lf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0);
    if (kinds > 1) {
      return LineEnding.MIXED;
    }
    return crlf > 0 ? LineEnding.CRLF : lf > 0 ? LineEnding.LF : LineEnding.CR;
  }

  private static final class StopSampling extends RuntimeException {
    StopSampling() {
      super(null, null, false, false);
    }
  }

  /** The records of a sample under one candidate dialect, with their quoted flags. */
  private static final class Sample implements CsvHandler {
    final List<String[]> rows = new ArrayList<>();
    final List<boolean[]> quoted = new ArrayList<>();
    /** Quoting issues met (stray quotes, text after a closing quote; not ragged rows). */
    int issues;

    @Override
    public void issue(dev.sluice.core.parse.ParseIssue issue) {
      if (!(issue instanceof dev.sluice.core.parse.ParseIssue.RaggedRow)) {
        issues++;
      }
    }

    @Override
    public void row(CsvRow row) {
      rows.add(row.toArray());
      boolean[] q = new boolean[row.size()];
      for (int i = 0; i < q.length; i++) {
        q[i] = row.isQuoted(i);
      }
      quoted.add(q);
      if (rows.size() >= SAMPLE_RECORDS) {
        throw new StopSampling();
      }
    }

    /**
     * CleverCSV's pattern score, per record: 1/K * sum over widths of N_k max(eps, (L_k - 1) /
     * L_k), eps small: a table of one column scores above zero, so that the quote that keeps it one
     * column can win over one that splits its quoted cells ({@link #splitsQuotedFields}).
     */
    double patternScore() {
      if (rows.isEmpty()) {
        return 0;
      }
      Map<Integer, Integer> widths = new HashMap<>();
      for (String[] row : rows) {
        widths.merge(row.length, 1, Integer::sum);
      }
      double sum = 0;
      for (Map.Entry<Integer, Integer> e : widths.entrySet()) {
        int width = e.getKey();
        sum += e.getValue() * Math.max(ONE_COLUMN, (width - 1) / (double) width);
      }
      return sum / widths.size() / rows.size();
    }

    /**
     * Whether a record under this candidate has an unquoted cell that starts with the other quote
     * char and a later one that ends with it: a field quoted with that char, holding the
     * delimiter, cut in two ({@code "Smith} and {@code  John"} from {@code "Smith, John"} read with
     * {@code '} as the quote). Such a candidate is all but ruled out: one or two columns split so
     * can score higher than a table of one column read whole.
     */
    boolean splitsQuotedFields(char quote) {
      char other = quote == '"' ? '\'' : '"';
      for (int r = 0; r < rows.size(); r++) {
        String[] row = rows.get(r);
        boolean[] q = quoted.get(r);
        boolean opened = false;
        for (int i = 0; i < row.length; i++) {
          String t = q[i] ? "" : Spaces.strip(row[i]);
          boolean starts = t.length() > 1 && t.charAt(0) == other;
          boolean ends = t.length() > 1 && t.charAt(t.length() - 1) == other;
          if (opened && ends && !starts) {
            return true;
          }
          opened |= starts && !ends;
        }
      }
      return false;
    }

    /**
     * Whether an unquoted cell starts or ends with a quote char: a quote this candidate leaves as
     * text, as {@code "B} and {@code B"} when {@code A,"B,B",C} is split with {@code '} as the
     * quote. Without this, one or two such lines score wider under the wrong quote.
     */
    private static boolean quoteAtEdge(String cell) {
      String t = Spaces.strip(cell);
      if (t.isEmpty()) {
        return false;
      }
      char first = t.charAt(0);
      char last = t.charAt(t.length() - 1);
      for (char q : QUOTES) {
        if (first == q || last == q) {
          return true;
        }
      }
      return false;
    }

    /** Share of cells that look clean under this delimiter. */
    double typeScore(char delimiter) {
      int cells = 0;
      int clean = 0;
      for (int r = 0; r < rows.size(); r++) {
        String[] row = rows.get(r);
        boolean[] q = quoted.get(r);
        for (int i = 0; i < row.length; i++) {
          cells++;
          if (q[i] || CellShape.isClean(row[i], delimiter) && !quoteAtEdge(row[i])) {
            clean++;
          }
        }
      }
      return cells == 0 ? 0 : clean / (double) cells;
    }
  }
}
