package dev.sluice.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.browser.testing.Chromium;
import dev.sluice.browser.testing.TestServer;
import dev.sluice.browser.testing.WidgetPage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The review step's tools in real Chromium: column operations, undone like edits. */
class ReviewToolsTest {
  private static final Path PEOPLE = Path.of("src/test/resources/files/people.csv");

  private static void operate(WidgetPage page, Chromium chromium, String op, String column,
      Map<String, String> fields) {
    var driver = chromium.driver();
    WebElement tools = driver.findElement(By.cssSelector("[data-testid=column-tools]"));
    if (tools.getAttribute("open") == null) {
      tools.findElement(By.tagName("summary")).click();
    }
    new Select(driver.findElement(By.cssSelector("[data-testid=op]"))).selectByValue(op);
    new Select(driver.findElement(By.cssSelector("[data-testid=op-column]"))).selectByValue(column);
    for (Map.Entry<String, String> f : fields.entrySet()) {
      WebElement control = driver.findElement(By.cssSelector("[data-testid=op-" + f.getKey() + "]"));
      if (control.getTagName().equals("select")) {
        new Select(control).selectByValue(f.getValue());
      } else {
        control.clear();
        control.sendKeys(f.getValue());
      }
    }
    page.js("document.querySelector('[data-testid=op-result]').textContent = ''");
    driver.findElement(By.cssSelector("[data-testid=op-apply]")).click();
    page.waiter().until(d -> !d.findElement(By.cssSelector("[data-testid=op-result]")).getText()
        .isEmpty());
  }

  private static String cellText(WidgetPage page, int row, int col) {
    page.cell(row, col); // waits until it is rendered
    return page.cellText(row, col);
  }

  @Test
  void splitMergeAndCaseChangesApplyToAColumnAndAreUndoneAsOneStep() throws Exception {
    try (TestServer pages = TestServer.pages(); Chromium chromium = new Chromium()) {
      WidgetPage page = new WidgetPage(chromium);
      page.open(pages.url() + "pages/widget.html?schema=people&policy=exclude");
      page.upload(PEOPLE);
      page.toMapping();
      page.toValues();
      page.toReview(); // the unknown plans left invalid
      assertEquals("Anna Berg", cellText(page, 0, 0));

      // a column is widened by dragging its header's right edge, or with the arrow keys there
      var driver = chromium.driver();
      WebElement handle = driver.findElement(By.cssSelector("[data-testid=resize-first_name]"));
      int before = page.cell(0, 0).getRect().getWidth();
      new org.openqa.selenium.interactions.Actions(driver).clickAndHold(handle)
          .moveByOffset(100, 0).release().perform();
      page.waiter().until(d -> page.cell(0, 0).getRect().getWidth() >= before + 95);
      int header = driver.findElement(By.cssSelector(".sluice-grid-head [role=columnheader]"
          + ":nth-child(3)")).getRect().getWidth();
      assertEquals(page.cell(0, 0).getRect().getWidth(), header, 1, "header and cells together");
      int dragged = page.cell(0, 0).getRect().getWidth();
      page.js("arguments[0].focus()", handle);
      new org.openqa.selenium.interactions.Actions(driver).sendKeys(org.openqa.selenium.Keys.ARROW_RIGHT)
          .perform();
      page.waiter().until(d -> page.cell(0, 0).getRect().getWidth() == dragged + 16);

      operate(page, chromium, "split", "first_name", Map.of("text", " ", "into", "first_name",
          "into-second", "last_name"));
      assertEquals("3 cells changed.",
          chromium.driver().findElement(By.cssSelector("[data-testid=op-result]")).getText(),
          "Anna, Bob and Dee: first and last name each; Cy has no space (rows, not cells)");
      page.waiter().until(d -> cellText(page, 0, 0).equals("Anna"));
      assertEquals("Berg", cellText(page, 0, 1));
      assertEquals("Cy", cellText(page, 2, 0));
      assertEquals("", cellText(page, 2, 1));

      // Ctrl+Z undoes the whole split
      page.ctrlInGrid("z");
      page.waiter().until(d -> cellText(page, 0, 0).equals("Anna Berg"));
      assertEquals("", cellText(page, 0, 1));

      operate(page, chromium, "merge", "first_name", Map.of("second", "region", "text", " / ",
          "into", "region"));
      page.waiter().until(d -> cellText(page, 0, 4).equals("Anna Berg"));
      operate(page, chromium, "upper", "region", Map.of());
      page.waiter().until(d -> cellText(page, 1, 4).equals("BOB COLE"));

      operate(page, chromium, "split", "first_name", Map.of("text", " ", "into", "email",
          "into-second", "email"));
      assertTrue(chromium.driver().findElement(By.cssSelector("[data-testid=op-result]")).getText()
          .contains("two different columns"), "a clear message for a split into one column");

      // the review still submits what the tools made
      page.submit();
      List<Map<String, Object>> received = page.received();
      List<?> rows = (List<?>) received.get(0).get("rows");
      Map<?, ?> anna = (Map<?, ?>) rows.stream()
          .filter(r -> "a@example.com".equals(((Map<?, ?>) r).get("email"))).findFirst().orElseThrow();
      assertEquals("ANNA BERG", anna.get("region"));
      assertEquals("Anna Berg", anna.get("first_name"));
    }
  }

