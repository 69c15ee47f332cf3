package dev.sluice.core.time;

import dev.sluice.core.text.CharCategories;
import java.util.ArrayList;
import java.util.List;

/**
 * A date or date-time pattern in java.time letters, compiled for parsing cells to ISO 8601 the way
 * {@code DateTimeFormatter} does with strict resolving and case-insensitive English text.
 *
 * <p>Why not java.time itself: TeaVM compiles it, but it brings its formatter, chronology and
 * time-zone tables into the browser engine, about 100 KB of the gzipped bundle, two thirds of the
 * 150 KB budget, for the dozen letters a CSV date uses. This class reads those letters only and is
 * checked against java.time on the JVM ({@code DatePatternTest} compares both on every day of
 * several years in every supported shape, and on malformed and out-of-range values).
 *
 * <p>Supported: {@code uuuu yyyy} (year, four digits, or signed when longer), {@code uu yy} (2000 to
 * 2099), {@code M MM} (month), {@code MMM MMMM} (English month names), {@code d dd}, {@code EEE
 * EEEE} (English weekday names, which must be the date's), {@code H HH},
 * {@code h hh} with {@code a} (AM/PM), {@code m mm}, {@code s ss}, {@code S...} (fraction of a
 * second, exactly that many digits), {@code X XX XXX} (offset or {@code Z}), quoted literals,
 * other characters as literals, and optional sections in brackets. Anything else is refused by
 * {@link #compile} with the reason, so a schema never holds a pattern that would fail silently.
 *
 * <p>Immutable and thread-safe.
 */
