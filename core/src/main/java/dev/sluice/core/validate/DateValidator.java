package dev.sluice.core.validate;

import dev.sluice.core.time.CivilDates;
import dev.sluice.core.time.DatePattern;
import dev.sluice.core.xlsx.ExcelDates;
import dev.sluice.core.xlsx.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Date and datetime cells: every accepted format is tried, and a value that two formats read as
 * different dates (such as {@code 03/04/2024} with both {@code dd/MM/uuuu} and {@code MM/dd/uuuu})
 * is reported as ambiguous rather than guessed. The normal form is ISO 8601.
 *
 * <p>Patterns use java.time letters and are read as java.time reads them with strict resolving
 * ({@code y} as {@code u}, the proleptic year), month names in English ignoring case; see
 * {@link DatePattern} for the letters and why it is not java.time itself.
 */
final class DateValidator implements TypeValidator {
  /**
   * The formats tried when a date column lists none: ISO, year first with one-digit months and
   * days (Chinese and Japanese Excel's short date, {@code 2024/3/14}) and its long date ({@code
   * 2024年3月14日}), then common European and US ones; month names in English and in the other
   * languages of {@link DatePattern#compile(String, boolean, boolean)} ({@code 14. März 2024},
   * {@code 3 de marzo de 2024}).
   */
  static final List<String> DEFAULT_DATE_FORMATS = List.of(
      "uuuu-MM-dd", "uuuu/M/d", "uuuu-M-d", "uuuu年M月d日", "d.M.uuuu", "d/M/uuuu", "M/d/uuuu",
      "d-M-uuuu", "M-d-uuuu", "d MMM uuuu", "d-MMM-uuuu", "d MMMM uuuu",
      "d. MMMM uuuu", "d 'de' MMMM 'de' uuuu", "MMM d, uuuu", "MMMM d, uuuu",
      "MMM d uuuu", "MMMM d uuuu", "uuuu.M.d", "EEEE, MMMM d, uuuu", "EEE MMM d uuuu",
      "EEE, d MMM uuuu", "uuuuMMdd", "ddMMMuuuu");
  /** {@link DatePattern#ANY_FRACTION}; messages show it as {@code [.SSS]}. */
  private static final String FRACTION = DatePattern.ANY_FRACTION;
  /**
   * An optional offset as {@code +01:00}, {@code +0100} or {@code Z}, in whole hours as PostgreSQL
   * writes it ({@code +01}), or a zero offset's name ({@code UTC}, {@code GMT}: BigQuery, e-mail),
   * a space before it or not (Ruby's and Shopify's {@code 2024-03-14 09:30:00 -0400}); messages
   * show it as {@code [XXX]}.
   */
  private static final String OFFSET = "[ ][XXX][X][z]";
  /**
   * The formats tried when a datetime column lists none: ISO with {@code T} or a space, the
   * common day-first and month-first ones (with the comma JavaScript's {@code toLocaleString}
   * writes before the time), year first with slashes as Chinese and Japanese Excel write it
   * ({@code 2024/3/14 9:30}), dashes either way and Oracle's month abbreviation ({@code
   * 14-MAR-2024 09:30:00}), month names with AM/PM ({@code Mar 14, 2024, 9:30 AM}; {@code at} as
   * Apple and Google write it), e-mail's and HTTP's dates (RFC 5322, RFC 9110) and Unix's
   * {@code date} and Twitter's {@code created_at} ({@code Thu Mar 14 09:30:00 +0000 2024}).
   */
  static final List<String> DEFAULT_DATETIME_FORMATS = List.of(
      "uuuu-MM-dd'T'HH:mm[:ss]" + FRACTION + OFFSET, "uuuu-MM-dd H:mm[:ss]" + FRACTION + OFFSET,
      "d.M.uuuu[,] H:mm[:ss]", "d/M/uuuu[,] H:mm[:ss]", "M/d/uuuu[,] H:mm[:ss]",
      "uuuu/M/d H:mm[:ss]", "d-M-uuuu H:mm[:ss]", "M-d-uuuu H:mm[:ss]", "d-MMM-uuuu H:mm[:ss]",
      "M/d/uuuu[,] h:mm[:ss] a", "d/M/uuuu[,] h:mm[:ss] a", "MMM d, uuuu[,][ 'at'] h:mm[:ss] a",
      "MMMM d, uuuu[,][ 'at'] h:mm[:ss] a", "[EEE, ]d MMM uuuu H:mm[:ss]" + OFFSET,
      "EEE MMM d H:mm:ss[ X][ z] uuuu");

