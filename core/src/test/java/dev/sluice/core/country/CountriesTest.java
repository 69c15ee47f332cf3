package dev.sluice.core.country;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class CountriesTest {

  @Test
  void theTableAgreesWithTheJdkOnEveryAlpha2AndAlpha3Code() {
    int checked = 0;
    for (String a2 : Locale.getISOCountries()) {
      Locale l = new Locale("", a2);
      String a3 = l.getISO3Country();
      if (a3.isEmpty()) {
        continue;
      }
      assertEquals(a2, Countries.toAlpha2(a2), a2);
      assertEquals(a2, Countries.toAlpha2(a3.toLowerCase()), a3);
      assertEquals(a2, Countries.toAlpha2(l.getDisplayCountry(Locale.ENGLISH)), a2);
      checked++;
    }
    assertEquals(checked, Countries.count());
  }

  @Test
  void commonNamesAndNativeSpellingsAreKnown() {
    assertEquals("US", Countries.toAlpha2("U.S.A."));
    assertEquals("GB", Countries.toAlpha2("UK"));
    assertEquals("AT", Countries.toAlpha2("Österreich"));
    assertEquals("JP", Countries.toAlpha2("日本"));
    assertNull(Countries.toAlpha2("Narnia"));
  }
}
