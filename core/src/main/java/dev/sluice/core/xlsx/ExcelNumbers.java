package dev.sluice.core.xlsx;

import dev.sluice.core.text.Decimals;

/**
 * A workbook's number cells as Excel shows them: Excel stores a number with up to 17 significant
 * digits ({@code 19.989999999999998} for a typed 19.99, {@code 6.9999999999999999E-4} for
 * 0.0007) and shows at most 15, so the cell is read rounded to 15, as saving the sheet as CSV or
 * reading it in the formula bar gives it.
 */
public final class ExcelNumbers {
  /** The significant digits Excel shows of a number. */
  public static final int SHOWN_DIGITS = 15;

  private ExcelNumbers() {}

  /**
   * The text of a stored number as Excel shows it: rounded to 15 significant digits, without
   * trailing zeros, plain from 10^-6 to below 10^21 ({@code 19.99}, {@code 0.0007}) and with an
   * exponent beyond ({@code 1e-7}); a text that is no decimal number is kept as written.
   */
  public static String shown(String stored) {
    if (!decimal(stored)) {
      return stored; // not as Excel writes numbers (and not for the JDK's reading of "1d" or hex)
    }
    double value;
    try {
      value = Decimals.parse(stored);
    } catch (NumberFormatException e) {
      return stored;
    }
    return Double.isFinite(value) ? Decimals.significant(value, SHOWN_DIGITS) : stored;
  }

  /** {@code -?digits[.digits][E[+-]digits]}, the form Excel writes numbers in. */
  private static boolean decimal(String s) {
    int i = s.startsWith("-") ? 1 : 0;
    int digits = i;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    if (i == digits) {
      return false;
    }
    if (i < s.length() && s.charAt(i) == '.') {
      int fraction = ++i;
      while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        i++;
      }
      if (i == fraction) {
        return false;
      }
    }
    if (i < s.length() && (s.charAt(i) == 'E' || s.charAt(i) == 'e')) {
      i++;
      if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      int exponent = i;
      while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        i++;
      }
      if (i == exponent || i - exponent > 3) {
        return false;
      }
    }
    return i == s.length();
  }
}