  private final boolean withTime;
  /** An array: the loop over the formats per cell makes no iterator. */
  private final DatePattern[] formatters;
  private final String formatList;
  /** Whether an ISO-shaped value can be checked by hand: no listed format reads it otherwise. */
  private final boolean isoFastPath;
  /**
   * The fields a format reads, reused for every value: in the browser build each new array is a
   * typed array, which cost more to make than reading a date.
   */
  private final int[] scratch = new int[DatePattern.SCRATCH];
  /** Whether {@code uuuu-MM-dd} is one of the formats: it reads an ISO date as itself. */
  private final boolean readsIso;
  /** The date-time the first format that read one read ({@link #onlyMoment}), reused. */
  private final int[] moment = new int[DatePattern.SCRATCH];
  /** A date-time's ISO text, written to compare with a cell's span and reused. */
  private final StringBuilder iso = new StringBuilder(36);
  /** {@link #onlyMoment}: no format reads a date-time. */
  private static final int NO_MOMENT = 0;
  /** {@link #onlyMoment}: the formats that read one read the same date-time. */
  private static final int ONE_MOMENT = 1;
  /** {@link #onlyMoment}: two formats read different date-times. */
  private static final int AMBIGUOUS_MOMENT = 2;

  DateValidator(List<String> formats, boolean withTime) {
    this.withTime = withTime;
    List<String> patterns = formats.isEmpty()
        ? (withTime ? DEFAULT_DATETIME_FORMATS : DEFAULT_DATE_FORMATS) : formats;
    this.formatters = new DatePattern[patterns.size()];
    boolean iso = false;
    for (int i = 0; i < formatters.length; i++) {
      formatters[i] = DatePattern.compile(patterns.get(i), withTime, true);
      iso |= strictYear(patterns.get(i)).equals("uuuu-MM-dd");
    }
    this.readsIso = !withTime && iso;
    // what a person reads: the optional comma and "at" before a time left out
    this.formatList = String.join(", ", patterns).replace(FRACTION, "[.SSS]")
        .replace(OFFSET, "[XXX]").replace("[,]", "").replace("[ 'at']", "");
    // the defaults, or some of them with ISO among them (a column narrowed by its cells,
    // Conventions), read no ISO-shaped value as another date
    this.isoFastPath = !withTime && (formats.isEmpty() || patterns.size() == 1
        && strictYear(patterns.get(0)).equals("uuuu-MM-dd") || patterns.contains("uuuu-MM-dd")
        && DEFAULT_DATE_FORMATS.containsAll(patterns));
  }

  /**
   * What each format reads in a value, as {@link #check} reads it: the ISO text per format, null
   * where it reads nothing. {@link Conventions} tells from these how a column writes its dates.
   */
  String[] readings(String value) {
    String v = withTime ? value : withoutMidnight(value);
    String[] out = new String[formatters.length];
    char lead = DatePattern.leadOf(v, 0, v.length());
    for (int i = 0; i < formatters.length; i++) {
      out[i] = parse(formatters[i], v, lead);
    }
    return out;
  }

  /**
   * Checks a date as {@link #check} does (same validity, same issue) without making its ISO form:
   * each format reads the value into a packed date, and two formats that read different dates
   * make it ambiguous. Full validation of a column whose normal form nothing reads uses this.
   */
  @Override
  public CellResult verify(String value) {
    if (withTime) {
      int found = onlyMoment(value, 0, value.length());
      // check names both readings, and reads a zoned date-time's moment
      return found == ONE_MOMENT ? new CellResult.Valid(value)
          : found == NO_MOMENT && beforeZoneId(value) < 0 ? refused(value) : check(value);
    }
    value = withoutMidnight(value);
    if (isoFastPath && isIsoDate(value)) {
      return new CellResult.Valid(value);
    }
    int date = onlyDate(value);
    if (date == DatePattern.UNPACKED) {
      return check(value); // ambiguous, or a far year: check builds the ISO dates of the message
    }
    if (date == DatePattern.NO_DATE) {
      return refused(value);
    }
    return new CellResult.Valid(value);
  }

