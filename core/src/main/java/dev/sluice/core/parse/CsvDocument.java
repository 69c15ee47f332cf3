package dev.sluice.core.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * A whole parsed text held in memory: every record as a String array, and every issue met.
 *
 * <p>For small inputs, tests and tools; large files go through {@link CsvParser} with a handler.
 *
 * @param rows   the records in order
 * @param issues the issues in order
 */
public record CsvDocument(List<String[]> rows, List<ParseIssue> issues) {

  /** Parses a whole text. */
  public static CsvDocument parse(CharSequence text, CsvFormat format) {
    Collector collector = new Collector(Integer.MAX_VALUE);
    CsvParser.parse(text, format, collector);
    return collector.document();
  }

  /** Collects rows (up to a limit) and all issues from a parser. */
  public static final class Collector implements CsvHandler {
    private final int maxRows;
    private final List<String[]> rows = new ArrayList<>();
    private final List<ParseIssue> issues = new ArrayList<>();

    /** Creates a collector that keeps at most maxRows rows (issues are all kept). */
    public Collector(int maxRows) {
      this.maxRows = maxRows;
    }

    @Override
    public void row(CsvRow row) {
      if (rows.size() < maxRows) {
        rows.add(row.toArray());
      }
    }

    @Override
    public void issue(ParseIssue issue) {
      issues.add(issue);
    }

    /** What was collected so far. */
    public CsvDocument document() {
      return new CsvDocument(List.copyOf(rows), List.copyOf(issues));
    }
  }
}
