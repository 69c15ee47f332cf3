package dev.sluice.core.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Decimal text to double and back, for bounds, comparisons, workbook serials and messages.
 *
 * <p>The browser build replaces this class by one with the same methods on JavaScript's own
 * number parsing and printing ({@code dev.sluice.browser.text.Decimals}): the JDK's, as TeaVM
 * compiles them, bring 7 KB of tables to the gzipped engine. Both read every decimal text
 * ({@code -12.5}, {@code 1e3}) as the same double, correctly rounded.
 */
public final class Decimals {
  private Decimals() {}

  /**
   * The double a decimal text names ({@code Double.parseDouble}).
   *
   * @throws NumberFormatException when it names none; its message gives the text's length, not
   *     the text (the JDK's would quote the cell)
   */
  public static double parse(String text) {
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new NumberFormatException("not a number: " + text.length() + " chars");
    }
  }

  /**
   * A double for a person to read: a whole number below 10^15 without a fraction ({@code 100}),
   * any other as the platform writes it ({@code 0.5}).
   */
  public static String format(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return String.valueOf((long) d);
    }
    return String.valueOf(d);
  }

  /**
   * A double rounded to {@code digits} significant digits (a half away from zero) and written as
   * JavaScript writes numbers: no trailing zeros, plain from 10^-6 up to below 10^21 ({@code
   * 19.99}, {@code 0.000001}, {@code 12345678901234600000}), else with an exponent ({@code 1e-7},
   * {@code 1.5e+21}).
   *
   * <p>What a spreadsheet shows of a number it stores with 17 digits: Excel writes 19.99 as
   * {@code 19.989999999999998} and shows 15 digits. The browser build's JavaScript {@code
   * toPrecision} rounds the same exact binary value the same way, so both write the same text.
   */
  public static String significant(double d, int digits) {
    if (!Double.isFinite(d)) {
      return Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity"; // as JavaScript
    }
    BigDecimal rounded = new BigDecimal(d).round(new MathContext(digits, RoundingMode.HALF_UP));
    if (rounded.signum() == 0) {
      return "0";
    }
    rounded = rounded.stripTrailingZeros();
    String s = rounded.unscaledValue().abs().toString();
    int k = s.length(); // the digits, the value being s * 10^(n - k)
    int n = k - rounded.scale();
    StringBuilder out = new StringBuilder(rounded.signum() < 0 ? "-" : "");
    if (k <= n && n <= 21) {
      out.append(s).append("0".repeat(n - k));
    } else if (0 < n && n <= 21) {
      out.append(s, 0, n).append('.').append(s, n, k);
    } else if (-6 < n && n <= 0) {
      out.append("0.").append("0".repeat(-n)).append(s);
    } else {
      out.append(s.charAt(0));
      if (k > 1) {
        out.append('.').append(s, 1, k);
      }
      out.append('e').append(n - 1 >= 0 ? "+" : "-").append(Math.abs(n - 1));
    }
    return out.toString();
  }
}
