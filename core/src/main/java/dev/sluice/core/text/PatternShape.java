package dev.sluice.core.text;

/**
 * A pattern whose whole matches are spelled one code point at a time, each from a set, with at
 * most one step repeated (its shape, as {@code com.google.re2j.LinearShape} reads it from RE2J's
 * parse): it matches a span of text in one loop over its chars, with no regular expression
 * machine and no String cut from the text. Cells of such patterns ({@code ^[0-9]{5}$}) took over
 * a microsecond each in RE2J's machine compiled to JavaScript.
 *
 * <p>Why not always RE2J: its machine steps a thread list per code point, and each call makes a
 * matcher; a shape's step is a table lookup. Both agree on every text (PatternShapeTest).
 */
public final class PatternShape {
  private final int steps;
  private final int repeated;
  private final int min;
  private final int max;
  /** Per step, which ASCII chars it takes: 128 bits in four ints. */
  private final int[] ascii;
  /** Per step, where its ranges start in {@link #ranges}, and one past the last step's. */
  private final int[] rangesAt;
  /** Every step's ranges, first and last code point each. */
  private final int[] ranges;

  private PatternShape(int[] shape) {
    steps = shape[0];
    repeated = shape[1];
    min = shape[2];
    max = shape[3];
    ascii = new int[4 * steps];
    rangesAt = new int[steps + 1];
    int size = 0;
    for (int s = 0, at = 4; s < steps; s++) {
      size += 2 * shape[at];
      at += 1 + 2 * shape[at];
    }
    ranges = new int[size];
    int next = 0;
    for (int s = 0, at = 4; s < steps; s++) {
      int n = shape[at++];
      rangesAt[s] = next;
      for (int r = 0; r < n; r++) {
        int lo = shape[at++];
        int hi = shape[at++];
        ranges[next++] = lo;
        ranges[next++] = hi;
        for (int c = lo; c <= hi && c < 128; c++) {
          ascii[4 * s + (c >> 5)] |= 1 << (c & 31);
        }
      }
    }
    rangesAt[steps] = next;
  }

  /** The shape that {@code LinearShape.of} wrote, or null for none. */
  public static PatternShape of(int[] shape) {
    return shape == null ? null : new PatternShape(shape);
  }

  /**
   * The shape written as decimal numbers split by commas, as the browser's pattern module hands
   * it to the engine, or null for none.
   */
  public static PatternShape parse(String written) {
    if (written == null) {
      return null;
    }
    int count = 1;
    for (int i = 0; i < written.length(); i++) {
      count += written.charAt(i) == ',' ? 1 : 0;
    }
    int[] shape = new int[count];
    int k = 0;
    int value = 0;
    boolean negative = false;
    for (int i = 0; i <= written.length(); i++) {
      char c = i < written.length() ? written.charAt(i) : ',';
      if (c == ',') {
        shape[k++] = negative ? -value : value;
        value = 0;
        negative = false;
      } else if (c == '-') {
        negative = true;
      } else {
        value = value * 10 + (c - '0');
      }
    }
    return new PatternShape(shape);
  }

  /** A shape as {@link #parse} reads it. */
  public static String write(int[] shape) {
    if (shape == null) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < shape.length; i++) {
      out.append(i == 0 ? "" : ",").append(shape[i]);
    }
    return out.toString();
  }

  /** Whether the chars {@code [from, to)} of a text, all of them, match. */
  public boolean matches(String text, int from, int to) {
    int at = from;
    int fixedEnd = repeated < 0 ? steps : repeated;
    for (int s = 0; s < fixedEnd; s++) {
      at = step(s, text, at, to);
      if (at < 0) {
        return false;
      }
    }
    if (repeated < 0) {
      return at == to;
    }
    // the fixed steps after the repeated one take the last code points: what is left before them
    // is the repeated step's
    int left = Character.codePointCount(text, at, to) - (steps - repeated - 1);
    if (left < min || max >= 0 && left > max) {
      return false;
    }
    for (int i = 0; i < left; i++) {
      at = step(repeated, text, at, to);
      if (at < 0) {
        return false;
      }
    }
    for (int s = repeated + 1; s < steps; s++) {
      at = step(s, text, at, to);
      if (at < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Matches step {@code s} at {@code at}: where the next code point starts, or -1. A surrogate
   * pair is one code point, a lone surrogate one of its own, as RE2J reads a String.
   */
  private int step(int s, String text, int at, int to) {
    if (at >= to) {
      return -1;
    }
    int c = text.charAt(at);
    if (c < 128) {
      return (ascii[4 * s + (c >> 5)] >>> (c & 31) & 1) != 0 ? at + 1 : -1;
    }
    int width = 1;
    if (Character.isHighSurrogate((char) c) && at + 1 < to
        && Character.isLowSurrogate(text.charAt(at + 1))) {
      c = Character.toCodePoint((char) c, text.charAt(at + 1));
      width = 2;
    }
    for (int r = rangesAt[s]; r < rangesAt[s + 1]; r += 2) {
      if (c >= ranges[r] && c <= ranges[r + 1]) {
        return at + width;
      }
    }
    return -1;
  }
}