  @Test
  void unknownPlansAreMappedOnceForEveryRowUndoneAndRememberedForTheNextImport() throws Exception {
    try (TestServer pages = TestServer.pages(); Chromium chromium = new Chromium()) {
      WidgetPage page = new WidgetPage(chromium);
      page.open(pages.url() + "pages/widget.html?schema=people");
      page.upload(PEOPLE);
      page.toMapping();
      page.toValues();
      var driver = chromium.driver();
      List<WebElement> pickers = driver.findElements(By.cssSelector(".sluice-values select"));
      assertEquals(2, pickers.size(), "Gold and Premium; PRO is pro in another case");
      assertEquals("Gold", pickers.get(0).getAttribute("data-value"));
      assertTrue(driver.findElement(By.cssSelector(".sluice-values")).getText().contains("1 row"));
      new Select(pickers.get(0)).selectByValue("team");
      new Select(pickers.get(1)).selectByValue("pro");
      page.toReview();
      page.waiter().until(d -> page.summary().startsWith("4 rows, 0 with errors"));
      assertEquals("team", page.cell(1, 3).getText());

      page.ctrlInGrid("z");
      page.waiter().until(d -> page.summary().startsWith("4 rows, 2 with errors"));
      page.ctrlInGrid("y");
      page.waiter().until(d -> page.summary().startsWith("4 rows, 0 with errors"));

      // the next import of the same importer offers the same choices
      page.open(pages.url() + "pages/widget.html?schema=people");
      page.upload(PEOPLE);
      page.toMapping();
      page.toValues();
      List<WebElement> again = driver.findElements(By.cssSelector(".sluice-values select"));
      assertEquals("team", new Select(again.get(0)).getFirstSelectedOption().getAttribute("value"));
      assertEquals("pro", new Select(again.get(1)).getFirstSelectedOption().getAttribute("value"));
    }
  }

  /** Keeps the file's Team column as a custom field named in the matching step. */
  private static void keepTeamAsCustomField(WidgetPage page, Chromium chromium) {
    var driver = chromium.driver();
    WebElement team = driver.findElement(By.cssSelector("select[data-header='3']"));
    WebElement name = team.findElement(By.xpath("following-sibling::input"));
    assertTrue(!name.isDisplayed(), "the name box shows only for a custom field");
    page.js("const s = arguments[0]; s.selectedIndex = [...s.options]"
        + ".findIndex((o) => o.dataset.keep === 'custom'); s.dispatchEvent(new Event('change'))", team);
    assertTrue(name.isDisplayed());
    assertEquals("Team", name.getAttribute("value"), "the header is the suggested name");
    name.clear();
    name.sendKeys("email");
    page.next(); // a column's key is refused with a message
    page.waiter().until(d -> d.findElement(By.cssSelector(".sluice-error")).getText()
        .contains("no column or other custom field"));
    name.clear();
    name.sendKeys("Team colour");
    page.toValues();
    page.toReview();
  }

