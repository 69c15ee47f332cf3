package dev.sluice.core.time;

/**
 * Proleptic Gregorian calendar arithmetic on plain ints: month lengths, days since 1970-01-01 and
 * the ISO 8601 text of a date, as {@code java.time.LocalDate} gives them.
 *
 * <p>Kept apart from java.time for the browser engine's size (see {@link DatePattern}); checked
 * against {@code LocalDate} on the JVM.
 */
public final class CivilDates {
  private CivilDates() {}

  /** Whether a year is a leap year. */
  public static boolean isLeap(int year) {
    return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
  }

  /** The number of days of a month (1-12) of a year. */
  public static int lengthOfMonth(int year, int month) {
    return month == 2 ? (isLeap(year) ? 29 : 28)
        : month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
  }

  /** Sakamoto's offsets of the months, for {@link #dayOfWeek}. */
  private static final int[] MONTH_OFFSETS = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};

  /** The ISO day of the week of a date: 1 for Monday to 7 for Sunday (proleptic Gregorian). */
  public static int dayOfWeek(int year, int month, int day) {
    // Sakamoto's method, with floor arithmetic for years before 1
    int y = month < 3 ? year - 1 : year;
    int sunday0 = Math.floorMod(y + Math.floorDiv(y, 4) - Math.floorDiv(y, 100)
        + Math.floorDiv(y, 400) + MONTH_OFFSETS[month - 1] + day, 7);
    return sunday0 == 0 ? 7 : sunday0;
  }

  /**
   * The ISO text of a date as {@code LocalDate.toString()}: {@code 2024-03-14}, {@code -0001-01-01},
   * {@code +10000-01-01}.
   */
  public static String iso(int year, int month, int day) {
    StringBuilder sb = new StringBuilder(12);
    appendIso(year, month, day, sb);
    return sb.toString();
  }

  /**
   * Appends {@link #iso} of a date to a builder, its digits written one by one: the browser
   * build's {@code append(int)} divides by the radix in a loop of its own for every number.
   */
  public static void appendIso(int year, int month, int day, StringBuilder sb) {
    if (year >= 1000 && year <= 9999) {
      digits(year / 100, sb);
      digits(year % 100, sb);
    } else if (year > 9999) {
      sb.append('+').append(year);
    } else {
      if (year < 0) {
        sb.append('-');
      }
      int abs = Math.abs(year);
      if (abs < 1000) {
        sb.append(Integer.toString(abs + 10000).substring(1)); // four digits, zeros first
      } else {
        sb.append(abs);
      }
    }
    sb.append('-');
    digits(month, sb);
    sb.append('-');
    digits(day, sb);
  }

  /**
   * Writes {@link #iso} of a date whose year has four digits as ASCII bytes into {@code out} from
   * {@code at} (ten of them) and returns where they end.
   */
  public static int writeIso(int year, int month, int day, byte[] out, int at) {
    out[at] = (byte) ('0' + year / 1000);
    out[at + 1] = (byte) ('0' + year / 100 % 10);
    out[at + 2] = (byte) ('0' + year / 10 % 10);
    out[at + 3] = (byte) ('0' + year % 10);
    out[at + 4] = '-';
    out[at + 5] = (byte) ('0' + month / 10);
    out[at + 6] = (byte) ('0' + month % 10);
    out[at + 7] = '-';
    out[at + 8] = (byte) ('0' + day / 10);
    out[at + 9] = (byte) ('0' + day % 10);
    return at + 10;
  }

  /** Appends a number from 0 to 99 as two digits. */
  private static void digits(int n, StringBuilder sb) {
    sb.append((char) ('0' + n / 10)).append((char) ('0' + n % 10));
  }

  /**
   * The ISO text of the date a number of days after 1970-01-01 (negative before), for days
   * within years 0 to 9999 and beyond (the civil-from-days algorithm of H. Hinnant, in ints: the
   * day count must stay within +-2^31 / 146097 eras, far past any spreadsheet date).
   */
  public static String isoOfEpochDay(int epochDay) {
    int z = epochDay + 719468;
    int era = (z >= 0 ? z : z - 146096) / 146097;
    int doe = z - era * 146097;
    int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int mp = (5 * doy + 2) / 153;
    int day = doy - (153 * mp + 2) / 5 + 1;
    int month = mp < 10 ? mp + 3 : mp - 9;
    int year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    return iso(year, month, day);
  }
}
