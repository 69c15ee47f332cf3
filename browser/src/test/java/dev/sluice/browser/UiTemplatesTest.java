package dev.sluice.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.core.message.MessageCatalog;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UiTemplatesTest {
  @Test
  void everyWidgetWordIsTranslatedInEveryLanguageWithTheSamePlaceholders() {
    int languages = MessageCatalog.languages().size();
    for (String[] row : UiTemplates.rows()) {
      assertEquals(1 + languages, row.length, row[0]);
      assertTrue(row[0].startsWith("UI_"), row[0]);
      if (row[0].contains("#")) {
        // a plural form: its base code exists and takes the same placeholders
        String base = row[0].substring(0, row[0].indexOf('#'));
        assertTrue(java.util.Arrays.stream(UiTemplates.rows()).anyMatch(r -> r[0].equals(base)),
            row[0]);
        assertTrue(row[0].endsWith("#one"), "only the 'one' form is used: " + row[0]);
      }
      for (int i = 2; i < row.length; i++) {
        assertEquals(MessageCatalog.placeholders(row[1]), MessageCatalog.placeholders(row[i]),
            row[0] + " in " + MessageCatalog.languages().get(i - 1));
        assertNotEquals(row[1], row[i], row[0] + " untranslated in "
            + MessageCatalog.languages().get(i - 1));
      }
    }
  }

  @Test
  void theWidgetsCatalogueHasCoreMessagesAndItsWordsWhileCoresHasNoWidgetWords() {
    MessageCatalog de = UiTemplates.catalog("de-CH");
    assertEquals("de", de.language());
    assertTrue(de.has("UI_CLOSE") && de.has("VALUE_REQUIRED"));
    assertNotEquals("UI_CLOSE", de.format("UI_CLOSE", Map.of()));
    for (String code : MessageCatalog.codes()) {
      assertFalse(code.startsWith("UI_"), code + " belongs to the widget");
    }
    assertEquals("UI_CLOSE", MessageCatalog.english().format("UI_CLOSE", Map.of()));
  }
}
