package dev.sluice.core.table;

/**
 * Makes the arrays of a table's columns, all of one length, at once.
 *
 * <p>Why: the browser build puts its own in place of this class (TeaVM's class substitution), which
 * cuts them all from one buffer, one allocation of fresh memory instead of one per column.
 */
public final class ColumnArrays {
  private ColumnArrays() {}

  /** {@code count} char arrays of {@code length} zeros each. */
  public static char[][] chars(int count, int length) {
    char[][] out = new char[count][];
    for (int i = 0; i < count; i++) {
      out[i] = new char[length];
    }
    return out;
  }
}
