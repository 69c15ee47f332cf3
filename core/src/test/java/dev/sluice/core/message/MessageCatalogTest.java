package dev.sluice.core.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MessageCatalogTest {
  @Test
  void everyLanguageHasEveryCodeWithTheSamePlaceholders() {
    assertEquals(Set.of("en", "de", "fr", "es", "ja"), Set.copyOf(MessageCatalog.languages()));
    Map<String, String> en = Templates.forLanguage("en");
    for (String language : MessageCatalog.languages()) {
      Map<String, String> t = Templates.forLanguage(language);
      assertEquals(en.keySet(), t.keySet(), language);
      for (String code : en.keySet()) {
        assertEquals(MessageCatalog.placeholders(en.get(code)),
            MessageCatalog.placeholders(t.get(code)), language + " " + code);
        if (!language.equals("en")) {
          assertNotEquals(en.get(code), t.get(code), language + " " + code + " is untranslated");
        }
      }
    }
  }

  @Test
  void argumentsAreFilledAndRegionalTagsFallBackToTheLanguage() {
    MessageCatalog de = MessageCatalog.forLanguage("de-CH");
    assertEquals("de", de.language());
    assertEquals("Alter muss mindestens 18 sein.",
        de.format("NUMBER_TOO_SMALL", Map.of("column", "Alter", "min", 18)));
  }

  @Test
  void unknownLanguagesFallBackToEnglishAndUnknownCodesShowTheCode() {
    assertEquals("en", MessageCatalog.forLanguage("xx").language());
    assertEquals("NO_SUCH_CODE", MessageCatalog.english().format("NO_SUCH_CODE", Map.of()));
    assertTrue(MessageCatalog.english().format("VALUE_REQUIRED", Map.of()).contains("{column}"),
        "a missing argument stays visible rather than vanishing");
  }

  @Test
  void placeholdersAreTheBracedNamesOfATemplate() {
    assertEquals(java.util.List.of("a", "b_1"), java.util.List.copyOf(
        MessageCatalog.placeholders("{a} and {b_1}, {not a name}, {} and {a} again")));
  }

  @Test
  void overridesReplaceATemplateOfTheLanguageAndLeaveTheOthers() {
    MessageCatalog de = MessageCatalog.forLanguage("de");
    MessageCatalog own = de.withOverrides(java.util.Map.of("EMAIL_INVALID",
        "Keine E-Mail in {column}"));
    assertEquals("Keine E-Mail in Mail", own.format("EMAIL_INVALID",
        java.util.Map.of("column", "Mail")));
    assertEquals(de.format("VALUE_REQUIRED", java.util.Map.of("column", "Mail")),
        own.format("VALUE_REQUIRED", java.util.Map.of("column", "Mail")));
    assertEquals("de", own.language());
    org.junit.jupiter.api.Assertions.assertNotEquals("Keine E-Mail in Mail",
        de.format("EMAIL_INVALID", java.util.Map.of("column", "Mail")), "the shared one unchanged");
  }
}
