package dev.sluice.browser.text;

import org.teavm.jso.JSBody;

/**
 * The browser build's {@code dev.sluice.core.text.CharCategories} (put in its place by {@link
 * dev.sluice.browser.Substitutions}): ASCII answered here, any other char by JavaScript's Unicode
 * property escapes, so that the engine holds no category table of its own (TeaVM's {@code
 * Character} brings 3 KB gzipped). The JVM's answers are the JDK's {@code Character}'s, which
 * these match for every char the JDK's Unicode version assigns.
 *
 * <p>A char's categories are asked of JavaScript once and kept ({@link #known}, 64 KB at most):
 * a title-cased column of Cyrillic names asks for every char, and a regular expression's test a
 * call made it slower than TeaVM's table ({@code benchmarks/browser/title-case.mjs}).
 */
public final class CharCategories {
  private CharCategories() {}

  private static final int LETTER = 1;
  private static final int DIGIT = 2;
  private static final int UPPER = 4;
  private static final int LOWER = 8;
  private static final int MARK = 16;
  /** Marks a char whose categories are known (so that a char of none is not asked again). */
  private static final int KNOWN = 64;

  /** Per char beyond ASCII, its categories once asked, else 0. */
  private static byte[] known;

  /** A letter of any script. */
  public static boolean isLetter(char c) {
    return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : (categories(c) & LETTER) != 0;
  }

  /** A letter or a decimal digit of any script. */
  public static boolean isLetterOrDigit(char c) {
    return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9'
        : (categories(c) & (LETTER | DIGIT)) != 0;
  }

  /** A decimal digit of any script. */
  public static boolean isDigit(char c) {
    return c < 0x80 ? c >= '0' && c <= '9' : (categories(c) & DIGIT) != 0;
  }

  /** An upper case letter, or Unicode's Other_Uppercase (JavaScript's {@code Uppercase}). */
  public static boolean isUpperCase(char c) {
    return c < 0x80 ? c >= 'A' && c <= 'Z' : (categories(c) & UPPER) != 0;
  }

  /** A lower case letter, or Unicode's Other_Lowercase (JavaScript's {@code Lowercase}). */
  public static boolean isLowerCase(char c) {
    return c < 0x80 ? c >= 'a' && c <= 'z' : (categories(c) & LOWER) != 0;
  }

  /** A mark that combines with the char before it: non-spacing (Mn) or spacing (Mc). */
  public static boolean isMark(char c) {
    return c >= 0x80 && (categories(c) & MARK) != 0;
  }

  private static int categories(char c) {
    if (known == null) {
      known = new byte[0x10000];
    }
    int bits = known[c];
    if (bits == 0) {
      bits = ask(c) | KNOWN;
      known[c] = (byte) bits;
    }
    return bits;
  }

  // RegExp objects rather than /.../u literals: TeaVM's JavaScript parser (Rhino) does not know
  // the u flag and warned at every build
  @JSBody(params = "c", script = "var s = String.fromCharCode(c);"
      + "var t = function(p) { return new RegExp(p, 'u').test(s); };"
      + "return (t('\\\\p{L}') ? 1 : 0) | (t('\\\\p{Nd}') ? 2 : 0)"
      + " | (t('\\\\p{Uppercase}') ? 4 : 0) | (t('\\\\p{Lowercase}') ? 8 : 0)"
      + " | (t('[\\\\p{Mn}\\\\p{Mc}]') ? 16 : 0);")
  private static native int ask(char c);
}
