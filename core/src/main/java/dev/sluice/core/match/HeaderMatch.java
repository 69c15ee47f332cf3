package dev.sluice.core.match;

import dev.sluice.core.text.Decimals;
/**
 * The match of one file header.
 *
 * @param index      the header's position in the file
 * @param header     the header as written
 * @param column     the matched column key, or null
 * @param kind       how it was matched
 * @param confidence 0 to 1; 1 for manual, remembered and exact matches
 */
public record HeaderMatch(int index, String header, String column, MatchKind kind,
    double confidence) {

  /** Whether the header is matched to a column. */
  public boolean matched() {
    return column != null;
  }

  /** For debugging; written by hand so that the record's own toString brings no double printing. */
  @Override
  public String toString() {
    return "HeaderMatch[" + index + " " + header + " -> " + column + " " + kind + " "
        + Decimals.format(confidence) + "]";
  }
}
