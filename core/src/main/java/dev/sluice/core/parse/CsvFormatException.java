package dev.sluice.core.parse;

/**
 * Thrown when the input cannot be parsed under the format: any malformation in strict mode, and in
 * lenient mode only limits (a field or record too large to hold).
 *
 * <p>The message names the code and position only, never cell content, so it can be logged.
 */
public final class CsvFormatException extends RuntimeException {
  private final transient ParseIssue issue;

  /** Creates the exception for an issue. */
  public CsvFormatException(ParseIssue issue) {
    super(issue.code() + " at record " + issue.position().record() + ", line "
        + issue.position().line() + ", column " + issue.position().column());
    this.issue = issue;
  }

  /** The issue that stopped parsing. */
  public ParseIssue issue() {
    return issue;
  }
}
