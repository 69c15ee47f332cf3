package dev.sluice.core.parse;

/**
 * Receives what a {@link CsvParser} finds, in input order.
 *
 * <p>A callback rather than an iterator because the parser is pushed chunks (the browser reads a
 * file in slices) and must not hold rows: the row view is reused and valid only during the call.
 */
public interface CsvHandler {

  /** One parsed record; copy what you keep, the view is reused for the next record. */
  void row(CsvRow row);

  /** A positioned problem; parsing goes on. The default ignores it. */
  default void issue(ParseIssue issue) {}
}
