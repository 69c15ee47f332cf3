package dev.sluice.core.export;

/**
 * Neutralises cells that a spreadsheet would run as a formula (CSV injection, OWASP): a cell
 * starting with {@code = + - @}, tab or carriage return gets a leading apostrophe.
 *
 * <p>Plain numbers and phone numbers such as {@code -12.5} or {@code +49 30 123} are left alone:
 * they cannot call a function, and breaking them would corrupt honest data.
 */
public final class FormulaGuard {
  private FormulaGuard() {}

  /** The cell, with an apostrophe in front when a spreadsheet could run it. */
  public static String neutralize(String cell) {
    if (cell == null || cell.isEmpty()) {
      return cell;
    }
    char c = cell.charAt(0);
    boolean risky = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
        || c == '\uFF1D' || c == '\uFF0B' || c == '\uFF0D' || c == '\uFF20';
    if (!risky || isPlainNumber(cell)) {
      return cell;
    }
    return "'" + cell;
  }

  /** A sign, then digits with single spaces, dots, commas or hyphens between them. */
  static boolean isPlainNumber(String cell) {
    char sign = cell.charAt(0);
    if ((sign != '+' && sign != '-') || cell.length() < 2) {
      return false;
    }
    boolean previousDigit = false;
    for (int i = 1; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c >= '0' && c <= '9') {
        previousDigit = true;
      } else if ((c == ' ' || c == '.' || c == ',' || c == '-') && previousDigit
          && i + 1 < cell.length()) {
        previousDigit = false;
      } else {
        return false;
      }
    }
    return previousDigit;
  }
}
