package dev.sluice.browser.text;

import org.teavm.jso.JSBody;

/**
 * The browser build's {@code dev.sluice.core.text.CharSearch} (put in its place by {@link
 * dev.sluice.browser.Substitutions}): JavaScript's own {@code String.prototype.indexOf}, which the
 * engine's CSV parser calls once per field instead of copying each chunk into a char array and
 * scanning it char by char.
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
}
