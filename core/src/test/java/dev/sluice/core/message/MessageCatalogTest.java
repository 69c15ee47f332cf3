package dev.sluice.core.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageCatalogTest {
  private static final ArgumentFormats BRACKETS = new ArgumentFormats() {
    @Override
    public String number(long value) {
      return "<" + value + ">";
    }

    @Override
    public String date(String iso) {
      return "[" + iso + "]";
    }
  };

  @Test
  void tagsAreServedByTheirLanguageOrItsNearestShippedForm() {
    assertEquals(19, MessageCatalog.languages().size());
    assertEquals("en", MessageCatalog.languages().get(0));
    assertEquals("de", MessageCatalog.languageOf("de-CH"));
    assertEquals("de", MessageCatalog.languageOf("DE_at"));
    assertEquals("pt-BR", MessageCatalog.languageOf("pt-PT"));
    assertEquals("zh-Hans", MessageCatalog.languageOf("zh-TW"));
    assertEquals("zh-Hans", MessageCatalog.languageOf("zh"));
    assertEquals("nb", MessageCatalog.languageOf("no"));
    assertEquals("nb", MessageCatalog.languageOf("nn-NO"));
    assertEquals("he", MessageCatalog.languageOf("iw"));
    assertEquals("en", MessageCatalog.languageOf("xx"));
    assertEquals("en", MessageCatalog.languageOf(""));
    assertEquals("en", MessageCatalog.languageOf(null));
    for (String language : MessageCatalog.languages()) {
      assertEquals(language, MessageCatalog.languageOf(language), "a pack name serves itself");
    }
  }

  @Test
  void aTranslationReplacesItsCodesAndEnglishFillsTheRest() {
    MessageCatalog de = MessageCatalog.english().translated("de",
        Map.of("NUMBER_TOO_SMALL", "{column} muss mindestens {min} sein."));
    assertEquals("de", de.language());
    assertEquals("Alter muss mindestens 18 sein.",
        de.format("NUMBER_TOO_SMALL", Map.of("column", "Alter", "min", 18)));
    assertEquals(MessageCatalog.english().format("VALUE_REQUIRED", Map.of("column", "Alter")),
        de.format("VALUE_REQUIRED", Map.of("column", "Alter")), "a code the pack lacks");
    assertEquals("en", MessageCatalog.english().language(), "English itself unchanged");
  }

  @Test
  void unknownCodesShowTheCodeAndMissingArgumentsStayVisible() {
    assertEquals("NO_SUCH_CODE", MessageCatalog.english().format("NO_SUCH_CODE", Map.of()));
    assertTrue(MessageCatalog.english().format("VALUE_REQUIRED", Map.of()).contains("{column}"),
        "a missing argument stays visible rather than vanishing");
  }

  @Test
  void placeholdersAreTheBracedNamesOfATemplateWithOrWithoutTheDateStyle() {
    assertEquals(List.of("a", "b_1", "c"), List.copyOf(MessageCatalog.placeholders(
        "{a} and {b_1}, {not a name}, {} and {a} again, {c:date}, {d:shout}, {:date}")));
  }

  @Test
  void aRangeOfOneLengthIsWrittenAsOneNumberAndAWiderOneWithADash() {
    Map<String, Object> one = Map.of("column", "Phone", "country", "US",
        "digits", new NumberRange(10, 10));
    assertEquals("Phone: a phone number in US has 10 digits after the country code.",
        MessageCatalog.english().format("PHONE_WRONG_LENGTH", one));
    Map<String, Object> range = Map.of("column", "Phone", "country", "DE",
        "digits", new NumberRange(6, 13));
    assertEquals("Phone: a phone number in DE has <6>\u2013<13> digits after the country code.",
        MessageCatalog.english().withFormats(BRACKETS).format("PHONE_WRONG_LENGTH", range),
        "each end written by the catalogue's number format");
  }

  @Test
  void wholeNumbersAndDatesAreWrittenByTheCataloguesFormats() {
    MessageCatalog english = MessageCatalog.english();
    Map<String, Object> args = Map.of("column", "Born", "first", "2024-03-04",
        "second", "2024-04-03");
    assertEquals("Born could be 2024-03-04 or 2024-04-03. Write it as year-month-day (such as "
        + "2024-03-04).", english.format("DATE_AMBIGUOUS", args), "plain: ISO as it is");
    MessageCatalog styled = english.withFormats(BRACKETS);
    assertEquals("Born could be [2024-03-04] or [2024-04-03]. Write it as year-month-day (such as "
        + "2024-03-04).", styled.format("DATE_AMBIGUOUS", args),
        "the example of the form to write stays ISO");
    assertEquals("Line <1234>, column <3>: a field is longer than <100> characters. Check the "
        + "delimiter and quote settings, or split the file.", styled.format("FIELD_TOO_LARGE",
            Map.of("line", 1234, "column", 3L, "limit", 100)));
    assertEquals("Age must be at least 18.5.", styled.format("NUMBER_TOO_SMALL",
        Map.of("column", "Age", "min", "18.5")), "text arguments are written as they are");
    assertEquals("en", styled.language());
  }

  @Test
  void addedTemplatesReplaceThoseOfTheLanguageAndLeaveTheOthers() {
    MessageCatalog de = MessageCatalog.english().translated("de",
        Map.of("VALUE_REQUIRED", "{column} ist erforderlich."));
    MessageCatalog own = de.withTemplates(Map.of("EMAIL_INVALID", "Keine E-Mail in {column}"));
    assertEquals("Keine E-Mail in Mail", own.format("EMAIL_INVALID", Map.of("column", "Mail")));
    assertEquals("Mail ist erforderlich.", own.format("VALUE_REQUIRED", Map.of("column", "Mail")));
    assertEquals("de", own.language());
    assertNotEquals("Keine E-Mail in Mail",
        de.format("EMAIL_INVALID", Map.of("column", "Mail")), "the shared one unchanged");
    assertTrue(own.codesWithTemplates().contains("EMAIL_INVALID"));
    assertTrue(own.codesWithTemplates().containsAll(MessageCatalog.codes()));
  }
}