  /** Writes the ISO date into the builder straight from the packed date: no String per date. */
  @Override
  public boolean appendNormal(String value, StringBuilder out) {
    return appendNormalAt(value, 0, value.length(), out);
  }

  /**
   * The one date (packed, see {@link DatePattern#parseDate}) that the formats read in a value,
   * {@link DatePattern#NO_DATE} when none reads one, or {@link DatePattern#UNPACKED} when two
   * read different dates or a year does not fit (then {@link #check} decides).
   */
  private int onlyDate(String value) {
    return onlyDate(value, 0, value.length());
  }

  /**
   * Reads a date-time column's {@code [from, to)} with every format, where it lies: {@link
   * #ONE_MOMENT} (then in {@link #moment}) when the formats that read one read the same,
   * {@link #NO_MOMENT} or {@link #AMBIGUOUS_MOMENT}. No String is made.
   */
  private int onlyMoment(String text, int from, int to) {
    boolean found = false;
    char lead = DatePattern.leadOf(text, from, to);
    for (DatePattern f : formatters) {
      if (!f.mayLead(lead) || !f.parseMoment(text, from, to, found ? scratch : moment)) {
        continue;
      }
      if (!found) {
        found = true;
      } else if (!DatePattern.sameMoment(moment, scratch)) {
        return AMBIGUOUS_MOMENT;
      }
    }
    return found ? ONE_MOMENT : NO_MOMENT;
  }

  /** Whether {@code [from, to)} is the ISO text of the date-time {@link #onlyMoment} read. */
  private boolean isMomentIso(String text, int from, int to) {
    iso.setLength(0);
    DatePattern.appendIso(moment, iso);
    if (iso.length() != to - from) {
      return false;
    }
    for (int i = 0; i < iso.length(); i++) {
      if (iso.charAt(i) != text.charAt(from + i)) {
        return false;
      }
    }
    return true;
  }

  private CellResult invalid() {
    return new CellResult.Invalid(withTime ? "DATETIME_INVALID" : "DATE_INVALID",
        Map.of("formats", formatList));
  }

  /**
   * The issue of a value no format reads: {@link #EXCEL_DATE_SERIAL} with the date it stands for
   * when it is one of Excel's serial dates ({@link #excelSerial}), else {@link #invalid()}.
   */
  private CellResult refused(String value) {
    String iso = excelSerial(value);
    if (iso != null) {
      return new CellResult.Invalid(EXCEL_DATE_SERIAL, Map.of("date", iso));
    }
    String year = twoDigitYear(value);
    if (year == null) {
      year = yearBeforeWidening(value);
    }
    return year == null ? invalid()
        : new CellResult.Invalid(DATE_TWO_DIGIT_YEAR, Map.of("year", year));
  }

