package dev.sluice.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.browser.testing.Chromium;
import dev.sluice.browser.testing.TestServer;
import dev.sluice.browser.testing.WidgetPage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** The host's hooks in real Chromium: what they report, replace, fail at, and refuse. */
class HooksTest {
  private static final Path HOOKS = Path.of("src/test/resources/files/hooks.csv");

  private static WidgetPage review(TestServer pages, Chromium chromium, String query) {
    WidgetPage page = new WidgetPage(chromium);
    page.open(pages.url() + "pages/widget.html?schema=people&" + query);
    page.upload(HOOKS);
    page.toMapping();
    page.toReview();
    return page;
  }

  private static String hookStatus(Chromium chromium) {
    return chromium.driver().findElement(By.cssSelector("[data-testid=hook-status]")).getText();
  }

  @Test
  void cellAndRowHooksReportIssuesAndReplaceValuesAndCheckEditedRowsAgain() throws Exception {
    try (TestServer pages = TestServer.pages(); Chromium chromium = new Chromium()) {
      WidgetPage page = review(pages, chromium, "policy=exclude&hooks=sync,rows&beforeSubmit=2");
      page.waiter().until(d -> page.summary().startsWith("4 rows, 2 with errors"));
      assertEquals("EU", page.cellText(0, 4), "the row hook filled the region");
      assertEquals("US", page.cellText(1, 4));
      assertTrue(String.valueOf(page.cellAttribute(1, 2, "title")).contains("This domain is blocked here"));
      assertTrue(String.valueOf(page.cellAttribute(2, 1, "title")).contains("Team plans need a last name"));
      Select codes = new Select(chromium.driver().findElement(By.cssSelector(
          "[data-testid=code-filter]")));
      assertTrue(codes.getOptions().stream().anyMatch(o -> o.getAttribute("value")
          .equals("BLOCKED_DOMAIN")), "hook codes filter like core codes");

      page.edit(1, 2, "bob@example.com");
      page.waiter().until(d -> !String.valueOf(page.cellAttribute(1, 2, "class")).contains("sluice-invalid"));
      page.edit(1, 1, "Cole");
      page.waiter().until(d -> page.summary().startsWith("4 rows, 1 with errors"));
      page.ctrlInGrid("z");
      page.waiter().until(d -> page.summary().startsWith("4 rows, 2 with errors"));
      assertEquals("", page.cellText(1, 1));

      // beforeSubmit refuses with the host's message, and nothing is handed over
      page.waiter().until(d -> d.findElement(By.cssSelector("[data-testid=submit]")).isEnabled());
      chromium.driver().findElement(By.cssSelector("[data-testid=submit]")).click();
      page.waiter().until(d -> d.findElement(By.cssSelector(".sluice-blocked")).getText()
          .contains("at most 2 rows"));
      assertEquals(0L, page.js("return window.sluiceTest.received.length"));
    }
  }

  @Test
  void anAsyncLookupAgainstTheHostsBackendMarksUnknownCustomersAsWarnings() throws Exception {
    try (TestServer pages = TestServer.pages(); Chromium chromium = new Chromium()) {
      WidgetPage page = review(pages, chromium, "policy=exclude&hooks=lookup");
      page.waiter().until(d -> page.summary().startsWith("4 rows, 0 with errors, 2 with warnings"));
      assertTrue(String.valueOf(page.cellAttribute(1, 2, "title")).contains("No customer with this email"));
      page.submit();
      assertEquals("Imported 4 rows.", page.doneText(), "warnings do not block");
    }
  }

  @Test
  void aHookThatThrowsIsShownWithItsRowsAndCanBeRetried() throws Exception {
    try (TestServer pages = TestServer.pages(); Chromium chromium = new Chromium()) {
      WidgetPage page = review(pages, chromium, "hooks=failing");
      page.waiter().until(d -> hookStatus(chromium).contains("CRM unreachable"));
      assertTrue(hookStatus(chromium).contains("rows 1 to 4"), hookStatus(chromium));
      chromium.driver().findElement(By.cssSelector("[data-testid=hook-retry]")).click();
      page.waiter().until(d -> hookStatus(chromium).isEmpty());
    }
  }

  @Test
  void aHookThatNeverAnswersTimesOutAndDoesNotHoldTheImport() throws Exception {
    try (TestServer pages = TestServer.pages(); Chromium chromium = new Chromium()) {
      WidgetPage page = review(pages, chromium, "policy=exclude&hooks=slow&hookTimeout=300");
      page.waiter().until(d -> hookStatus(chromium).contains("no answer within 0.3 s"));
      page.submit();
      assertTrue(page.doneText().startsWith("Imported"), page.doneText());
    }
  }
}
