package dev.sluice.core.validate;

import java.util.List;

/**
 * The values handed over for a run of rows, as one text and the start and end of each value in
 * it: {@code bounds[2k]} and {@code bounds[2k + 1]} for the value of cell {@code k}, row after row.
 *
 * <p>Why not an array of Strings: most values are the very text of the file, so the text here is a
 * few slices of it (one per chunk the rows lie in) followed by the chars of the values that differ
 * from what was written (normal forms, hashes, edits). In the browser the worker joins the slices,
 * decodes the chars natively and hands the page one string with the bounds, and the engine makes no
 * String per cell.
 *
 * @param slices the text's first part, slices of the file's text to join in order
 * @param made the text's last part: the chars of the values made for the hand-over
 * @param bounds the start and end of each value in the slices joined and followed by {@code made}
 * @param width the values per row
 */
public record OutputText(List<String> slices, char[] made, int[] bounds, int width) {
  /** The number of rows. */
  public int rows() {
    return width == 0 ? 0 : bounds.length / 2 / width;
  }

  /** The whole text. */
  public String text() {
    return String.join("", slices) + new String(made);
  }

  /** The values of one row, read from {@link #text()}. */
  public String[] row(String text, int row) {
    String[] values = new String[width];
    for (int c = 0; c < width; c++) {
      int k = 2 * (row * width + c);
      values[c] = text.substring(bounds[k], bounds[k + 1]);
    }
    return values;
  }
}
