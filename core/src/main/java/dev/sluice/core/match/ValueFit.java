package dev.sluice.core.match;

/**
 * How well a file column's values suit a schema column: the share of a sample of them that the
 * column's type accepts, from 0 to 1, or a negative number when that says nothing (a text column,
 * a column without values).
 *
 * <p>Why: names alone cannot tell apart headers that match a column equally well, such as Google
 * Contacts' {@code E-mail 1 - Type} (holding {@code * Home}) and {@code E-mail 1 - Value}; the
 * matcher lets the values break such near ties between fuzzy matches.
 */
@FunctionalInterface
public interface ValueFit {
  /** No values known: the matcher goes by names alone. */
  ValueFit NONE = (header, column) -> -1;

  /** The fit of the values under header {@code header} for the importer's column {@code column}. */
  double of(int header, int column);
}
