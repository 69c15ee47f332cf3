package dev.sluice.core.detect;

import dev.sluice.core.parse.CsvFormat;

/**
 * What a CSV text looks like: delimiter, quote, header position and line ending.
 *
 * @param delimiter   field separator
 * @param quote       quote character
 * @param headerIndex 0-based index of the header record (title lines may come before it), or -1
 *                    when the text seems to have no header
 * @param lineEnding  the record separator found most often
 */
public record Dialect(char delimiter, char quote, int headerIndex, LineEnding lineEnding) {

  /** A lenient {@link CsvFormat} for this dialect. */
  public CsvFormat toFormat() {
    return CsvFormat.builder().delimiter(delimiter).quote(quote).headerIndex(headerIndex).build();
  }
}
