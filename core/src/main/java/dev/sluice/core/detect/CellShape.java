package dev.sluice.core.detect;

import com.google.re2j.Pattern;

/** Cheap guesses at what a cell holds, for dialect and header detection only (not validation). */
final class CellShape {
  private static final Pattern NUMBER = Pattern.compile(
      "[+-]?[$€£¥]?\\s?(\\d+|\\d{1,3}([.,' \\x{00A0}]\\d{3})+)([.,]\\d+)?\\s?%?[$€£¥]?");
  private static final Pattern DATE = Pattern.compile(
      "\\d{1,4}[-./]\\d{1,2}[-./]\\d{1,4}([ T]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?)?(Z|[+-]\\d{2}:?\\d{2})?");
  private static final String DELIMITERS = ",;\t|";

  private CellShape() {}

  static boolean isNumber(String cell) {
    return NUMBER.matcher(cell).matches();
  }

  static boolean isDate(String cell) {
    return DATE.matcher(cell).matches();
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
}
