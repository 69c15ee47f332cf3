package dev.sluice.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.browser.testing.Chromium;
import dev.sluice.browser.testing.TestServer;
import dev.sluice.browser.testing.WidgetPage;
import dev.sluice.core.message.MessageCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The widget in every shipped language, in Chromium: each language's module is loaded on demand
 * and shown, has every plural form the browser's own rules reach with whole counts, and numbers
 * and dates in messages are written the language's way.
 */
class LocalesTest {
  private static final String WIDGET = "pages/widget.html?schema=people&locale=";

  private static String title(WidgetPage page) {
    return (String) page.js("return document.querySelector('.sluice-title').textContent");
  }

  @Test
  void everyShippedLanguageOpensInItsOwnWordsWithEveryPluralFormItsRulesNeed() throws Exception {
    try (TestServer pages = TestServer.pages(); Chromium chromium = new Chromium()) {
      WidgetPage page = new WidgetPage(chromium);
      List<String> counted = new ArrayList<>();
      for (String code : UiTemplates.codes()) {
        if (code.endsWith("#one")) {
          counted.add(code.substring(0, code.length() - "#one".length()));
        }
      }
      // a language's module is fetched when a user needs it, and no other
      page.open(pages.url() + WIDGET + "ko");
      assertEquals(List.of(pages.url() + "sluice/locales/ko.js"), chromium.requests().stream()
          .map(Chromium.Request::url).filter(u -> u.contains("/locales/")).toList());
      for (String language : MessageCatalog.languages()) {
        page.open(pages.url() + WIDGET + language);
        String expected = language.equals("en") ? "Import data"
            : UiTemplatesTest.pack(language).get("UI_TITLE");
        assertEquals(expected, title(page), language);
        assertEquals(language, page.js("return document.querySelector('.sluice-root').lang"));
        // the forms this Chromium's Intl.PluralRules picks for whole counts, each present in the
        // module the widget loaded (English: from the engine)
        @SuppressWarnings("unchecked")
        List<String> missing = (List<String>) ((JavascriptExecutor) chromium.driver())
            .executeAsyncScript("const [language, counted, done] = arguments;"
                + "const pack = language === 'en' ? null"
                + "  : (await import('/sluice/locales/' + language + '.js')).default;"
                + "const rules = new Intl.PluralRules(language);"
                + "const counts = [...Array(2001).keys(), 1e6, 2e6, 1e9];"
                + "const forms = new Set(counts.map((n) => rules.select(n)));"
                + "forms.delete('other');"
                + "const missing = [];"
                + "if (pack) for (const code of counted) for (const form of forms)"
                + "  if (!pack[code + '#' + form]) missing.push(code + '#' + form);"
                + "done(missing);", language, counted);
        assertEquals(List.of(), missing, language + " lacks plural forms");
      }
      // a regional tag is served by its language, an unknown one by English
      page.open(pages.url() + WIDGET + "pt-PT");
      assertEquals(UiTemplatesTest.pack("pt-BR").get("UI_TITLE"), title(page));
      page.open(pages.url() + WIDGET + "zh-TW");
      assertEquals(UiTemplatesTest.pack("zh-Hans").get("UI_TITLE"), title(page));
      page.open(pages.url() + WIDGET + "xx-YY");
      assertEquals("Import data", title(page));
    }
  }

  @Test
  void aCountChoosesThePolishFormItsNumberNeeds() throws Exception {
    try (TestServer pages = TestServer.pages(); Chromium chromium = new Chromium()) {
      WidgetPage page = new WidgetPage(chromium);
      page.open(pages.url() + "pages/widget.html?schema=people&policy=exclude&locale=pl");
      page.upload(Path.of("src/test/resources/files/people.csv"));
      page.toMapping();
      page.toValues();
      page.toReview();
      String button = (String) page.js(
          "return document.querySelector('[data-testid=submit]').textContent");
      int n = Integer.parseInt(button.replaceAll("\\D", ""));
      String word = n == 1 ? "wiersz"
          : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? "wiersze" : "wierszy";
      assertEquals("Importuj " + n + " " + word, button);
    }
  }

  @Test
  void datesAndNumbersInMessagesAreWrittenTheLanguagesWay() throws Exception {
    try (TestServer pages = TestServer.pages(); Chromium chromium = new Chromium()) {
      WidgetPage page = new WidgetPage(chromium);
      page.open(pages.url() + "pages/widget.html?schema=events&locale=de");
      page.upload(Path.of("src/test/resources/files/events.csv"));
      page.toMapping();
      page.toReview();
      String message = page.cellAttribute(0, 1, "aria-description");
      assertTrue(message.contains("3. April 2024") && message.contains("4. März 2024")
          && message.contains("(z. B. 2024-04-03)"), message);

      Path big = Files.createTempFile("sluice-rows", ".csv");
      Files.writeString(big, "Event,Day\n" + "Launch,2024-05-06\n".repeat(1_200));
      page.open(pages.url() + "pages/widget.html?schema=events&locale=de&maxRows=1000");
      chromium.driver().findElement(By.cssSelector("input[type=file]"))
          .sendKeys(big.toAbsolutePath().toString());
      String error = page.waiter().until(ExpectedConditions.visibilityOfElementLocated(
          By.cssSelector(".sluice-error"))).getText();
      assertTrue(error.contains("1.000"), error);
      Files.delete(big);
    }
  }
}
