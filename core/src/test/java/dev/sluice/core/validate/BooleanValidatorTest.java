package dev.sluice.core.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BooleanValidatorTest {
  private static final BooleanValidator USUAL = new BooleanValidator(List.of(), List.of());
  /** A column's own words, one of which ("si") is a usual true word made false here. */
  private static final BooleanValidator OWN =
      new BooleanValidator(List.of("Aktiv", "ok"), List.of("si", "Inaktiv"));

  @Test
  void usualSpellingsOfEveryWordAreAcceptedWhereTheyLieWithTheirNormalForm() {
    List<String> words = new ArrayList<>(BooleanValidator.TRUE);
    words.addAll(BooleanValidator.FALSE);
    words.addAll(List.of("Aktiv", "ok", "Inaktiv"));
    for (String word : words) {
      String title = word.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + word.substring(1);
      for (String cell : new String[] {word, word.toLowerCase(java.util.Locale.ROOT),
          word.toUpperCase(java.util.Locale.ROOT), title}) {
        for (BooleanValidator v : new BooleanValidator[] {USUAL, OWN}) {
          assertSpanAgreesWithCheck(v, cell);
        }
      }
    }
    assertTrue(SpanCheck.assertAccepts(USUAL, "TRUE", true));
    assertTrue(SpanCheck.assertAccepts(USUAL, "Nein", true));
    assertTrue(SpanCheck.assertAccepts(USUAL, "SÍ", true));
    assertTrue(SpanCheck.assertAccepts(OWN, "AKTIV", true));
    assertEquals("false", normalAt(OWN, "Si"), "the column's own word wins over the usual one");
    assertEquals("true", normalAt(USUAL, "Si"));
  }

  @Test
  void otherShapesAreLeftToTheStringCheckWhichMayStillFindThemValid() {
    // mixed case, accents, punctuation: folded by check, not proven on the span
    for (String cell : new String[] {"Vräi", "t.", "no!", "ＴＲＵＥ", "Ja!"}) {
      SpanCheck.assertAccepts(USUAL, cell, false);
      assertTrue(USUAL.check(cell) instanceof CellResult.Valid, cell);
    }
    for (String cell : new String[] {"maybe", "2", "tru", "yess", "Aktiv"}) {
      SpanCheck.assertAccepts(USUAL, cell, false);
      assertFalse(USUAL.check(cell) instanceof CellResult.Valid, cell);
    }
  }

  @Test
  void onlyTheNormalFormAsWrittenIsHandedOverAsWritten() {
    for (String cell : new String[] {"true", "false"}) {
      assertTrue(USUAL.acceptsAsNormal("x," + cell + ",y", 2, 2 + cell.length()), cell);
    }
    for (String cell : new String[] {"TRUE", "True", "yes", "1", "f"}) {
      assertFalse(USUAL.acceptsAsNormal("x," + cell + ",y", 2, 2 + cell.length()), cell);
    }
    BooleanValidator inverted = new BooleanValidator(List.of("false"), List.of("true"));
    assertFalse(inverted.acceptsAsNormal("true", 0, 4), "true is a false word there");
    assertEquals("false", normalAt(inverted, "true"));
  }

  /** The span check and its normal form give what the String check gives. */
  private static void assertSpanAgreesWithCheck(BooleanValidator v, String cell) {
    String text = "x;" + cell + ";y";
    int from = 2;
    int to = from + cell.length();
    CellResult checked = v.check(cell);
    if (v.accepts(text, from, to)) {
      assertTrue(checked instanceof CellResult.Valid, cell);
      assertEquals(((CellResult.Valid) checked).value(), normalAt(v, cell), cell);
      assertEquals(cell.equals(((CellResult.Valid) checked).value()),
          v.acceptsAsNormal(text, from, to), cell);
    } else {
      assertFalse(checked instanceof CellResult.Valid && cell.equals(cell.strip())
          && isUsualSpelling(cell), "a usual spelling is accepted on its span: " + cell);
    }
  }

  private static boolean isUsualSpelling(String cell) {
    String lower = cell.toLowerCase(java.util.Locale.ROOT);
    return cell.equals(lower) || cell.equals(cell.toUpperCase(java.util.Locale.ROOT));
  }

  private static String normalAt(BooleanValidator v, String cell) {
    StringBuilder out = new StringBuilder("[");
    String text = "x," + cell + ",y";
    return v.appendNormalAt(text, 2, 2 + cell.length(), out) ? out.substring(1) : null;
  }
}
