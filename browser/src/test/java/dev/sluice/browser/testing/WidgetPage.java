package dev.sluice.browser.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives the widget like a user would, on the test host page or any page that embeds it (the
 * demo's end-to-end tests use it through this module's test-jar).
 */
public final class WidgetPage {
  private final Chromium chromium;
  private final WebDriverWait wait;
  private final boolean watching;

  /** A driver for the widget in this browser that looks for what it waits for every polling. */
  private WidgetPage(Chromium chromium, Duration polling, boolean watching) {
    this.chromium = chromium;
    this.wait = new WebDriverWait(chromium.driver(), Duration.ofSeconds(90));
    this.wait.pollingEvery(polling);
    this.watching = watching;
  }

  /** A driver for the widget in this browser, as the tests use it. */
  public WidgetPage(Chromium chromium) {
    this(chromium, Duration.ofMillis(500), false);
  }

  /**
   * A driver for benchmarks: each wait for the next step is one script that watches the page
   * for it (a {@code MutationObserver}) and answers when it shows, so a step's time is the
   * widget's and not the wait's, and the driver takes no processor time while the widget works.
   * Polling every 20 ms, as these benchmarks did, took 1.7 s of the two cores' time in a 1M
   * import's 4.8 s to the grid (chromedriver and the JVM, read from {@code /proc}). Its {@link
   * #next} clicks the step's button from a script, at once.
   */
  public static WidgetPage watching(Chromium chromium) {
    return new WidgetPage(chromium, Duration.ofMillis(20), true);
  }

  /**
   * The first element that matches {@code css} once there is one: watched for in the page by a
   * driver made {@link #watching} (which keeps when it showed in {@code window.sluiceShown}), else
   * looked for every polling interval.
   */
  private WebElement present(String css) {
    if (!watching) {
      return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }
    // when it showed is kept in window.sluiceShown[css] (performance.now()), for the benchmark
    return (WebElement) ((JavascriptExecutor) chromium.driver()).executeAsyncScript(
        "const css = arguments[0], done = arguments[arguments.length - 1];"
        + "const shown = (e) => { (window.sluiceShown = window.sluiceShown || {})[css] ="
        + "  performance.now(); done(e); };"
        + "const now = document.querySelector(css);"
        + "if (now) { shown(now); return; }"
        + "const watch = new MutationObserver(() => {"
        + "  const found = document.querySelector(css);"
        + "  if (found) { watch.disconnect(); shown(found); }"
        + "});"
        + "watch.observe(document, { childList: true, subtree: true, attributes: true,"
        + "  attributeFilter: [\"class\", \"role\", \"data-testid\"] });", css);
  }

  /** Opens the test host page and the widget on it. */
  public void open(String url) {
    chromium.driver().get(url);
    wait.until(d -> Boolean.TRUE.equals(js("return window.sluiceTest && window.sluiceTest.ready")));
    startWith(By.id("open"));
  }

  /** Clicks the host page's button that opens the widget and waits for the upload step. */
  public void startWith(By opener) {
    wait.until(ExpectedConditions.elementToBeClickable(opener)).click();
    present("[data-testid=drop]");
  }

  public void upload(Path file) {
    chromium.driver().findElement(By.cssSelector("input[type=file]"))
        .sendKeys(file.toAbsolutePath().toString());
    present("[data-testid=parsed]");
  }

