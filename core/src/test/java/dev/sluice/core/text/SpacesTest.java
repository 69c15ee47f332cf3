package dev.sluice.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpacesTest {
  @Test
  void noBreakSpacesAroundAValueAreStrippedAsJavasWhiteSpaceIs() {
    assertEquals("1,5", Spaces.strip("\u00A01,5\u00A0"));
    assertEquals("12 500", Spaces.strip("\u202F12 500\u2007"));
    assertEquals("Anna", Spaces.strip("\t\r\n\u3000Anna\u2028 "));
    assertEquals("x", Spaces.strip("\uFEFFx"), "a stray byte order mark too");
    assertEquals("\u0001x", Spaces.strip("\u0001x"), "control chars are no white space");
    assertEquals("a\u00A0b", Spaces.strip(" a\u00A0b "), "inside, kept");
  }

  @Test
  void aValueWithNothingToStripIsReturnedItself() {
    String v = "Émile Ødegård";
    assertSame(v, Spaces.strip(v));
  }

  @Test
  void blankIsWhatStripsToNothing() {
    for (String blank : new String[] {"", " ", "\t", "\u00A0", "\u2007\u202F", "\u3000", "\uFEFF"}) {
      assertTrue(Spaces.isBlank(blank), blank);
      assertEquals("", Spaces.strip(blank));
    }
    assertFalse(Spaces.isBlank("\u0001"));
    assertFalse(Spaces.isBlank("\u200B"), "a zero width space is no white space in Java either");
  }

  @Test
  void latinDigraphsHaveATitleCaseOfTheirOwn() {
    assertEquals('\u01C5', TextFold.titleCase('\u01C4'));
    assertEquals('\u01C5', TextFold.titleCase('\u01C6'));
    assertEquals('\u01C8', TextFold.titleCase('\u01C9'));
    assertEquals('\u01CB', TextFold.titleCase('\u01CA'));
    assertEquals('\u01F2', TextFold.titleCase('\u01F3'));
    assertEquals('A', TextFold.titleCase('a'));
    for (char c = 0; c < 0xFFFF; c++) {
      if (Character.isLetter(c)) {
        assertEquals(Character.toTitleCase(c), TextFold.titleCase(c), "U+" + Integer.toHexString(c));
      }
    }
  }
}
