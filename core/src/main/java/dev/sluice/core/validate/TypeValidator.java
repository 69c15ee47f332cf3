package dev.sluice.core.validate;

/**
 * Checks a non-blank, trimmed cell against one column type and gives its normal form.
 *
 * <p>Implementations are immutable and shared by every row, so they must not keep state per call.
 */
public interface TypeValidator {

  /** Checks a non-blank, trimmed value. */
  CellResult check(String value);

  /**
   * Checks a value as {@link #check} does, with the same validity and the same issue, but may
   * skip building the normal form: a valid result may hold the value as given. Full validation
   * uses it for columns whose normal form nothing reads until export (no unique group, no row
   * rule), so building strings is left to the rows that are handed over.
   */
  default CellResult verify(String value) {
    return check(value);
  }
}
