package dev.sluice.core.validate;

import java.util.Map;

/** The outcome of checking one cell against its column type. */
public sealed interface CellResult {

  /** A valid cell and its normal form (ISO date, plain number, E.164 phone, enum value...). */
  record Valid(String value) implements CellResult {}

  /**
   * An invalid cell.
   *
   * @param code      a stable UPPER_SNAKE code, looked up in the message catalogue
   * @param arguments named arguments of the message; never the cell's content
   */
  record Invalid(String code, Map<String, Object> arguments) implements CellResult {
    /** Copies the arguments. */
    public Invalid {
      arguments = Map.copyOf(arguments);
    }

    /** An invalid result without arguments. */
    public static Invalid of(String code) {
      return new Invalid(code, Map.of());
    }
  }
}
