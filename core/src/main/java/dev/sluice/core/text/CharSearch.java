package dev.sluice.core.text;

/**
 * Finds the next occurrence of a char in a String, and says whether doing so is the platform's
 * native search, cheap enough for the CSV parser to call once per field; reads a quoted field's
 * doubled quotes as one.
 *
 * <p>Why: compiled by TeaVM, {@code String.indexOf} is a loop over {@code charAt} (about 2 ns a
 * char in V8), and so is copying a chunk into a char array to scan it; JavaScript's own {@code
 * indexOf} skips to a delimiter several times faster. The browser build replaces this class by one
 * with the same methods on that native search ({@code dev.sluice.browser.text.CharSearch}, see
 * {@code dev.sluice.browser.Substitutions}); on the JVM the parser keeps scanning its char buffer
 * and calls the JDK's {@code String.indexOf} itself only inside quotes.
 */
public final class CharSearch {
  private CharSearch() {}

  /** Whether {@link #indexOf} is the platform's native search (false here, true in the browser). */
  public static boolean isNative() {
    return false;
  }

  /**
   * Where {@code needle}, a String of one char, next occurs in {@code text} at or after {@code
   * from}, or -1.
   */
  public static int indexOf(String text, String needle, int from) {
    return text.indexOf(needle, from);
  }

  /**
   * {@code raw} with each doubled {@code quote} read as one, from left to right ({@code """} reads
   * as {@code ""}). Why here: compiled by TeaVM, building the result in a StringBuilder copies it
   * char by char twice (about 2 microseconds a 50-char field in V8); the browser build runs this
   * loop on JavaScript's native {@code indexOf}, {@code substring} and {@code +}.
   */
  public static String undouble(String raw, char quote) {
    StringBuilder sb = new StringBuilder(raw.length());
    int from = 0;
    for (int q = raw.indexOf(quote); q >= 0; q = raw.indexOf(quote, from)) {
      sb.append(raw, from, q + 1);
      from = q + 1;
      if (from < raw.length() && raw.charAt(from) == quote) {
        from++; // the second quote of the pair
      }
    }
    return sb.append(raw, from, raw.length()).toString();
  }
}
