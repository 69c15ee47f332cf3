package dev.sluice.core.validate;

import dev.sluice.core.text.Decimals;
import dev.sluice.core.text.Spaces;
import java.util.Map;

/**
 * Integer, decimal and currency cells: locale-aware parsing, bounds, and for currency the symbol or
 * ISO code of the amount. The normal form is a plain number such as {@code -1234.5}.
 */
final class NumberValidator implements TypeValidator {
  private static final String[][] SYMBOLS = {
    {"US$", "USD"}, {"C$", "CAD"}, {"A$", "AUD"}, {"NZ$", "NZD"}, {"HK$", "HKD"}, {"R$", "BRL"},
    {"€", "EUR"}, {"£", "GBP"}, {"¥", "JPY"}, {"￥", "JPY"}, {"₹", "INR"}, {"₩", "KRW"},
    {"₽", "RUB"}, {"₺", "TRY"}, {"zł", "PLN"}, {"kr", "SEK"}, {"Fr.", "CHF"}, {"$", "USD"}
  };
  private static final String DOLLARS = "USD CAD AUD NZD HKD SGD MXN";

  private final boolean integer;
  private final Double min;
  private final Double max;
  private final char separator;
  private final boolean currency;
  private final String currencyCode;

  NumberValidator(boolean integer, Double min, Double max, String separator, boolean currency,
      String currencyCode) {
    this.integer = integer;
    this.min = min;
    this.max = max;
    this.separator = separator == null || separator.equals("auto") ? 0 : separator.charAt(0);
    this.currency = currency;
    this.currencyCode = currencyCode;
  }

  @Override
  public CellResult check(String value) {
    if (!currency) {
      CellResult plain = plain(value);
      if (plain != null) {
        return plain;
      }
    }
    return checkFull(value);
  }

  /** The full parse: separators, grouping, signs, currency; every error with its code. */
  CellResult checkFull(String value) {
    if (integer && !currency && ColumnValidator.excelShortenedInteger(value)) {
      // an id or a phone number typed as a number and saved by Excel: not the integer typed
      return ColumnValidator.EXCEL_SCIENTIFIC;
    }
    String number = value;
    if (currency) {
      String[] split = splitCurrency(value);
      if (split == null) {
        return CellResult.Invalid.of("CURRENCY_INVALID");
      }
      number = split[0];
      String code = split[1];
      if (code != null && number.equals("-")) {
        number = "0"; // "$ -": zero as Excel's Accounting format shows it (a lone "-" is not)
      }
      if (code != null && currencyCode != null && !code.equals(currencyCode)
          && !(split[2] != null && split[2].equals("$") && DOLLARS.contains(currencyCode))) {
        return new CellResult.Invalid("CURRENCY_MISMATCH", Map.of("currency", currencyCode));
      }
    }
    String parsed = NumberParser.parse(number, separator, integer);
    if (parsed.startsWith("!")) {
      return CellResult.Invalid.of(parsed.substring(1));
    }
    if (integer) {
      int point = parsed.indexOf('.');
      if (point >= 0) {
        for (int i = point + 1; i < parsed.length(); i++) {
          if (parsed.charAt(i) != '0') {
            return CellResult.Invalid.of("NUMBER_NOT_INTEGER");
          }
        }
        parsed = parsed.substring(0, point);
        if (parsed.equals("-0")) {
          parsed = "0";
        }
      }
    }
    if (min != null || max != null) {
      double d = Decimals.parse(parsed);
      if (min != null && d < min) {
        return new CellResult.Invalid("NUMBER_TOO_SMALL", Map.of("min", format(min)));
      }
      if (max != null && d > max) {
        return new CellResult.Invalid("NUMBER_TOO_LARGE", Map.of("max", format(max)));
      }
    }
    return new CellResult.Valid(parsed);
  }

  /**
   * The fast path for a number already in normal form ({@code -?digits} or, with a {@code .}
   * separator, {@code -?digits.digits}; with the separator left to each cell ({@code auto}), a
   * point that three digits follow is left to the full parser, which may find it grouping and
   * ambiguous, {@code 1.234}; at most 15 digits, no leading or trailing zeros to
   * normalise): valid as written, bounds checked on a double computed without {@code long} or
   * {@code Double.parseDouble} (both slow in the browser build). Null for anything else, which
   * takes the full parser.
   */
  CellResult plain(String v) {
    return plain(v, 0, v.length(), true) ? new CellResult.Valid(v) : null;
  }

  /** Also with trailing zeros in the fraction, which the normal form drops. */
  @Override
  public boolean accepts(String text, int from, int to) {
    return !currency && plain(text, from, to, false);
  }

