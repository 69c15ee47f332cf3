package dev.sluice.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * DatePattern against java.time, the oracle: for every supported shape of pattern, the same
 * values (well-formed ones on every day of several years, edge dates, broken and out-of-range
 * ones, and random text) must read to the same ISO text, or be refused by both.
 */
class DatePatternTest {
  private static final List<String> DATE_PATTERNS = List.of(
      "uuuu-MM-dd", "uuuu/MM/dd", "d.M.uuuu", "d/M/uuuu", "M/d/uuuu", "d-M-uuuu", "d MMM uuuu",
      "d MMMM uuuu", "MMM d, uuuu", "MMMM d, uuuu", "uuuuMMdd", "dd.MM.yy", "MM/dd/yy",
      "yyyy-MM-dd", "'Day' d 'of' MMMM uuuu", "dd.MM.uuuu[ HH:mm]", "uuMMdd", "uuuu/M/d",
      "uuuu-M-d", "uuuu年M月d日", "MMM d uuuu", "MMMM d uuuu", "uuuu.M.d",
      "EEEE, MMMM d, uuuu", "EEE MMM d uuuu", "EEE, d MMM uuuu", "E dd.MM.uuuu", "ddMMMuuuu",
      "M-d-uuuu");
  private static final List<String> DATETIME_PATTERNS = List.of(
      "uuuu-MM-dd'T'HH:mm[:ss][.SSS][XXX]", "uuuu-MM-dd HH:mm[:ss][.SSS][XXX]",
      "d.M.uuuu H:mm[:ss]", "d/M/uuuu H:mm[:ss]", "M/d/uuuu H:mm[:ss]", "M/d/uuuu h:mm[:ss] a",
      "uuuuMMdd HHmm", "uuuu-MM-dd'T'HH:mm:ss.SSSSSS", "uuuu-MM-dd HH", "dd/MM/uuuu hh:mm a",
      "uuuu-MM-dd'T'HH:mm:ssX", "uuuu-MM-dd'T'HH:mm:ssXX", "uuuu-MM-dd'T'HH:mm[:ss[.SSSSSS]][XXX]",
      "uuuu-MM-dd'T'HH:mm:ss.S", "uuuu-MM-dd H:mm[:ss][.SSS][ ][XXX][X]", "d.M.uuuu[,] H:mm[:ss]",
      "M/d/uuuu[,] h:mm[:ss] a", "MMM d, uuuu[,][ 'at'] h:mm[:ss] a",
      "[EEE, ]d MMM uuuu H:mm[:ss][ ][XXX][X]", "EEE MMM d H:mm:ss[ X] uuuu",
      "uuuu/M/d H:mm[:ss]", "M-d-uuuu H:mm[:ss]", "d-MMM-uuuu H:mm[:ss]",
      "d/M/uuuu[,] h:mm[:ss] a");

