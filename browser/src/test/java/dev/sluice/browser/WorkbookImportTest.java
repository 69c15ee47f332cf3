package dev.sluice.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.browser.testing.Chromium;
import dev.sluice.browser.testing.TestServer;
import dev.sluice.browser.testing.WidgetPage;
import dev.sluice.jvm.XlsxFileReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Excel workbooks in the widget, in real Chromium: unzipped in the worker, the first sheet with
 * data chosen, a sheet picker with a preview, the same rows as the JVM reader, and clear
 * messages for the files it cannot read.
 */
class WorkbookImportTest {
  private static final Path FILES = Path.of("src/test/resources/files");

  @Test
  void anXlsxSavedByLibreOfficeReadsTheSameRowsAsTheJvmAndImports() throws Exception {
    List<List<String>> jvm = new ArrayList<>();
    XlsxFileReader.read(FILES.resolve("book.xlsx"), null,
        (cells, count, rowNumber) -> jvm.add(Arrays.asList(Arrays.copyOf(cells, count))));
    try (TestServer pages = TestServer.pages(); Chromium chromium = new Chromium()) {
      WidgetPage page = new WidgetPage(chromium);
      page.open(pages.url() + "pages/widget.html?schema=orders");
      page.upload(FILES.resolve("book.xlsx"));
      assertEquals("Orders", page.selected("sheet"), "the empty first sheet is skipped");
      assertTrue(page.parsedText().startsWith("3 rows"), page.parsedText());
      @SuppressWarnings("unchecked")
      List<List<String>> preview = (List<List<String>>) page.js(
          "return [...document.querySelectorAll('[data-testid=preview] tr')]"
              + ".map(tr => [...tr.children].map(c => c.textContent))");
      assertEquals(jvm.size(), preview.size());
      for (int r = 0; r < jvm.size(); r++) {
        List<String> expected = new ArrayList<>(jvm.get(r));
        while (expected.size() < preview.get(r).size()) {
          expected.add(""); // the table pads short rows to the header's width
        }
        assertEquals(expected, preview.get(r), "row " + r + " as the JVM reads it");
      }
      chromium.screenshot("xlsx-1-sheet");

      page.toMapping();
      page.toReview();
      page.submit();
      List<Map<String, Object>> received = page.received();
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> rows = (List<Map<String, Object>>) received.get(0).get("rows");
      assertEquals(3, rows.size());
      assertEquals("1001", rows.get(0).get("order"));
      assertEquals("2024-02-29", rows.get(0).get("ordered"), "a serial date with a date style");
      assertEquals("59.97", rows.get(0).get("total"), "a formula's cached value");
      assertEquals("Größe & <fit> \"quoted\"", rows.get(0).get("note"));
      assertEquals("xGrace", rows.get(1).get("note"));
      assertEquals("only a note, 日本語", rows.get(2).get("note"));
      assertEquals("book.xlsx", received.get(0).get("fileName"));
    }
  }

  /**
   * Imports a workbook's first sheet in Chromium with a schema whose columns take its columns in
   * order ({@code keys}), and checks every value handed over against the JVM's reading of the
   * sheet; returns the rows handed over.
   */
  private static List<Map<String, Object>> importedAsTheJvmReadsIt(String file, String schema,
      List<String> keys) throws Exception {
    List<List<String>> jvm = new ArrayList<>();
    XlsxFileReader.read(FILES.resolve(file), null,
        (cells, count, rowNumber) -> jvm.add(Arrays.asList(Arrays.copyOf(cells, count))));
    try (TestServer pages = TestServer.pages(); Chromium chromium = new Chromium()) {
      WidgetPage page = new WidgetPage(chromium);
      page.open(pages.url() + "pages/widget.html?schema=" + schema);
      page.upload(FILES.resolve(file));
      page.toMapping();
      page.toReview();
      page.submit();
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> rows =
          (List<Map<String, Object>>) page.received().get(0).get("rows");
      assertEquals(jvm.size() - 1, rows.size());
      for (int r = 0; r < rows.size(); r++) {
        for (int c = 0; c < keys.size(); c++) {
          assertEquals(jvm.get(r + 1).get(c), rows.get(r).get(keys.get(c)),
              "row " + (r + 1) + " " + keys.get(c) + " as the JVM reads it");
        }
      }
      return rows;
    }
  }

