package dev.sluice.core.detect;

import dev.sluice.core.parse.CsvFormat;

/**
 * What a CSV text looks like: delimiter, quote, how quotes inside quoted fields are escaped, header
 * position and line ending.
 *
 * @param delimiter        field separator
 * @param quote            quote character
 * @param headerIndex      0-based index of the header record (title lines may come before it), or
 *                         -1 when the text seems to have no header
 * @param lineEnding       the record separator found most often
 * @param backslashEscapes whether a backslash escapes the next char ({@code \"} in a quoted
 *                         field, {@code \t} and {@code \N} in database dumps) rather than quotes
 *                         being doubled
 */
public record Dialect(char delimiter, char quote, int headerIndex, LineEnding lineEnding,
    boolean backslashEscapes) {

  /** A dialect whose quoted fields double their quotes (RFC 4180). */
  public Dialect(char delimiter, char quote, int headerIndex, LineEnding lineEnding) {
    this(delimiter, quote, headerIndex, lineEnding, false);
  }

  /** A lenient {@link CsvFormat} for this dialect. */
  public CsvFormat toFormat() {
    return CsvFormat.builder().delimiter(delimiter).quote(quote).headerIndex(headerIndex)
        .backslashEscapes(backslashEscapes).build();
  }
}
