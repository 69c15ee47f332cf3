package dev.sluice.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.browser.testing.Chromium;
import dev.sluice.browser.testing.TestServer;
import dev.sluice.browser.testing.WidgetPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The widget checked by axe-core (WCAG 2.1 A and AA) on every step, and imported with the
 * keyboard alone, in real Chromium.
 */
class AccessibilityTest {
  private static final Path AXE = Path.of("src/test/js/node_modules/axe-core/axe.min.js");
  private static final Path PEOPLE = Path.of("src/test/resources/files/people.csv");

  /** The WCAG 2.1 A/AA violations axe finds on the page now, as "rule: target" lines. */
  @SuppressWarnings("unchecked")
  private static List<String> violations(WidgetPage page, Chromium chromium) throws Exception {
    var driver = chromium.driver();
    if (!Boolean.TRUE.equals(page.js("return !!window.axe"))) {
      page.js(Files.readString(AXE));
    }
    Object result = ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "axe.run(document.querySelector('.sluice-root'), { runOnly: { type: 'tag',"
            + " values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })"
            + ".then((r) => done(r.violations.map((v) => v.id + ': ' + v.nodes.map((n) =>"
            + " n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' '))"
            + ".join(' | '))), (e) => done(['axe failed: ' + e]));");
    return new ArrayList<>((List<String>) result);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "de", "ar"})
  void everyStepHasNoWcagViolations(String locale) throws Exception {
    assertTrue(Files.isRegularFile(AXE), "npm ci --prefix browser/src/test/js (bin/test does)");
    try (TestServer pages = TestServer.pages(); Chromium chromium = new Chromium()) {
      WidgetPage page = new WidgetPage(chromium);
      page.open(pages.url() + "pages/widget.html?schema=people&policy=exclude&locale=" + locale);
      // each step is also kept as a screenshot (target/screenshots/<locale>-<step>.png) to look at
      assertEquals(List.of(), violations(page, chromium), "upload step");
      chromium.screenshot(locale + "-1-upload");
      page.upload(PEOPLE);
      assertEquals(List.of(), violations(page, chromium), "format step");
      chromium.screenshot(locale + "-2-format");
      page.toMapping();
      assertEquals(List.of(), violations(page, chromium), "matching step");
      chromium.screenshot(locale + "-3-matching");
      page.toValues();
      assertEquals(List.of(), violations(page, chromium), "value mapping step");
      chromium.screenshot(locale + "-4-values");
      page.toReview();
      page.js("document.querySelector('[data-testid=column-tools]').open = true");
      assertEquals(List.of(), violations(page, chromium), "review step");
      chromium.screenshot(locale + "-5-review");
      page.submit();
      assertEquals(List.of(), violations(page, chromium), "done step");
      chromium.screenshot(locale + "-6-done");
      // the checker itself: an image without a text alternative planted in the widget is found
      page.js("document.querySelector('.sluice-root').append(document.createElement('img'))");
      assertTrue(violations(page, chromium).stream().anyMatch(v -> v.startsWith("image-alt")));
    }
  }

  @Test
  void aKeyboardUserImportsAFileFromTheHostsButtonToTheDoneScreenFixingACell() throws Exception {
    try (TestServer pages = TestServer.pages(); Chromium chromium = new Chromium()) {
      WidgetPage page = new WidgetPage(chromium);
      chromium.driver().get(pages.url() + "pages/widget.html?schema=people&policy=block");
      page.waiter().until(d -> Boolean.TRUE.equals(page.js("return !!window.sluiceTest.ready")));
      WebElement open = chromium.driver().findElement(By.id("open"));
      page.js("arguments[0].focus()", open);
      keys(chromium, Keys.ENTER);
      page.waiter().until(d -> !d.findElements(By.cssSelector("[data-testid=drop]")).isEmpty());
      // the file itself comes through the file input, as a keyboard user's file dialog gives it
      page.upload(PEOPLE);
      pressPrimary(page, chromium); // format -> matching
      page.waiter().until(d -> !d.findElements(By.cssSelector(".sluice-mapping")).isEmpty());
      pressPrimary(page, chromium); // matching -> values
      page.waiter().until(d -> !d.findElements(By.cssSelector(".sluice-values")).isEmpty());
      pressPrimary(page, chromium); // values left as they are -> review
      page.waiter().until(d -> !d.findElements(By.cssSelector("[data-testid=grid] [data-col]"))
          .isEmpty());
      assertTrue(page.summary().startsWith("4 rows, 2 with errors"), page.summary());

      // Tab reaches the grid's one tabbable cell; arrows move to the plan of row 2; Enter edits
      tabUntil(chromium, e -> e.getAttribute("data-col") != null);
      assertEquals(1, chromium.driver().findElements(By.cssSelector(
          "[data-testid=grid] [data-col][tabindex='0']")).size(), "one cell in the tab order");
      keys(chromium, Keys.ARROW_DOWN, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
      WebElement focused = chromium.driver().switchTo().activeElement();
      assertEquals("1", focused.getAttribute("data-row"));
      assertEquals("3", focused.getAttribute("data-col"));
      keys(chromium, Keys.ENTER);
      page.waiter().until(d -> !d.findElements(By.cssSelector(".sluice-editor")).isEmpty());
      replaceText(chromium, "team");
      page.waiter().until(d -> page.summary().startsWith("4 rows, 1 with errors"));
      assertEquals("1", chromium.driver().switchTo().activeElement().getAttribute("data-row"),
          "focus stays on the edited cell");
      keys(chromium, Keys.ARROW_DOWN, Keys.ARROW_DOWN);
      WebElement dee = chromium.driver().switchTo().activeElement();
      assertEquals("3", dee.getAttribute("data-row"), "two rows down: Dee's plan");
      keys(chromium, Keys.ENTER);
      page.waiter().until(d -> !d.findElements(By.cssSelector(".sluice-editor")).isEmpty());
      replaceText(chromium, "pro");
      page.waiter().until(d -> page.summary().startsWith("4 rows, 0 with errors"));

      // the row's delete button is one arrow to the left of its first cell, and keeps focus
      keys(chromium, Keys.HOME, Keys.ARROW_LEFT);
      assertEquals("delete", chromium.driver().switchTo().activeElement()
          .getAttribute("data-action"));
      keys(chromium, Keys.ARROW_RIGHT);

      tabUntil(chromium, e -> "submit".equals(e.getAttribute("data-testid")));
      keys(chromium, Keys.ENTER);
      page.waiter().until(d -> !d.findElements(By.cssSelector("[data-testid=done]")).isEmpty());
      assertEquals("Imported 4 rows.", page.doneText());
    }
  }

  @Test
  void aRightToLeftLocaleMirrorsTheWidgetAndItsArrowKeys() throws Exception {
    try (TestServer pages = TestServer.pages(); Chromium chromium = new Chromium()) {
      WidgetPage page = new WidgetPage(chromium);
      page.open(pages.url() + "pages/widget.html?schema=people&policy=exclude&locale=ar");
      assertEquals("rtl", page.js("return document.querySelector('.sluice-root').dir"));
      page.upload(PEOPLE);
      page.toMapping();
      page.toValues();
      page.toReview();
      var first = page.cell(0, 0).getRect();
      var second = page.cell(0, 1).getRect();
      assertTrue(first.getX() > second.getX(), "the first column is on the right");
      var rownum = chromium.driver().findElement(By.cssSelector(".sluice-row-line .sluice-rownum"))
          .getRect();
      assertTrue(rownum.getX() > first.getX(), "row numbers on the right edge");
      page.js("arguments[0].focus()", page.cell(0, 0));
      keys(chromium, Keys.ARROW_LEFT);
      assertEquals("1", chromium.driver().switchTo().activeElement().getAttribute("data-col"),
          "the arrow towards the next column moves to it");
      keys(chromium, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
      assertEquals("delete", chromium.driver().switchTo().activeElement()
          .getAttribute("data-action"), "then on to the row's delete button");
      assertEquals(List.of(), violations(page, chromium), "review step in ar");
    }
  }

  /** In the open cell editor: select all, type, commit with Enter. */
  private static void replaceText(Chromium chromium, String text) {
    new Actions(chromium.driver()).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL)
        .sendKeys(text, Keys.ENTER).perform();
  }

  private static void keys(Chromium chromium, CharSequence... keys) {
    new Actions(chromium.driver()).sendKeys(keys).perform();
  }

  private static void pressPrimary(WidgetPage page, Chromium chromium) {
    page.waiter().until(d -> {
      WebElement active = d.switchTo().activeElement();
      return active.getAttribute("class") != null
          && active.getAttribute("class").contains("sluice-primary");
    });
    keys(chromium, Keys.ENTER);
  }

  private static void tabUntil(Chromium chromium,
      java.util.function.Predicate<WebElement> wanted) {
    for (int i = 0; i < 60; i++) {
      keys(chromium, Keys.TAB);
      if (wanted.test(chromium.driver().switchTo().activeElement())) {
        return;
      }
    }
    throw new AssertionError("Tab never reached the element");
  }
}
