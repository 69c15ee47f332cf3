package dev.sluice.core.country;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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

  @Test
  void namesAsIsoTheUnitedNationsAndExportsWriteThemAreKnown() throws IOException {
    List<String> wrong = new ArrayList<>();
    int names = 0;
    try (InputStream in = getClass().getResourceAsStream("/country/names-as-lists-write-them.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t");
        String code = Countries.toAlpha2(parts[0]);
        if (!parts[1].equals(code)) {
          wrong.add(parts[0] + " -> " + code + ", not " + parts[1]);
        }
        names++;
      }
    }
    assertEquals(List.of(), wrong);
    assertEquals(true, names > 90, "the whole list was read: " + names);
    // the words folded away name no country on their own ("AND" is Andorra's alpha-3 code)
    assertNull(Countries.toAlpha2("The"));
    assertNull(Countries.toAlpha2("and the"));
    assertEquals("AD", Countries.toAlpha2("and"));
    assertEquals("KP", Countries.toAlpha2("Korea, North"));
  }
}
