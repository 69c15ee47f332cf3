package dev.sluice.browser.text;

import org.teavm.jso.JSBody;

/**
 * The browser build's {@code dev.sluice.core.text.CharSearch} (put in its place by {@link
 * dev.sluice.browser.Substitutions}): JavaScript's own {@code String.prototype.indexOf}, which the
 * engine's CSV parser calls once per field instead of copying each chunk into a char array and
 * scanning it char by char, and reads a quoted field's doubled quotes natively.
 */
public final class CharSearch {
  private CharSearch() {}

  /** True: {@link #indexOf} is the native search. */
  public static boolean isNative() {
    return true;
  }

  /** Where {@code needle} next occurs in {@code text} at or after {@code from}, or -1. */
  @JSBody(params = {"text", "needle", "from"}, script = "return text.indexOf(needle, from);")
  public static native int indexOf(String text, String needle, int from);

  /**
   * {@code raw} with each doubled {@code quote} read as one: core's loop in JavaScript, whose
   * {@code indexOf}, {@code substring} and {@code +} are native (a split and join took a third
   * longer in Node).
   */
  @JSBody(params = {"raw", "quote"}, script = "var q = String.fromCharCode(quote), out = '',"
      + " from = 0, i = raw.indexOf(q);"
      + " while (i >= 0) { out += raw.substring(from, i + 1); from = i + 1;"
      + " if (raw.charCodeAt(from) === quote) from++; i = raw.indexOf(q, from); }"
      + " return out + raw.substring(from);")
  public static native String undouble(String raw, char quote);
}