  @Override
  public boolean acceptsAsNormal(String text, int from, int to) {
    return !currency && plain(text, from, to, true);
  }

  /**
   * Whether {@code [from, to)} of a String is a plain number within bounds (see above); {@code
   * normal} also asks that it be written in normal form (no trailing zero in the fraction).
   */
  private boolean plain(String v, int from, int n, boolean normal) {
    int i = n > from && v.charAt(from) == '-' ? from + 1 : from;
    int start = i;
    double mantissa = 0;
    int digits = 0;
    int fraction = -1;
    for (; i < n; i++) {
      char c = v.charAt(i);
      if (c >= '0' && c <= '9') {
        mantissa = mantissa * 10 + (c - '0');
        digits++;
        if (fraction >= 0) {
          fraction++;
        }
      } else if (c == '.' && fraction < 0 && (separator == '.' || separator == 0) && !integer) {
        fraction = 0;
      } else {
        return false;
      }
    }
    if (digits == 0 || digits > 15 || fraction == 0 || separator == 0 && fraction == 3
        || v.charAt(start) == '.' // .5: its normal form is 0.5
        || v.charAt(start) == '0' && n > start + 1 && v.charAt(start + 1) != '.'
        || normal && fraction > 0 && v.charAt(n - 1) == '0' || start > from && mantissa == 0) {
      return false;
    }
    if (min != null || max != null) {
      double d = fraction > 0 ? mantissa / POWERS[fraction] : mantissa;
      d = start > from ? -d : d;
      if (min != null && d < min || max != null && d > max) {
        return false; // the full path reports it with its message
      }
    }
    return true;
  }

  private static final double[] POWERS = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
      1e10, 1e11, 1e12, 1e13, 1e14, 1e15};

  /**
   * {amount, ISO code or null, symbol as written or null}; null when the text is not an amount.
   * Spaces around the symbol are taken as {@link Spaces} reads them: French and Swiss Excel
   * write {@code 1 234,50 €} with U+00A0 or U+202F there, which {@link String#trim} keeps.
   */
  private static String[] splitCurrency(String value) {
    String v = Spaces.strip(value);
    if (v.length() > 2 && v.charAt(0) == '(' && v.charAt(v.length() - 1) == ')') {
      // a negative amount in parentheses with its symbol or code inside: ($1,234.50) as
      // Excel's Currency format shows it in the US, (1 234,50 €) in France
      String[] inner = splitCurrency(v.substring(1, v.length() - 1));
      if (inner != null && inner[1] != null) {
        inner[0] = "(" + inner[0] + ")";
      }
      return inner == null || inner[1] == null ? plainAmount(v) : inner;
    }
    String code = null;
    String symbol = null;
    // a three-letter code before or after
    if (v.length() > 3 && isCode(v, 0) && !Character.isLetter(v.charAt(3))) {
      code = v.substring(0, 3);
      v = Spaces.strip(v.substring(3));
    } else if (v.length() > 3 && isCode(v, v.length() - 3)
        && !Character.isLetter(v.charAt(v.length() - 4))) {
      code = v.substring(v.length() - 3);
      v = Spaces.strip(v.substring(0, v.length() - 3));
    }
    if (code == null) {
      // the symbol after a minus is looked for in place: "-" + symbol per symbol and cell was a
      // builder and a copy of its chars each in the browser build, 60 % of a currency column's time
      boolean minus = v.startsWith("-");
      for (String[] s : SYMBOLS) {
        if (v.startsWith(s[0], minus ? 1 : 0)) {
          symbol = s[0];
          code = s[1];
          v = (minus ? "-" : "") + Spaces.strip(v.substring(s[0].length() + (minus ? 1 : 0)));
          break;
        }
        if (v.endsWith(s[0])) {
          symbol = s[0];
          code = s[1];
          v = Spaces.strip(v.substring(0, v.length() - s[0].length()));
          break;
        }
      }
    }
    if (code == null) {
      return plainAmount(v);
    }
    String[] amount = plainAmount(v);
    return amount == null ? null : new String[] {v, code, symbol};
  }

  /** An amount without symbol or code, when it holds no letter but an exponent's; else null. */
  private static String[] plainAmount(String v) {
    if (v.isEmpty()) {
      return null;
    }
    for (int i = 0; i < v.length(); i++) {
      if (Character.isLetter(v.charAt(i)) && v.charAt(i) != 'e' && v.charAt(i) != 'E') {
        return null;
      }
    }
    return new String[] {v, null, null};
  }

  private static boolean isCode(String v, int at) {
    for (int i = at; i < at + 3; i++) {
      char c = v.charAt(i);
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    return true;
  }

  static String format(double d) {
    return Decimals.format(d);
  }
}
