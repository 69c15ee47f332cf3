package dev.sluice.browser.text;

import org.teavm.jso.JSBody;

/**
 * The browser build's {@code dev.sluice.core.text.Decimals} (put in its place by {@link
 * dev.sluice.browser.Substitutions}): JavaScript's {@code Number} reads a decimal text as the JDK
 * does (both round correctly) without the JDK's tables. Texts outside the decimal form ({@code
 * 0x1p3}, {@code 1d}), which the JDK reads and no Sluice value takes, are refused here.
 */
public final class Decimals {
  private Decimals() {}

  /**
   * The double a decimal text names.
   *
   * @throws NumberFormatException when it names none
   */
  public static double parse(String text) {
    String t = text.trim();
    if (!decimal(t) && !t.equals("NaN") && !t.equals("Infinity") && !t.equals("+Infinity")
        && !t.equals("-Infinity")) {
      throw new NumberFormatException("not a number: " + text.length() + " chars");
    }
    return number(t);
  }

  /** A whole number below 10^15 without a fraction, any other as JavaScript writes it. */
  public static String format(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return String.valueOf((long) d);
    }
    return text(d);
  }

  /**
   * A double rounded to {@code digits} significant digits and written as JavaScript writes
   * numbers: {@code toPrecision} rounds the exact binary value, a half away from zero, as the
   * JVM's build does with BigDecimal.
   */
  public static String significant(double d, int digits) {
    return rounded(d, digits);
  }

  /** {@code [+-]?(digits[.digits?]|.digits)([eE][+-]?digits)?}. */
  private static boolean decimal(String t) {
    int i = 0;
    int n = t.length();
    if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
      i++;
    }
    int digits = 0;
    while (i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
      i++;
      digits++;
    }
    if (i < n && t.charAt(i) == '.') {
      i++;
      while (i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
        i++;
        digits++;
      }
    }
    if (digits == 0) {
      return false;
    }
    if (i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
      i++;
      if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
        i++;
      }
      int exponent = 0;
      while (i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
        i++;
        exponent++;
      }
      if (exponent == 0) {
        return false;
      }
    }
    return i == n;
  }

  @JSBody(params = "text", script = "return Number(text);")
  private static native double number(String text);

  @JSBody(params = {"d", "digits"}, script = "return String(Number(d.toPrecision(digits)));")
  private static native String rounded(double d, int digits);

  @JSBody(params = "d", script = "return String(d);")
  private static native String text(double d);
}
