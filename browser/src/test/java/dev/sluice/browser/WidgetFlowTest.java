package dev.sluice.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.browser.testing.Chromium;
import dev.sluice.browser.testing.TestServer;
import dev.sluice.browser.testing.WidgetPage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The user's steps end to end in real Chromium, in German and English, modal and inline. */
class WidgetFlowTest {
  private static final Path FILES = Path.of("src/test/resources/files");

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> rows(Map<String, Object> batch) {
    return (List<Map<String, Object>>) batch.get("rows");
  }

  @Test
  void aGermanWindows1252FileIsDetectedFixedInlineAndImported() throws Exception {
    try (TestServer pages = TestServer.pages(); Chromium chromium = new Chromium()) {
      WidgetPage page = new WidgetPage(chromium);
      page.open(pages.url() + "pages/widget.html?locale=de");
      chromium.screenshot("1-upload-de");
      page.upload(FILES.resolve("kontakte-1252.csv"));
      assertEquals("windows-1252", page.selected("encoding"));
      assertEquals(";", page.selected("delimiter"));
      assertEquals("1", page.selected("header"), "the title line above the header is skipped");
      assertTrue(page.parsedText().startsWith("4 Zeilen"), page.parsedText());
      assertTrue(page.parsedText().contains("E-Mail-Adresse"), page.parsedText());
      chromium.screenshot("2-dialect-de");

      page.toMapping();
      assertEquals("email", page.js("return document.querySelector('select[data-header=\"1\"]').value"));
      assertEquals("phone", page.js("return document.querySelector('select[data-header=\"2\"]').value"));
      chromium.screenshot("3-mapping-de");

      page.toValues();
      assertTrue(chromium.driver().findElement(By.cssSelector(".sluice-values")).getText()
          .contains("Gold"), "the plan that is no option is offered for mapping, in German");
      assertEquals("", page.js("return document.querySelector('.sluice-values select').value"),
          "no option is close to Gold: left as it is by default");
      chromium.screenshot("3b-values-de");
      page.toReview();
      assertTrue(page.summary().contains("3 mit Fehlern"), page.summary());
      WebElement badEmail = page.cell(1, 1);
      assertTrue(badEmail.getAttribute("class").contains("sluice-invalid"));
      assertTrue(badEmail.getAttribute("title").contains("muss eine E-Mail-Adresse sein"),
          badEmail.getAttribute("title"));
      assertEquals("Jürgen Weiß", page.cell(0, 0).getText());
      // each header sits over its column, its whole label in its tooltip
      WebElement nameHeader = chromium.driver().findElement(
          By.cssSelector(".sluice-grid-head [role=columnheader]:nth-child(3)"));
      assertEquals(page.cell(0, 0).getRect().getX(), nameHeader.getRect().getX(), 1.0,
          "the Name header over its column");
      assertEquals("Name", nameHeader.getAttribute("title"));
      // the delete buttons are in view without scrolling sideways (they sat past the right edge)
      var grid = chromium.driver().findElement(By.cssSelector("[data-testid=grid]")).getRect();
      var delete = chromium.driver().findElement(By.cssSelector(".sluice-delete")).getRect();
      assertTrue(delete.getX() + delete.getWidth() <= grid.getX() + grid.getWidth()
          && delete.getX() >= grid.getX(), "delete button inside the grid's visible width");
      page.js("arguments[0].focus()", badEmail);
      assertEquals(badEmail.getAttribute("title"), chromium.driver().findElement(
          By.cssSelector("[data-testid=cell-message]")).getText(),
          "the focused cell's message is shown under the grid, not only on hover");
      chromium.screenshot("4-review-de");

      Select byCode = new Select(chromium.driver().findElement(By.cssSelector("[data-testid=code-filter]")));
      byCode.selectByValue("EMAIL_INVALID");
      page.waiter().until(d -> d.findElements(By.cssSelector(".sluice-row-line")).size() == 1);
      assertEquals("Renée Faßbender", page.cell(1, 0).getText(), "only the row with the bad email is shown");
      byCode.selectByValue("");
      page.waiter().until(d -> d.findElements(By.cssSelector(".sluice-row-line")).size() == 4);

      page.edit(1, 1, "renee@example.at");
      page.doubleClickEdit(2, 5, "Pro");
      page.edit(3, 3, "NO");
      page.waiter().until(d -> page.summary().contains("0 mit Fehlern"));
      chromium.driver().findElement(By.xpath("//button[text()='Rückgängig']")).click();
      page.waiter().until(d -> page.summary().contains("1 mit Fehlern"));
      chromium.driver().findElement(By.xpath("//button[text()='Wiederholen']")).click();
      page.waiter().until(d -> page.summary().contains("0 mit Fehlern"));
      chromium.screenshot("5-fixed-de");

      page.submit();
      assertEquals("4 Zeilen importiert.", page.doneText());
      chromium.screenshot("6-done-de");
      List<Map<String, Object>> received = page.received();
      assertEquals(1, received.size());
      List<Map<String, Object>> rows = rows(received.get(0));
      assertEquals(4, rows.size());
      assertEquals("Jürgen Weiß", rows.get(0).get("name"));
      assertEquals("+49301234567", rows.get(0).get("phone"));
      assertEquals("DE", rows.get(0).get("country"), "Deutschland is normalised to DE");
      assertEquals("1234.56", rows.get(0).get("amount"));
      assertEquals("renee@example.at", rows.get(1).get("email"));
      assertEquals("pro", rows.get(2).get("plan"));
      assertEquals("Müller; Anna", rows.get(2).get("name"));
      assertEquals("NO", rows.get(3).get("country"));
      Map<?, ?> batch = (Map<?, ?>) received.get(0).get("batch");
      assertEquals(0L, batch.get("index"));
      assertEquals(4L, batch.get("totalRows"));
      assertEquals("kontakte-1252.csv", received.get(0).get("fileName"));
    }
  }