  /**
   * The two digits a refused value ends with when the value, with them as a year of this century
   * in full, is a date a format of the column reads: the shapes with a month's name that {@link
   * #twoDigitYear} does not know ({@code 14-Mar-24}, Excel's {@code d-mmm-yy} and Oracle's {@code
   * DD-MON-RR}; {@code Mar 14, 24}; {@code 14 mars 24}). Null otherwise.
   */
  private String yearBeforeWidening(String value) {
    String v = ColumnValidator.strip(value);
    int n = v.length();
    if (n < 4 || !isDigit(v.charAt(n - 1)) || !isDigit(v.charAt(n - 2))
        || isDigit(v.charAt(n - 3))) {
      return null;
    }
    // a year of four digits: no value this makes comes back here
    CellResult widened = check(v.substring(0, n - 2) + "20" + v.substring(n - 2));
    return widened instanceof CellResult.Valid
        || widened instanceof CellResult.Invalid i && "DATE_AMBIGUOUS".equals(i.code())
        ? v.substring(n - 2) : null;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * A refused date written with its day and month (1 to 31, either first) and a year of two
   * digits, apart by one kind of separator ({@code 12/31/23}, {@code 31.12.23}, {@code 1-5-99}),
   * a time after a space or not: no format reads it (two digits do not say the century, and
   * Sluice does not guess it), so its issue says so. The tool that wrote it usually has a setting
   * for four-digit years.
   */
  static final String DATE_TWO_DIGIT_YEAR = "DATE_TWO_DIGIT_YEAR";

  /** The two digits of {@link #DATE_TWO_DIGIT_YEAR}'s year in a value, or null. */
  static String twoDigitYear(String value) {
    String v = ColumnValidator.strip(value);
    int space = v.indexOf(' ');
    int end = space < 0 ? v.length() : space;
    int[] parts = new int[3];
    int part = 0;
    int digits = 0;
    char separator = 0;
    for (int i = 0; i < end; i++) {
      char c = v.charAt(i);
      if (c >= '0' && c <= '9' && digits < 2) {
        parts[part] = parts[part] * 10 + (c - '0');
        digits++;
      } else if ((c == '/' || c == '.' || c == '-') && digits > 0 && part < 2
          && (separator == 0 || c == separator)) {
        separator = c;
        part++;
        digits = 0;
      } else {
        return null;
      }
    }
    boolean dayAndMonth = parts[0] >= 1 && parts[1] >= 1 && (parts[0] <= 12 && parts[1] <= 31
        || parts[1] <= 12 && parts[0] <= 31);
    return part == 2 && digits == 2 && dayAndMonth ? v.substring(end - 2, end) : null;
  }

  /**
   * A refused date written as Excel keeps a date, days since 1899-12-30 ({@code 45291}, with the
   * time of day as a fraction: {@code 45291.75}): what Excel writes to CSV for a date column
   * formatted as General, and what a date pasted into such a column becomes. Its issue says the
   * date, so that the person knows what happened and how to mend the file.
   */
  static final String EXCEL_DATE_SERIAL = "EXCEL_DATE_SERIAL";

  /** 1950-01-01 and 2099-12-31 as Excel serials: the dates a serial is taken for. */
  private static final int FIRST_SERIAL = 18_264;
  private static final int LAST_SERIAL = 73_050;

  /**
   * The ISO date (or date and time) of a value written as an Excel serial of a date from 1950 to
   * 2099, five digits and at most ten decimals after a point; null for anything else (a number
   * outside those years is more likely a count or an id than a date).
   */
  static String excelSerial(String value) {
    int n = value.length();
    if (n < 5 || n == 6 || n > 16 || n > 5 && value.charAt(5) != '.') {
      return null;
    }
    int days = 0;
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (i == 5) {
        continue;
      }
      if (c < '0' || c > '9') {
        return null;
      }
      if (i < 5) {
        days = days * 10 + (c - '0');
      }
    }
    if (days < FIRST_SERIAL || days > LAST_SERIAL) {
      return null;
    }
    return ExcelDates.toIso(value, Styles.Kind.DATE, false);
  }

  /** {@link #onlyDate(String)} of the chars {@code [from, to)} of a text, read where they lie. */
  private int onlyDate(String text, int from, int to) {
    int found = DatePattern.NO_DATE;
    char lead = DatePattern.leadOf(text, from, to);
    for (DatePattern f : formatters) {
      int date = f.mayLead(lead) ? f.parseDate(text, from, to, scratch) : DatePattern.NO_DATE;
      if (date == DatePattern.UNPACKED) {
        return date;
      }
      if (date == DatePattern.NO_DATE) {
        continue;
      }
      if (found == DatePattern.NO_DATE) {
        found = date;
      } else if (found != date) {
        return DatePattern.UNPACKED;
      }
    }
    return found;
  }

