package dev.sluice.core.text;

/**
 * White space as Sluice reads it, the same on the JVM and in the browser: Java's white space
 * ({@code Character.isWhitespace}) and the no-break spaces (U+00A0, U+2007, U+202F) that
 * spreadsheets put around numbers and names.
 *
 * <p>Why not {@code String.strip()} and {@code isBlank()}: the browser build (TeaVM) strips with
 * JavaScript's {@code trim()}, which also takes the no-break spaces and U+FEFF, and its {@code
 * isBlank()} sees only the plain space, so a cell trimmed or found blank in the widget was not on
 * the relay, and the relay refused what the widget handed over.
 */
public final class Spaces {
  private Spaces() {}

  /** Whether {@code c} is white space: what trimming takes, collapsing folds and blanks hold. */
  public static boolean isSpace(char c) {
    if (c < 0x80) {
      return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F';
    }
    return c == '\u00A0' || c == '\u1680' || c >= '\u2000' && c <= '\u200A' || c == '\u2028'
        || c == '\u2029' || c == '\u202F' || c == '\u205F' || c == '\u3000';
  }

  /** Whether {@code s} is empty or white space only. */
  public static boolean isBlank(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isSpace(s.charAt(i)) && s.charAt(i) != '\uFEFF') {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code s} without white space (or a stray byte order mark, U+FEFF) at either end; {@code s}
   * itself when there is none.
   */
  public static String strip(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && (isSpace(s.charAt(from)) || s.charAt(from) == '\uFEFF')) {
      from++;
    }
    while (to > from && (isSpace(s.charAt(to - 1)) || s.charAt(to - 1) == '\uFEFF')) {
      to--;
    }
    return from == 0 && to == s.length() ? s : s.substring(from, to);
  }
}
