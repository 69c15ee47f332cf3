package dev.sluice.core.match;

/** How a file header was matched to a column, strongest first. */
public enum MatchKind {
  /** The user chose it. */
  MANUAL,
  /** From a mapping the user confirmed before for the same headers. */
  REMEMBERED,
  /** The header is the column's key or label exactly. */
  EXACT,
  /** Equal after folding case, spaces, punctuation and accents. */
  NORMALIZED,
  /** Equal to one of the column's aliases after folding. */
  ALIAS,
  /**
   * A common name of the same thing as the column's key, label or an alias ({@code Given Name}
   * for {@code first_name}, {@code PLZ} for {@code zip}): see {@code HeaderSynonyms}.
   */
  SYNONYM,
  /** Similar by edit distance or shared words; see the confidence. */
  FUZZY,
  /** Not matched: kept as an extra column when the importer allows extras. */
  NONE,
  /** The user chose not to import it: its values go nowhere, extras allowed or not. */
  IGNORED,
  /** Kept as a custom field under a name the user typed (importers that allow custom columns). */
  CUSTOM
}
