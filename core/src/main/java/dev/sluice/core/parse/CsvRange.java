package dev.sluice.core.parse;

import dev.sluice.core.table.SourceText;
import java.util.ArrayList;
import java.util.List;

/**
 * One range of a file's text parsed apart from the rest, as a worker of a parallel import parses
 * it: as if a record began where the range begins, its records kept as spans of the range's own
 * text (ints, no object per cell), its parse issues, and whether it ended between records.
 *
 * <p>{@link dev.sluice.core.flow.ImportSession.RangedLoad} puts ranges together in order and counts
 * their records, lines and offsets on; where the range before did not end between records, the
 * guess that a record began here was wrong and that load parses the text itself instead. Plain
 * int arrays, so that a browser worker hands the result to another without copying objects.
 */
public final class CsvRange implements CsvHandler {
  private static final String[] CODES = {"STRAY_QUOTE", "TEXT_AFTER_CLOSING_QUOTE",
      "UNCLOSED_QUOTE", "SPACE_AFTER_CLOSING_QUOTE", "RAGGED_ROW", "FIELD_TOO_LARGE",
      "TOO_MANY_FIELDS", "SPACE_BEFORE_OPENING_QUOTE"};
  /** Ints per encoded issue: code, record, line, column, offset, two arguments. */
  static final int ISSUE_INTS = 7;

  private final CsvParser parser;
  private final int expectedWidth;
  private final List<String> chunks = new ArrayList<>();
  private int[] rows = new int[1 << 12];
  private int size;
  private int records;
  private int[] issues = new int[ISSUE_INTS * 4];
  private int issueInts;
  private boolean stopped;
  private boolean finished;

  /**
   * A range to parse with a file's dialect, every record checked against the header's width
   * ({@code expectedWidth}, -1 when the file has no header width to hold rows to) and its width
   * without trailing empty fields ({@code namedWidth}, see {@link #headerNamedWidth}).
   */
  public CsvRange(CsvFormat format, int expectedWidth, int namedWidth) {
    this.expectedWidth = expectedWidth;
    this.parser = CsvParser.continuing(format, this, new SourceText(), 0, 1, 0, expectedWidth,
        namedWidth);
  }

  /**
   * The width of the header record (the record at {@code max(format.headerIndex(), 0)}) in a
   * file's first text, or -1 when that text ends before the record does: what a main worker tells
   * the workers that parse later ranges.
   */
  public static int headerWidth(String head, CsvFormat format) {
    return headerWidths(head, format)[0];
  }

  /**
   * The width of that header record without its trailing empty fields ({@code "a,b,"}: 2), or -1:
   * records that end where its named fields end are not ragged.
   */
  public static int headerNamedWidth(String head, CsvFormat format) {
    return headerWidths(head, format)[1];
  }

  private static int[] headerWidths(String head, CsvFormat format) {
    int header = Math.max(format.headerIndex(), 0);
    int[] widths = {-1, -1};
    CsvParser parser = new CsvParser(format.toBuilder().lenient(true).build(), new CsvHandler() {
      @Override
      public void row(CsvRow row) {
        if (row.record() - 1 == header) {
          widths[0] = row.size();
          widths[1] = row.size();
          while (widths[1] > 0 && row.field(widths[1] - 1).isEmpty()) {
            widths[1]--;
          }
        }
      }
    });
    try {
      parser.feed(head); // not finished: a record counts only once its line break is read
    } catch (CsvFormatException e) {
      return new int[] {-1, -1};
    }
    return widths;
  }

  /** Parses the next chunk of the range's text. */
  public void feed(String chunk) {
    chunks.add(chunk);
    if (stopped) {
      return;
    }
    try {
      parser.feed(chunk);
    } catch (CsvFormatException e) {
      stop(e.issue());
    }
  }

  /**
   * Ends the range; {@code endOfFile} when it is the file's last, whose last record needs no line
   * break and whose unclosed quote is recovered here as a parse of the whole file would.
   */
  public Result finish(boolean endOfFile) {
    if (endOfFile && !stopped && !finished) {
      try {
        parser.finish();
      } catch (CsvFormatException e) {
        stop(e.issue());
      }
    }
    finished = true;
    boolean between = endOfFile || stopped || parser.betweenRecords();
    return new Result(rows, size, issues, issueInts, records, between ? parser.line()
        : parser.pendingLine(), between, between ? -1 : parser.pendingStart(), stopped,
        expectedWidth);
  }

