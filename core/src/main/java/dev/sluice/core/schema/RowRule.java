package dev.sluice.core.schema;

import java.util.List;

/**
 * A declarative rule across the columns of one row.
 *
 * <p>Each rule reports on one column (the first of its keys) so that the issue has a cell to point
 * at; its severity and custom message work like a column's.
 */
public sealed interface RowRule {

  /** The stable issue code this rule reports. */
  String code();

  /** The column the issue is reported on. */
  String reportedKey();

  /** Every column the rule reads. */
  List<String> keys();

  /** How much a broken rule matters. */
  Severity severity();

  /** A custom message, or null for the catalogue's. */
  String message();

  /** At least one of the columns has a value. */
  record AtLeastOneOf(List<String> keys, Severity severity, String message) implements RowRule {
    /** Copies the keys; severity defaults to error. */
    public AtLeastOneOf {
      keys = List.copyOf(keys);
      severity = severity == null ? Severity.ERROR : severity;
    }

    @Override
    public String code() {
      return "ROW_AT_LEAST_ONE";
    }

    @Override
    public String reportedKey() {
      return keys.get(0);
    }
  }

  /**
   * A column must have a value when another column has one of some values (compared like enum
   * values: trimmed, ignoring case), or any value when {@code equalsAny} is empty.
   */
  record RequiredWhen(String key, String whenKey, List<String> equalsAny, Severity severity,
      String message) implements RowRule {
    /** Copies the values; severity defaults to error. */
    public RequiredWhen {
      equalsAny = List.copyOf(equalsAny == null ? List.of() : equalsAny);
      severity = severity == null ? Severity.ERROR : severity;
    }

    @Override
    public String code() {
      return equalsAny.isEmpty() ? "ROW_REQUIRED_WHEN_FILLED" : "ROW_REQUIRED_WHEN";
    }

    @Override
    public String reportedKey() {
      return key;
    }

    @Override
    public List<String> keys() {
      return List.of(key, whenKey);
    }
  }

  /**
   * Compares two number, currency, date or datetime columns of a row, such as
   * {@code start <= end}; skipped when either cell is blank or invalid (that is reported already).
   */
  record Compare(String left, Operator operator, String right, Severity severity, String message)
      implements RowRule {
    /** Severity defaults to error. */
    public Compare {
      severity = severity == null ? Severity.ERROR : severity;
    }

    @Override
    public String code() {
      return "ROW_COMPARE";
    }

    @Override
    public String reportedKey() {
      return left;
    }

    @Override
    public List<String> keys() {
      return List.of(left, right);
    }
  }

  /** A comparison operator. */
  enum Operator {
    /** Less than. */
    LT("<"),
    /** Less than or equal. */
    LE("<="),
    /** Equal. */
    EQ("=="),
    /** Not equal. */
    NE("!="),
    /** Greater than or equal. */
    GE(">="),
    /** Greater than. */
    GT(">");

    private final String symbol;

    Operator(String symbol) {
      this.symbol = symbol;
    }

    /** The symbol used in JSON and messages. */
    public String symbol() {
      return symbol;
    }

    /** Whether a comparison result (negative, zero, positive) satisfies the operator. */
    public boolean test(int comparison) {
      switch (this) {
        case LT:
          return comparison < 0;
        case LE:
          return comparison <= 0;
        case EQ:
          return comparison == 0;
        case NE:
          return comparison != 0;
        case GE:
          return comparison >= 0;
        default:
          return comparison > 0;
      }
    }

    /** Finds an operator by symbol; null when unknown. */
    public static Operator bySymbol(String symbol) {
      for (Operator o : values()) {
        if (o.symbol.equals(symbol)) {
          return o;
        }
      }
      return null;
    }
  }
}
