package dev.sluice.core.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StylesTest {
  @Test
  void builtInAndCustomNumberFormatsAreSortedIntoNumbersDatesAndTimes() {
    assertEquals(Styles.Kind.NUMBER, Styles.kindOf(0, null));
    assertEquals(Styles.Kind.NUMBER, Styles.kindOf(4, null));
    assertEquals(Styles.Kind.DATE, Styles.kindOf(14, null));
    assertEquals(Styles.Kind.DATE_TIME, Styles.kindOf(22, null));
    assertEquals(Styles.Kind.TIME, Styles.kindOf(21, null));
    assertEquals(Styles.Kind.DATE, Styles.kindOf(165, "yyyy\\-mm\\-dd"));
    assertEquals(Styles.Kind.DATE_TIME, Styles.kindOf(166, "dd\\.mm\\.yyyy\\ hh:mm"));
    assertEquals(Styles.Kind.DATE, Styles.kindOf(167, "[$-407]d. mmmm yyyy;@"));
    assertEquals(Styles.Kind.ELAPSED, Styles.kindOf(168, "[h]:mm:ss"));
    assertEquals(Styles.Kind.ELAPSED, Styles.kindOf(168, "[mm]:ss"));
    assertEquals(Styles.Kind.TIME, Styles.kindOf(168, "mm:ss"));
    assertEquals(Styles.Kind.DATE, Styles.kindOf(168, "mmm"));
    assertEquals(Styles.Kind.DATE, Styles.kindOf(168, "[$-407]mmmm"));
    assertEquals(Styles.Kind.NUMBER, Styles.kindOf(169, "General"));
    assertEquals(Styles.Kind.NUMBER, Styles.kindOf(170, "#,##0.00 \"days\""));
    assertEquals(Styles.Kind.NUMBER, Styles.kindOf(171, "0.00E+00"));
    assertEquals(Styles.Kind.NUMBER, Styles.kindOf(172, "[Red]#,##0.00;[Blue]-#,##0.00"));
    // an m in quotes or brackets is no month: units, German millions, colours
    assertEquals(Styles.Kind.NUMBER, Styles.kindOf(173, "0 \"min\""));
    assertEquals(Styles.Kind.NUMBER, Styles.kindOf(174, "#,##0.0,, \"Mio.\""));
    assertEquals(Styles.Kind.NUMBER, Styles.kindOf(175, "0.0\\ \"km\""));
    assertEquals(Styles.Kind.NUMBER, Styles.kindOf(176, "[Magenta]0.00"));
    assertEquals(Styles.Kind.NUMBER, Styles.kindOf(177, "#,##0\\m"));
  }

  @Test
  void numbersUnderExcelsSpecialFormatsAreShownWithTheirLeadingZerosAndSeparators() {
    String zip = "00000";
    String zip4 = "00000\\-0000";
    String ssn = "000\\-00\\-0000";
    String phone = "[<=9999999]###\\-####;\\(###\\)\\ ###\\-####";
    String[][] cases = {
      {zip, "2134", "02134"}, {zip, "90210", "90210"}, {zip, "123456", "123456"},
      {zip, "0", "00000"}, {zip, "-5", "-00005"}, {zip, "2134.5", "2134.5"},
      {zip4, "21340001", "02134-0001"}, {ssn, "78051120", "078-05-1120"},
      {phone, "5551234", "555-1234"}, {phone, "4155557693", "(415) 555-7693"},
      {phone, "0", "-"}, {phone, "-4155557693", "-4155557693"},
      {"[Red]00000", "2134", "02134"}, {"\"(\"000\") \"000", "12345", "(012) 345"},
      {"#0000", "12", "0012"}, {"#0000", "123456", "123456"},
    };
    for (String[] c : cases) {
      Styles styles = Styles.read("<styleSheet><numFmts><numFmt numFmtId=\"164\" formatCode=\""
          + c[0].replace("\"", "&quot;") + "\"/></numFmts><cellXfs><xf numFmtId=\"0\"/>"
          + "<xf numFmtId=\"164\"/></cellXfs></styleSheet>");
      assertEquals(c[2], styles.shown(1, c[1]), c[0] + " " + c[1]);
      assertEquals(c[1], styles.shown(0, c[1]), "general: " + c[1]);
    }
    // formats that are not digit templates leave the number as in general: decimals, grouping,
    // percent, currency, units, text, sections for negatives
    for (String code : new String[] {"0", "#", "0.00", "#,##0", "0%", "$0", "[$€-407]0", "0 \"km\"",
        "0\\m", "@", "0;-0", "0.00E+00", "# ?/?", "General", "00000;[Red]-00000"}) {
      assertEquals(null, DigitFormat.parse(code), code);
    }
  }

  @Test
  void cellStylesReadTheirFormatsFromTheStylesPart() {
    Styles styles = Styles.read("<styleSheet><numFmts><numFmt numFmtId=\"164\" "
        + "formatCode=\"yyyy-mm-dd\"/></numFmts><cellStyleXfs><xf numFmtId=\"14\"/></cellStyleXfs>"
        + "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"22\"/></cellXfs>"
        + "</styleSheet>");
    assertEquals(Styles.Kind.NUMBER, styles.kind(0));
    assertEquals(Styles.Kind.DATE, styles.kind(1));
    assertEquals(Styles.Kind.DATE_TIME, styles.kind(2));
    assertEquals(Styles.Kind.NUMBER, styles.kind(99), "an unknown style is a number");
  }
}
