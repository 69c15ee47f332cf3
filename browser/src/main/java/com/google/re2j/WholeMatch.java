package com.google.re2j;

/**
 * Whether a whole text matches an RE2J pattern, asked of RE2J's machine without capture positions:
 * {@code Pattern.matcher(text).matches()} tracks group 0's bounds, which makes a matcher and a
 * groups array per call and copies the positions at every step of the machine. Compiled by TeaVM,
 * that copying ({@code System.arraycopy}, a generic loop there) and those objects were half of the
 * pattern module's time per cell. RE2J's public API has no match without them, so this class sits
 * in its package to call the same entry its {@code Matcher} calls, with no groups; the pattern
 * module's tests check it against {@code matches()} on the JVM.
 */
public final class WholeMatch {
  private WholeMatch() {}

  /** Whether all of {@code text} matches {@code pattern}, as {@code matcher(text).matches()}. */
  public static boolean matches(Pattern pattern, CharSequence text) {
    return pattern.re2().match(text, 0, text.length(), RE2.ANCHOR_BOTH, null, 0);
  }
}
