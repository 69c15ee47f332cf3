package dev.sluice.core.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sluice.core.hash.PortableSha256;
import dev.sluice.core.schema.Column;
import dev.sluice.core.schema.ColumnType;
import dev.sluice.core.schema.Transform;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ColumnValidatorTest {

  /** collapse_spaces as it was written before its no-copy path: the reference. */
  private static String collapsedByHand(String v) {
    StringBuilder sb = new StringBuilder();
    boolean space = false;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0') {
        space = true;
      } else {
        if (space && sb.length() > 0) {
          sb.append(' ');
        }
        space = false;
        sb.append(c);
      }
    }
    if (space && sb.length() == 0 && !v.isEmpty()) {
      return "";
    }
    boolean blank = sb.length() == 0;
    String leading = !v.isEmpty() && (Character.isWhitespace(v.charAt(0))
        || v.charAt(0) == '\u00A0') && !blank ? " " : "";
    return leading + sb + (space && sb.length() > 0 ? " " : "");
  }

  @Test
  void collapsingSpacesGivesWhatItDidBeforeItsNoCopyPathOnRandomWhiteSpace() {
    ColumnValidator collapse = new ColumnValidator(
        Column.builder("c").transforms(Transform.COLLAPSE_SPACES).build(),
        new PortableSha256());
    Random random = new Random(17);
    String alphabet = "ab é\t\r\u000B\u000E\u001B\u001C\u00A0\u2003\u001F\u0085\u0001";
    int unchanged = 0;
    for (int i = 0; i < 200_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(9); k > 0; k--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String v = sb.toString();
      String expected = collapsedByHand(v);
      assertEquals(expected, collapse.prepare(v), "'" + v + "'");
      unchanged += expected.equals(v) ? 1 : 0;
    }
    org.junit.jupiter.api.Assertions.assertTrue(unchanged > 10_000, "both paths are exercised");
  }

  @Test
  void phoneNumbersWrittenIntoABuilderAreTheValuesHandedOverOneByOne() {
    String[] countries = {"US", "DE", "GB", "FR", null};
    String[] pieces = {"+", "00", "011", "1", "49", "44", "(0)", "20", "415", "555", "0123",
        "7946", "0958", " ", "-", ".", "/", "(", ")", "ext. ", "x", "#", "12", "a", "\uFF0B",
        "\uFF11"};
    Random random = new Random(5);
    int valid = 0;
    for (int i = 0; i < 50_000; i++) {
      String country = countries[random.nextInt(countries.length)];
      ColumnValidator v = new ColumnValidator(Column.builder("p")
          .type(new ColumnType.Phone(country)).transforms(Transform.TRIM, Transform.NORMALIZE)
          .build(), new PortableSha256());
      StringBuilder cell = new StringBuilder();
      for (int k = 1 + random.nextInt(7); k > 0; k--) {
        cell.append(pieces[random.nextInt(pieces.length)]);
      }
      String raw = cell.toString();
      StringBuilder out = new StringBuilder("before|");
      v.output(raw, out);
      assertEquals("before|" + v.output(raw), out.toString(), "'" + raw + "' in " + country);
      valid += v.check(raw) instanceof CellResult.Valid ? 1 : 0;
    }
    org.junit.jupiter.api.Assertions.assertTrue(valid > 2_000, "valid numbers are exercised: " + valid);
  }

  @Test
  void phoneNumbersTheSpanPathAcceptsAreValidAndThoseItKeysAreTheirOwnNormalForm() {
    String[] countries = {"US", "DE", "GB", "FR", null};
    String[] pieces = {"+", "00", "011", "1", "49", "44", "(0)", "0", "20", "415", "555", "0123",
        "7946", "0958", "999", " ", "-", ".", "/", "(", ")", "ext. ", "x", "#", "12", "a",
        "\uFF0B", "\uFF11", "\u00A0"};
    Random random = new Random(11);
    int accepted = 0;
    int refused = 0;
    int keyed = 0;
    for (int i = 0; i < 50_000; i++) {
      String country = countries[random.nextInt(countries.length)];
      ColumnValidator v = new ColumnValidator(Column.builder("p")
          .type(new ColumnType.Phone(country)).transforms(Transform.NORMALIZE).build(),
          new PortableSha256());
      StringBuilder cell = new StringBuilder();
      for (int k = 1 + random.nextInt(7); k > 0; k--) {
        cell.append(pieces[random.nextInt(pieces.length)]);
      }
      if (random.nextInt(3) == 0) { // digits only after a plus sign: keyed as written if valid
        cell.setLength(0);
        cell.append('+');
        for (int k = 4 + random.nextInt(12); k > 0; k--) {
          cell.append((char) ('0' + random.nextInt(10)));
        }
      }
      String raw = cell.toString();
      String text = "1,(" + raw + "),2"; // the cell as a span inside other text
      int from = 3;
      int to = from + raw.length();
      boolean valid = v.check(raw) instanceof CellResult.Valid;
      if (v.acceptsAt(text, from, to)) {
        assertEquals(true, valid, "'" + raw + "' in " + country + " is accepted, so valid");
        assertEquals(raw.equals(v.output(raw)), v.outputIsAccepted(text, from, to, false),
            "'" + raw + "' in " + country + ": handed over as written");
        accepted++;
      } else if (valid) {
        refused++; // left to the String path: extensions, full-width digits, no-break spaces
      }
      if (v.isKeyAt(text, from, to)) {
        assertEquals(raw, ((CellResult.Valid) v.check(raw)).value(), "'" + raw + "' keyed");
        keyed++;
      }
    }
    org.junit.jupiter.api.Assertions.assertTrue(accepted > 2_000 && keyed > 1_000 && refused > 50,
        "both paths are exercised: " + accepted + " accepted, " + keyed + " keyed, " + refused
        + " valid left to the String path");
  }

  @Test
  void everyValueWrittenIntoABuilderIsTheValueHandedOverOneByOne() {
    java.util.List<Column> columns = java.util.List.of(
        Column.builder("email").type(new ColumnType.Email())
            .transforms(Transform.TRIM, Transform.NORMALIZE).build(),
        Column.builder("day").type(new ColumnType.Date(java.util.List.of(
            "uuuu-MM-dd", "d.M.uuuu", "MMM d, uuuu", "d/M/uuuu", "M/d/uuuu")))
            .transforms(Transform.NORMALIZE).build(),
        Column.builder("plain_day").type(new ColumnType.Date(java.util.List.of()))
            .transforms(Transform.NORMALIZE).build(),
        Column.builder("hashed").transforms(Transform.HASH).build(),
        Column.builder("hashed_email").type(new ColumnType.Email())
            .transforms(Transform.TRIM, Transform.HASH).defaultValue("x@example.com").build(),
        Column.builder("lower").transforms(Transform.LOWER, Transform.COLLAPSE_SPACES).build());
    String[] pieces = {"a", "B", ".", "@", "Example", "COM", "com", "<", ">", " ", "mailto:",
        "2024", "-", "01", "12", "31", "/", "3", "Jan", ",", "ü", "\"", "x", "+", "0"};
    Random random = new Random(9);
    int built = 0;
    for (Column column : columns) {
      ColumnValidator v = new ColumnValidator(column, new PortableSha256());
      for (int i = 0; i < 30_000; i++) {
        StringBuilder cell = new StringBuilder();
        for (int k = random.nextInt(8); k > 0; k--) {
          cell.append(pieces[random.nextInt(pieces.length)]);
        }
        String raw = i % 5 == 0 ? "Ann.B@Example.COM" : i % 7 == 0 ? "3.1.2024" : cell.toString();
        StringBuilder out = new StringBuilder("before|");
        v.output(raw, out);
        String expected = v.output(raw);
        assertEquals("before|" + expected, out.toString(), "'" + raw + "' in " + column.key());
        built += expected.equals(raw) ? 0 : 1;
      }
    }
    org.junit.jupiter.api.Assertions.assertTrue(built > 50_000, "made values: " + built);
  }

  @Test
  void aCharKeptAtACellsEndIsOneThatTrimmingKeepsAndThatIsNotBlank() {
    int kept = 0;
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      if (!ColumnValidator.keptAtEnd(c)) {
        continue;
      }
      kept++;
      String alone = String.valueOf(c);
      assertEquals(alone, alone.strip(), "U+" + Integer.toHexString(c) + " is kept by strip");
      assertEquals(alone, ColumnValidator.strip(alone), "U+" + Integer.toHexString(c));
      assertEquals(false, ColumnValidator.isBlank(alone), "U+" + Integer.toHexString(c));
    }
    // every char but the controls, white space and the no-break space
    org.junit.jupiter.api.Assertions.assertTrue(kept > 65_000, kept + " chars kept");
  }

  @Test
  void namesBeyondAsciiAtTheirEndsAreProvenOnTheirSpansAndWhiteSpaceThereIsNot() {
    ColumnValidator trimmed = new ColumnValidator(Column.builder("name").allowBlank(false)
        .transforms(Transform.TRIM, Transform.COLLAPSE_SPACES).build(), new PortableSha256());
    String[] asWritten = {"Émile", "Ødegård", "Zoë", "Ólafur Ragnar", "Łukasz", "Ñandú",
        "東京", "Müller\uD83D\uDE00", "ß"};
    String[] trimmedAway = {"\u2003Émile", "Zoë\u3000", "\u00A0Zoë", "Ødegård\u2028",
        "\u1680Łukasz", "Ñandú\u0085", "Anna\u205F", "\u200AJo"};
    for (String cell : asWritten) {
      String text = "1,\"" + cell + "\",2";
      assertEquals(true, trimmed.acceptsAt(text, 3, 3 + cell.length()), cell);
      assertEquals(true, trimmed.outputIsAt(text, 3, 3 + cell.length()), cell);
      assertEquals(cell, trimmed.output(cell), cell);
    }
    for (String cell : trimmedAway) {
      String text = "1,\"" + cell + "\",2";
      assertEquals(false, trimmed.acceptsAt(text, 3, 3 + cell.length()), cell);
      assertEquals(false, trimmed.outputIsAt(text, 3, 3 + cell.length()), cell);
    }
  }

  @Test
  void aRefusedCellInExcelsScientificNotationIsToldSoAndANumberColumnKeepsItsOwnAnswer() {
    ColumnValidator phone = new ColumnValidator(Column.builder("phone")
        .type(new ColumnType.Phone("US")).build(), new PortableSha256());
    ColumnValidator zip = new ColumnValidator(Column.builder("zip")
        .type(new ColumnType.Text(null, null, "[0-9]{5}")).build(), new PortableSha256());
    ColumnValidator amount = new ColumnValidator(Column.builder("amount")
        .type(new ColumnType.DecimalType(null, 1e9, null)).build(), new PortableSha256());
    // with a decimal comma as Excel writes it where that is the decimal sign (German, French...)
    for (String cell : java.util.List.of("4.15556E+11", " 4.15556E+11 ", "1.23457E+15", "1E+11",
        "-4.2E+10", "1.2345678901234E+100", "4,15556E+11")) {
      assertEquals(CellResult.Invalid.of("EXCEL_SCIENTIFIC"), phone.check(cell), cell);
      assertEquals(CellResult.Invalid.of("EXCEL_SCIENTIFIC"), phone.verify(cell), cell);
    }
    assertEquals(CellResult.Invalid.of("EXCEL_SCIENTIFIC"), zip.check("2.1345E+04"));
    assertEquals("TEXT_PATTERN", ((CellResult.Invalid) zip.check("2134")).code());
    for (String cell : java.util.List.of("4.15556e+11", "4.15556E11", "0.5E+11", "4.E+11",
        "4.15556E+1", "4.15556E+1000", "E+11", "4,,15556E+11", "4,E+11")) {
      org.junit.jupiter.api.Assertions.assertFalse(ColumnValidator.excelScientific(cell), cell);
    }
    assertEquals("NUMBER_TOO_LARGE", ((CellResult.Invalid) amount.check("1.23457E+15")).code(),
        "a decimal column says what is wrong with the number");
  }

  @Test
  void anIntegerColumnRefusesAWholeNumberExcelShortenedAndTakesOtherExponents() {
    ColumnValidator id = new ColumnValidator(Column.builder("id")
        .type(new ColumnType.IntegerType(null, null, null)).build(), new PortableSha256());
    for (String cell : java.util.List.of("4.15556E+11", " 4.15556E+11", "1E+11", "-1.23457E+15",
        "1.23456789E+12", "4,15556E+11")) {
      assertEquals(CellResult.Invalid.of("EXCEL_SCIENTIFIC"), id.check(cell), cell);
      assertEquals(CellResult.Invalid.of("EXCEL_SCIENTIFIC"), id.verify(cell), cell);
    }
    // numbers Excel writes whole, and exponents typed otherwise, are the integers they name
    for (String[] cell : new String[][] {{"1E+03", "1000"}, {"1e3", "1000"},
        {"9.9E+10", "99000000000"}, {"9,9E+10", "99000000000"}, {"4.15556e+11", "415556000000"}, {"99999999999",
        "99999999999"}}) {
      assertEquals(new CellResult.Valid(cell[1]), id.check(cell[0]), cell[0]);
    }
  }
}
