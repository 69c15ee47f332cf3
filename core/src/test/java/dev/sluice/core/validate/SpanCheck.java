package dev.sluice.core.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Assertions on a type's span check, for the validators' tests. */
final class SpanCheck {
  private SpanCheck() {}

  /**
   * Asserts that the type's span check, given the cell inside a longer text as a file's text holds
   * it, says {@code expected}, and that the String check finds valid what it accepts; returns
   * what it said.
   */
  static boolean assertAccepts(TypeValidator type, String cell, boolean expected) {
    String text = "x,\"" + cell + "\",y";
    boolean accepted = type.accepts(text, 3, 3 + cell.length());
    assertEquals(expected, accepted, cell);
    if (accepted) {
      assertTrue(type.check(cell) instanceof CellResult.Valid, cell);
    }
    return accepted;
  }
}
