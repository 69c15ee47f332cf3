package dev.sluice.core.validate;

import dev.sluice.core.text.CharCategories;
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
  /**
   * The currencies without a minor unit (ISO 4217: yen, won, dong, Chilean peso and others): in
   * their amounts a lone separator before three digits can only group them, so {@code ¥1,234} is
   * 1234 where {@code $1,234} is ambiguous.
   */
  private static final String WHOLE_UNITS = "JPY KRW VND CLP ISK PYG UGX XAF XOF XPF BIF DJF GNF "
      + "KMF RWF VUV";

  private final boolean integer;
  private final Double min;
  private final Double max;
  private final char separator;
  private final boolean currency;
  private final String currencyCode;
  /** Whether the column's own currency has no minor unit ({@link #WHOLE_UNITS}). */
  private final boolean wholeUnits;
  /** Per symbol in {@link #SYMBOLS}, whether the column takes it (the rule of checkFull). */
  private final boolean[] symbolTaken;

  NumberValidator(boolean integer, Double min, Double max, String separator, boolean currency,
      String currencyCode) {
    this.integer = integer;
    this.min = min;
    this.max = max;
    this.separator = separator == null || separator.equals("auto") ? 0 : separator.charAt(0);
    this.currency = currency;
    this.currencyCode = currencyCode;
    this.wholeUnits = currencyCode != null && WHOLE_UNITS.contains(currencyCode);
    this.symbolTaken = new boolean[SYMBOLS.length];
    for (int k = 0; k < SYMBOLS.length; k++) {
      symbolTaken[k] = currencyCode == null || SYMBOLS[k][1].equals(currencyCode)
          || SYMBOLS[k][0].equals("$") && DOLLARS.contains(currencyCode);
    }
  }

  @Override
  public CellResult check(String value) {
    if (readSpan(value, 0, value.length())) {
      if (spanAsWritten) {
        return new CellResult.Valid(value);
      }
      StringBuilder out = new StringBuilder(value.length());
      appendRead(value, out);
      return new CellResult.Valid(out.toString());
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
    boolean whole = wholeUnits;
    if (currency) {
      String[] split = splitCurrency(value);
      if (split == null) {
        return CellResult.Invalid.of("CURRENCY_INVALID");
      }
      number = split[0];
      String code = split[1];
      whole |= code != null && WHOLE_UNITS.contains(code);
      if (code != null && number.equals("-")) {
        number = "0"; // "$ -": zero as Excel's Accounting format shows it (a lone "-" is not)
      }
      if (code != null && currencyCode != null && !code.equals(currencyCode)
          && !(split[2] != null && split[2].equals("$") && DOLLARS.contains(currencyCode))) {
        return new CellResult.Invalid("CURRENCY_MISMATCH", Map.of("currency", currencyCode));
      }
    }
    String parsed = NumberParser.parse(number, separator, integer || whole);
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
   * The common shapes of a number or an amount, read where they lie with no String made, for the
   * span path and as the first step of {@link #check}: an optional minus, digits with the
   * decimal separator and, before it, groups of three ({@code 1,234,567.89}; {@code 1.234,5} or
   * {@code 1 234,5} with a comma), and for a currency column a symbol or ISO code before or after
   * ({@code $1,234.50}, {@code -€5}, {@code 1 234,56 €}, {@code USD 12}) that the column takes.
   * With the separator left to each cell ({@code auto}) it is told as {@link NumberParser} tells
   * it, and a single separator that may be either is left to it ({@code NUMBER_AMBIGUOUS}).
   * Anything else (exponents, percentages, parentheses, leading zeros, more than 15 digits, a
   * fraction in an integer column, a value out of bounds) is left to the full parser: false means
   * "not proven", never "invalid". On true the parts are left in the fields below, read by the
   * caller on the same cell (one validator per worker).
   */
  private boolean readSpan(String v, int from, int to) {
    boolean negative = false;
    boolean bare = true;
    boolean whole = wholeUnits;
    if (currency) {
      if (from < to && v.charAt(from) == '-') {
        negative = true;
        from++;
      }
      int before = symbolBefore(v, from, to, negative);
      if (before > from) {
        bare = false;
        whole |= wholeUnitsAt(v, from);
        from = before;
      } else {
        int after = symbolAfter(v, from, to);
        if (after < to) {
          bare = false;
          int at = after;
          while (Spaces.isSpace(v.charAt(at))) {
            at++;
          }
          whole |= wholeUnitsAt(v, at);
          to = after;
        }
      }
      if (from >= to) {
        return false;
      }
    }
    // a percentage in a decimal column, as Excel writes its Percentage format: 15% is 0.15
    boolean percent = !currency && !integer && to - from > 1 && v.charAt(to - 1) == '%';
    if (percent) {
      to--;
      while (to > from && Spaces.isSpace(v.charAt(to - 1))) {
        to--;
      }
    }
    if (from < to && v.charAt(from) == '-') {
      if (negative) {
        return false;
      }
      negative = true;
      from++;
    }
    if (from >= to) {
      return false;
    }
    // one pass over the chars: digits (their value), separators, the last char not a digit
    int dots = 0;
    int commas = 0;
    int lastDot = -1;
    int lastComma = -1;
    int marks = 0;
    int lastMark = -1;
    boolean spaced = false;
    double mantissa = 0;
    int digits = 0;
    for (int i = from; i < to; i++) {
      char c = v.charAt(i);
      if (c >= '0' && c <= '9') {
        mantissa = mantissa * 10 + (c - '0');
        digits++;
        continue;
      }
      if (c == '.') {
        dots++;
        lastDot = i;
      } else if (c == ',') {
        commas++;
        lastComma = i;
      } else if (groupSpace(c)) {
        spaced = true;
      } else {
        return false;
      }
      marks++;
      lastMark = i;
    }
    char decimal = NumberParser.decimalSeparator(separator, integer || whole, dots, commas,
        lastDot, lastComma, from, to, v.charAt(from) == '0', spaced);
    if (decimal == NumberParser.EITHER) {
      return false; // 1.234: grouping or a fraction, NUMBER_AMBIGUOUS from the parser
    }
    int points = decimal == '.' ? dots : commas;
    int point = points == 0 ? -1 : decimal == '.' ? lastDot : lastComma;
    // one point at most, digits on both sides of it, nothing but digits after it
    if (points > 1 || point >= 0 && (integer || point == from || point + 1 == to
        || lastMark != point)) {
      return false;
    }
    int integerEnd = point >= 0 ? point : to;
    boolean grouped = marks > (point >= 0 ? 1 : 0);
    if (grouped) {
      // groups of three after a first group of one to three, one mark throughout, no lead zero
      char grouping = decimal == '.' ? ',' : '.';
      char groupMark = 0;
      int group = 0;
      for (int i = from; i < integerEnd; i++) {
        char c = v.charAt(i);
        if (c >= '0' && c <= '9') {
          group++;
          continue;
        }
        if (c != grouping && !groupSpace(c) || groupMark != 0 && c != groupMark
            || (groupMark != 0 ? group != 3 : group < 1 || group > 3)) {
          return false;
        }
        groupMark = c;
        group = 0;
      }
      if (group != 3 || v.charAt(from) == '0') {
        return false;
      }
    } else if (v.charAt(from) == '0' && integerEnd - from > 1) {
      return false; // 007: the parser drops the zeros
    }
    int fraction = point >= 0 ? to - point - 1 : 0;
    if (digits > 15 || negative && mantissa == 0) {
      return false; // -0: its normal form drops the sign
    }
    if (min != null || max != null) {
      double d = fraction > 0 ? mantissa / POWERS[fraction] : mantissa;
      d = negative ? -d : d;
      d = percent ? d / 100 : d;
      if (min != null && d < min || max != null && d > max) {
        return false; // the full path reports it with its message
      }
    }
    spanPercent = percent;
    spanFrom = from;
    spanPoint = point;
    spanTo = to;
    spanNegative = negative;
    spanAsWritten = bare && !grouped && !percent && (point < 0 || decimal == '.');
    return true;
  }

  /**
   * Whether the currency code or symbol at {@code at} names a currency without a minor unit
   * ({@link #WHOLE_UNITS}; the yen's and the won's symbols).
   */
  private static boolean wholeUnitsAt(String v, int at) {
    if (at + 3 <= v.length() && isCode(v, at)) {
      for (int k = 0; k < WHOLE_UNITS.length(); k += 4) {
        if (v.regionMatches(at, WHOLE_UNITS, k, 3)) {
          return true;
        }
      }
      return false;
    }
    char c = v.charAt(at);
    return c == '¥' || c == '￥' || c == '₩';
  }

  /** A char that groups digits as the parser reads it: a space, a no-break space, a ' or ’. */
  private static boolean groupSpace(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\'' || c == '\u2019';
  }

  /**
   * Where the amount starts after a currency code or symbol at {@code from} that the column
   * takes, and the white space after it; {@code from} when there is none. After a minus only a
   * symbol is taken ({@code -$5}; the parser refuses {@code -USD 5}).
   */
  private int symbolBefore(String v, int from, int to, boolean afterMinus) {
    int end = from;
    if (to - from > 3 && isCode(v, from) && !CharCategories.isLetter(v.charAt(from + 3))) {
      if (afterMinus) {
        return from;
      }
      if (currencyCode != null && !v.startsWith(currencyCode, from)) {
        return from;
      }
      end = from + 3;
    } else {
      for (int k = 0; k < SYMBOLS.length && end == from; k++) {
        if (v.startsWith(SYMBOLS[k][0], from)) {
          if (!symbolTaken[k]) {
            return from;
          }
          end = from + SYMBOLS[k][0].length();
        }
      }
    }
    while (end > from && end < to && Spaces.isSpace(v.charAt(end))) {
      end++;
    }
    return end;
  }

  /**
   * Where the amount ends before a currency code or symbol at {@code to} that the column takes,
   * and the white space before it; {@code to} when there is none.
   */
  private int symbolAfter(String v, int from, int to) {
    int start = to;
    if (to - from > 3 && isCode(v, to - 3) && !CharCategories.isLetter(v.charAt(to - 4))) {
      if (currencyCode != null && !v.startsWith(currencyCode, to - 3)) {
        return to;
      }
      start = to - 3;
    } else {
      for (int k = 0; k < SYMBOLS.length && start == to; k++) {
        int at = to - SYMBOLS[k][0].length();
        if (at > from && v.startsWith(SYMBOLS[k][0], at)) {
          if (!symbolTaken[k]) {
            return to;
          }
          start = at;
        }
      }
    }
    while (start < to && start > from && Spaces.isSpace(v.charAt(start - 1))) {
      start--;
    }
    return start;
  }

  // the parts readSpan found, for the calls that follow it on the same cell
  private int spanFrom;
  private int spanPoint;
  private int spanTo;
  private boolean spanNegative;
  private boolean spanPercent;
  /** The digits of a percentage read, reused: see {@link #appendPercent}. */
  private final StringBuilder percentDigits = new StringBuilder();
  /** Whether the text read is its own normal form (no symbol, grouping or decimal comma). */
  private boolean spanAsWritten;

  /** Appends the normal form of what {@link #readSpan} read last. */
  private void appendRead(String v, StringBuilder out) {
    if (spanPercent) {
      appendPercent(v, out);
      return;
    }
    if (spanNegative) {
      out.append('-');
    }
    for (int i = spanFrom; i < spanTo; i++) {
      char c = v.charAt(i);
      if (c >= '0' && c <= '9') {
        out.append(c);
      } else if (i == spanPoint) {
        out.append('.');
      }
    }
  }

  /**
   * The normal form of a percentage read: its digits with the point two places further left,
   * without the zeros that leaves at either end ({@link NumberParser#plain} of the number and
   * -2, which the full parser writes).
   */
  private void appendPercent(String v, StringBuilder out) {
    StringBuilder d = percentDigits;
    d.setLength(0);
    int whole = 0;
    for (int i = spanFrom; i < spanTo; i++) {
      char c = v.charAt(i);
      if (c >= '0' && c <= '9') {
        d.append(c);
        whole += spanPoint < 0 || i < spanPoint ? 1 : 0;
      }
    }
    int point = whole - 2; // where the point goes in d; at or before 0: "0." and zeros first
    int end = d.length();
    while (end > Math.max(point, 0) && d.charAt(end - 1) == '0') {
      end--;
    }
    int start = 0;
    while (start < point && start < end && d.charAt(start) == '0') {
      start++;
    }
    if (start == end) {
      out.append('0');
      return;
    }
    if (spanNegative) {
      out.append('-');
    }
    if (point <= start) {
      out.append('0');
    } else {
      out.append(d, start, point); // the trimming above stops at the point: end >= point
    }
    if (end > Math.max(point, 0)) {
      out.append('.');
      for (int i = point; i < 0; i++) {
        out.append('0');
      }
      out.append(d, Math.max(point, 0), end);
    }
  }

  @Override
  public boolean accepts(String text, int from, int to) {
    return readSpan(text, from, to);
  }

  @Override
  public boolean acceptsAsNormal(String text, int from, int to) {
    return readSpan(text, from, to) && spanAsWritten;
  }

  @Override
  public boolean normalOnceAccepted(String text, int from, int to) {
    return acceptsAsNormal(text, from, to);
  }

  /**
   * {@link #accepts} and then {@link #normalOnceAccepted} from one reading of the cell, as
   * {@link TypeValidators#REJECTED}, {@link TypeValidators#ACCEPTED} or {@link
   * TypeValidators#NORMAL}: a normalising number column reads each cell once, not twice.
   */
  int acceptance(String text, int from, int to) {
    return !readSpan(text, from, to) ? TypeValidators.REJECTED
        : spanAsWritten ? TypeValidators.NORMAL : TypeValidators.ACCEPTED;
  }

  @Override
  public boolean appendNormal(String value, StringBuilder out) {
    return appendNormalAt(value, 0, value.length(), out);
  }

  @Override
  public boolean appendNormalAt(String text, int from, int to, StringBuilder out) {
    if (!readSpan(text, from, to)) {
      return false;
    }
    appendRead(text, out);
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
    if (v.length() > 3 && isCode(v, 0) && !CharCategories.isLetter(v.charAt(3))) {
      code = v.substring(0, 3);
      v = Spaces.strip(v.substring(3));
    } else if (v.length() > 3 && isCode(v, v.length() - 3)
        && !CharCategories.isLetter(v.charAt(v.length() - 4))) {
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
      if (CharCategories.isLetter(v.charAt(i)) && v.charAt(i) != 'e' && v.charAt(i) != 'E') {
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