  /** java.time as DateValidator used it before DatePattern. */
  private static String oracle(String pattern, String value, boolean withTime) {
    DateTimeFormatter f = new DateTimeFormatterBuilder().parseCaseInsensitive()
        .appendPattern(strictYear(pattern)).toFormatter(Locale.ENGLISH)
        .withResolverStyle(ResolverStyle.STRICT);
    try {
      if (!withTime) {
        return f.parse(value, LocalDate::from).toString();
      }
      TemporalAccessor t = f.parseBest(value, OffsetDateTime::from, LocalDateTime::from);
      if (t instanceof OffsetDateTime odt) {
        return odt.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      }
      return ((LocalDateTime) t).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Unquoted y as u, as DateValidator did for java.time's strict resolving. */
  private static String strictYear(String pattern) {
    StringBuilder sb = new StringBuilder();
    boolean quoted = false;
    for (char c : pattern.toCharArray()) {
      quoted ^= c == '\'';
      sb.append(!quoted && c == 'y' ? 'u' : c);
    }
    return sb.toString();
  }

  /** Compares both on every value; returns how many java.time read (the rest it refused). */
  private static int assertSame(String pattern, boolean withTime, Iterable<String> values) {
    DatePattern compiled = DatePattern.compile(pattern, withTime);
    int read = 0;
    for (String v : values) {
      String expected = oracle(pattern, v, withTime);
      assertEquals(expected, compiled.parse(v, withTime),
          "pattern " + pattern + (withTime ? " (date-time)" : " (date)") + " value '" + v + "'");
      // the test a column makes before reading passes every value the pattern reads
      assertTrue(expected == null || compiled.mayLead(DatePattern.leadOf(v, 0, v.length())),
          "mayLead of '" + v + "' under " + pattern);
      if (!withTime) {
        // the packed reading that validation compares agrees with the ISO one
        int packed = compiled.parseDate(v);
        assertEquals(expected == null, packed == DatePattern.NO_DATE, "parseDate of '" + v + "'");
        if (expected != null && packed != DatePattern.UNPACKED) {
          int abs = Math.abs(packed);
          assertEquals(expected, CivilDates.iso(packed < 0 ? -(abs / 10000) : abs / 10000,
              abs / 100 % 100, abs % 100), "parseDate of '" + v + "'");
        }
        // read where it lies in a longer text, between chars a reading could run on into
        for (String[] frame : new String[][] {{"7", "7"}, {"a", "Z"}, {"", " "}}) {
          String text = frame[0] + v + frame[1];
          assertEquals(packed, compiled.parseDate(text, frame[0].length(),
              frame[0].length() + v.length(), new int[DatePattern.SCRATCH]),
              "parseDate of '" + v + "' inside '" + text + "'");
        }
      }
      read += expected == null ? 0 : 1;
    }
    return read;
  }

  /** Both outcomes must occur often, or the comparison proves little. */
  private static void assertBothOutcomes(String pattern, boolean withTime, Set<String> values) {
    int read = assertSame(pattern, withTime, values);
    assertTrue(read > 700 && values.size() - read > 700,
        pattern + ": " + read + " read, " + (values.size() - read) + " refused");
  }

  /** Well-formed values of a pattern, written by java.time, and variants around them. */
  private static Set<String> values(String pattern, boolean withTime) {
    DateTimeFormatter writer = DateTimeFormatter.ofPattern(strictYear(pattern)
        .replace("[", "").replace("]", ""), Locale.ENGLISH);
    Set<String> out = new LinkedHashSet<>();
    Random random = new Random(pattern.hashCode());
    List<LocalDateTime> moments = new ArrayList<>();
    for (LocalDate d = LocalDate.of(2023, 1, 1); d.isBefore(LocalDate.of(2025, 1, 1));
        d = d.plusDays(1)) {
      moments.add(d.atTime(random.nextInt(24), random.nextInt(60), random.nextInt(60),
          random.nextInt(1000) * 1_000_000));
    }
    for (int year : new int[] {1900, 2000, 2096, 2099, 1, 999, 9999}) {
      moments.add(LocalDateTime.of(year, 2, 28, 0, 0));
      moments.add(LocalDateTime.of(year, 12, 31, 12, 0, 59));
      if (LocalDate.of(year, 1, 1).isLeapYear()) {
        moments.add(LocalDateTime.of(year, 2, 29, 23, 59));
      }
    }
    ZoneOffset[] offsets = {ZoneOffset.UTC, ZoneOffset.ofHours(1), ZoneOffset.ofHoursMinutes(-5,
        -30), ZoneOffset.ofHours(18), ZoneOffset.ofHoursMinutes(5, 45)};
    for (LocalDateTime m : moments) {
      String written;
      try {
        written = writer.format(m.atOffset(offsets[random.nextInt(offsets.length)]));
      } catch (RuntimeException e) {
        continue; // a year the pattern cannot write (uu outside 2000-2099)
      }
      out.add(written);
      out.add(written.toLowerCase(Locale.ROOT));
      out.add(written.toUpperCase(Locale.ROOT));
      out.addAll(mutations(written, random));
    }
    return out;
  }

  private static List<String> mutations(String v, Random random) {
    List<String> out = new ArrayList<>();
    out.add(v + "0");
    out.add(v + " ");
    out.add(" " + v);
    out.add("0" + v);
    out.add("+" + v);
    out.add("-" + v);
    out.add(v.substring(0, v.length() - 1));
    for (int k = 0; k < 3; k++) {
      int i = random.nextInt(v.length());
      char c = v.charAt(i);
      String[] swaps = {"3", "9", "0", "", "00", "+", "-", "Z", ":", "13", "31", "60", "24", "a"};
      out.add(v.substring(0, i) + swaps[random.nextInt(swaps.length)] + v.substring(i + 1));
      if (c >= '0' && c <= '9') {
        out.add(v.substring(0, i) + (char) ('0' + (c - '0' + 1) % 10) + v.substring(i + 1));
      }
    }
    return out;
  }

  @Test
  void theDayOfTheWeekIsJavaTimesFromYearMinus400To2500AndFarOut() {
    for (LocalDate d = LocalDate.of(-400, 1, 1); d.getYear() <= 2500; d = d.plusDays(1)) {
      assertEquals(d.getDayOfWeek().getValue(),
          CivilDates.dayOfWeek(d.getYear(), d.getMonthValue(), d.getDayOfMonth()), d.toString());
    }
    for (int year : new int[] {-999_999_999, -200_000, 200_000, 999_999_999}) {
      LocalDate d = LocalDate.of(year, 3, 1);
      assertEquals(d.getDayOfWeek().getValue(), CivilDates.dayOfWeek(year, 3, 1), d.toString());
    }
  }

  @Test
  void fractionsOfEveryWidthAndHourOffsetsReadAsJavaTimeReadsThem() {
    // a database's timestamps: PostgreSQL writes microseconds without their trailing zeros
    // (.12, .1234) and an offset of whole hours as +01; other systems write three, six or nine
    // digits. Each width is an optional section of its own, tried in turn, as the default
    // datetime formats list them
    String fractions = "[.SSSSSSSSS][.SSSSSSSS][.SSSSSSS][.SSSSSS][.SSSSS][.SSSS][.SSS][.SS][.S]";
    List<String> values = new ArrayList<>();
    for (String time : new String[] {"09:30", "09:30:00", "23:59:59"}) {
      for (String fraction : new String[] {"", ".1", ".12", ".123", ".1234", ".12345", ".123456",
          ".1234567", ".12345678", ".123456789", ".1234567890", ".", ".12.3", ".5.5", ".000",
          ".100", ".a"}) {
        for (String offset : new String[] {"", "Z", "+01", "+01:00", "-05:30", "+0530", "+01+01",
            "+01:00+01", "+01:00Z", "+1", "+25:00", " UTC"}) {
          values.add("2024-03-14 " + time + fraction + offset);
          values.add("2024-03-14T" + time + fraction + offset);
        }
      }
    }
    for (String pattern : new String[] {"uuuu-MM-dd HH:mm[:ss]" + fractions + "[XXX][X]",
        "uuuu-MM-dd'T'HH:mm[:ss]" + fractions + "[XXX][X]", "uuuu-MM-dd HH:mm:ss[.SSSSSS][.SSS]",
        "uuuu-MM-dd HH:mm:ss.SSS[.SSS]"}) {
      int read = assertSame(pattern, true, values);
      assertTrue(read >= 2 && read < values.size() - 50, pattern + ": " + read + " read");
    }
    // a field written twice outside optional sections is still refused
    assertThrows(IllegalArgumentException.class,
        () -> DatePattern.compile("uuuu-MM-dd HH:mm:ss.SSS.SSS", true));
    assertThrows(IllegalArgumentException.class,
        () -> DatePattern.compile("uuuu-MM-dd HH:mm[:ss][:ss]", true));
  }

  @Test
  void readsEveryDatePatternAsJavaTimeDoes() {
    for (String p : DATE_PATTERNS) {
      assertBothOutcomes(p, false, values(p, false));
    }
  }

  @Test
  void readsEveryDateTimePatternAsJavaTimeDoes() {
    for (String p : DATETIME_PATTERNS) {
      assertBothOutcomes(p, true, values(p, true));
      assertBothOutcomes(p, false, values(p, true)); // a date column may list one with a time
    }
  }

  @Test
  void monthNamesOfOtherLanguagesLeaveEveryEnglishReadingAsJavaTimesAndAddTheirOwn() {
    // every value java.time writes (no mutation: one may spell another language's name, DeZ)
    for (String p : DATE_PATTERNS) {
      if (!p.contains("MMM")) {
        continue;
      }
      DatePattern english = DatePattern.compile(p, false);
      DatePattern any = DatePattern.compile(p, false, true);
      for (String v : values(p, false)) {
        if (oracle(p, v, false) != null) {
          assertEquals(english.parse(v, false), any.parse(v, false), p + " '" + v + "'");
          assertEquals(english.parseDate(v), any.parseDate(v), p + " '" + v + "'");
        }
      }
    }
    DatePattern english = DatePattern.compile("d MMMM uuuu", false);
    DatePattern any = DatePattern.compile("d MMMM uuuu", false, true);
    String[][] months = {{"januar", "janvier", "enero", "gennaio", "janeiro", "stycznia", "ledna",
        "Ocak", "janv."}, {"Februar", "février", "luty", "února", "Şubat", "fev"},
        {"März", "MÄRZ", "Mär", "mars", "marzo", "maart", "mrt", "marca", "března", "Mart"},
        {"avril", "abril", "kwietnia", "dubna", "Nisan", "avr."}, {"Mai", "mayo", "maggio",
        "mei", "maj", "maja", "května", "Mayıs", "MAYIS"}, {"Juni", "juin", "junio", "giugno",
        "junho", "czerwca", "června", "červen", "Haziran"}, {"Juli", "juillet", "juil.", "luglio",
        "lipca", "července", "Temmuz"}, {"augusti", "août", "aout", "agosto", "sierpnia", "srpna",
        "Ağustos", "ago"}, {"septembre", "settembre", "setembro", "września", "září", "Eylül",
        "set"}, {"Oktober", "octobre", "ottobre", "outubro", "października", "října", "Ekim",
        "okt", "ott", "out"}, {"novembre", "noviembre", "listopada", "listopadu", "Kasım"},
        {"Dezember", "desember", "décembre", "déc.", "diciembre", "dic", "grudnia", "prosince",
        "Aralık", "dez"}};
    for (int m = 0; m < 12; m++) {
      for (String name : months[m]) {
        String v = "14 " + name + " 2024";
        assertEquals(String.format("2024-%02d-14", m + 1), any.parse(v, false), v);
        assertEquals(null, english.parse(v, false), v + ": java.time's reading knows English only");
      }
    }
    // a start that more than one month's names share, or none, names no month
    for (String v : new String[] {"14 jui 2024", "14 ma 2024", "14 Marx 2024", "14 červe 2024",
        "14 januarx 2024", "14 mars2024"}) {
      assertEquals(null, any.parse(v, false), v);
    }
  }

  @Test
  void readsEdgeValuesAsJavaTimeDoes() {
    List<String> edges = List.of("2024-02-29", "2023-02-29", "1900-02-29", "2000-02-29",
        "2024-04-31", "2024-13-01", "2024-00-10", "2024-01-00", "0000-01-01", "-0001-01-01",
        "+10000-01-01", "10000-01-01", "+2024-01-01", "-0000-01-01", "999-01-01", "02024-01-01",
        "2024-1-01", "2024-01-1", "2024-01-01T24:00", "2024-01-01T23:60", "2024-01-01T23:59:60",
        "2024-01-01T10:00+18:00", "2024-01-01T10:00+18:01", "2024-01-01T10:00-19:00",
        "2024-01-01T10:00z", "2024-01-01t10:00", "2024-01-01T10:00+0100", "2024-01-01T10:00+01",
        "2024-01-01T10:00:00.5", "2024-01-01T10:00:00.500", "2024-01-01T10:00:00.000",
        "2024-01-01T10:00:00.12", "2024-01-01 10:00", "2024-01-01T10", "", " ", "T");
    for (String p : List.of("uuuu-MM-dd", "uuuu-MM-dd'T'HH:mm[:ss][.SSS][XXX]")) {
      assertSame(p, p.contains("H"), edges);
    }
    List<String> names = List.of("1 Sep 2024", "1 sep 2024", "1 September 2024",
        "31 Jun 2024", "1 May 2024", "01 Jan 2024", "001 Jan 2024", "1  Jan 2024", "1 Jan 24",
        "0 Jan 2024", "1 Jan 20240", "+1 Jan 2024", "-1 Jan 2024", "1 \u017Fep 2024",
        "1 \u212Aan 2024", "1 jUNE 2024", "1 Juni 2024", "1 @ 2024", "1 [an 2024", "1 ", "1");
    assertSame("d MMM uuuu", false, names);
    assertSame("d MMMM uuuu", false, names);
    List<String> clock = List.of("1/2/2024 12:00 AM", "1/2/2024 12:00 pm", "1/2/2024 0:00 AM",
        "1/2/2024 13:00 PM", "1/2/2024 1:00 am", "1/2/2024 1:00 A.M.", "1/2/2024 1:00AM");
    assertSame("M/d/uuuu h:mm[:ss] a", true, clock);
    List<String> compact = List.of("20240131", "2024013", "202401310", "120240131", "+120240131",
        "-20240131", "00000131", "20240230");
    assertSame("uuuuMMdd", false, compact);
  }

  /**
   * Beyond java.time, by design: with a month's name, a day may carry its English ordinal suffix
   * (the right one only), an abbreviated month its dot, and September may be Sept, as people
   * write dates by hand; numeric patterns stay exactly java.time's.
   */
  @Test
  void readsOrdinalDaysSeptAndAbbreviationDotsWithMonthNames() {
    DatePattern named = DatePattern.compile("MMMM d, uuuu", false);
    assertEquals("2024-03-01", named.parse("March 1st, 2024", false));
    assertEquals("2024-03-02", named.parse("March 2ND, 2024", false));
    assertEquals("2024-03-03", named.parse("March 3rd, 2024", false));
    assertEquals("2024-03-11", named.parse("March 11th, 2024", false));
    assertEquals("2024-03-13", named.parse("March 13th, 2024", false));
    assertEquals("2024-03-21", named.parse("March 21st, 2024", false));
    assertEquals("2024-03-14", named.parse("March 14, 2024", false));
    for (String wrong : List.of("March 1th, 2024", "March 11st, 2024", "March 12nd, 2024",
        "March 14thx, 2024", "March 14 th, 2024", "March 14t, 2024", "March 14st, 2024")) {
      assertEquals(null, named.parse(wrong, false), wrong);
      assertEquals(DatePattern.NO_DATE, named.parseDate(wrong), wrong);
    }
    DatePattern abbreviated = DatePattern.compile("d MMM uuuu", false);
    assertEquals("2024-09-01", abbreviated.parse("1 SEPT 2024", false));
    assertEquals("2024-09-01", abbreviated.parse("1 Sept. 2024", false));
    assertEquals("2024-03-14", abbreviated.parse("14th Mar. 2024", false));
    assertEquals(null, abbreviated.parse("14 Mar.. 2024", false));
    assertEquals(null, abbreviated.parse("14 Marc 2024", false));
    assertEquals(null, abbreviated.parse("14 Jant 2024", false));
    // the pattern's own dot after the name is the pattern's
    assertEquals("2024-03-14", DatePattern.compile("d.MMM.uuuu", false).parse("14.Mar.2024", false));
    assertEquals("2024-03-14", DatePattern.compile("ddMMMuuuu", false).parse("14MAR2024", false));
    assertEquals(null, DatePattern.compile("dd.MM.uuuu", false).parse("14th.03.2024", false));
  }

  /**
   * z reads the names of the zero offset as java.time reads them (UTC, GMT, UT, Z: the same
   * moment); zone names whose offset changes with the season are refused by design.
   */
  @Test
  void zoneNamesAreReadOnlyForTheZeroOffset() {
    String pattern = "uuuu-MM-dd HH:mm:ss z";
    DatePattern compiled = DatePattern.compile(pattern, true);
    DateTimeFormatter javaTime = new DateTimeFormatterBuilder().parseCaseInsensitive()
        .appendPattern(pattern).toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    for (String zone : List.of("UTC", "GMT", "UT", "Z", "utc")) {
      String value = "2024-03-14 09:30:00 " + zone;
      String expected = java.time.ZonedDateTime.parse(value, javaTime).toOffsetDateTime()
          .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      assertEquals(expected, compiled.parse(value, true), value);
    }
    for (String zone : List.of("PST", "CET", "Europe/Berlin", "UTCX", "GMT+1", "")) {
      assertEquals(null, compiled.parse("2024-03-14 09:30:00 " + zone, true), zone);
    }
    // an offset and a zone name in optional sections must agree
    DatePattern both = DatePattern.compile("uuuu-MM-dd HH:mm[XXX][ z]", true);
    assertEquals("2024-03-14T09:30:00Z", both.parse("2024-03-14 09:30Z UTC", true));
    assertEquals(null, both.parse("2024-03-14 09:30+01:00 UTC", true));
  }

  /**
   * ANY_FRACTION, compiled as one element, reads a fraction of 1 to 9 digits as java.time reads
   * its nine optional sections; by design it refuses a second fraction after the first (which
   * java.time's sections take when it is the same number: {@code .50.5}).
   */
  @Test
  void anyFractionReadsOneFractionOfOneToNineDigitsAsJavaTimeDoes() {
    String pattern = "uuuu-MM-dd'T'HH:mm[:ss]" + DatePattern.ANY_FRACTION + "[XXX]";
    Random random = new Random(9);
    List<String> values = new ArrayList<>();
    for (int k = 0; k < 20_000; k++) {
      StringBuilder v = new StringBuilder("2024-03-14T09:30");
      if (random.nextInt(5) > 0) {
        v.append(":").append(random.nextInt(6)).append(random.nextInt(10));
      }
      int digits = random.nextInt(12);
      if (digits > 0 || random.nextInt(10) == 0) {
        v.append('.');
        for (int i = 0; i < digits; i++) {
          v.append(random.nextInt(10));
        }
      }
      v.append(new String[] {"", "", "Z", "+01:00", "-05:30", "x", ".", ":5"}[random.nextInt(8)]);
      values.add(v.toString());
    }
    assertSame(pattern, true, values);
    DatePattern compiled = DatePattern.compile(pattern, true);
    assertEquals(null, compiled.parse("2024-03-14T09:30:00.50.5", true));
    assertEquals("2024-03-14T09:30:00.123456789Z",
        compiled.parse("2024-03-14T09:30:00.123456789Z", true));
    assertEquals(null, compiled.parse("2024-03-14T09:30:00.1234567890Z", true));
  }

  @ParameterizedTest
  @ValueSource(strings = {"uuuu-MM-dd", "d.M.uuuu", "M/d/uuuu h:mm[:ss] a", "d MMM uuuu",
      "uuuu-MM-dd'T'HH:mm[:ss][.SSS][XXX]", "uuuuMMdd", "uuuu-MM-dd'T'HH:mm:ssX"})
  void readsRandomTextAsJavaTimeDoes(String pattern) {
    Random random = new Random(7);
    String alphabet = "0123456789012345678901234567890123456789-/.:T Z+aApPmMjJanFebSepDec";
    List<String> values = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(26);
      for (int k = 0; k < n; k++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      values.add(sb.toString());
    }
    boolean withTime = pattern.contains("H") || pattern.contains("h");
    assertSame(pattern, withTime, values);
  }

  @Test
  void refusesPatternsItCannotReadWithTheReason() {
    assertTrue(message("uuuu-MM-dd GGG", false).contains("'G'"));
    assertTrue(message("uuuu-MM-dd EEEEE", false).contains("EEEEE"));
    assertTrue(message("uuu-MM-dd", false).contains("uuuu or uu"));
    assertTrue(message("MM/uuuu", false).contains("a day"));
    assertTrue(message("uuuu-MM-dd", true).contains("an hour"));
    assertTrue(message("uuuu-MM-dd hh:mm", true).contains("AM/PM"));
    assertTrue(message("uuuu-MM-dd HH:mm a", true).contains("AM/PM"));
    assertTrue(message("dMuuuu", false).contains("separator"));
    assertTrue(message("uuuu-MM-dd'T", false).contains("not closed"));
    assertTrue(message("uuuu-MM-dd[ HH", false).contains("no ']'"));
    assertTrue(message("uuuu-MM-dd]", false).contains("closes no '['"));
    assertTrue(message("uuuu-MM-dd dd", false).contains("repeats"));
    assertTrue(message("uuuu-MM-dd #", false).contains("reserved"));
  }

  private static String message(String pattern, boolean withTime) {
    return assertThrows(IllegalArgumentException.class,
        () -> DatePattern.compile(pattern, withTime)).getMessage();
  }

  @Test
  void civilDatesAgreeWithLocalDate() {
    for (int day = -800_000; day <= 2_958_466; day += 7) {
      assertEquals(LocalDate.ofEpochDay(day).toString(), CivilDates.isoOfEpochDay(day),
          "epoch day " + day);
    }
    for (int year : new int[] {-123456, -10000, -9999, -1000, -999, -1, 0, 1, 9, 10, 99, 100,
        999, 1000, 1900, 2000, 2009, 9999, 10000, 99999}) {
      for (int month = 1; month <= 12; month++) {
        LocalDate d = LocalDate.of(year, month, 1);
        assertEquals(d.lengthOfMonth(), CivilDates.lengthOfMonth(year, month));
        for (int day : new int[] {1, 9, 10, 19, 28}) {
          assertEquals(d.withDayOfMonth(day).toString(), CivilDates.iso(year, month, day));
        }
      }
    }
  }
}
