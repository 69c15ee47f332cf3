package dev.sluice.core.validate;

import dev.sluice.core.schema.Severity;
import java.util.Map;

/**
 * One broken rule, positioned at a cell.
 *
 * <p>{@link #toString()} leaves the value out, so that an issue logged or put in an exception never
 * carries row data.
 *
 * @param row       the row's index in the table (0-based, header excluded)
 * @param column    the column key
 * @param code      a stable UPPER_SNAKE code
 * @param severity  error, warning or info
 * @param arguments named message arguments
 * @param value     the cell as the user wrote it
 */
public record ValidationIssue(int row, String column, String code, Severity severity,
    Map<String, Object> arguments, String value) {

  /** Copies the arguments. */
  public ValidationIssue {
    arguments = Map.copyOf(arguments);
  }

  /** Whether the issue makes its row invalid. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  @Override
  public String toString() {
    return "ValidationIssue[row=" + row + ", column=" + column + ", code=" + code + ", severity="
        + severity + ", arguments=" + arguments + "]";
  }
}
