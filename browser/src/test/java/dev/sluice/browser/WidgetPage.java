package dev.sluice.browser;

import dev.sluice.browser.testing.Chromium;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Drives the widget on the test host page like a user would. */
final class WidgetPage {
  private final Chromium chromium;
  private final WebDriverWait wait;

  WidgetPage(Chromium chromium) {
    this.chromium = chromium;
    this.wait = new WebDriverWait(chromium.driver(), Duration.ofSeconds(90));
  }

  void open(String url) {
    chromium.driver().get(url);
    wait.until(d -> Boolean.TRUE.equals(js("return window.sluiceTest && window.sluiceTest.ready")));
    chromium.driver().findElement(By.id("open")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=drop]")));
  }

  void upload(Path file) {
    chromium.driver().findElement(By.cssSelector("input[type=file]"))
        .sendKeys(file.toAbsolutePath().toString());
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=parsed]")));
  }

  String parsedText() {
    return chromium.driver().findElement(By.cssSelector("[data-testid=parsed]")).getText();
  }

  String selected(String name) {
    return (String) js("return document.querySelector('select[name=" + name + "]').value");
  }

  void next() {
    List<WebElement> buttons = chromium.driver().findElements(By.cssSelector(".sluice-nav .sluice-primary"));
    buttons.get(buttons.size() - 1).click();
  }

  void toMapping() {
    next();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".sluice-mapping")));
  }

  void toReview() {
    next();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=grid] [role=gridcell]")));
  }

  String summary() {
    return chromium.driver().findElement(By.cssSelector("[data-testid=summary]")).getText();
  }

  WebElement cell(int row, int column) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("[data-row='" + row + "'][data-col='" + column + "']")));
  }

  /** Opens a cell's editor with the keyboard, types a value, and commits with Enter. */
  void edit(int row, int column, String value) {
    String before = summary();
    WebElement cell = cell(row, column);
    js("arguments[0].focus()", cell);
    cell.sendKeys(Keys.ENTER);
    WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".sluice-editor")));
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.ENTER);
    wait.until(d -> d.findElements(By.cssSelector(".sluice-editor")).isEmpty());
  }

  void doubleClickEdit(int row, int column, String value) {
    new Actions(chromium.driver()).doubleClick(cell(row, column)).perform();
    WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".sluice-editor")));
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.ENTER);
    wait.until(d -> d.findElements(By.cssSelector(".sluice-editor")).isEmpty());
  }

  void submit() {
    WebElement submit = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=submit]")));
    submit.click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=done]")));
  }

  String doneText() {
    return chromium.driver().findElement(By.cssSelector("[data-testid=done]")).getText();
  }

  @SuppressWarnings("unchecked")
  List<Map<String, Object>> received() {
    return (List<Map<String, Object>>) js("return JSON.parse(JSON.stringify(window.sluiceTest.received))");
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) chromium.driver()).executeScript(script, args);
  }

  WebDriverWait waiter() {
    return wait;
  }
}