  @Test
  void numbersAndTextExcelWritesInItsOwnFormsAreHandedOverAsExcelShowsThem() throws Exception {
    List<Map<String, Object>> rows = importedAsTheJvmReadsIt("excel-form.xlsx", "prices",
        List.of("product", "price", "weight", "share", "total", "id", "ratio", "added", "code",
            "note", "hours", "distance"));
    assertEquals(3, rows.size());
    // stored as 19.989999999999998, 6.9999999999999999E-4 and 0.99999999999999989
    assertEquals("19.99", rows.get(0).get("price"));
    assertEquals("0.0007", rows.get(0).get("weight"));
    assertEquals("1", rows.get(1).get("ratio"));
    assertEquals("19.989999999999998", rows.get(0).get("code"), "text stays as written");
    assertEquals("line one\r\nline two", rows.get(0).get("note"), "stored with _x000D_");
    assertEquals("36:00:00", rows.get(0).get("hours"), "1.5 in [h]:mm");
    assertEquals("12.5", rows.get(0).get("distance"), "12.5 in 0.0 \"km\": no date");
    assertEquals(null, rows.get(1).get("_errors"), "1 is at most 1");
  }

  @Test
  void zipCodesAndPhoneNumbersUnderExcelsSpecialFormatsAreHandedOverAsShown() throws Exception {
    List<Map<String, Object>> rows = importedAsTheJvmReadsIt("excel-formats.xlsx",
        "customer-codes", List.of("name", "zip", "phone", "ssn", "zip4", "count"));
    assertEquals(3, rows.size());
    // stored as 2134, 4155557693, 78051120 and 501: a ZIP code's pattern holds
    assertEquals("02134", rows.get(0).get("zip"));
    assertEquals("(415) 555-7693", rows.get(0).get("phone"));
    assertEquals("078-05-1120", rows.get(0).get("ssn"));
    assertEquals("00501", rows.get(2).get("zip"));
    assertEquals(null, rows.get(0).get("_errors"), "Anna's row is valid: " + rows.get(0));
    assertEquals(null, rows.get(2).get("_errors"), "Cem's row is valid: " + rows.get(2));
  }

  @Test
  void aReportsHiddenSheetAndTitleArePassedOverAndTheUserCanStillChooseTheHeaderRow()
      throws Exception {
    try (TestServer pages = TestServer.pages(); Chromium chromium = new Chromium()) {
      WidgetPage page = new WidgetPage(chromium);
      page.open(pages.url() + "pages/widget.html?schema=contacts");
      page.upload(FILES.resolve("excel-report.xlsx"));
      assertEquals("Contacts", page.selected("sheet"), "the hidden sheet of lists passed over");
      assertEquals("1", page.selected("header"), "the row below the title and the blank row");
      assertEquals("Row 3", page.js("const s = document.querySelector('select[name=header]');"
          + " return s.options[s.selectedIndex].textContent"), "named as Excel numbers it");
      assertEquals("2 rows · Name · Email · Phone", page.parsedText());

      new Select(chromium.driver().findElement(By.cssSelector("select[name=header]")))
          .selectByValue("0");
      page.waiter().ignoring(StaleElementReferenceException.class)
          .until(d -> page.parsedText().startsWith("3 rows"));
      assertEquals("0", page.selected("header"), "the user's choice is kept");
      assertEquals("3 rows · Contacts exported 2024-03-01 · Column 2 · Column 3",
          page.parsedText(), "the table keeps its width; the columns past the title unnamed");
    }
  }

