package dev.sluice.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.core.message.MessageCatalog;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessagePacksTest {
  private static final Map<String, String> ENGLISH = Map.copyOf(
      MessageCatalog.english().codesWithTemplates().stream().collect(
          java.util.stream.Collectors.toMap(c -> c, c -> MessageCatalog.english()
              .format(c, Map.of()))));

  @Test
  void everyShippedLanguageHasEveryCoreMessageWithTheSamePlaceholders() {
    for (String language : MessageCatalog.languages()) {
      if (language.equals("en")) {
        continue;
      }
      Map<String, String> pack = MessagePacks.pack(language);
      assertEquals(ENGLISH.keySet(), pack.keySet(), language + ": codes missing or unknown");
      for (String code : ENGLISH.keySet()) {
        String template = pack.get(code);
        assertEquals(MessageCatalog.placeholders(ENGLISH.get(code)),
            MessageCatalog.placeholders(template), language + " " + code);
        assertNotEquals(ENGLISH.get(code), template, language + " " + code + " is untranslated");
        assertEquals(template.strip(), template, language + " " + code + " has edge spaces");
      }
    }
  }

  @Test
  void aRegionalTagGetsItsLanguageAndAnUnknownOneEnglish() {
    MessageCatalog de = MessagePacks.forLanguage("de-CH");
    assertEquals("de", de.language());
    assertEquals("Alter ist ein Pflichtfeld.", de.format("VALUE_REQUIRED", Map.of("column", "Alter")));
    assertEquals("pt-BR", MessagePacks.forLanguage("pt").language());
    assertEquals("en", MessagePacks.forLanguage("xx").language());
    assertEquals(ENGLISH.get("VALUE_REQUIRED"),
        MessagePacks.forLanguage("xx").format("VALUE_REQUIRED", Map.of()));
  }

  @Test
  void numbersAndDatesAreWrittenAsTheLanguageWritesThem() {
    Map<String, Object> ambiguous = Map.of("column", "Born", "first", "2024-03-04",
        "second", "2024-04-03");
    assertEquals("Born könnte 4. März 2024 oder 3. April 2024 sein. Schreiben Sie Jahr-Monat-Tag "
        + "(z. B. 2024-03-04).", MessagePacks.forLanguage("de").format("DATE_AMBIGUOUS", ambiguous));
    assertEquals("Born could be March 4, 2024 or April 3, 2024. Write it as year-month-day (such "
        + "as 2024-03-04).", MessagePacks.forLanguage("en-US").format("DATE_AMBIGUOUS", ambiguous));
    String line = MessagePacks.forLanguage("de").format("TOO_MANY_FIELDS",
        Map.of("line", 1234567, "limit", 512));
    assertTrue(line.startsWith("Zeile 1.234.567:"), line);
  }

  @Test
  void dateTimesKeepTheirWallTimeAndOffset() {
    JvmFormats en = new JvmFormats("en");
    assertTrue(en.date("2024-03-04T14:05:00").startsWith("March 4, 2024"), en.date("2024-03-04T14:05:00"));
    assertTrue(en.date("2024-03-04T14:05:00+02:00").endsWith("+02:00"));
    assertEquals("not a date", en.date("not a date"));
    assertEquals("1,234", en.number(1234));
  }
}