  @Test
  void aUtf16TabFileInlineExcludesInvalidRowsAndShowsTheHostsRowErrors() throws Exception {
    try (TestServer pages = TestServer.pages(); Chromium chromium = new Chromium()) {
      WidgetPage page = new WidgetPage(chromium);
      page.open(pages.url() + "pages/widget.html?inline=1&policy=exclude&rejectFirst=1&batch=1");
      assertTrue((Boolean) page.js("return !!document.querySelector('#inline .sluice-dialog')"),
          "rendered into the host element");
      page.upload(FILES.resolve("contacts-utf16.txt"));
      assertEquals("UTF-16LE", page.selected("encoding"));
      assertEquals("\t", page.selected("delimiter"));
      page.toMapping();
      page.toReview();
      assertTrue(page.summary().contains("3 rows, 1 with errors"), page.summary());
      chromium.driver().findElement(By.cssSelector(".sluice-check input")).click();
      page.waiter().until(d -> d.findElements(By.cssSelector(".sluice-row-line")).size() == 1);
      assertEquals("Zoë Ünal", page.cell(1, 0).getText());
      chromium.screenshot("7-filtered-en");
      page.submit();
      assertEquals("1 row with errors was left out; download it below to fix it.",
          chromium.driver().findElement(By.cssSelector("[data-testid=excluded]")).getText());
      List<Map<String, Object>> received = page.received();
      assertEquals(2, received.size(), "batch size 1: one call per valid row");
      assertEquals("山田 太郎", rows(received.get(0)).get(0).get("name"));
      assertEquals("+81312345678", rows(received.get(0)).get(0).get("phone"));
      assertEquals("Σοφία", rows(received.get(1)).get(0).get("name"));
      assertEquals("Imported 1 row.", page.doneText());
      String errors = chromium.driver().findElement(By.cssSelector(".sluice-error")).getText();
      assertTrue(errors.contains("Row 1 was not accepted: already in the CRM"), errors);
    }
  }

  @Test
  void aMacRomanFileWithExcelsSeparatorLineIsDecodedAndItsHeaderFound() throws Exception {
    try (TestServer pages = TestServer.pages(); Chromium chromium = new Chromium()) {
      WidgetPage page = new WidgetPage(chromium);
      page.open(pages.url() + "pages/widget.html");
      // Excel for Mac's "CSV (Macintosh)": Mac Roman, CR line ends, a "sep=;" first line
      page.upload(FILES.resolve("kunden-mac-roman.csv"));
      assertEquals("macintosh", page.selected("encoding"));
      assertEquals(";", page.selected("delimiter"));
      assertEquals("1", page.selected("header"), "the sep= line above the header is skipped");
      assertTrue(page.parsedText().contains("Kunde"), page.parsedText());
      String preview = preview(chromium);
      assertTrue(preview.contains("Müller GmbH") && preview.contains("Ångström AB")
          && preview.contains("Señor Muñoz"), preview);
    }
  }

