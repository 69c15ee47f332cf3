package dev.sluice.core.validate;

import dev.sluice.core.text.Spaces;

/**
 * Reads numbers written the way people write them: {@code 1.234,56}, {@code 1,234.56},
 * {@code 1 234,5}, {@code 1'234.50}, {@code -12}, {@code (12)}, {@code 12-}, {@code 1.5e3},
 * {@code 15%}.
 *
 * <p>Hand-written (not {@code java.text.NumberFormat}) because it must tell a grouping separator
 * from a decimal one, report {@code 1,234} as ambiguous when either is possible, and run the same
 * under TeaVM.
 */
final class NumberParser {
  /** The parse failed; the code says why. */
  static final String INVALID = "NUMBER_INVALID";
  /** Both readings of a single separator are possible. */
  static final String AMBIGUOUS = "NUMBER_AMBIGUOUS";

  private NumberParser() {}

  /**
   * Parses a trimmed value; returns the canonical form ({@code -1234.56}: optional minus, digits,
   * optional fraction) or one of {@link #INVALID} and {@link #AMBIGUOUS}, prefixed with {@code !}.
   *
   * @param separator     {@code '.'}, {@code ','} or {@code 0} for auto
   * @param integerOnly   in auto mode a single separator followed by three digits is grouping
   */
  static String parse(String value, char separator, boolean integerOnly) {
    int start = 0;
    int end = value.length();
    boolean negative = false;
    if (end >= 2 && value.charAt(0) == '(' && value.charAt(end - 1) == ')') {
      negative = true;
      start++;
      end--;
    }
    // a percentage, as Excel writes a cell of its Percentage format to CSV: 15% is 0.15, the
    // number the cell holds (and which its workbook hands over); 15 % with a space in French
    boolean percent = end > start && value.charAt(end - 1) == '%';
    if (percent) {
      end--;
      while (end > start && Spaces.isSpace(value.charAt(end - 1))) {
        end--;
      }
    }
    end = withoutNoCentsDash(value, start, end);
    if (start < end) {
      char c = value.charAt(start);
      if (c == '-' || c == '\u2212' || c == '+') {
        if (negative) {
          return "!" + INVALID;
        }
        negative = c != '+';
        start++;
      } else if (value.charAt(end - 1) == '-' && !negative) {
        negative = true;
        end--;
      }
    }
    if (start >= end) {
      return "!" + INVALID;
    }
    // one pass: digits, separators, spaces, exponent
    StringBuilder digits = new StringBuilder(end - start);
    int dots = 0;
    int commas = 0;
    int lastDot = -1;
    int lastComma = -1;
    int spaces = 0;
    int exponent = -1;
    for (int i = start; i < end; i++) {
      char c = value.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      } else if (c == '.') {
        dots++;
        lastDot = digits.length();
        digits.append('.');
      } else if (c == ',') {
        commas++;
        lastComma = digits.length();
        digits.append(',');
      } else if (c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\'' || c == '\u2019') {
        if (i == start || i == end - 1 || !isDigit(value.charAt(i - 1))
            || !isDigit(value.charAt(i + 1))) {
          return "!" + INVALID;
        }
        spaces++;
        digits.append('_');
      } else if ((c == 'e' || c == 'E') && exponent < 0 && i > start && i + 1 < end) {
        exponent = digits.length();
        digits.append('e');
        if (value.charAt(i + 1) == '-' || value.charAt(i + 1) == '+') {
          digits.append(value.charAt(++i));
        }
        if (i + 1 >= end) {
          return "!" + INVALID;
        }
      } else {
        return "!" + INVALID;
      }
    }
    String s = digits.toString();
    String number = exponent >= 0
        ? exponential(s, exponent, negative, separator, commas, spaces)
        : grouped(s, separator, integerOnly, negative, dots, commas, lastDot, lastComma);
    return percent && !number.startsWith("!") ? plain(number, -2) : number;
  }

  /** Whether digits are grouped in threes after a first group of one to three: 1,234,567. */
  private static boolean groupsOfThree(String integer, char grouping) {
    int groupLength = 0;
    boolean first = true;
    for (int i = 0; i < integer.length(); i++) {
      char c = integer.charAt(i);
      if (c == grouping || c == '_') {
        if ((first && (groupLength < 1 || groupLength > 3)) || (!first && groupLength != 3)) {
          return false;
        }
        first = false;
        groupLength = 0;
      } else {
        groupLength++;
      }
    }
    return groupLength == 3;
  }

  /**
   * Whether digits are grouped with commas as in India (lakh and crore): the last three, then
   * twos, the first group one or two digits ({@code 12,34,567} is 1234567, {@code 1,00,000} one
   * lakh). A shape no other grouping has, so reading it takes nothing from another reading.
   */
  private static boolean indianGroups(String integer) {
    int last = integer.lastIndexOf(',');
    if (integer.length() - last - 1 != 3) {
      return false;
    }
    int groups = 0;
    int groupLength = 0;
    for (int i = 0; i < last; i++) {
      char c = integer.charAt(i);
      if (c == ',') {
        if (groupLength != 2 && !(groups == 0 && groupLength == 1)) {
          return false;
        }
        groups++;
        groupLength = 0;
      } else if (isDigit(c)) {
        groupLength++;
      } else {
        return false;
      }
    }
    // the group before the last three: two digits, or one when it is the first
    return groupLength == 2 || groups == 0 && groupLength == 1;
  }

  /**
   * Where a number written in {@code [start, end)} ends without the dash that stands for no
   * cents after its decimal separator: {@code 5,-}, {@code 5,--}, {@code 12.–} (German, Dutch,
   * Nordic and Swiss prices, {@code Fr. 5.-}) are 5 and 12, not negative; the separator is kept
   * ({@code 5,}), so the number reads as one with no fraction digits. A minus after a digit
   * ({@code 5,00-}, SAP's negative) is no such dash.
   */
  static int withoutNoCentsDash(String value, int start, int end) {
    int dashes = 0;
    while (dashes < 2 && end - dashes > start && isDash(value.charAt(end - 1 - dashes))) {
      dashes++;
    }
    if (dashes == 0 || end - dashes - 1 <= start) {
      return end;
    }
    char before = value.charAt(end - dashes - 1);
    return before == '.' || before == ',' ? end - dashes : end;
  }

  private static boolean isDash(char c) {
    return c == '-' || c == '\u2013' || c == '\u2014';
  }

  /** {@link #decimalSeparator}: a single separator that may be grouping or a decimal point. */
  static final char EITHER = 0;

  /**
   * The decimal separator of a number written in {@code [start, end)} with {@code dots} points and
   * {@code commas} commas, the last of each at {@code lastDot} and {@code lastComma}: the column's
   * ({@code separator}), or in auto mode ({@code 0}) the later of two kinds, the other one of a
   * kind written twice or more ({@code 1.234.567}), and of a single separator the one written,
   * unless it may be grouping (three digits after it, one to three before, no leading zero, no
   * spaces grouping the digits): an integer column then reads it as grouping, a decimal one gets
   * {@link #EITHER}. The full parser and the span reader of {@code NumberValidator} both ask here.
   */
  static char decimalSeparator(char separator, boolean integerOnly, int dots, int commas,
      int lastDot, int lastComma, int start, int end, boolean leadingZero, boolean spaced) {
    if (separator != 0) {
      return separator;
    }
    if (dots > 0 && commas > 0) {
      return lastDot > lastComma ? '.' : ',';
    }
    if (dots + commas == 0) {
      return '.';
    }
    char only = dots > 0 ? '.' : ',';
    int at = dots > 0 ? lastDot : lastComma;
    if (dots + commas > 1) {
      return only == '.' ? ',' : '.';
    }
    if (end - at - 1 == 3 && at - start >= 1 && at - start <= 3 && !leadingZero && !spaced) {
      return integerOnly ? (only == '.' ? ',' : '.') : EITHER;
    }
    return only;
  }

  /** The canonical form of a number without exponent, its separators told apart. */
  private static String grouped(String s, char separator, boolean integerOnly, boolean negative,
      int dots, int commas, int lastDot, int lastComma) {
    char decimal = decimalSeparator(separator, integerOnly, dots, commas, lastDot, lastComma, 0,
        s.length(), s.charAt(0) == '0', s.indexOf('_') >= 0);
    if (decimal == EITHER) {
      return "!" + AMBIGUOUS;
    }
    char grouping = decimal == '.' ? ',' : '.';
    return canonical(s, decimal, grouping, negative);
  }

  private static String canonical(String s, char decimal, char grouping, boolean negative) {
    int point = s.indexOf(decimal);
    if (point >= 0 && s.indexOf(decimal, point + 1) >= 0) {
      return "!" + INVALID;
    }
    String integer = point >= 0 ? s.substring(0, point) : s;
    String fraction = point >= 0 ? s.substring(point + 1) : "";
    if (fraction.indexOf(grouping) >= 0 || fraction.indexOf('_') >= 0) {
      return "!" + INVALID;
    }
    // grouping: first group 1-3 digits, later groups exactly 3, one kind of separator
    boolean grouped = integer.indexOf(grouping) >= 0 || integer.indexOf('_') >= 0;
    if (grouped) {
      if (integer.indexOf(grouping) >= 0 && integer.indexOf('_') >= 0) {
        return "!" + INVALID;
      }
      if (!groupsOfThree(integer, grouping) && !(grouping == ',' && indianGroups(integer))) {
        return "!" + INVALID;
      }
    }
    StringBuilder out = new StringBuilder(s.length() + 1);
    int i = 0;
    while (i < integer.length() - 1 && (integer.charAt(i) == '0' || !isDigit(integer.charAt(i)))) {
      i++;
    }
    for (; i < integer.length(); i++) {
      char c = integer.charAt(i);
      if (isDigit(c)) {
        out.append(c);
      }
    }
    if (out.length() == 0) {
      if (fraction.isEmpty()) {
        return "!" + INVALID;
      }
      out.append('0');
    }
    if (!fraction.isEmpty()) {
      out.append('.').append(fraction);
    } else if (point >= 0 && integer.isEmpty()) {
      return "!" + INVALID;
    }
    boolean zero = true;
    for (int k = 0; k < out.length(); k++) {
      char c = out.charAt(k);
      if (c != '0' && c != '.') {
        zero = false;
        break;
      }
    }
    if (negative && !zero) {
      out.insert(0, '-');
    }
    return out.toString();
  }

  private static String exponential(String s, int exponent, boolean negative, char separator,
      int commas, int spaces) {
    // a mantissa is never grouped: one comma and no point is a decimal comma (1,5E+03, as Excel
    // writes scientific numbers where the decimal sign is a comma), unless the column names the
    // point
    boolean decimalComma = separator == ',' || separator == 0 && commas == 1
        && s.indexOf('.') < 0;
    if (spaces > 0 || (!decimalComma && commas > 0)) {
      return "!" + INVALID;
    }
    String mantissa = s.substring(0, exponent);
    String power = s.substring(exponent + 1);
    char decimal = decimalComma ? ',' : '.';
    String m = canonical(mantissa, decimal, decimal == '.' ? ',' : '.', negative);
    if (m.startsWith("!") || mantissa.indexOf(decimal == '.' ? ',' : '.') >= 0) {
      return "!" + INVALID;
    }
    int p = power.startsWith("+") || power.startsWith("-") ? 1 : 0;
    if (power.length() == p || power.length() - p > 3) {
      return "!" + INVALID;
    }
    for (int i = p; i < power.length(); i++) {
      if (!isDigit(power.charAt(i))) {
        return "!" + INVALID;
      }
    }
    int e = Integer.parseInt(power.substring(p));
    return plain(m, power.startsWith("-") ? -e : e);
  }

  /**
   * A canonical number times ten to a power, written out without exponent and trailing zeros
   * ({@code BigDecimal.stripTrailingZeros().toPlainString()}, which it is tested against; kept
   * off java.math, whose BigDecimal adds 11 KB to the gzipped browser engine for this one use).
   */
  static String plain(String canonical, int exponent) {
    boolean negative = canonical.startsWith("-");
    String body = negative ? canonical.substring(1) : canonical;
    int point = body.indexOf('.');
    String digits = point < 0 ? body : body.substring(0, point) + body.substring(point + 1);
    int scale = (point < 0 ? 0 : body.length() - point - 1) - exponent; // value = digits / 10^scale
    int first = 0;
    while (first < digits.length() - 1 && digits.charAt(first) == '0') {
      first++;
    }
    int end = digits.length();
    while (end > first + 1 && digits.charAt(end - 1) == '0') {
      end--;
      scale--;
    }
    digits = digits.substring(first, end);
    if (digits.equals("0")) {
      return "0";
    }
    StringBuilder out = new StringBuilder(digits.length() + Math.abs(scale) + 3);
    if (negative) {
      out.append('-');
    }
    if (scale <= 0) {
      out.append(digits);
      for (int i = 0; i < -scale; i++) {
        out.append('0');
      }
    } else if (scale < digits.length()) {
      out.append(digits, 0, digits.length() - scale).append('.')
          .append(digits, digits.length() - scale, digits.length());
    } else {
      out.append("0.");
      for (int i = digits.length(); i < scale; i++) {
        out.append('0');
      }
      out.append(digits);
    }
    return out.toString();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
