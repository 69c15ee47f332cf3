package dev.sluice.core.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateValidatorTest {
  private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
      .withResolverStyle(ResolverStyle.STRICT);

  @Test
  void theHandCheckedIsoPathAgreesWithJavaTimeOnEveryDayOfLeapAndCommonYears() {
    int checked = 0;
    for (int year : new int[] {4, 1900, 2000, 2023, 2024, 2100, 9999}) {
      for (int month = 0; month <= 13; month++) {
        for (int day = 0; day <= 32; day++) {
          String v = String.format("%04d-%02d-%02d", year, month, day);
          boolean javaTime;
          try {
            LocalDate.parse(v, ISO);
            javaTime = true;
          } catch (DateTimeParseException e) {
            javaTime = false;
          }
          assertEquals(javaTime, DateValidator.isIsoDate(v), v);
          checked++;
        }
      }
    }
    assertEquals(7 * 14 * 33, checked);
    for (String odd : List.of("2024-1-01", "2024/01/01", "２０２４-01-01", "2024-01-01 ", "")) {
      assertEquals(false, DateValidator.isIsoDate(odd), odd);
    }
  }

  @Test
  void anImpossibleIsoDateStillGetsTheFormattersExactError() {
    DateValidator dates = new DateValidator(List.of(), false);
    assertEquals(new CellResult.Valid("2024-02-29"), dates.check("2024-02-29"));
    CellResult r = dates.check("2023-02-29");
    assertEquals("DATE_INVALID", ((CellResult.Invalid) r).code());
  }

  @Test
  void verifyAndAppendNormalAgreeWithCheckOnDatesReadBySeveralFormats() {
    java.util.Random random = new java.util.Random(3);
    String alphabet = "0123456789/.-, JanFebMarchDec";
    List<List<String>> formatLists = List.of(List.of(),
        List.of("uuuu-MM-dd", "d.M.uuuu", "MMM d, uuuu", "d MMMM uuuu"),
        List.of("d/M/uuuu", "M/d/uuuu"), List.of("uuuuMMdd", "uuMMdd"));
    int ambiguous = 0;
    int valid = 0;
    for (List<String> formats : formatLists) {
      DateValidator validator = new DateValidator(formats, false);
      for (int i = 0; i < 20_000; i++) {
        String v;
        if (i % 2 == 0) {
          v = (1 + random.nextInt(13)) + "/" + (1 + random.nextInt(31)) + "/" + (1990 + i % 40);
        } else {
          StringBuilder sb = new StringBuilder();
          for (int k = random.nextInt(12); k > 0; k--) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
          }
          v = sb.toString();
        }
        CellResult checked = validator.check(v);
        CellResult verified = validator.verify(v);
        StringBuilder appended = new StringBuilder("|");
        if (validator.appendNormal(v, appended)) {
          assertEquals(new CellResult.Valid(appended.substring(1)), checked, v);
        } else {
          assertEquals("|", appended.toString(), "nothing appended for " + v);
        }
        if (checked instanceof CellResult.Invalid) {
          assertEquals(checked, verified, v);
          ambiguous += ((CellResult.Invalid) checked).code().equals("DATE_AMBIGUOUS") ? 1 : 0;
        } else {
          assertEquals(CellResult.Valid.class, verified.getClass(), v);
          valid++;
        }
      }
    }
    org.junit.jupiter.api.Assertions.assertTrue(ambiguous > 100 && valid > 1000,
        ambiguous + " ambiguous, " + valid + " valid");
  }

  @Test
  void aDateFollowedByMidnightIsThatDateOnEveryPathAndAnyOtherTimeIsNoDate() {
    DateValidator dates = new DateValidator(List.of(), false);
    for (String v : List.of("2024-03-01 00:00:00", "2024-03-01T00:00:00.000Z", "1.3.2024 0:00",
        "13/1/2024 00:00", "2024/03/01 00:00", "01-MAR-2024 00:00:00.000",
        "2024-03-01 00:00:00+00", "2024-03-01T00:00:00.000000000+00:00")) {
      String iso = v.startsWith("13/") ? "2024-01-13" : "2024-03-01";
      assertEquals(new CellResult.Valid(iso), dates.check(v), v);
      assertEquals(CellResult.Valid.class, dates.verify(v).getClass(), v);
      SpanCheck.assertAccepts(dates, v, true);
      String text = "x," + v + ",y";
      int to = 2 + v.length();
      org.junit.jupiter.api.Assertions.assertFalse(dates.normalOnceAccepted(text, 2, to),
          "the text is not its own normal form: " + v);
      assertEquals(TypeValidators.ACCEPTED, dates.acceptance(text, 2, to), v);
      StringBuilder out = new StringBuilder();
      org.junit.jupiter.api.Assertions.assertTrue(dates.appendNormalAt(text, 2, to, out), v);
      assertEquals(iso, out.toString(), v);
    }
    for (String v : List.of("2024-03-01 00:00:01", "2024-03-01 12:00", "2024-03-01 12:00 PM",
        "2024-03-01 0:00 AM", "2024-03-01 00:00+01:00", "2024-03-01 00:00:00.001",
        "2024-03-01 000:00")) {
      assertEquals("DATE_INVALID", ((CellResult.Invalid) dates.check(v)).code(), v);
      SpanCheck.assertAccepts(dates, v, false);
    }
    assertEquals(new CellResult.Valid("2024-03-01"), dates.check("01-Mar-2024"));
    assertEquals(new CellResult.Valid("2024-03-14"), dates.check("3/14/2024 12:00:00 AM"));
    // a datetime column keeps its times
    assertEquals(new CellResult.Valid("2024-03-01T00:00:00"),
        new DateValidator(List.of(), true).check("2024-03-01 00:00:00"));
  }

  @Test
  void aDateExcelSavedAsItsSerialNumberIsRefusedWithTheDateItStandsFor() {
    for (boolean withTime : new boolean[] {false, true}) {
      DateValidator dates = new DateValidator(List.of(withTime ? "uuuu-MM-dd HH:mm" : "uuuu-MM-dd"),
          withTime);
      assertEquals(serial("2023-12-31"), dates.check("45291"));
      assertEquals(serial("2023-12-31"), dates.verify("45291"));
      assertEquals(serial("2023-12-31T18:00:00"), dates.check("45291.75"));
      assertEquals(serial("1950-01-01"), dates.check("18264"));
      assertEquals(serial("2099-12-31"), dates.check("73050"));
      // Excel's days against java.time's: 1899-12-30 is day 0 past Excel's phantom 1900-02-29
      for (int day = 18_264; day <= 73_050; day += 997) {
        String iso = LocalDate.of(1899, 12, 30).plusDays(day).toString();
        assertEquals(serial(iso), dates.check(Integer.toString(day)), "serial " + day);
      }
      // outside 1950-2099, or not a plain serial: the type's own issue
      String invalid = withTime ? "DATETIME_INVALID" : "DATE_INVALID";
      for (String cell : new String[] {"18263", "73051", "4529", "452910", "45291.", "-45291",
          "45,291", "45291.12345678901", "4529l", " 45291x"}) {
        assertEquals(invalid, ((CellResult.Invalid) dates.check(cell)).code(), cell);
      }
    }
  }

  private static CellResult serial(String iso) {
    return new CellResult.Invalid("EXCEL_DATE_SERIAL", java.util.Map.of("date", iso));
  }
}
