package dev.sluice.browser.text;

import org.teavm.jso.JSBody;

/**
 * The browser build's {@code dev.sluice.core.text.CharCategories} (put in its place by {@link
 * dev.sluice.browser.Substitutions}): ASCII answered here, any other char by JavaScript's Unicode
 * property escapes, so that the engine holds no category table of its own (TeaVM's {@code
 * Character} brings 3 KB gzipped). The JVM's answers are the JDK's {@code Character}'s, which
 * these match for every char the JDK's Unicode version assigns.
 */
public final class CharCategories {
  private CharCategories() {}

  /** A letter of any script. */
  public static boolean isLetter(char c) {
    return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : letter(c);
  }

  /** A letter or a decimal digit of any script. */
  public static boolean isLetterOrDigit(char c) {
    return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9'
        : letterOrDigit(c);
  }

  /** A decimal digit of any script. */
  public static boolean isDigit(char c) {
    return c < 0x80 ? c >= '0' && c <= '9' : digit(c);
  }

  /** An upper case letter, or Unicode's Other_Uppercase (JavaScript's {@code Uppercase}). */
  public static boolean isUpperCase(char c) {
    return c < 0x80 ? c >= 'A' && c <= 'Z' : upper(c);
  }

  /** A lower case letter, or Unicode's Other_Lowercase (JavaScript's {@code Lowercase}). */
  public static boolean isLowerCase(char c) {
    return c < 0x80 ? c >= 'a' && c <= 'z' : lower(c);
  }

  /** A mark that combines with the char before it: non-spacing (Mn) or spacing (Mc). */
  public static boolean isMark(char c) {
    return c >= 0x80 && mark(c);
  }

  @JSBody(params = "c", script = "return /\\p{L}/u.test(String.fromCharCode(c));")
  private static native boolean letter(char c);

  @JSBody(params = "c", script = "return /[\\p{L}\\p{Nd}]/u.test(String.fromCharCode(c));")
  private static native boolean letterOrDigit(char c);

  @JSBody(params = "c", script = "return /\\p{Nd}/u.test(String.fromCharCode(c));")
  private static native boolean digit(char c);

  @JSBody(params = "c", script = "return /\\p{Uppercase}/u.test(String.fromCharCode(c));")
  private static native boolean upper(char c);

  @JSBody(params = "c", script = "return /\\p{Lowercase}/u.test(String.fromCharCode(c));")
  private static native boolean lower(char c);

  @JSBody(params = "c", script = "return /[\\p{Mn}\\p{Mc}]/u.test(String.fromCharCode(c));")
  private static native boolean mark(char c);
}
