package dev.sluice.core.text;

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
}
