package dev.sluice.core.detect;

/**
 * Cheap guesses at what a cell holds, for dialect and header detection only (not validation).
 *
 * <p>The two shapes are the regular expressions in {@link #NUMBER_SHAPE} and {@link #DATE_SHAPE},
 * matched by hand: the browser build then needs no regular expression engine to detect a dialect
 * (RE2J is loaded only for schemas with patterns, see {@link dev.sluice.core.text.Regex}).
 * {@code CellShapeTest} checks both against RE2J on random cells.
 */
final class CellShape {
  /** What {@link #isNumber} matches, in RE2 syntax. */
  static final String NUMBER_SHAPE =
      "[+-]?[$€£¥]?\\s?(\\d+|\\d{1,3}([.,' \\x{00A0}]\\d{3})+)([.,]\\d+)?\\s?%?[$€£¥]?";
  /** What {@link #isDate} matches, in RE2 syntax. */
  static final String DATE_SHAPE = "\\d{1,4}[-./]\\d{1,2}[-./]\\d{1,4}"
      + "([ T]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?)?(Z|[+-]\\d{2}:?\\d{2})?";
  private static final String DELIMITERS = ",;\t|";

  private CellShape() {}

  static boolean isNumber(String s) {
    int n = s.length();
    int i = 0;
    if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      i++;
    }
    if (i < n && isCurrency(s.charAt(i))) {
      i++;
    }
    if (i < n && isSpace(s.charAt(i))) {
      i++;
    }
    int run = digits(s, i);
    if (run == 0) {
      return false;
    }
    if (numberTail(s, i + run)) {
      return true; // \d+
    }
    if (run > 3) {
      return false;
    }
    // \d{1,3}([.,' \x{00A0}]\d{3})+: the number may end after any group
    int at = i + run;
    while (at + 3 < n && isGroupSeparator(s.charAt(at)) && digits(s, at + 1) >= 3) {
      at += 4;
      if (numberTail(s, at)) {
        return true;
      }
    }
    return false;
  }

  /** {@code ([.,]\d+)?\s?%?[$€£¥]?} from {@code i} to the end. */
  private static boolean numberTail(String s, int i) {
    int n = s.length();
    if (i < n && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
      int run = digits(s, i + 1);
      if (run == 0) {
        return false;
      }
      i += 1 + run;
    }
    if (i < n && isSpace(s.charAt(i))) {
      i++;
    }
    if (i < n && s.charAt(i) == '%') {
      i++;
    }
    if (i < n && isCurrency(s.charAt(i))) {
      i++;
    }
    return i == n;
  }

  static boolean isDate(String s) {
    int n = s.length();
    int i = 0;
    int run = digits(s, i);
    if (run < 1 || run > 4 || i + run >= n || !isDateSeparator(s.charAt(i + run))) {
      return false;
    }
    i += run + 1;
    run = digits(s, i);
    if (run < 1 || run > 2 || i + run >= n || !isDateSeparator(s.charAt(i + run))) {
      return false;
    }
    i += run + 1;
    run = digits(s, i);
    if (run < 1 || run > 4) {
      return false;
    }
    i += run;
    if (i < n && (s.charAt(i) == ' ' || s.charAt(i) == 'T')) {
      run = digits(s, i + 1);
      if (run < 1 || run > 2 || i + 1 + run >= n || s.charAt(i + 1 + run) != ':') {
        return false;
      }
      i += 2 + run;
      if (digits(s, i) != 2) {
        return false;
      }
      i += 2;
      if (i < n && s.charAt(i) == ':') {
        if (digits(s, i + 1) != 2) {
          return false;
        }
        i += 3;
        if (i < n && s.charAt(i) == '.') {
          run = digits(s, i + 1);
          if (run == 0) {
            return false;
          }
          i += 1 + run;
        }
      }
    }
    if (i < n && s.charAt(i) == 'Z') {
      i++;
    } else if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      i++;
      run = digits(s, i);
      if (run == 4) {
        i += 4;
      } else if (run == 2 && i + 2 < n && s.charAt(i + 2) == ':' && digits(s, i + 3) == 2) {
        i += 5;
      } else {
        return false;
      }
    }
    return i == n;
  }

  /** A cell is clean unless it holds another candidate delimiter and is not a number or date. */
  static boolean isClean(String cell, char delimiter) {
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c != delimiter && DELIMITERS.indexOf(c) >= 0) {
        String t = cell.trim();
        return isNumber(t) || isDate(t);
      }
    }
    return true;
  }

  /** The length of the run of ASCII digits (RE2's {@code \d}) from {@code i}. */
  private static int digits(String s, int i) {
    int j = i;
    while (j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
      j++;
    }
    return j - i;
  }

  /** RE2's {@code \s}: tab, line feed, form feed, carriage return and space. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
  }

  private static boolean isCurrency(char c) {
    return c == '$' || c == '€' || c == '£' || c == '¥';
  }

  private static boolean isGroupSeparator(char c) {
    return c == '.' || c == ',' || c == '\'' || c == ' ' || c == '\u00A0';
  }

  private static boolean isDateSeparator(char c) {
    return c == '-' || c == '.' || c == '/';
  }
}