  @Override
  public CellResult check(String value) {
    if (withTime) {
      int found = onlyMoment(value, 0, value.length());
      int zoned = found == NO_MOMENT ? beforeZoneId(value) : -1;
      if (zoned > 0) {
        found = onlyMoment(value, 0, zoned);
      }
      if (found == NO_MOMENT) {
        return refused(value);
      }
      if (found == ONE_MOMENT) {
        StringBuilder sb = new StringBuilder(36);
        DatePattern.appendIso(moment, sb);
        return new CellResult.Valid(sb.toString());
      }
    }
    value = withoutMidnight(value);
    if (isoFastPath && isIsoDate(value)) {
      return new CellResult.Valid(value); // the ISO form is the normal form: no formatter needed
    }
    String found = null;
    String other = null;
    char lead = DatePattern.leadOf(value, 0, value.length());
    for (int i = 0; i < formatters.length && other == null; i++) {
      String iso = parse(formatters[i], value, lead);
      if (iso == null) {
        continue;
      }
      if (found == null) {
        found = iso;
      } else if (!found.equals(iso)) {
        other = iso;
      }
    }
    if (found == null) {
      return refused(value);
    }
    if (other != null) {
      return new CellResult.Invalid("DATE_AMBIGUOUS", Map.of("first", found, "second", other));
    }
    return new CellResult.Valid(found);
  }