  @Test
  void excelFilesInOtherWindowsCodePagesAreReadInTheirOwn() throws Exception {
    try (TestServer pages = TestServer.pages(); Chromium chromium = new Chromium()) {
      WidgetPage page = new WidgetPage(chromium);
      // Cyrillic and Chinese bytes tell their encoding whatever the user's language
      page.open(pages.url() + "pages/widget.html");
      page.upload(FILES.resolve("kontakty-1251.csv"));
      assertEquals("windows-1251", page.selected("encoding"));
      assertTrue(preview(chromium).contains("Петров") && preview(chromium).contains("Ёлкин"),
          preview(chromium));
      assertTrue(chromium.driver().findElement(By.cssSelector("[data-testid=encoding-guessed]"))
          .getText().contains("guessed"), "the user is told the encoding was guessed");
      assertTrue(chromium.driver().findElements(By.cssSelector("[data-testid=replaced-chars]"))
          .isEmpty(), "every byte read");
      // read as UTF-8 by choice, its Cyrillic bytes are not UTF-8: the user is told how many
      new Select(chromium.driver().findElement(By.cssSelector("select[name=encoding]")))
          .selectByValue("UTF-8");
      String replaced = page.waiter().ignoring(StaleElementReferenceException.class)
          .until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("[data-testid=replaced-chars]"));
            return found.isEmpty() ? null : found.get(0).getText();
          });
      int cyrillic = (int) Files.readString(FILES.resolve("kontakty-1251.csv"),
          java.nio.charset.Charset.forName("windows-1251")).chars()
          .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC).count();
      assertTrue(replaced.contains("UTF-8") && replaced.contains("(" + cyrillic + ")"), replaced);
      // the first 64 KiB are ASCII, the Cyrillic rows come later: read again in Windows-1251
      page.open(pages.url() + "pages/widget.html");
      page.upload(FILES.resolve("late-cyrillic-1251.csv"));
      assertEquals("windows-1251", page.selected("encoding"));
      assertTrue(page.parsedText().startsWith("4,050 rows"), page.parsedText());
      assertTrue(chromium.driver().findElements(By.cssSelector("[data-testid=replaced-chars]"))
          .isEmpty(), "every byte read");
      assertTrue(chromium.driver().findElements(By.cssSelector("[data-testid=encoding-guessed]"))
          .size() == 1, "the user is told the encoding was guessed");
      // and still is once another setting changes
      new Select(chromium.driver().findElement(By.cssSelector("select[name=header]")))
          .selectByValue("-1");
      // the step renders anew on the reload: a read may find the element just replaced
      page.waiter().ignoring(StaleElementReferenceException.class)
          .until(d -> page.parsedText().startsWith("4,051 rows"));
      assertEquals("windows-1251", page.selected("encoding"));
      assertEquals(1, chromium.driver().findElements(
          By.cssSelector("[data-testid=encoding-guessed]")).size());
      // a UTF-8 file whose head is ASCII, with accented rows further on and one stray byte in
      // a piece of its own much later: the stray byte is counted, the file stays UTF-8 (read
      // again as Windows-1252, every accented row would have come out garbled)
      java.io.ByteArrayOutputStream stray = new java.io.ByteArrayOutputStream();
      stray.write("id,name,city\r\n".getBytes(StandardCharsets.US_ASCII));
      for (int r = 1; r <= 9000; r++) {
        String row = r >= 4000 && r < 4010 ? r + ",Jürgen Müller,Köln\r\n"
            : r + ",Ann Smith,Boston\r\n";
        stray.write(row.getBytes(StandardCharsets.UTF_8));
        if (r == 8000) {
          stray.write(new byte[] {'x', (byte) 0xFF, '\r', '\n'}); // a row of its own
        }
      }
      Path strayFile = Files.createTempDirectory("sluice-stray").resolve("stray-byte-utf8.csv");
      Files.write(strayFile, stray.toByteArray());
      page.open(pages.url() + "pages/widget.html");
      page.upload(strayFile);
      assertEquals("UTF-8", page.selected("encoding"));
      String strayReplaced = page.waiter().until(d -> {
        List<WebElement> found = d.findElements(By.cssSelector("[data-testid=replaced-chars]"));
        return found.isEmpty() ? null : found.get(0).getText();
      });
      assertTrue(strayReplaced.contains("(1)"), strayReplaced);
      page.open(pages.url() + "pages/widget.html");
      page.upload(FILES.resolve("kehu-gbk.csv"));
      assertEquals("GBK", page.selected("encoding"));
      assertTrue(preview(chromium).contains("北京科技有限公司"), preview(chromium));

      // Czech letters are letters in the Western code page too: the user's language decides
      page.open(pages.url() + "pages/widget.html?locale=cs");
      page.upload(FILES.resolve("kontakty-cs-1250.csv"));
      assertEquals("windows-1250", page.selected("encoding"));
      assertTrue(preview(chromium).contains("Dvořák") && preview(chromium).contains("Plzeň"),
          preview(chromium));
      // and a user of English picks it in the format step
      page.open(pages.url() + "pages/widget.html");
      page.upload(FILES.resolve("kontakty-cs-1250.csv"));
      assertEquals("windows-1252", page.selected("encoding"));
      new Select(chromium.driver().findElement(By.cssSelector("select[name=encoding]")))
          .selectByValue("windows-1250");
      page.waiter().ignoring(StaleElementReferenceException.class)
          .until(d -> preview(chromium).contains("Dvořák"));
      assertEquals("windows-1250", page.selected("encoding"));
      assertTrue(chromium.driver().findElements(By.cssSelector("[data-testid=encoding-guessed]"))
          .isEmpty(), "an encoding the user chose is not called guessed");
    }
  }

  private static String preview(Chromium chromium) {
    return chromium.driver().findElement(By.cssSelector("[data-testid=preview]")).getText();
  }

  @Test
  void aPastedTableGoesThroughTheSameSteps() throws Exception {
    try (TestServer pages = TestServer.pages(); Chromium chromium = new Chromium()) {
      WidgetPage page = new WidgetPage(chromium);
      page.open(pages.url() + "pages/widget.html?locale=fr");
      chromium.driver().findElement(By.cssSelector(".sluice-paste"))
          .sendKeys("Name;Email;Plan\nAnne;anne@example.fr;pro\n");
      chromium.driver().findElement(By.xpath("//button[text()='Utiliser les données collées']")).click();
      page.waiter().until(d -> !d.findElements(By.cssSelector("[data-testid=parsed]")).isEmpty());
      assertEquals(";", page.selected("delimiter"));
      page.toMapping();
      page.toReview();
      assertEquals("Importer 1 ligne", chromium.driver().findElement(
          By.cssSelector("[data-testid=submit]")).getText(), "the plural form of the language");
      page.submit();
      assertEquals("1 ligne importée.", page.doneText());
      assertEquals("anne@example.fr", rows(page.received().get(0)).get(0).get("email"));
    }
  }

  /** 200,000 valid rows of six columns, written once to {@code target}. */
  private static Path bigFile() throws Exception {
    Path big = Path.of("target", "big-200k.csv");
    if (Files.exists(big)) {
      return big;
    }
    Random random = new Random(1);
    StringBuilder sb = new StringBuilder("Name,Email,Phone,Country,Amount,Plan\n");
    for (int i = 0; i < 200_000; i++) {
      sb.append("Person ").append(i).append(",p").append(i).append("@example.com,+49 30 ")
          .append(1_000_000 + random.nextInt(8_000_000)).append(",DE,")
          .append(random.nextInt(10_000)).append('.').append(random.nextInt(10)).append(',')
          .append(i % 2 == 0 ? "free" : "pro").append('\n');
    }
    Files.writeString(big, sb.toString(), StandardCharsets.UTF_8);
    return big;
  }

  @Test
  void rowsAreValidatedAheadFromTheFormatStepSoConfirmingAtOnceFindsThemChecked()
      throws Exception {
    Path big = bigFile();
    try (TestServer pages = TestServer.pages(); Chromium chromium = new Chromium()) {
      WidgetPage page = new WidgetPage(chromium);
      page.open(pages.url() + "pages/widget.html?policy=exclude");
      page.upload(big);
      assertTrue(page.parsedText().startsWith("200,000 rows"), page.parsedText());
      // a person reading the format step: the worker validates with the suggested mapping
      Thread.sleep(3000);
      page.toMapping();
      page.toReview(); // the mapping confirmed as soon as it shows
      assertTrue(page.summary().startsWith("200,000 rows, 0 with errors"), page.summary());
      Object ahead = page.js("return window.sluiceTest.validation.ahead || null");
      assertTrue(ahead instanceof Map<?, ?> a && Boolean.TRUE.equals(a.get("complete")),
          "every row was checked before the mapping step was confirmed: " + ahead);
    }
  }

  @Test
  void twoHundredThousandRowsScrollEditAndKeepThePageResponsive() throws Exception {
    Path big = bigFile();
    try (TestServer pages = TestServer.pages(); Chromium chromium = new Chromium()) {
      WidgetPage page = new WidgetPage(chromium);
      page.open(pages.url() + "pages/widget.html?digest=1&policy=exclude");
      long start = System.nanoTime();
      page.upload(big);
      long parsed = System.nanoTime();
      assertTrue(page.parsedText().startsWith("200,000 rows · Name"), page.parsedText());
      page.toMapping();
      page.toReview();
      long reviewed = System.nanoTime();
      assertTrue(page.summary().startsWith("200,000 rows, 0 with errors"), page.summary());
      assertTrue(!chromium.driver().findElement(By.cssSelector("[data-testid=download-rejected]"))
          .isDisplayed(), "no rejected rows to download when no row has errors");
      long rendered = chromium.driver().findElements(By.cssSelector(".sluice-row-line")).size();
      assertTrue(rendered < 100, "virtualised grid renders a window, not " + rendered + " rows");

      page.js("document.querySelector('.sluice-viewport').scrollTop = 1e9");
      WebElement last = page.cell(199_999, 0);
      assertEquals("Person 199999", last.getText());
      page.edit(199_999, 1, "broken");
      page.waiter().until(d -> page.summary().contains("1 with errors"));
      chromium.screenshot("8-200k-review");
      double longest = ((Number) page.js(
          "return Math.max(0, ...window.sluiceTest.longTasks)")).doubleValue();
      String report = String.format("200k x 6 rows (%.1f MiB): file chosen to dialect step %d ms, "
          + "to review grid %d ms (includes two Selenium clicks); longest main-thread task %.0f ms%n",
          Files.size(big) / 1048576.0, (parsed - start) / 1_000_000,
          (reviewed - start) / 1_000_000, longest);
      Files.writeString(Path.of("target", "browser-200k.txt"), report);
      System.out.print(report);

      // handed over in chunks of whole batches: every batch in order, the broken row left out
      page.submit();
      page.waiter().until(d -> page.doneText().contains("199,999"));
      List<Map<String, Object>> digest = (List<Map<String, Object>>) page.js(
          "return window.sluiceTest.digest");
      assertEquals(200, digest.size());
      long handed = 0;
      for (int i = 0; i < digest.size(); i++) {
        Map<String, Object> d = digest.get(i);
        assertEquals((long) i, d.get("index"));
        assertEquals("Person " + (1000 * i), d.get("first"));
        assertTrue(((String) d.get("phone")).matches("\\+4930\\d{7}"), "E.164: " + d.get("phone"));
        handed += (Long) d.get("count");
      }
      assertEquals(199_999L, handed);
      assertEquals("Person 199998", digest.get(199).get("last"));
    }
  }

  @Test
  void aFileColumnSetToDoNotImportNeverReachesOnDataTheMetadataOrTheRejectedRows()
      throws Exception {
    try (TestServer pages = TestServer.pages(); TestServer relay = TestServer.recorder();
        Chromium chromium = new Chromium()) {
      WidgetPage page = new WidgetPage(chromium);
      page.open(pages.url() + "pages/widget.html?relay=" + relay.url());
      chromium.driver().findElement(By.cssSelector(".sluice-paste")).sendKeys(
          "Name,Email,Notes,Memo\nAnne,anne@example.com,secret-note-1,memo-1\n"
          + "Ben,ben@example.com,secret-note-2,memo-2\n");
      chromium.driver().findElement(By.xpath("//button[text()='Use pasted data']")).click();
      page.waiter().until(d -> !d.findElements(By.cssSelector("[data-testid=parsed]")).isEmpty());
      page.toMapping();
      String mappingText = chromium.driver().findElement(By.cssSelector(".sluice-mapping"))
          .getText();
      assertTrue(mappingText.contains("anne@example.com · ben@example.com"),
          "each file column shows its first values: " + mappingText);
      Select notes = new Select(chromium.driver().findElement(
          By.cssSelector("select[aria-label='Notes']")));
      assertEquals("Keep as an extra column", notes.getFirstSelectedOption().getText(),
          "an unmatched column is kept by default where the schema allows extras");
      notes.selectByVisibleText("Do not import");
      page.toReview();
      page.submit();
      Map<String, Object> first = rows(page.received().get(0)).get(0);
      assertEquals("memo-1", first.get("Memo"), "the untouched column is kept");
      assertTrue(!first.containsKey("Notes"), first.toString());
      assertTrue(!chromium.driver().getPageSource().contains("secret-note"),
          "nor is it shown anywhere");
      int records = 0;
      for (TestServer.Recorded r : relay.recorded()) {
        assertTrue(!r.body().contains("secret-note"), r.body());
        if (r.method().equals("POST") && r.path().endsWith("/v1/widget/imports")) {
          records++;
          assertTrue(r.body().contains("\"columns\":7"), "6 schema columns and Memo: " + r.body());
          assertTrue(r.body().contains("\"importedRows\":2")
              && r.body().contains("\"excludedRows\":0"), r.body());
        }
      }
      assertEquals(1, records, "the metadata record was sent");
    }
  }
}