  @Test
  void aColumnKeptAsACustomFieldReachesOnDataUnderCustomFieldsAndIsRemembered() throws Exception {
    try (TestServer pages = TestServer.pages(); Chromium chromium = new Chromium()) {
      WidgetPage page = new WidgetPage(chromium);
      page.open(pages.url() + "pages/widget.html?schema=people&policy=exclude");
      page.upload(PEOPLE);
      page.toMapping();
      keepTeamAsCustomField(page, chromium);
      assertTrue(chromium.driver().findElement(By.cssSelector(".sluice-grid-head")).getText()
          .contains("Team colour"), "shown in the grid under its name");
      page.submit();
      Map<String, Object> batch = page.received().get(0);
      assertEquals(List.of("Team colour"), batch.get("customFields"));
      Map<?, ?> anna = (Map<?, ?>) ((List<?>) batch.get("rows")).get(0);
      assertEquals(Map.of("Team colour", "Red"), anna.get("customFields"));
      assertTrue(!anna.containsKey("Team colour") && !anna.containsKey("Team"));
      assertTrue(!((List<?>) batch.get("columns")).contains("Team colour"));

      // remembered with the mapping: the same headers next time keep the field and its name
      page.open(pages.url() + "pages/widget.html?schema=people&policy=exclude");
      page.upload(PEOPLE);
      page.toMapping();
      WebElement again = chromium.driver().findElement(By.cssSelector("select[data-header='3']"));
      assertEquals("custom", again.findElement(By.cssSelector("option:checked"))
          .getAttribute("data-keep"));
      assertEquals("Team colour", page.js("return arguments[0].nextElementSibling.value", again));
    }
  }

  @Test
  void aCustomFieldIsPostedToTheRelayUnderCustomFieldsInWebhookMode() throws Exception {
    try (TestServer pages = TestServer.pages(); TestServer relay = TestServer.recorder();
        Chromium chromium = new Chromium()) {
      WidgetPage page = new WidgetPage(chromium);
      page.open(pages.url() + "pages/widget.html?schema=people&policy=exclude&mode=webhook&relay="
          + relay.url().replace(":", "%3A").replace("/", "%2F"));
      page.upload(PEOPLE);
      page.toMapping();
      keepTeamAsCustomField(page, chromium);
      page.submit();
      TestServer.Recorded posted = relay.recorded().stream()
          .filter(r -> r.method().equals("POST") && r.path().contains("/batches")).findFirst()
          .orElseThrow();
      var body = new com.fasterxml.jackson.databind.ObjectMapper().readTree(posted.body());
      assertEquals("Red", body.get("rows").get(0).get("customFields").get("Team colour").asText());
    }
  }

  @Test
  void theHostsOwnWordingReplacesWidgetWordsAndCoreMessages() throws Exception {
    try (TestServer pages = TestServer.pages(); Chromium chromium = new Chromium()) {
      WidgetPage page = new WidgetPage(chromium);
      page.open(pages.url() + "pages/widget.html?schema=people&policy=exclude&messages=1");
      page.upload(PEOPLE);
      page.toMapping();
      page.toValues();
      page.toReview();
      var submit = chromium.driver().findElement(By.cssSelector("[data-testid=submit]"));
      assertEquals("Send 2 contacts", submit.getText(), "a widget word, plural");
      page.edit(0, 2, "not-an-email");
      page.waiter().until(d -> String.valueOf(page.cellAttribute(0, 2, "title"))
          .contains("That is no email address (Email)"));
      page.waiter().until(d -> d.findElement(By.cssSelector("[data-testid=submit]")).getText()
          .equals("Send 1 contact"));

      page.open(pages.url() + "pages/widget.html?schema=people&policy=exclude&messages=1"
          + "&locale=de");
      page.upload(PEOPLE);
      page.toMapping();
      page.toValues();
      page.toReview();
      assertEquals("2 Kontakte senden", chromium.driver().findElement(
          By.cssSelector("[data-testid=submit]")).getText(), "the language's own entry wins");
    }
  }
}