  /**
   * Where a date-time written as Java's {@code ZonedDateTime} writes it ends before its zone's id:
   * an offset and the id in brackets ({@code 2024-03-14T09:30:00+01:00[Europe/Berlin]}, {@code
   * Z[UTC]}); -1 for any other value. The offset names the moment; without one the moment would
   * rest on the zone's rules, which the file does not carry.
   */
  static int beforeZoneId(String v) {
    int open = v.lastIndexOf('[');
    if (open < 1 || open + 2 >= v.length() || v.charAt(v.length() - 1) != ']') {
      return -1;
    }
    for (int i = open + 1; i < v.length() - 1; i++) {
      char c = v.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || "/_+-".indexOf(c) >= 0)) {
        return -1;
      }
    }
    boolean offset = v.charAt(open - 1) == 'Z' || open >= 6 && v.charAt(open - 3) == ':'
        && (v.charAt(open - 6) == '+' || v.charAt(open - 6) == '-');
    return offset ? open : -1;
  }

  /** What a format reads in a value whose {@link DatePattern#leadOf} is {@code lead}, or null. */
  private String parse(DatePattern formatter, String value, char lead) {
    return formatter.mayLead(lead) ? formatter.parse(value, withTime) : null;
  }

  /**
   * Whether a value is a valid {@code yyyy-MM-dd} date, checked by hand because running the
   * formatters per cell dominates validation time in the browser build; anything else (including
   * an impossible ISO-shaped date) goes through the formatters and gets their exact error.
   */
  static boolean isIsoDate(String v) {
    return isIsoDate(v, 0, v.length());
  }

  /**
   * ISO dates by hand where no other format can read them; otherwise a date that exactly one of
   * the formats reads (packed, as {@link #verify} checks it). Ambiguous dates, dates with a time
   * and far years take the String path, which names them in its issue.
   */
  @Override
  public boolean accepts(String text, int from, int to) {
    if (withTime) {
      return onlyMoment(text, from, to) == ONE_MOMENT;
    }
    to = dateEnd(text, from, to);
    if (isoFastPath && isIsoDate(text, from, to)) {
      return true;
    }
    int date = onlyDate(text, from, to);
    return date != DatePattern.NO_DATE && date != DatePattern.UNPACKED;
  }

  /**
   * Given {@link #accepts}: whether the ISO form of the date read is the text itself. An accepted
   * text that is a valid ISO date is, when {@code uuuu-MM-dd} is a format: that format reads it as
   * itself, and accepting means no other format read another date.
   */
  @Override
  public boolean normalOnceAccepted(String text, int from, int to) {
    if (withTime) {
      return onlyMoment(text, from, to) == ONE_MOMENT && isMomentIso(text, from, to);
    }
    return dateEnd(text, from, to) == to && isIsoDate(text, from, to) && (isoFastPath || readsIso
        || onlyDate(text, from, to) == isoDigits(text, from));
  }

  /**
   * {@link #accepts} and then {@link #normalOnceAccepted}, as {@link TypeValidators#REJECTED},
   * {@link TypeValidators#ACCEPTED} or {@link TypeValidators#NORMAL}: an ISO date taken by the
   * fast path is its own normal form without being read twice.
   */
  int acceptance(String text, int from, int to) {
    if (withTime) {
      return onlyMoment(text, from, to) != ONE_MOMENT ? TypeValidators.REJECTED
          : isMomentIso(text, from, to) ? TypeValidators.NORMAL : TypeValidators.ACCEPTED;
    }
    int end = dateEnd(text, from, to);
    if (end != to) { // a date and midnight: its ISO date is made, never the text itself
      return accepts(text, from, end) ? TypeValidators.ACCEPTED : TypeValidators.REJECTED;
    }
    if (isoFastPath && isIsoDate(text, from, to)) {
      return TypeValidators.NORMAL;
    }
    int date = onlyDate(text, from, to);
    if (date == DatePattern.NO_DATE || date == DatePattern.UNPACKED) {
      return TypeValidators.REJECTED;
    }
    return isIsoDate(text, from, to) && (readsIso || date == isoDigits(text, from))
        ? TypeValidators.NORMAL : TypeValidators.ACCEPTED;
  }

  @Override
  public boolean acceptsAsNormal(String text, int from, int to) {
    if (withTime) {
      return normalOnceAccepted(text, from, to); // which reads it with every format
    }
    // the cheap test first: a date not written as ISO is not its own normal form
    return normalOnceAccepted(text, from, to) && accepts(text, from, to);
  }

  /** The ISO form of a date {@link #accepts} takes, appended from the one date it reads. */
  @Override
  public boolean appendNormalAt(String text, int from, int to, StringBuilder out) {
    if (withTime) {
      if (onlyMoment(text, from, to) != ONE_MOMENT) {
        return false;
      }
      DatePattern.appendIso(moment, out);
      return true;
    }
    to = dateEnd(text, from, to);
    if (isoFastPath && isIsoDate(text, from, to)) {
      out.append(text, from, to);
      return true;
    }
    int date = onlyDate(text, from, to);
    if (date == DatePattern.UNPACKED || date == DatePattern.NO_DATE) {
      return false;
    }
    int packed = Math.abs(date);
    int year = packed / 10000;
    CivilDates.appendIso(date < 0 ? -year : year, packed / 100 % 100, packed % 100, out);
    return true;
  }

  /**
   * {@link #appendNormalAt} of a date column's cell whose year has four digits, written as bytes;
   * date-times are left to the builder.
   */
  @Override
  public int writeValidNormalAt(String text, int from, int to, byte[] out, int at) {
    if (withTime) {
      return -1;
    }
    to = dateEnd(text, from, to);
    int date = isoFastPath && isIsoDate(text, from, to) ? DatePattern.UNPACKED
        : onlyDate(text, from, to);
    if (date == DatePattern.UNPACKED || date == DatePattern.NO_DATE || date < 0
        || date / 10000 < 1000 || date / 10000 > 9999) {
      return -1; // an ISO date as written, a far year: the builder
    }
    return CivilDates.writeIso(date / 10000, date / 100 % 100, date % 100, out, at);
  }

  /** {@link #dateEnd} of a whole value: the value without a time of midnight after its date. */
  private String withoutMidnight(String value) {
    int end = dateEnd(value, 0, value.length());
    return end == value.length() ? value : value.substring(0, end);
  }

  /**
   * Where the date ends in a date column's {@code [from, to)} when a time of midnight follows it
   * ({@code 2024-03-01 00:00:00}, {@code 2024-03-01T00:00:00Z}, {@code 3/1/2024 0:00}, {@code
   * 3/1/2024 12:00:00 AM}: what databases and spreadsheets export for a date kept as a date-time),
   * else {@code to}. Such a cell is the date: no time is lost. Any other time is no date.
   */
  private int dateEnd(String t, int from, int to) {
    if (withTime || to - from < 13) { // "1.3.2024 0:00" is the shortest; ISO dates are 10
      return to;
    }
    for (int p = to - 5; p > from && p >= to - 26; p--) {
      char c = t.charAt(p);
      if ((c == ' ' || c == 'T') && midnight(t, p + 1, to)) {
        return p;
      }
    }
    return to;
  }

  /**
   * Whether {@code [from, to)} is midnight: {@code H:mm[:ss[.fff]]} with all zeros and the hour
   * 0, or 12 before {@code AM}, and then an optional {@code Z} or zero offset ({@code +00},
   * {@code +00:00}: a database's UTC timestamp at midnight). Midnight at another offset is a
   * moment whose date depends on where it is read: no date.
   */
  private static boolean midnight(String t, int from, int to) {
    int i = from;
    int hour = 0;
    int digits = 0;
    while (i < to && digits < 2 && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
      hour = hour * 10 + (t.charAt(i++) - '0');
      digits++;
    }
    if (digits == 0 || !zeros(t, i, to, ":00")) {
      return false;
    }
    i += 3;
    if (zeros(t, i, to, ":00")) {
      i += 3;
      if (i + 1 < to && t.charAt(i) == '.' && t.charAt(i + 1) == '0') {
        i++;
        while (i < to && t.charAt(i) == '0') {
          i++;
        }
      }
    }
    boolean am = false;
    int at = i < to && t.charAt(i) == ' ' ? i + 1 : i;
    if (at + 2 <= to && (t.charAt(at) == 'A' || t.charAt(at) == 'a')
        && (t.charAt(at + 1) == 'M' || t.charAt(at + 1) == 'm')) {
      am = true;
      i = at + 2;
    }
    if (i + 1 < to && t.charAt(i) == ' ') {
      i++; // a space before the offset or zone, as BigQuery and Ruby write it
    }
    if (i < to && t.charAt(i) == 'Z') {
      i++;
    } else if (i < to && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
      i = zeroOffsetEnd(t, i + 1, to);
    } else if (zeros(t, i, to, "UTC") || zeros(t, i, to, "GMT")) {
      i += 3;
    }
    return i == to && (am ? hour == 12 : hour == 0);
  }

  /** Where a zero offset's {@code 00[[:]00]} after its sign ends, or -1 when it is none. */
  private static int zeroOffsetEnd(String t, int i, int to) {
    if (!zeros(t, i, to, "00")) {
      return -1;
    }
    i += 2;
    int minutes = i < to && t.charAt(i) == ':' ? i + 1 : i;
    if (minutes < to) {
      return zeros(t, minutes, to, "00") ? minutes + 2 : -1;
    }
    return minutes == i ? i : -1; // "+00:" is none
  }

  /** Whether {@code [at, to)} starts with the literal. */
  private static boolean zeros(String t, int at, int to, String literal) {
    return to - at >= literal.length() && t.startsWith(literal, at);
  }

  /** The digits of an ISO-shaped date as a packed date ({@code yyyyMMdd}). */
  private static int isoDigits(String t, int from) {
    int packed = 0;
    for (int i = 0; i < 10; i++) {
      if (i != 4 && i != 7) {
        packed = packed * 10 + (t.charAt(from + i) - '0');
      }
    }
    return packed;
  }

  /** {@link #isIsoDate(String)} on {@code [from, to)} of a String. */
  static boolean isIsoDate(String t, int from, int to) {
    if (to - from != 10 || t.charAt(from + 4) != '-' || t.charAt(from + 7) != '-') {
      return false;
    }
    int year = 0;
    int month = 0;
    int day = 0;
    for (int i = 0; i < 10; i++) {
      if (i == 4 || i == 7) {
        continue;
      }
      char c = t.charAt(from + i);
      if (c < '0' || c > '9') {
        return false;
      }
      if (i < 4) {
        year = year * 10 + (c - '0');
      } else if (i < 7) {
        month = month * 10 + (c - '0');
      } else {
        day = day * 10 + (c - '0');
      }
    }
    return month >= 1 && month <= 12 && day >= 1 && day <= CivilDates.lengthOfMonth(year, month);
  }

  /** Replaces unquoted {@code y} by {@code u}. */
  static String strictYear(String pattern) {
    StringBuilder sb = new StringBuilder(pattern.length());
    boolean quoted = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      }
      sb.append(!quoted && c == 'y' ? 'u' : c);
    }
    return sb.toString();
  }
}
