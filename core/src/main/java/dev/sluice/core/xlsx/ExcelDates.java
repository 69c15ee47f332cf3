package dev.sluice.core.xlsx;

import dev.sluice.core.text.Decimals;
import dev.sluice.core.time.CivilDates;

/**
 * Excel serial dates to ISO text: days since 1899-12-30 (with Excel's phantom 1900-02-29, serial
 * 60) or since 1904-01-01, the fraction being the time of day.
 */
public final class ExcelDates {
  /** 1899-12-30 and 1904-01-01 as days since 1970-01-01. */
  private static final int EPOCH_1900 = -25569;
  private static final int EPOCH_1904 = -24107;

  private ExcelDates() {}

  /**
   * The ISO form of a serial for a kind of format: {@code 2024-03-31}, {@code
   * 2024-03-31T14:05:00} or {@code 14:05:00}, or for an elapsed time its hours, minutes and
   * seconds ({@code 36:00:00}); null when the text is no number or out of range (the cell then
   * keeps what was written).
   */
  public static String toIso(String serial, Styles.Kind kind, boolean date1904) {
    double value;
    try {
      value = Decimals.parse(serial);
    } catch (NumberFormatException e) {
      return null;
    }
    if (Double.isNaN(value) || value < 0 || value >= 2958466) { // 9999-12-31 is 2958465
      return null;
    }
    // whole seconds, rounded as Excel shows them
    long seconds = Math.round(value * 86400.0);
    int days = (int) (seconds / 86400);
    int secondOfDay = (int) (seconds % 86400);
    if (kind == Styles.Kind.ELAPSED) { // hours past 24: 1.5 days of [h]:mm is 36:00:00
      long hours = seconds / 3600;
      return (hours < 10 ? "0" : "") + hours + ":" + two(secondOfDay / 60 % 60) + ":"
          + two(secondOfDay % 60);
    }
    String time = two(secondOfDay / 3600) + ":" + two(secondOfDay / 60 % 60) + ":"
        + two(secondOfDay % 60);
    if (kind == Styles.Kind.TIME && days == 0) {
      return time;
    }
    String date;
    if (date1904) {
      date = CivilDates.isoOfEpochDay(EPOCH_1904 + days);
    } else if (days == 60) {
      date = "1900-02-29"; // Excel's phantom leap day, shown as written so validation flags it
    } else {
      date = CivilDates.isoOfEpochDay(EPOCH_1900 + (days < 60 ? days + 1 : days));
    }
    if (kind == Styles.Kind.DATE && secondOfDay == 0) {
      return date;
    }
    return date + "T" + time;
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }
}
