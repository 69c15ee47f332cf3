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
}
