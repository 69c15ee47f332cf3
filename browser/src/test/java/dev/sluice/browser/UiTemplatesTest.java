package dev.sluice.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.core.message.MessageCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class UiTemplatesTest {
  private static final Path PACKS = Path.of("src/main/locales");
  private static final Set<String> PLURAL_FORMS = Set.of("zero", "one", "two", "few", "many");

  static Map<String, String> pack(String language) throws IOException {
    return new ObjectMapper().readValue(Files.readString(PACKS.resolve(language + ".json")),
        new TypeReference<Map<String, String>>() {});
  }

  @Test
  void everyShippedLanguageHasEveryWidgetWordWithTheSamePlaceholders() throws IOException {
    MessageCatalog english = UiTemplates.english();
    Set<String> words = new TreeSet<>();
    for (String code : UiTemplates.codes()) {
      words.add(code);
    }
    Set<String> packs = new TreeSet<>();
    try (var files = Files.list(PACKS)) {
      files.forEach(f -> packs.add(f.getFileName().toString().replace(".json", "")));
    }
    Set<String> shipped = new TreeSet<>(MessageCatalog.languages());
    shipped.remove("en");
    assertEquals(shipped, packs, "one pack per shipped language, no other");
    for (String language : shipped) {
      Map<String, String> pack = pack(language);
      int sameAsEnglish = 0;
      for (String code : words) {
        assertTrue(pack.containsKey(code), language + " lacks " + code);
        String template = pack.get(code);
        String en = english.format(code, Map.of());
        if (code.contains("#")) {
          // a plural form may leave the count out ("one row", Arabic "two rows") but takes no
          // argument its word lacks
          assertTrue(MessageCatalog.placeholders(en).containsAll(
              MessageCatalog.placeholders(template)), language + " " + code);
        } else {
          assertEquals(MessageCatalog.placeholders(en), MessageCatalog.placeholders(template),
              language + " " + code);
        }
        sameAsEnglish += en.equals(template) ? 1 : 0;
      }
      assertTrue(sameAsEnglish <= 2, language + " leaves " + sameAsEnglish + " words in English");
      for (String code : pack.keySet()) {
        if (words.contains(code)) {
          continue;
        }
        // a further plural form (#zero, #two, #few, #many) of a word with a "one" form; it may
        // leave the count out ("one row") but takes no other argument
        int hash = code.indexOf('#');
        assertTrue(hash > 0, language + ": unknown code " + code);
        String base = code.substring(0, hash);
        assertTrue(words.contains(base + "#one") && PLURAL_FORMS.contains(code.substring(hash + 1)),
            language + ": " + code + " is not a plural form of a counted word");
        assertTrue(MessageCatalog.placeholders(english.format(base, Map.of()))
            .containsAll(MessageCatalog.placeholders(pack.get(code))), language + " " + code);
      }
    }
  }

  @Test
  void theWidgetsCatalogueHasCoreMessagesAndItsWordsWhileCoresHasNoWidgetWords()
      throws IOException {
    MessageCatalog de = UiTemplates.catalog("de-CH", pack("de"));
    assertEquals("de", de.language());
    assertEquals(pack("de").get("UI_CLOSE"), de.format("UI_CLOSE", Map.of()));
    assertTrue(de.has("VALUE_REQUIRED"), "core's messages come along (English until translated)");
    for (String code : MessageCatalog.codes()) {
      assertFalse(code.startsWith("UI_"), code + " belongs to the widget");
    }
    assertEquals("UI_CLOSE", MessageCatalog.english().format("UI_CLOSE", Map.of()));
    assertEquals("en", UiTemplates.catalog("xx", Map.of()).language());
    assertEquals("Close", UiTemplates.catalog("xx", Map.of()).format("UI_CLOSE", Map.of()));
  }
}
