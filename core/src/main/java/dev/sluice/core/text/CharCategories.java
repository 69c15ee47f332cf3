package dev.sluice.core.text;

/**
 * The Unicode categories core asks of a char: letter, digit, upper and lower case, combining mark.
 *
 * <p>The browser build replaces this class by one with the same methods on JavaScript's own
 * Unicode property escapes ({@code dev.sluice.browser.text.CharCategories}): {@link Character}'s
 * category table, as TeaVM compiles it, is 3 KB of the gzipped engine. Both read every char the
 * JDK's Unicode version assigns alike; a char assigned since (Unicode 14 on) may be a letter in
 * the browser while the JVM has it unassigned.
 */
public final class CharCategories {
  private CharCategories() {}

  /** {@link Character#isLetter(char)}. */
  public static boolean isLetter(char c) {
    return Character.isLetter(c);
  }

  /** {@link Character#isLetterOrDigit(char)}: a letter or a decimal digit of any script. */
  public static boolean isLetterOrDigit(char c) {
    return Character.isLetterOrDigit(c);
  }

  /** {@link Character#isDigit(char)}: a decimal digit of any script. */
  public static boolean isDigit(char c) {
    return Character.isDigit(c);
  }

  /** {@link Character#isUpperCase(char)}: an upper case letter, or Unicode's Other_Uppercase. */
  public static boolean isUpperCase(char c) {
    return Character.isUpperCase(c);
  }

  /** {@link Character#isLowerCase(char)}: a lower case letter, or Unicode's Other_Lowercase. */
  public static boolean isLowerCase(char c) {
    return Character.isLowerCase(c);
  }

  /** A mark that combines with the char before it: non-spacing (Mn) or spacing (Mc). */
  public static boolean isMark(char c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }
}