public final class DatePattern {
  /**
   * A fraction of a second of 1 to 9 digits, each width an optional section tried in turn: the
   * milli-, micro- and nanoseconds systems write, PostgreSQL's microseconds, which drop their
   * trailing zeros ({@code .12}), and the ISO text of a normal form, which does too. Compiled as
   * one element (a point and the run of up to nine digits after it), not nine sections each
   * tried on every cell of a column.
   */
  public static final String ANY_FRACTION =
      "[.SSSSSSSSS][.SSSSSSSS][.SSSSSSS][.SSSSSS][.SSSSS][.SSSS][.SSS][.SS][.S]";

  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June",
      "July", "August", "September", "October", "November", "December"};
  private static final String[] SHORT_MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul",
      "Aug", "Sep", "Oct", "Nov", "Dec"};
  /**
   * Month names in the languages of the widget beyond English, as people write them in dates
   * ({@code 14 März 2024}, {@code 14 mars 2024}, {@code 3 de marzo de 2024}, {@code 14 marca
   * 2024}): German, French, Spanish, Italian, Portuguese, Dutch, Swedish, Danish, Norwegian, Polish
   * and Czech (with the genitive forms their dates use) and Turkish, lower case, months apart by
   * {@code ;} and names by {@code |}, Turkish's dotless i written as i. One string: TeaVM builds an
   * array literal element by element.
   */
  private static final String OTHER_MONTHS = "januar|januari|janvier|enero|gennaio|janeiro|"
      + "jänner|styczeń|stycznia|leden|ledna|ocak;februar|februari|février|febrero|febbraio|"
      + "fevereiro|luty|lutego|únor|února|şubat;märz|maerz|mars|marzo|março|maart|mrt|marzec|"
      + "marca|březen|března|mart;avril|abril|aprile|kwiecień|kwietnia|duben|dubna|nisan;"
      + "mai|mayo|maggio|maio|mei|maj|maja|květen|května|mayis;juni|juin|junio|giugno|junho|"
      + "czerwiec|czerwca|červen|června|haziran;juli|juillet|julio|luglio|julho|lipiec|lipca|"
      + "červenec|července|temmuz;augusti|août|aout|agosto|augustus|sierpień|sierpnia|srpen|"
      + "srpna|ağustos;septembre|septiembre|settembre|setembro|wrzesień|września|září|eylül;"
      + "oktober|octobre|octubre|ottobre|outubro|październik|października|říjen|října|ekim;"
      + "novembre|noviembre|novembro|listopad|listopada|listopadu|kasim;dezember|desember|"
      + "décembre|diciembre|dicembre|dezembro|grudzień|grudnia|prosinec|prosince|aralik";
  /**
   * The names of {@link #OTHER_MONTHS} by their first letter (a-z, then one list for any other),
   * each as its start in the string, its end and its month packed ({@code start << 16 | end << 4
   * | month - 1}): a cell's run of letters is compared with the few names its first letter allows.
   */
  private static final int[][] OTHER_MONTHS_BY_INITIAL = otherMonthsByInitial();

  private static int[][] otherMonthsByInitial() {
    int[] counts = new int[27];
    int[][] byInitial = new int[27][];
    for (int pass = 0; pass < 2; pass++) {
      int month = 0;
      int start = 0;
      for (int i = 0; i <= OTHER_MONTHS.length(); i++) {
        char c = i < OTHER_MONTHS.length() ? OTHER_MONTHS.charAt(i) : ';';
        if (c != '|' && c != ';') {
          continue;
        }
        int initial = OTHER_MONTHS.charAt(start) - 'a';
        initial = initial >= 0 && initial < 26 ? initial : 26;
        if (pass == 0) {
          counts[initial]++;
        } else {
          byInitial[initial][--counts[initial]] = start << 16 | i << 4 | month;
        }
        start = i + 1;
        month += c == ';' ? 1 : 0;
      }
      for (int k = 0; pass == 0 && k < 27; k++) {
        byInitial[k] = new int[counts[k]];
      }
    }
    return byInitial;
  }
  /** Weekdays from Monday, ISO's day 1. */
  private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday",
      "Friday", "Saturday", "Sunday"};
  private static final String[] SHORT_WEEKDAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat",
      "Sun"};
  private static final int[] ALL_WEEKDAYS = {0, 1, 2, 3, 4, 5, 6};
  /**
   * Per ASCII letter, the months whose names start with it (in either length), in order: a cell
   * is compared with the one to three of them its first letter allows, not all twelve.
   */
  private static final int[][] MONTHS_BY_INITIAL = monthsByInitial();
  /** Every month, for a first char beyond ASCII (the long s reads as an S ignoring case). */
  private static final int[] ALL_MONTHS = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};

  private static int[][] monthsByInitial() {
    int[][] byInitial = new int[26][];
    for (int letter = 0; letter < 26; letter++) {
      int n = 0;
      for (String name : MONTHS) {
        n += (name.charAt(0) | 0x20) == 'a' + letter ? 1 : 0;
      }
      byInitial[letter] = new int[n];
      n = 0;
      for (int m = 0; m < 12; m++) {
        if ((MONTHS[m].charAt(0) | 0x20) == 'a' + letter) {
          byInitial[letter][n++] = m;
        }
      }
    }
    return byInitial;
  }
  /** Years whose dates {@link #parseDate} packs into an int; others take {@link #parse}. */
  private static final int PACKED_YEARS = 200_000;
  /** What {@link #parseDate} answers for a value that names no date under the pattern. */
  public static final int NO_DATE = Integer.MIN_VALUE;
  /** What {@link #parseDate} answers for a date it cannot pack (a year beyond ±200,000). */
  public static final int UNPACKED = Integer.MIN_VALUE + 1;

  // fields
  private static final int YEAR = 0;
  private static final int MONTH = 1;
  private static final int DAY = 2;
  private static final int HOUR = 3;
  private static final int CLOCK_HOUR = 4;
  private static final int MINUTE = 5;
  private static final int SECOND = 6;
  private static final int NANO = 7;
  private static final int AMPM = 8;
  private static final int OFFSET = 9;
  private static final int WEEKDAY = 10;
  private static final int FIELDS = 11;
  /** The slot after the fields: a bit per field read. */
  private static final int HAS = FIELDS;
  /** How many ints {@link #parseDate(String, int[])} needs: the fields and their bits. */
  public static final int SCRATCH = FIELDS + 1;
  private static final String FIELD_LETTERS = "uMdEHhmsSaXz";

  // element kinds
  private static final int LITERAL = 0;
  private static final int NUMBER = 1; // count 1: 1 to 19 digits; count 2: exactly 2
  private static final int YEAR4 = 2;
  private static final int YEAR2 = 3;
  private static final int MONTH_TEXT = 4;
  private static final int AMPM_TEXT = 5;
  private static final int FRACTION = 6;
  private static final int OFFSET_ID = 7;
  private static final int OPTIONAL = 8;
  private static final int WEEKDAY_TEXT = 9;
  private static final int ZONE_TEXT = 10;
  /** {@link #ANY_FRACTION}, read as one optional element. */
  private static final int ANY_FRACTION_TEXT = 11;
  /** The names {@code z} reads, each the zero offset (longest first: UTC before UT). */
  private static final String[] ZERO_ZONES = {"UTC", "GMT", "UT", "Z"};

  /** One parsing step. */
  private static final class Element {
    final int kind;
    final int field;
    final int width;
    final String text;
    final Element[] optional;
    /** For a variable-width number: digits left to the fixed-width numbers right after it. */
    int reserved;
    /**
     * For a day in a pattern with a month's name: an English ordinal suffix may follow it
     * ({@code March 14th}, {@code 1st}), as people write such dates; java.time has no letter
     * for it.
     */
    boolean ordinal;
    /**
     * For a month's name: one of {@link #OTHER_MONTHS} is read where no English one is; for
     * {@link #ANY_FRACTION}: a decimal comma is read as a point is.
     */
    boolean anyLanguage;

    Element(int kind, int field, int width, String text, Element[] optional) {
      this.kind = kind;
      this.field = field;
      this.width = width;
      this.text = text;
      this.optional = optional;
    }

    boolean isNumeric() {
      return kind == NUMBER || kind == YEAR4 || kind == YEAR2 || kind == FRACTION;
    }

    boolean isFixedNumeric() {
      return kind == NUMBER && width == 2 || kind == YEAR2 || kind == FRACTION;
    }
  }

  private final String pattern;
  private final Element[] elements;
  private final boolean hasTime;

  private DatePattern(String pattern, Element[] elements, boolean hasTime) {
    this.pattern = pattern;
    this.elements = elements;
    this.hasTime = hasTime;
    this.startsWithName = elements.length > 0
        && (elements[0].kind == MONTH_TEXT || elements[0].kind == WEEKDAY_TEXT);
    char next = elements.length > 1 && elements[1].kind == LITERAL ? elements[1].text.charAt(0)
        : 'a';
    // a letter compares ignoring case, and a day with a month's name may have a suffix (14th)
    this.lead = next != 'a' && (elements[0].kind == NUMBER || elements[0].kind == YEAR4)
        && !elements[0].ordinal && !((next | 0x20) >= 'a' && (next | 0x20) <= 'z') ? next : 0;
  }

  /**
   * Whether the pattern starts with a month's or a weekday's name: a value that starts with a
   * digit is none of its dates, told before reading (a column without formats tries every
   * default one on each cell that is not ISO).
   */
  private final boolean startsWithName;

  /**
   * The first char of the literal after a pattern's first number ({@code /} of {@code d/M/uuuu},
   * {@code -} of {@code uuuu-MM-dd}), or 0: see {@link #mayLead}.
   */
  private final char lead;

  /** Whether a value starting at {@code from} can be read at all: see {@link #startsWithName}. */
  private boolean mayRead(String v, int from, int to) {
    return !startsWithName || from >= to || v.charAt(from) < '0' || v.charAt(from) > '9';
  }

  /**
   * The first char of {@code [from, to)} after its leading digits and a sign before them, or 0
   * when there is none: what {@link #mayLead} tells patterns apart by. Asked once per cell by a
   * column that tries many patterns.
   */
  public static char leadOf(String v, int from, int to) {
    int i = from < to && (v.charAt(from) == '+' || v.charAt(from) == '-') ? from + 1 : from;
    while (i < to && v.charAt(i) >= '0' && v.charAt(i) <= '9') {
      i++;
    }
    return i < to ? v.charAt(i) : 0;
  }

  /**
   * Whether a value whose {@link #leadOf} is {@code lead} may be one of this pattern's dates: a
   * pattern that starts with a number and a separator reads none whose first char after its
   * digits is another ({@code 4/16/2020} is no date of {@code d.M.uuuu} or {@code uuuu-MM-dd}).
   */
  public boolean mayLead(char lead) {
    return this.lead == 0 || this.lead == lead;
  }

  /** The pattern as written. */
  public String pattern() {
    return pattern;
  }

  /**
   * Compiles a pattern.
   *
   * @param withTime whether the column holds date-times (then an hour is required)
   * @throws IllegalArgumentException with a message saying what is wrong and what to write
   */
  public static DatePattern compile(String pattern, boolean withTime) {
    return compile(pattern, withTime, false);
  }

  /**
   * Compiles a pattern whose month names, with {@code anyLanguage}, are also read in the other
   * languages of {@link #OTHER_MONTHS} (either length: {@code März}, {@code mars}, {@code janv.},
   * {@code dic}), the English ones as java.time reads them.
   *
   * @throws IllegalArgumentException as {@link #compile(String, boolean)}
   */
  public static DatePattern compile(String pattern, boolean withTime, boolean anyLanguage) {
    boolean[] seen = new boolean[FIELDS];
    int[] at = {0};
    Element[] elements = parse(pattern, at, 0, seen);
    if (at[0] < pattern.length()) {
      throw new IllegalArgumentException("']' at " + (at[0] + 1) + " closes no '['");
    }
    if (!seen[YEAR] || !seen[MONTH] || !seen[DAY]) {
      throw new IllegalArgumentException("a date needs a year (uuuu or uu), a month (M, MM, MMM"
          + " or MMMM) and a day (d or dd)");
    }
    if (seen[CLOCK_HOUR] != seen[AMPM]) {
      throw new IllegalArgumentException("h (hour 1-12) and a (AM/PM) go together; use H for"
          + " hours 0-23");
    }
    if (seen[HOUR] && seen[CLOCK_HOUR]) {
      throw new IllegalArgumentException("use either H or h, not both");
    }
    boolean hasTime = seen[HOUR] || seen[CLOCK_HOUR];
    if (withTime && !hasTime) {
      throw new IllegalArgumentException("a date-time needs an hour (HH, or hh with a)");
    }
    if ((seen[MINUTE] || seen[SECOND] || seen[NANO]) && !hasTime
        || (seen[SECOND] || seen[NANO]) && !seen[MINUTE] || seen[NANO] && !seen[SECOND]) {
      throw new IllegalArgumentException("time fields need the larger ones before them (hours,"
          + " then minutes, then seconds, then fractions)");
    }
    reserve(elements);
    if (hasMonthName(elements)) {
      markOrdinalDays(elements, anyLanguage);
    }
    if (anyLanguage) {
      markCommaFractions(elements);
    }
    return new DatePattern(pattern, elements, hasTime);
  }

  private static Element[] parse(String p, int[] at, int depth, boolean[] seen) {
    List<Element> out = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    while (at[0] < p.length()) {
      char c = p.charAt(at[0]);
      if (p.startsWith(ANY_FRACTION, at[0])) {
        flush(literal, out);
        if (seen[NANO] && depth == 0) {
          throw new IllegalArgumentException("'S' at " + (at[0] + 3) + " repeats a field that"
              + " the pattern already has");
        }
        seen[NANO] = true;
        out.add(new Element(ANY_FRACTION_TEXT, NANO, 9, null, null));
        at[0] += ANY_FRACTION.length();
      } else if (c == '[') {
        flush(literal, out);
        at[0]++;
        Element[] inner = parse(p, at, depth + 1, seen);
        if (at[0] >= p.length()) {
          throw new IllegalArgumentException("'[' opens an optional section that no ']' closes");
        }
        at[0]++;
        out.add(new Element(OPTIONAL, -1, 0, null, inner));
      } else if (c == ']') {
        return finish(literal, out); // at depth 0, compile reports the stray ']'
      } else if (c == '\'') {
        int end = at[0] + 1;
        StringBuilder quoted = new StringBuilder();
        while (true) {
          if (end >= p.length()) {
            throw new IllegalArgumentException("a quote at " + (at[0] + 1) + " is not closed");
          }
          if (p.charAt(end) == '\'') {
            if (end + 1 < p.length() && p.charAt(end + 1) == '\'') {
              quoted.append('\'');
              end += 2;
              continue;
            }
            break;
          }
          quoted.append(p.charAt(end++));
        }
        literal.append(end == at[0] + 1 ? "'" : quoted); // '' is one quote
        at[0] = end + 1;
      } else if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
        int n = 1;
        while (at[0] + n < p.length() && p.charAt(at[0] + n) == c) {
          n++;
        }
        flush(literal, out);
        out.add(letter(c, n, at[0], seen, depth));
        at[0] += n;
      } else if (c == '#' || c == '{' || c == '}') {
        throw new IllegalArgumentException("'" + c + "' is reserved; quote it to use it as text");
      } else {
        literal.append(c);
        at[0]++;
      }
    }
    return finish(literal, out);
  }

  private static Element[] finish(StringBuilder literal, List<Element> out) {
    flush(literal, out);
    return out.toArray(new Element[0]);
  }

  private static void flush(StringBuilder literal, List<Element> out) {
    if (literal.length() > 0) {
      out.add(new Element(LITERAL, -1, 0, literal.toString(), null));
      literal.setLength(0);
    }
  }

  private static Element letter(char c, int n, int at, boolean[] seen, int depth) {
    Element e;
    switch (c) {
      case 'u':
      case 'y':
        if (n != 2 && n != 4) {
          throw unsupported(c, n, at, "write the year as uuuu or uu");
        }
        e = new Element(n == 4 ? YEAR4 : YEAR2, YEAR, n, null, null);
        break;
      case 'M':
        e = n <= 2 ? new Element(NUMBER, MONTH, n, null, null)
            : n <= 4 ? new Element(MONTH_TEXT, MONTH, n, null, null) : null;
        break;
      case 'd':
        e = n <= 2 ? new Element(NUMBER, DAY, n, null, null) : null;
        break;
      case 'E':
        e = n <= 4 ? new Element(WEEKDAY_TEXT, WEEKDAY, n, null, null) : null;
        break;
      case 'H':
        e = n <= 2 ? new Element(NUMBER, HOUR, n, null, null) : null;
        break;
      case 'h':
        e = n <= 2 ? new Element(NUMBER, CLOCK_HOUR, n, null, null) : null;
        break;
      case 'm':
        e = n <= 2 ? new Element(NUMBER, MINUTE, n, null, null) : null;
        break;
      case 's':
        e = n <= 2 ? new Element(NUMBER, SECOND, n, null, null) : null;
        break;
      case 'S':
        e = n <= 9 ? new Element(FRACTION, NANO, n, null, null) : null;
        break;
      case 'a':
        e = n == 1 ? new Element(AMPM_TEXT, AMPM, n, null, null) : null;
        break;
      case 'X':
        e = n <= 3 ? new Element(OFFSET_ID, OFFSET, n, null, null) : null;
        break;
      case 'z':
        e = n <= 3 ? new Element(ZONE_TEXT, OFFSET, n, null, null) : null;
        break;
      default:
        throw new IllegalArgumentException("the letter '" + c + "' at " + (at + 1) + " is not"
            + " supported; use " + FIELD_LETTERS.replace("", " ").trim()
            + " (see the schema guide), and quote other letters as text: 'T'");
    }
    if (e == null) {
      throw unsupported(c, n, at, "see the schema guide for the supported lengths");
    }
    // a fraction or an offset again in an optional section: another width of it, tried in turn
    // ([.SSSSSS][.SSS], [XXX][X]); a second reading that differs fails, as in java.time
    if (seen[e.field] && !(depth > 0 && (e.field == NANO || e.field == OFFSET))) {
      throw new IllegalArgumentException("'" + c + "' at " + (at + 1) + " repeats a field that"
          + " the pattern already has");
    }
    seen[e.field] = true;
    return e;
  }

  private static IllegalArgumentException unsupported(char c, int n, int at, String hint) {
    return new IllegalArgumentException("'" + String.valueOf(c).repeat(n) + "' at " + (at + 1)
        + " is not supported; " + hint);
  }

  /**
   * Adjacent numbers without a separator, as java.time reads them: a variable-width number leaves
   * the fixed-width numbers right after it their digits ({@code uuuuMMdd}); a variable-width number
   * followed by another one cannot be split and is refused.
   */
  private static void reserve(Element[] elements) {
    for (int i = 0; i < elements.length; i++) {
      Element e = elements[i];
      if (e.kind == OPTIONAL) {
        reserve(e.optional);
        if (i > 0 && elements[i - 1].isNumeric() && startsNumeric(e)) {
          throw new IllegalArgumentException("put a separator between a number and an optional"
              + " section that starts with a number");
        }
        continue;
      }
      boolean variable = e.kind == YEAR4 || e.kind == NUMBER && e.width == 1;
      if (!variable) {
        continue;
      }
      int reserved = 0;
      for (int j = i + 1; j < elements.length && elements[j].isNumeric(); j++) {
        if (!elements[j].isFixedNumeric() || elements[j].kind == FRACTION) {
          throw new IllegalArgumentException("put a separator after a one-letter field (or the"
              + " year) when another number follows it, or write the next field with two letters");
        }
        reserved += elements[j].width;
      }
      if (reserved > 0 && e.kind != YEAR4) {
        throw new IllegalArgumentException("put a separator after a one-letter field when another"
            + " number follows it");
      }
      e.reserved = reserved;
    }
  }

  private static boolean hasMonthName(Element[] elements) {
    for (Element e : elements) {
      if (e.kind == MONTH_TEXT || e.kind == OPTIONAL && hasMonthName(e.optional)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Marks the {@link #ANY_FRACTION} of a pattern read in any language to take a decimal comma as
   * well as a point ({@code 09:30:00,123}): ISO 8601 allows both and prefers the comma, and
   * Python's logging, log4j and the languages that write a decimal comma write the fraction so.
   */
  private static void markCommaFractions(Element[] elements) {
    for (Element e : elements) {
      if (e.kind == ANY_FRACTION_TEXT) {
        e.anyLanguage = true;
      } else if (e.kind == OPTIONAL) {
        markCommaFractions(e.optional);
      }
    }
  }

  /** Marks the days of a pattern with a month's name ordinal, and its names any language's. */
  private static void markOrdinalDays(Element[] elements, boolean anyLanguage) {
    for (Element e : elements) {
      if (e.kind == NUMBER && e.field == DAY) {
        e.ordinal = true;
      } else if (e.kind == MONTH_TEXT) {
        e.anyLanguage = anyLanguage;
      } else if (e.kind == OPTIONAL) {
        markOrdinalDays(e.optional, anyLanguage);
      }
    }
  }

  private static boolean startsNumeric(Element optional) {
    return optional.optional.length > 0 && (optional.optional[0].isNumeric()
        || optional.optional[0].kind == OPTIONAL && startsNumeric(optional.optional[0]));
  }

  /**
   * Parses a whole value: the ISO 8601 form ({@code 2024-03-14}, or for date-times
   * {@code 2024-03-14T09:30:00} with {@code Z} or {@code +01:00} when the value has an offset), or
   * null when the value does not match the pattern or names no real date or time.
   */
  public String parse(String value, boolean withTime) {
    if (!mayRead(value, 0, value.length())) {
      return null;
    }
    int[] fields = new int[SCRATCH];
    int end = parse(elements, value, 0, value.length(), fields);
    if (end != value.length()) {
      return null;
    }
    return resolve(fields, withTime);
  }

  /**
   * Parses a whole value as a date without making a String: {@code year * 10000 + month * 100 +
   * day} (negative for years before 0), {@link #NO_DATE} when {@link #parse} would answer null,
   * or {@link #UNPACKED} for a valid date whose year does not fit (then ask {@link #parse}).
   * Validation compares dates read by several patterns this way (same date or ambiguous).
   */
  public int parseDate(String value) {
    return parseDate(value, new int[SCRATCH]);
  }

  /**
   * {@link #parseDate(String)} with room for the fields read (at least {@link #SCRATCH} ints, any
   * content): a caller that tries several patterns per value makes one array, not one per
   * pattern (each is an object and a typed array in the browser build).
   */
  public int parseDate(String value, int[] scratch) {
    return parseDate(value, 0, value.length(), scratch);
  }

  /**
   * {@link #parseDate(String, int[])} of the chars {@code [from, to)} of a text, read where they
   * lie: a cell's span is parsed with no String cut from the file's text.
   */
  public int parseDate(String text, int from, int to, int[] scratch) {
    if (!mayRead(text, from, to)) {
      return NO_DATE;
    }
    int[] fields = scratch;
    fields[HAS] = 0;
    int end = parse(elements, text, from, to, fields);
    if (end != to || !validDate(fields) || !timeUnresolved(fields) && !validTime(fields)) {
      return NO_DATE;
    }
    int year = fields[YEAR];
    int month = fields[MONTH];
    int day = fields[DAY];
    if (year <= -PACKED_YEARS || year >= PACKED_YEARS) {
      return UNPACKED;
    }
    int packed = Math.abs(year) * 10000 + month * 100 + day;
    return year < 0 ? -packed : packed;
  }

  /**
   * A fraction read without its second ({@code 09:30.5}): java.time then resolves no time of
   * day, so a date-time is refused and a date is read without its time's fields checked.
   */
  private static boolean timeUnresolved(int[] fields) {
    return has(fields, NANO) && !has(fields, SECOND);
  }

  /** An offset read out of its range: the value names no moment. */
  private static final int BAD_OFFSET = Integer.MIN_VALUE;

  /** Whether a field was read: its bit in the last slot of the fields. */
  private static boolean has(int[] fields, int field) {
    return (fields[HAS] & 1 << field) != 0;
  }

  /** Runs elements from a position; the position after them, or -1. */
  private static int parse(Element[] elements, String v, int pos, int end, int[] fields) {
    for (int k = 0; k < elements.length; k++) {
      Element e = elements[k];
      switch (e.kind) {
        case LITERAL:
          pos = literal(e.text, v, pos, end);
          break;
        case NUMBER:
          pos = number(e, v, pos, end, fields);
          if (pos >= 0 && e.ordinal) {
            pos = pastOrdinal(fields[DAY], v, pos, end);
          }
          break;
        case YEAR4:
          pos = year(e, v, pos, end, fields);
          break;
        case YEAR2:
          pos = fixedDigits(v, pos, end, 2, fields, YEAR);
          if (pos >= 0) {
            fields[YEAR] += 2000;
          }
          break;
        case MONTH_TEXT: {
          int at = pos;
          pos = month(e.width == 3, v, pos, end, fields);
          // another language's name, also where an English one starts it (Marzo, Juni, Octobre)
          int other = e.anyLanguage && (pos < 0 || pos < end
              && CharCategories.isLetter(v.charAt(pos))) ? otherMonth(v, at, end, fields) : -1;
          pos = other >= 0 ? other : pos;
          if (pos >= 0 && (e.width == 3 || other >= 0) && pos < end && v.charAt(pos) == '.'
              && !(k + 1 < elements.length && elements[k + 1].kind == LITERAL
                  && elements[k + 1].text.charAt(0) == '.')) {
            pos++; // an abbreviation's dot (Mar., Sept.), unless the pattern's own dot follows
          }
          break;
        }
        case AMPM_TEXT:
          pos = ampm(v, pos, end, fields);
          break;
        case WEEKDAY_TEXT:
          pos = weekday(e.width < 4, v, pos, end, fields);
          break;
        case FRACTION: {
          int before = has(fields, NANO) ? fields[NANO] : -1;
          pos = fixedDigits(v, pos, end, e.width, fields, NANO);
          if (pos >= 0) {
            for (int i = e.width; i < 9; i++) {
              fields[NANO] *= 10;
            }
            pos = before < 0 || before == fields[NANO] ? pos : -1;
          }
          break;
        }
        case ANY_FRACTION_TEXT:
          pos = anyFraction(v, pos, end, fields, e.anyLanguage);
          break;
        case OFFSET_ID:
        case ZONE_TEXT: {
          boolean had = has(fields, OFFSET);
          int before = fields[OFFSET];
          pos = e.kind == OFFSET_ID ? offset(e.width, v, pos, end, fields)
              : zeroZone(v, pos, end, fields);
          pos = !had || pos < 0 || before == fields[OFFSET] ? pos : -1;
          break;
        }
        default: {
          // a failed section reads as never tried: its fields' bits cleared, and the two fields
          // a section may read again (a fraction, an offset) as they were; no copy of the
          // fields (a typed array each in the browser, made per section per cell)
          int had = fields[HAS];
          int nano = fields[NANO];
          int offset = fields[OFFSET];
          int after = parse(e.optional, v, pos, end, fields);
          if (after < 0) {
            fields[HAS] = had;
            fields[NANO] = nano;
            fields[OFFSET] = offset;
          } else {
            pos = after;
          }
          break;
        }
      }
      if (pos < 0) {
        return -1;
      }
    }
    return pos;
  }

  private static int literal(String text, String v, int pos, int end) {
    if (pos + text.length() > end) {
      return -1;
    }
    for (int i = 0; i < text.length(); i++) {
      if (!sameIgnoringCase(text.charAt(i), v.charAt(pos + i))) {
        return -1;
      }
    }
    return pos + text.length();
  }

  private static boolean sameIgnoringCase(char a, char b) {
    if (a == b) {
      return true;
    }
    if (a < 0x80 && b < 0x80) { // ASCII: only letters have a case, 0x20 apart
      return (a | 0x20) == (b | 0x20) && (a | 0x20) >= 'a' && (a | 0x20) <= 'z';
    }
    return Character.toUpperCase(a) == Character.toUpperCase(b)
        || Character.toLowerCase(a) == Character.toLowerCase(b);
  }

  private static int digitsAt(String v, int pos, int end, int max) {
    int n = 0;
    while (n < max && pos + n < end && v.charAt(pos + n) >= '0'
        && v.charAt(pos + n) <= '9') {
      n++;
    }
    return n;
  }

  /** Digits as an int; -2 when more than nine (beyond every field's range). */
  private static int value(String v, int from, int to) {
    if (to - from > 9) {
      int first = from;
      while (first < to - 1 && v.charAt(first) == '0') {
        first++;
      }
      if (to - first > 9) {
        return -2;
      }
      from = first;
    }
    int x = 0;
    for (int i = from; i < to; i++) {
      x = x * 10 + (v.charAt(i) - '0');
    }
    return x;
  }

  private static int fixedDigits(String v, int pos, int end, int width, int[] fields,
      int field) {
    if (digitsAt(v, pos, end, width) < width) {
      return -1;
    }
    fields[field] = value(v, pos, pos + width);
    fields[HAS] |= 1 << field;
    return pos + width;
  }

  private static int number(Element e, String v, int pos, int end, int[] fields) {
    if (e.width == 2) {
      return fixedDigits(v, pos, end, 2, fields, e.field);
    }
    // one letter: 1 to 19 digits; a sign is refused (a minus would make the value negative,
    // which no field allows)
    int n = digitsAt(v, pos, end, 19);
    if (n == 0) {
      return -1;
    }
    int x = value(v, pos, pos + n);
    if (x < 0) {
      return -1;
    }
    fields[e.field] = x;
    fields[HAS] |= 1 << e.field;
    return pos + n;
  }

  /** uuuu: four digits; more only with a sign, as java.time's strict EXCEEDS_PAD. */
  private static int year(Element e, String v, int pos, int end, int[] fields) {
    boolean negative = false;
    boolean positive = false;
    if (pos < end && v.charAt(pos) == '+') {
      positive = true;
      pos++;
    } else if (pos < end && v.charAt(pos) == '-') {
      negative = true;
      pos++;
    }
    int run = digitsAt(v, pos, end, 19 + e.reserved);
    int n = e.reserved > 0 ? Math.max(4, run - e.reserved) : run;
    if (run < 4) {
      return -1;
    }
    if (positive && n <= 4 || !positive && !negative && n > 4) {
      return -1;
    }
    int x = value(v, pos, pos + n);
    if (x < 0 || negative && x == 0) {
      return -1;
    }
    fields[YEAR] = negative ? -x : x;
    fields[HAS] |= 1 << YEAR;
    return pos + n;
  }

  private static int month(boolean shortName, String v, int pos, int end, int[] fields) {
    int[] candidates = ALL_MONTHS;
    if (pos < end && v.charAt(pos) < 0x80) {
      // an ASCII char equals a month's initial ignoring case only as that letter (sameIgnoringCase)
      int letter = (v.charAt(pos) | 0x20) - 'a';
      if (letter < 0 || letter >= 26) {
        return -1;
      }
      candidates = MONTHS_BY_INITIAL[letter];
    }
    // longest first, as java.time tries them (no month name is a prefix of another in English)
    int after = name(shortName ? SHORT_MONTHS : MONTHS, candidates, MONTH, v, pos, end, fields);
    if (shortName && after >= 0 && fields[MONTH] == 9 && after < end
        && (v.charAt(after) | 0x20) == 't') {
      after++; // Sept, as British and AP style abbreviate September
    }
    return after;
  }

  /**
   * Reads a month's name in another language ({@link #OTHER_MONTHS}) at {@code pos}: the run of
   * letters there, ignoring case, when it is one of the names, or else the start (three letters
   * or more) of names of one month only ({@code janv}, {@code dic}; not {@code jui}, June's juin
   * or July's juillet). The position after it, or -1.
   */
  private static int otherMonth(String v, int pos, int end, int[] fields) {
    int stop = pos;
    while (stop < end && CharCategories.isLetter(v.charAt(stop))) {
      stop++;
    }
    if (stop - pos < 3) {
      return -1;
    }
    char first = v.charAt(pos);
    int initial = first < 0x80 ? (first | 0x20) - 'a' : 26;
    int found = -1;
    for (int name : OTHER_MONTHS_BY_INITIAL[initial >= 0 && initial < 26 ? initial : 26]) {
      int start = name >>> 16;
      int length = (name >>> 4 & 0xFFF) - start;
      int month = (name & 0xF) + 1;
      if (length >= stop - pos && sameLetters(v, pos, stop, start)) {
        if (length == stop - pos) {
          found = month; // the whole name: no other month's longer name makes it unclear
          break;
        }
        found = found < 0 || found == month ? month : 0;
      }
    }
    if (found <= 0) {
      return -1;
    }
    fields[MONTH] = found;
    fields[HAS] |= 1 << MONTH;
    return stop;
  }

  /** Whether {@code v[from, to)} is, ignoring case, the start of the name at {@code name}. */
  private static boolean sameLetters(String v, int from, int to, int name) {
    for (int i = from; i < to; i++) {
      char c = v.charAt(i);
      char n = OTHER_MONTHS.charAt(name + i - from);
      if (c != n && (c < 0x80 ? (c | 0x20) != n : c == '\u0131' || c == '\u0130' ? n != 'i'
          : Character.toLowerCase(c) != n)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Past the English ordinal suffix of a day ({@code st nd rd th}, any case, the one its number
   * takes: 1st, 2nd, 3rd, 11th, 22nd) when one follows it and no letter follows the suffix; else
   * where it was, the pattern's next element reading on ({@code 14MAR2024}).
   */
  private static int pastOrdinal(int day, String v, int pos, int end) {
    if (pos + 2 > end || (v.charAt(pos) | 0x20) < 'a' || (v.charAt(pos) | 0x20) > 'z') {
      return pos;
    }
    String suffix = day % 100 / 10 == 1 ? "th"
        : day % 10 == 1 ? "st" : day % 10 == 2 ? "nd" : day % 10 == 3 ? "rd" : "th";
    int after = literal(suffix, v, pos, end);
    return after < 0 || after < end && CharCategories.isLetter(v.charAt(after)) ? pos : after;
  }

  /**
   * {@link #ANY_FRACTION}: a point (or, with {@code comma}, a comma) and 1 to 9 digits (a longer
   * run reads its first nine and leaves the rest to the next element, as the sections did), or
   * nothing, as an optional section that does not match; a fraction already read must be the same.
   */
  private static int anyFraction(String v, int pos, int end, int[] fields, boolean comma) {
    if (pos >= end || v.charAt(pos) != '.' && !(comma && v.charAt(pos) == ',')) {
      return pos;
    }
    int n = digitsAt(v, pos + 1, end, 9);
    if (n == 0) {
      return pos;
    }
    int nano = value(v, pos + 1, pos + 1 + n);
    for (int i = n; i < 9; i++) {
      nano *= 10;
    }
    if (has(fields, NANO) && fields[NANO] != nano) {
      return pos;
    }
    fields[NANO] = nano;
    fields[HAS] |= 1 << NANO;
    return pos + 1 + n;
  }

  /**
   * z: a zone name that is the zero offset, {@code UTC}, {@code GMT}, {@code UT} or {@code Z}
   * (any case), as BigQuery, e-mail and Unix's {@code date} write it. Other zone names are
   * refused: most ({@code CET}, {@code PST}) name a place whose offset changes with the season,
   * so the moment depends on rules the file does not carry.
   */
  private static int zeroZone(String v, int pos, int end, int[] fields) {
    for (String name : ZERO_ZONES) {
      int after = literal(name, v, pos, end);
      if (after >= 0 && (after == end || !CharCategories.isLetter(v.charAt(after)))) {
        fields[OFFSET] = 0;
        fields[HAS] |= 1 << OFFSET;
        return after;
      }
    }
    return -1;
  }

  /**
   * Reads one of {@code names} (those at {@code candidates}) at {@code pos}, ignoring case, into
   * a field as its number from 1; the position after it, or -1.
   */
  private static int name(String[] names, int[] candidates, int field, String v, int pos,
      int end, int[] fields) {
    for (int i : candidates) {
      if (literal(names[i], v, pos, end) >= 0) {
        fields[field] = i + 1;
        fields[HAS] |= 1 << field;
        return pos + names[i].length();
      }
    }
    return -1;
  }

  /**
   * E, EE, EEE: Mon; EEEE: Monday (as java.time's strict parsing, one length only). A cell that
   * starts with an ASCII char other than a letter (most dates, tried against every default format)
   * is none at once.
   */
  private static int weekday(boolean shortName, String v, int pos, int end, int[] fields) {
    if (pos >= end || v.charAt(pos) < 0x80 && ((v.charAt(pos) | 0x20) < 'a'
        || (v.charAt(pos) | 0x20) > 'z')) {
      return -1;
    }
    return name(shortName ? SHORT_WEEKDAYS : WEEKDAYS, ALL_WEEKDAYS, WEEKDAY, v, pos, end,
        fields);
  }

  private static int ampm(String v, int pos, int end, int[] fields) {
    int at = literal("AM", v, pos, end);
    int value = 0;
    if (at < 0) {
      at = literal("PM", v, pos, end);
      value = 1;
    }
    if (at >= 0) {
      fields[AMPM] = value;
      fields[HAS] |= 1 << AMPM;
    }
    return at;
  }

  /** X: +HH[mm], XX: +HHMM, XXX: +HH:MM; Z (any case) for zero. Seconds as total. */
  private static int offset(int letters, String v, int pos, int end, int[] fields) {
    if (pos < end && (v.charAt(pos) == 'Z' || v.charAt(pos) == 'z')) {
      fields[OFFSET] = 0;
      fields[HAS] |= 1 << OFFSET;
      return pos + 1;
    }
    if (pos >= end || v.charAt(pos) != '+' && v.charAt(pos) != '-') {
      return -1;
    }
    boolean negative = v.charAt(pos) == '-';
    int p = pos + 1;
    if (digitsAt(v, p, end, 2) < 2) {
      return -1;
    }
    int hours = value(v, p, p + 2);
    p += 2;
    int minutes = 0;
    if (letters == 3) {
      if (p >= end || v.charAt(p) != ':' || digitsAt(v, p + 1, end, 2) < 2) {
        return -1;
      }
      minutes = value(v, p + 1, p + 3);
      p += 3;
    } else if (letters == 2 || digitsAt(v, p, end, 2) == 2) {
      if (digitsAt(v, p, end, 2) < 2) {
        return -1;
      }
      minutes = value(v, p, p + 2);
      p += 2;
    }
    int total = hours * 3600 + minutes * 60;
    // out of range (+18:01, -19:00): read, and refused when resolved, as java.time does (a
    // pattern's next element does not get to read these chars instead)
    fields[OFFSET] = hours > 18 || minutes > 59 || hours == 18 && minutes > 0 ? BAD_OFFSET
        : negative ? -total : total;
    fields[HAS] |= 1 << OFFSET;
    return p;
  }

  private static String resolve(int[] f, boolean withTime) {
    if (withTime) {
      if (!resolveMoment(f)) {
        return null;
      }
      StringBuilder sb = new StringBuilder(36);
      appendIso(f, sb);
      return sb.toString();
    }
    if (!validDate(f) || !timeUnresolved(f) && !validTime(f)) {
      return null;
    }
    return CivilDates.iso(f[YEAR], f[MONTH], f[DAY]);
  }

  /**
   * Whether the fields read name a real date: a year, a month and a day in range, a weekday (if
   * read) that is the date's, as java.time's strict resolving demands, and no offset out of range.
   */
  private static boolean validDate(int[] f) {
    if (!has(f, YEAR) || !has(f, MONTH) || !has(f, DAY)) {
      return false;
    }
    int year = f[YEAR];
    int month = f[MONTH];
    int day = f[DAY];
    return year >= -999_999_999 && year <= 999_999_999 && month >= 1 && month <= 12 && day >= 1
        && day <= CivilDates.lengthOfMonth(year, month)
        && !(has(f, WEEKDAY) && f[WEEKDAY] != CivilDates.dayOfWeek(year, month, day))
        && !(has(f, OFFSET) && f[OFFSET] == BAD_OFFSET);
  }

  /** Whether the time fields read are in range: H 0-23, h 1-12 with a, minutes, seconds 0-59. */
  private static boolean validTime(int[] f) {
    if (has(f, HOUR) ? f[HOUR] > 23 : has(f, CLOCK_HOUR) && (f[CLOCK_HOUR] < 1
        || f[CLOCK_HOUR] > 12 || !has(f, AMPM))) {
      return false;
    }
    return !(has(f, MINUTE) && f[MINUTE] > 59 || has(f, SECOND) && f[SECOND] > 59);
  }

  /**
   * Resolves the fields read as a date-time in place: false when they name none; else the hour
   * is 0-23 (from h and a too) and the minute, second and fraction are set (0 when not read),
   * so two readings of a moment are equal field by field ({@link #sameMoment}).
   */
  private static boolean resolveMoment(int[] f) {
    if (!validDate(f) || timeUnresolved(f) || !has(f, HOUR) && !has(f, CLOCK_HOUR)
        || !validTime(f)) {
      return false;
    }
    if (!has(f, HOUR)) {
      f[HOUR] = f[CLOCK_HOUR] % 12 + 12 * f[AMPM];
    }
    if (!has(f, MINUTE)) {
      f[MINUTE] = 0;
    }
    if (!has(f, SECOND)) {
      f[SECOND] = 0;
    }
    if (!has(f, NANO)) {
      f[NANO] = 0;
    }
    f[HAS] |= 1 << HOUR | 1 << MINUTE | 1 << SECOND | 1 << NANO;
    return true;
  }

  /**
   * Parses a whole value {@code [from, to)} of a text as a date-time where it lies, without
   * making a String: true when the pattern reads a date-time there ({@link #parse} with time
   * would answer its ISO text), its fields then resolved in {@code scratch} (at least {@link
   * #SCRATCH} ints) for {@link #sameMoment} and {@link #appendIso}.
   */
  public boolean parseMoment(String text, int from, int to, int[] scratch) {
    if (!mayRead(text, from, to)) {
      return false;
    }
    scratch[HAS] = 0;
    return parse(elements, text, from, to, scratch) == to && resolveMoment(scratch);
  }

  /** Whether two date-times {@link #parseMoment} read are the same: the same ISO text. */
  public static boolean sameMoment(int[] a, int[] b) {
    for (int field = YEAR; field <= NANO; field++) {
      if (field != CLOCK_HOUR && a[field] != b[field]) {
        return false;
      }
    }
    return has(a, OFFSET) == has(b, OFFSET) && (!has(a, OFFSET) || a[OFFSET] == b[OFFSET]);
  }

  /**
   * Appends the ISO 8601 text of a date-time {@link #parseMoment} read: {@code
   * 2024-03-14T09:30:00}, the fraction without trailing zeros, and {@code Z} or {@code +01:00}
   * when it has an offset.
   */
  public static void appendIso(int[] f, StringBuilder sb) {
    CivilDates.appendIso(f[YEAR], f[MONTH], f[DAY], sb);
    sb.append('T');
    two(sb, f[HOUR]).append(':');
    two(sb, f[MINUTE]).append(':');
    two(sb, f[SECOND]);
    int nano = f[NANO];
    if (nano != 0) {
      int digits = 9;
      while (nano % 10 == 0) {
        nano /= 10;
        digits--;
      }
      sb.append('.');
      int unit = 1;
      for (int i = 1; i < digits; i++) {
        unit *= 10;
      }
      for (; unit > 0; unit /= 10) {
        sb.append((char) ('0' + nano / unit % 10));
      }
    }
    if (has(f, OFFSET)) {
      int total = f[OFFSET];
      if (total == 0) {
        sb.append('Z');
      } else {
        sb.append(total < 0 ? '-' : '+');
        int abs = Math.abs(total);
        two(sb, abs / 3600).append(':');
        two(sb, abs / 60 % 60);
      }
    }
  }

  private static StringBuilder two(StringBuilder sb, int n) {
    return sb.append((char) ('0' + n / 10)).append((char) ('0' + n % 10));
  }

  /** Whether the pattern reads a time of day. */
  public boolean hasTime() {
    return hasTime;
  }

  @Override
  public String toString() {
    return pattern;
  }
}
