package dev.sluice.core.validate;

/**
 * Checks a non-blank, trimmed cell against one column type and gives its normal form.
 *
 * <p>Implementations are immutable and shared by every row, so they must not keep state per call.
 */
public interface TypeValidator {

  /** Checks a non-blank, trimmed value. */
  CellResult check(String value);
}
