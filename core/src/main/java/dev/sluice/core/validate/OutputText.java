package dev.sluice.core.validate;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The values handed over for a run of rows, as one text and the start and end of each value in
 * it: {@code bounds[2k]} and {@code bounds[2k + 1]} for the value of cell {@code k}, row after row.
 *
 * <p>Why not an array of Strings: most values are the very text of the file, so the text here is a
 * few slices of it (one per chunk the rows lie in) followed by the chars of the values that differ
 * from what was written (normal forms, hashes, edits). In the browser the worker decodes the made
 * chars natively and hands the page the slices, that string and the bounds (the page reads each
 * value from its part, with no join), and the engine makes no String per cell.
 *
 * <p>The made chars come as UTF-8: hashes, ISO dates and phone numbers are ASCII, and decoded from
 * UTF-8 they are a string of one byte a char in the browser, where the UTF-16 chars decoded made a
 * string of two (twice the bytes to copy to the page, for a file whose values the engine writes).
 *
 * @param slices the text's first part, slices of the file's text to join in order
 * @param made the text's last part: the values made for the hand-over, in UTF-8 (a lone surrogate,
 *     which no decoded file holds, as U+FFFD), its first {@code madeLength} bytes; the array is the
 *     session's own, written again by its next run of rows, so read it before asking for another
 * @param madeLength how many bytes of {@code made} hold the values
 * @param bounds the start and end of each value in the slices joined and followed by {@code made},
 *     its first {@code 2 * rows * width} ints; the array is the session's own too, written again
 *     by its next run of rows (the browser's worker copies it into an array the page gave back:
 *     one made anew per run was half a megabyte of fresh memory per 5,000 rows)
 * @param rows the number of rows
 * @param width the values per row
 */
public record OutputText(List<String> slices, byte[] made, int madeLength, int[] bounds,
    int rows, int width) {

  /** The whole text. */
  public String text() {
    return String.join("", slices) + new String(made, 0, madeLength, StandardCharsets.UTF_8);
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

  /**
   * The UTF-8 bytes of the made chars of one run of rows after another, written into one buffer
   * kept from run to run: in the browser a fresh buffer per 20,000 rows, and the copies that grew
   * and trimmed it, were each megabytes of memory the page had not touched before. Chars come from
   * a builder ({@link #append}) or, for hashes, as ASCII bytes written in place ({@link
   * #reserveAscii}).
   */
  static final class MadeBytes {
    byte[] bytes = new byte[0];
    int length;
    /** The chars the bytes decode to (a lone surrogate, as U+FFFD, stays one). */
    int chars;

    /** Starts the bytes of another run of rows. */
    void clear() {
      length = 0;
      chars = 0;
    }

    /** Appends the UTF-8 of a builder's chars, a lone surrogate as U+FFFD, and empties it. */
    void append(StringBuilder made) {
      int n = made.length();
      if (n == 0) {
        return;
      }
      int k = length;
      byte[] out = room(n);
      for (int i = 0; i < n; i++) {
        char c = made.charAt(i);
        if (c < 0x80) {
          out[k++] = (byte) c; // room: at least one byte is left for each char left
          continue;
        }
        if (out.length - k < n - i + 3) {
          out = Arrays.copyOf(out, Math.max(2 * out.length, n - i + k + 3));
        }
        if (c < 0x800) {
          out[k++] = (byte) (0xC0 | c >> 6);
          out[k++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c) && i + 1 < n
            && Character.isLowSurrogate(made.charAt(i + 1))) {
          int cp = Character.toCodePoint(c, made.charAt(++i));
          out[k++] = (byte) (0xF0 | cp >> 18);
          out[k++] = (byte) (0x80 | cp >> 12 & 0x3F);
          out[k++] = (byte) (0x80 | cp >> 6 & 0x3F);
          out[k++] = (byte) (0x80 | cp & 0x3F);
        } else {
          int u = Character.isSurrogate(c) ? 0xFFFD : c;
          out[k++] = (byte) (0xE0 | u >> 12);
          out[k++] = (byte) (0x80 | u >> 6 & 0x3F);
          out[k++] = (byte) (0x80 | u & 0x3F);
        }
      }
      bytes = out;
      length = k;
      chars += n;
      made.setLength(0);
    }

    /**
     * Makes room for {@code n} ASCII bytes at {@link #length}, counts them as written and returns
     * the buffer, which the caller fills from the old length.
     */
    byte[] reserveAscii(int n) {
      byte[] out = room(n);
      bytes = out;
      length += n;
      chars += n;
      return out;
    }

    /**
     * Writes a valid cell's normal form as ASCII bytes where the type can ({@link
     * TypeValidator#writeValidNormalAt}), after the chars made so far, and returns true; or returns
     * false and writes nothing.
     */
    boolean writeValidNormal(TypeValidator type, String s, int from, int to) {
      byte[] out = room(to - from + TypeValidators.NORMAL_ROOM);
      bytes = out;
      int end = type.writeValidNormalAt(s, from, to, out, length);
      if (end < 0) {
        return false;
      }
      chars += end - length;
      length = end;
      return true;
    }

    /** The buffer, grown (doubling, its bytes kept) to hold {@code n} more bytes. */
    private byte[] room(int n) {
      if (bytes.length - length >= n) {
        return bytes;
      }
      return Arrays.copyOf(bytes, Math.max(2 * bytes.length, length + n + (n >> 3) + 64));
    }
  }
}