  @Test
  void theUserPicksAnotherSheetAndOldOrHostileWorkbooksGetAClearMessage(@TempDir Path dir)
      throws Exception {
    Path bomb = dir.resolve("bomb.xlsx");
    writeBomb(bomb);
    try (TestServer pages = TestServer.pages(); Chromium chromium = new Chromium()) {
      WidgetPage page = new WidgetPage(chromium);
      page.open(pages.url() + "pages/widget.html?schema=orders");
      page.upload(FILES.resolve("book.xlsx"));
      new Select(chromium.driver().findElement(By.cssSelector("select[name=sheet]")))
          .selectByValue("Empty");
      // the step re-renders when the sheet is read: wait for the new one's text
      page.waiter().ignoring(StaleElementReferenceException.class)
          .until(d -> page.parsedText().startsWith("0 rows"));
      assertEquals("Empty", page.selected("sheet"));

      assertRefused(page, pages, FILES.resolve("people.xls"),
          "Old Excel 97-2003 files (.xls) cannot be read here");
      assertRefused(page, pages, bomb, "unpacks to far more data");

      // a file with no table behind a .csv name (a download saved still compressed): what it
      // is, not rows of its bytes
      Path gz = dir.resolve("orders.csv");
      try (var out = new java.util.zip.GZIPOutputStream(java.nio.file.Files.newOutputStream(gz))) {
        out.write("order,total\n1001,5\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      assertRefused(page, pages, gz, "This is a gzip file, not a CSV or Excel file");

      // a zip with no workbook in it behind an .xlsx name: an archive, not a damaged workbook
      Path zipped = dir.resolve("orders.xlsx");
      try (var zip = new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(zipped))) {
        zip.putNextEntry(new java.util.zip.ZipEntry("orders.csv"));
        zip.write("order,total\n1001,5\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      assertRefused(page, pages, zipped, "This is a ZIP file, not a CSV or Excel file");
    }
  }

  @Test
  void aWorkbookAfterAFileThatAPoolLoadedIsValidatedByThisWorkerAlone(@TempDir Path dir)
      throws Exception {
    // a CSV of the workbook's rows, big enough for three workers
    List<List<String>> book = new ArrayList<>();
    XlsxFileReader.read(FILES.resolve("book.xlsx"), null,
        (cells, count, rowNumber) -> book.add(Arrays.asList(Arrays.copyOf(cells, count))));
    StringBuilder csv = new StringBuilder();
    for (int i = 0; i < 4000; i++) {
      for (List<String> row : book.subList(i == 0 ? 0 : 1, book.size())) {
        List<String> quoted = new ArrayList<>();
        for (String cell : row) {
          quoted.add("\"" + (cell == null ? "" : cell.replace("\"", "\"\"")) + "\"");
        }
        csv.append(String.join(",", quoted)).append('\n');
      }
    }
    Path big = dir.resolve("orders.csv");
    Files.writeString(big, csv);
    try (TestServer pages = TestServer.pages(); Chromium chromium = new Chromium()) {
      WidgetPage page = new WidgetPage(chromium);
      page.open(pages.url() + "pages/widget.html?schema=orders&workers=3&minRange=65536");
      page.upload(big);
      assertEquals(3L, page.js("return window.sluiceTest.load.parallel.workers"));
      page.toMapping(); // the pool's helpers begin checking their ranges ahead
      By back = By.cssSelector(".sluice-nav button:not(.sluice-primary)");
      chromium.driver().findElement(back).click(); // to the format step
      page.waiter().until(ExpectedConditions.presenceOfElementLocated(
          By.cssSelector("[data-testid=parsed]")));
      chromium.driver().findElement(back).click(); // to the upload step
      page.waiter().until(ExpectedConditions.presenceOfElementLocated(
          By.cssSelector("[data-testid=drop]")));
      page.upload(FILES.resolve("book.xlsx"));
      page.toMapping();
      page.toReview();
      assertEquals(null, page.js("return window.sluiceTest.validation.parallel || null"),
          "no helper of the CSV's pool had a part in the workbook's validation");
      assertTrue(page.js("return window.sluiceTest.validation.ahead || null") != null,
          "validated ahead by this worker");
      page.submit();
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> rows =
          (List<Map<String, Object>>) page.received().get(0).get("rows");
      assertEquals(3, rows.size());
      assertEquals("1001", rows.get(0).get("order"));
    }
  }

  /** A well-formed workbook whose one sheet inflates from about 200 KB to 200 MB. */
  static void writeBomb(Path file) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
      zip.write(("<workbook><sheets><sheet name=\"S\" r:id=\"rId1\"/></sheets></workbook>")
          .getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      OutputStream out = zip;
      out.write("<worksheet><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>"
          .getBytes(StandardCharsets.UTF_8));
      byte[] spaces = new byte[1 << 20];
      Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 200; i++) {
        out.write(spaces);
      }
      out.write("</t></is></c></row></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
  }

  /** Picks a file in a fresh widget and checks the error it shows says {@code expected}. */
  private static void assertRefused(WidgetPage page, TestServer pages, Path file, String expected) {
    page.open(pages.url() + "pages/widget.html?schema=orders");
    String error = page.refusalOf(file);
    assertTrue(error.contains(expected), error);
  }
}
