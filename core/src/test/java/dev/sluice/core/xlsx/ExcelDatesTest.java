package dev.sluice.core.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExcelDatesTest {
  @Test
  void serialsOfThe1900SystemMatchExcelIncludingItsPhantomLeapDay() {
    assertEquals("1900-01-01", ExcelDates.toIso("1", Styles.Kind.DATE, false));
    assertEquals("1900-02-28", ExcelDates.toIso("59", Styles.Kind.DATE, false));
    assertEquals("1900-02-29", ExcelDates.toIso("60", Styles.Kind.DATE, false));
    assertEquals("1900-03-01", ExcelDates.toIso("61", Styles.Kind.DATE, false));
    assertEquals("2024-02-29", ExcelDates.toIso("45351", Styles.Kind.DATE, false));
    assertEquals("9999-12-31", ExcelDates.toIso("2958465", Styles.Kind.DATE, false));
    // every day from 1900-03-01 on is the JDK's count of days from 1899-12-30
    LocalDate epoch = LocalDate.of(1899, 12, 30);
    for (int serial = 61; serial < 80000; serial += 7) {
      assertEquals(epoch.plusDays(serial).toString(),
          ExcelDates.toIso(Integer.toString(serial), Styles.Kind.DATE, false));
    }
  }

  @Test
  void the1904SystemTimesAndDateTimesRoundToTheSecond() {
    assertEquals("1904-01-01", ExcelDates.toIso("0", Styles.Kind.DATE, true));
    assertEquals("2024-02-29", ExcelDates.toIso("43889", Styles.Kind.DATE, true));
    assertEquals("2024-03-01T14:05:00", ExcelDates.toIso("45352.5868055556", Styles.Kind.DATE_TIME,
        false));
    assertEquals("12:00:00", ExcelDates.toIso("0.5", Styles.Kind.TIME, false));
    assertEquals("23:59:59", ExcelDates.toIso("0.999988425925926", Styles.Kind.TIME, false));
    assertEquals("2024-02-29T06:00:00", ExcelDates.toIso("45351.25", Styles.Kind.DATE, false),
        "a date style over a value with a time keeps the time");
  }

  @Test
  void textNegativeAndOutOfRangeSerialsAreLeftAsWritten() {
    assertNull(ExcelDates.toIso("n/a", Styles.Kind.DATE, false));
    assertNull(ExcelDates.toIso("-1", Styles.Kind.DATE, false));
    assertNull(ExcelDates.toIso("2958466", Styles.Kind.DATE, false));
  }

  @Test
  void elapsedTimesCountHoursPastADay() {
    assertEquals("36:00:00", ExcelDates.toIso("1.5", Styles.Kind.ELAPSED, false));
    assertEquals("00:30:00", ExcelDates.toIso("2.0833333333333332E-2", Styles.Kind.ELAPSED, false));
    assertEquals("1000:00:05", ExcelDates.toIso("41.66672453703704", Styles.Kind.ELAPSED, false));
    assertEquals(null, ExcelDates.toIso("-0.5", Styles.Kind.ELAPSED, false), "kept as written");
  }
}