  /** The text of the range as fed, chunk by chunk: spans are offsets into it. */
  public List<String> chunks() {
    return chunks;
  }

  @Override
  public void row(CsvRow row) {
    if (row.allFieldsEmpty()) { // not a row of the import, as in the loader of a whole file
      records++;
      return;
    }
    int n = row.size();
    int need = size + 2 + 2 * n;
    if (need > rows.length) {
      int cap = rows.length;
      while (cap < need) {
        cap *= 2;
      }
      rows = java.util.Arrays.copyOf(rows, cap);
    }
    int[] r = rows;
    int at = size;
    r[at++] = row.line();
    r[at++] = n;
    for (int i = 0; i < n; i++) {
      r[at++] = row.start(i);
      r[at++] = row.isEscaped(i) ? ~row.end(i) : row.end(i);
    }
    size = at;
    records++;
  }

  @Override
  public void issue(ParseIssue issue) {
    if (issueInts + ISSUE_INTS > issues.length) {
      issues = java.util.Arrays.copyOf(issues, issues.length * 2);
    }
    Position p = issue.position();
    int[] e = issues;
    int at = issueInts;
    e[at] = java.util.Arrays.asList(CODES).indexOf(issue.code());
    e[at + 1] = p.record();
    e[at + 2] = p.line();
    e[at + 3] = p.column();
    e[at + 4] = (int) p.offset();
    if (issue instanceof ParseIssue.RaggedRow r) {
      e[at + 5] = r.expected();
      e[at + 6] = r.actual();
    } else if (issue instanceof ParseIssue.FieldTooLarge f) {
      e[at + 5] = f.limit();
    } else if (issue instanceof ParseIssue.TooManyFields t) {
      e[at + 5] = t.limit();
    }
    issueInts = at + ISSUE_INTS;
  }

  /** A stopping issue (a field too long, too many fields): reported last, and nothing after. */
  private void stop(ParseIssue issue) {
    issue(issue);
    stopped = true;
  }

  /**
   * What a range gave, in plain ints (to hand between workers).
   *
   * @param rows           per record: its line (1-based, in the range), its field count n, then n
   *                       pairs of start and end offsets in the range's text (an end {@code ~e} for
   *                       a field with doubled quotes, read as single ones)
   * @param rowInts        how many ints of {@code rows} are used
   * @param issues         per parse issue {@value #ISSUE_INTS} ints (see {@link #issue(int)})
   * @param issueInts      how many ints of {@code issues} are used
   * @param records        the number of records
   * @param endLine        the line after the last record (or, when not between records, the line
   *                       the unfinished record starts on)
   * @param betweenRecords whether the range ended between records (else a record runs on into
   *                       the next range, and the next range's own parse cannot be taken)
   * @param pendingStart   where the unfinished record starts in the range's text, or -1
   * @param stopped        whether parsing stopped at the last issue (a field too long)
   * @param expectedWidth  the header width the range's records were checked against
   */
  public record Result(int[] rows, int rowInts, int[] issues, int issueInts, int records,
      int endLine, boolean betweenRecords, int pendingStart, boolean stopped, int expectedWidth) {

    /** The number of issues. */
    public int issueCount() {
      return issueInts / ISSUE_INTS;
    }

    /** Where issue {@code index} is in the range's text. */
    public int issueOffset(int index) {
      return issues[index * ISSUE_INTS + 4];
    }

    /**
     * Issue {@code index}, positioned as in a parse of the whole file: its record, line and
     * offset counted on by those before the range.
     */
    public ParseIssue issue(int index, int recordsBefore, int linesBefore, long offsetBefore) {
      int at = index * ISSUE_INTS;
      int[] e = issues;
      Position p = new Position(e[at + 1] + recordsBefore, e[at + 2] + linesBefore, e[at + 3],
          e[at + 4] + offsetBefore);
      switch (e[at]) {
        case 0:
          return new ParseIssue.StrayQuote(p);
        case 1:
          return new ParseIssue.TextAfterClosingQuote(p);
        case 2:
          return new ParseIssue.UnclosedQuote(p);
        case 3:
          return new ParseIssue.SpaceAfterClosingQuote(p);
        case 4:
          return new ParseIssue.RaggedRow(p, e[at + 5], e[at + 6]);
        case 5:
          return new ParseIssue.FieldTooLarge(p, e[at + 5]);
        case 6:
          return new ParseIssue.TooManyFields(p, e[at + 5]);
        default:
          return new ParseIssue.SpaceBeforeOpeningQuote(p);
      }
    }
  }
}