  /** Picks a file the widget refuses and returns the error it shows. */
  public String refusalOf(Path file) {
    chromium.driver().findElement(By.cssSelector("input[type=file]"))
        .sendKeys(file.toAbsolutePath().toString());
    return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".sluice-error")))
        .getText();
  }

  public String parsedText() {
    return chromium.driver().findElement(By.cssSelector("[data-testid=parsed]")).getText();
  }

  public String selected(String name) {
    return (String) js("return document.querySelector('select[name=" + name + "]').value");
  }

  /**
   * Clicks the step's primary button; finds it again when the step re-rendered between finding
   * and clicking (a step drawn again as the worker's answer lands, as a person would just see the
   * new button and click that one). A driver made {@link #watching} clicks it from a script.
   */
  public void next() {
    if (watching) {
      // the benchmarks' person clicks the moment the step shows: a WebDriver click (scrolled to,
      // hit-tested, pressed and released through the protocol) landed 150-440 ms after the step
      // showed on the benchmark machines, time neither the widget's nor a person's
      js("const buttons = document.querySelectorAll('.sluice-nav .sluice-primary');"
          + "buttons[buttons.length - 1].click()");
      return;
    }
    wait.until(d -> {
      List<WebElement> buttons = d.findElements(By.cssSelector(".sluice-nav .sluice-primary"));
      if (buttons.isEmpty()) {
        return false;
      }
      try {
        buttons.get(buttons.size() - 1).click();
        return true;
      } catch (StaleElementReferenceException e) {
        return false;
      }
    });
  }

  public void toMapping() {
    next();
    present(".sluice-mapping");
  }

  /** From the matching step to the value mapping step (enum values that are no option). */
  public void toValues() {
    next();
    present(".sluice-values");
  }

  public void toReview() {
    next();
    present("[data-testid=grid] [role=gridcell]");
  }

  public String summary() {
    return chromium.driver().findElement(By.cssSelector("[data-testid=summary]")).getText();
  }

  public WebElement cell(int row, int column) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("[data-row='" + row + "'][data-col='" + column + "']")));
  }

  /** A cell's text as rendered now, or null when it is not rendered (read in one script, so a
   * re-render between finding and reading cannot make it stale). */
  public String cellText(int row, int column) {
    return (String) js("const c = document.querySelector(\"[data-row='\" + arguments[0]"
        + " + \"'][data-col='\" + arguments[1] + \"']\"); return c ? c.textContent : null",
        row, column);
  }

  /** An attribute of a rendered cell, or null (read in one script, as {@link #cellText}). */
  public String cellAttribute(int row, int column, String name) {
    return (String) js("const c = document.querySelector(\"[data-row='\" + arguments[0]"
        + " + \"'][data-col='\" + arguments[1] + \"']\"); return c ? c.getAttribute(arguments[2])"
        + " : null", row, column, name);
  }

  /**
   * Opens a cell's editor with the keyboard, types a value, and commits with Enter; tries again
   * when the grid re-rendered the cell under the test's hands (a revalidation just landed) or it
   * was not yet interactable.
   */
  public void edit(int row, int column, String value) {
    for (int attempt = 0; ; attempt++) {
      try {
        WebElement cell = cell(row, column);
        js("arguments[0].focus()", cell);
        cell.sendKeys(Keys.ENTER);
        break;
      } catch (StaleElementReferenceException | ElementNotInteractableException e) {
        // the grid re-rendered (or was still laying out) under the test's hands: find it again
        if (attempt == 5) {
          throw e;
        }
        try {
          Thread.sleep(100);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
    WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".sluice-editor")));
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.ENTER);
    wait.until(d -> d.findElements(By.cssSelector(".sluice-editor")).isEmpty());
  }

  public void doubleClickEdit(int row, int column, String value) {
    new Actions(chromium.driver()).doubleClick(cell(row, column)).perform();
    WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".sluice-editor")));
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.ENTER);
    wait.until(d -> d.findElements(By.cssSelector(".sluice-editor")).isEmpty());
  }

  /** Presses Ctrl and a key in the review grid, as a keyboard user does (Ctrl+Z, Ctrl+Y). */
  public void ctrlInGrid(String key) {
    js("document.querySelector(\"[data-testid=grid] [tabindex='0']\").focus()");
    new Actions(chromium.driver()).keyDown(Keys.CONTROL).sendKeys(key).keyUp(Keys.CONTROL)
        .perform();
  }

  /** Clicks Import and waits for the done step; a {@link #watching} driver clicks from a script. */
  public void submit() {
    WebElement submit = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=submit]")));
    if (watching) {
      js("arguments[0].click()", submit);
    } else {
      submit.click();
    }
    present("[data-testid=done]");
  }

  public String doneText() {
    return chromium.driver().findElement(By.cssSelector("[data-testid=done]")).getText();
  }

  @SuppressWarnings("unchecked")
  public List<Map<String, Object>> received() {
    return (List<Map<String, Object>>) js("return JSON.parse(JSON.stringify(window.sluiceTest.received))");
  }

  public Object js(String script, Object... args) {
    return ((JavascriptExecutor) chromium.driver()).executeScript(script, args);
  }

  public WebDriverWait waiter() {
    return wait;
  }
}
