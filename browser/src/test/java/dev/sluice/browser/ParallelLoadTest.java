package dev.sluice.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.browser.testing.Chromium;
import dev.sluice.browser.testing.TestServer;
import dev.sluice.browser.testing.WidgetPage;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file loaded by several workers in Chromium (byte ranges cut at line starts, parsed apart,
 * put together in order) gives exactly what one worker gives: the same rows, the same parse
 * issues, the same review summary and the same rows handed to {@code onData}, in UTF-8,
 * UTF-16LE and windows-1252, with quoted line breaks, ragged rows and duplicates across ranges.
 */
class ParallelLoadTest {

  /** Names with line breaks in quotes every third row, ragged rows, emails repeated far apart. */
  private static String contacts(boolean latinOnly) {
    StringBuilder sb = new StringBuilder("Name,Email,Plan,Team\r\n");
    String[] plans = {"free", "pro", "team", "Gold"};
    for (int i = 1; i <= 6000; i++) {
      String name = latinOnly ? "Zoë Müller " + i : "Zoë 東京 Åström " + i;
      sb.append(i % 3 == 0 ? "\"" + name + "\nzweite Zeile, \"\"zitiert\"\"\"" : name).append(',');
      sb.append("p").append(i % 2900 == 7 ? 7 : i).append("@example.com,");
      sb.append(plans[i % plans.length]).append(',');
      sb.append(i % 97 == 0 ? "Red,extra" : "Blue").append(i % 5 == 0 ? "\n" : "\r\n");
    }
    return sb.toString();
  }

  /** What a load gave; {@code ahead} is how the worker validated ahead (one worker only). */
  private record Result(String parsed, String issues, String summary, Object parallel,
      Object rows, Object validation, Object ahead, Object readings) {}

  private static Result load(WidgetPage page, TestServer pages, Path file, int workers) {
    return load(page, pages, file, workers, "people");
  }

  private static Result load(WidgetPage page, TestServer pages, Path file, int workers,
      String schema) {
    page.open(pages.url() + "pages/widget.html?schema=" + schema + "&policy=exclude&workers="
        + workers + "&minRange=65536");
    page.upload(file);
    String parsed = page.parsedText();
    String issues = (String) page.js(
        "const u = document.querySelector('.sluice-issues'); return u ? u.textContent : ''");
    Object parallel = page.js("return window.sluiceTest.load && window.sluiceTest.load.parallel"
        + " || null");
    page.toMapping();
    if (workers == 1) {
      // a person reading the suggested mapping: one worker validates with it meanwhile (its
      // 6,000 rows take some 30 ms), and confirming it then only joins the unique groups
      sleep(1000);
    }
    if (schema.equals("people")) {
      page.toValues(); // its plan column's values that are no option
    }
    page.toReview();
    String summary = page.summary();
    Object readings = page.js("return [...document.querySelectorAll('[data-testid=reading]')]"
        + ".map((p) => p.textContent)");
    Object validation = page.js("return window.sluiceTest.validation"
        + " && window.sluiceTest.validation.parallel || null");
    Object ahead = page.js("return window.sluiceTest.validation.ahead || null");
    page.submit();
    page.doneText();
    return new Result(parsed, issues, summary, parallel, page.js(
        "return JSON.stringify(window.sluiceTest.received.map((b) => b.rows))"), validation,
        ahead, readings);
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void rowsInALegacyEncodingInAHelpersRangeHaveTheFileReadAgainInIt(@TempDir Path dir)
      throws Exception {
    // the first range, the main worker's, is ASCII; only the last holds Windows-1251 text
    StringBuilder sb = new StringBuilder("Name,Email,Plan,Team\r\n");
    for (int i = 1; i <= 9000; i++) {
      sb.append("Anna Smith ").append(i).append(",a").append(i).append("@example.com,pro,Blue\r\n");
    }
    for (int i = 9001; i <= 9100; i++) {
      sb.append("Иван Петров ").append(i).append(",i").append(i).append("@example.ru,pro,Москва\r\n");
    }
    Path file = dir.resolve("late-cyrillic.csv");
    Files.write(file, sb.toString().getBytes(Charset.forName("windows-1251")));
    try (TestServer pages = TestServer.pages(); Chromium chromium = new Chromium()) {
      WidgetPage page = new WidgetPage(chromium);
      page.open(pages.url() + "pages/widget.html?schema=people&workers=3&minRange=65536");
      page.upload(file);
      assertEquals("windows-1251", page.selected("encoding"));
      assertTrue(page.js("return window.sluiceTest.load && window.sluiceTest.load.parallel")
          != null, "loaded in parallel");
      assertTrue(page.parsedText().startsWith("9,100 rows"), page.parsedText());
      assertEquals(0L, page.js(
          "return document.querySelectorAll('[data-testid=replaced-chars]').length"));
    }
  }

  @Test
  void aCutInsideAQuotedFieldWithLineBreaksIsParsedAgainAndChangesNothing() throws Exception {
    // most of each record is a quoted field of ten lines: the cuts (after a line break) land in
    // one, the helpers' guess that a record begins there is wrong, and the main worker parses on
    // from the unfinished record
    String lines = "a line of a long note, in quotes\n".repeat(10);
    StringBuilder sb = new StringBuilder("Name,Email,Plan,Team\n");
    for (int i = 1; i <= 1000; i++) {
      sb.append("\"Ann ").append(i).append('\n').append(lines).append("\",a").append(i)
          .append("@example.com,").append(i % 4 == 0 ? "Gold" : "free").append(",Red\n");
    }
    Path file = Files.createTempFile("multiline", ".csv");
    Files.writeString(file, sb.toString());
    try (TestServer pages = TestServer.pages(); Chromium chromium = new Chromium()) {
      WidgetPage page = new WidgetPage(chromium);
      Result one = load(page, pages, file, 1);
      Result three = load(page, pages, file, 3);
      @SuppressWarnings("unchecked")
      Map<String, Object> shape = (Map<String, Object>) three.parallel();
      assertEquals(3L, shape.get("workers"));
      assertTrue((Long) shape.get("taken") < 2, "a guess was wrong: " + shape);
      assertEquals(one, new Result(three.parsed(), three.issues(), three.summary(), null,
          three.rows(), null, one.ahead(), three.readings()));

      // back to the matching step and on again: validated once more, by parts cut from the table
      // (the helpers of the load are gone), with the same result
      page.open(pages.url() + "pages/widget.html?schema=people&policy=exclude&workers=3"
          + "&minRange=65536");
      page.upload(file);
      page.toMapping();
      page.toValues();
      chromium.driver().findElement(org.openqa.selenium.By.cssSelector(
          ".sluice-nav button:not(.sluice-primary)")).click();
      page.waiter().until(org.openqa.selenium.support.ui.ExpectedConditions
          .presenceOfElementLocated(org.openqa.selenium.By.cssSelector(".sluice-mapping")));
      page.toValues();
      page.toReview();
      assertEquals(one.summary(), page.summary());
      @SuppressWarnings("unchecked")
      Map<String, Object> again = (Map<String, Object>) page.js(
          "return window.sluiceTest.validation.parallel");
      assertEquals(3L, again.get("parts"), "validated again in parts: " + again);
      assertEquals(null, again.get("ranges"), "cut from the table this time: " + again);
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void aMappingChangedAfterTheHelpersCheckedAheadIsCheckedAgainByThem() throws Exception {
    Path file = Files.createTempFile("contacts", ".csv");
    Files.writeString(file, contacts(true));
    try (TestServer pages = TestServer.pages(); Chromium chromium = new Chromium()) {
      WidgetPage page = new WidgetPage(chromium);
      List<List<Object>> results = new java.util.ArrayList<>();
      for (int workers : new int[] {1, 3}) {
        page.open(pages.url() + "pages/widget.html?schema=people&policy=exclude&workers="
            + workers + "&minRange=65536");
        page.js("localStorage.clear()"); // no mapping remembered from the run before
        page.upload(file);
        page.toMapping();
        sleep(500); // rows checked ahead with the suggested mapping, where Team is an extra
        page.js("const s = document.querySelector(\"select[data-header='3']\");"
            + " s.value = 'region'; s.dispatchEvent(new Event('change'))");
        page.toValues();
        page.toReview();
        Object validation = page.js("return window.sluiceTest.validation.parallel || null");
        if (workers == 3) {
          @SuppressWarnings("unchecked")
          Map<String, Object> shape = (Map<String, Object>) validation;
          assertEquals(true, shape.get("ranges"), "checked by the helpers: " + shape);
          assertEquals(false, shape.get("ahead"), "again, for the mapping confirmed: " + shape);
          assertEquals(0L, shape.get("failed"), "each helper still had its range: " + shape);
        }
        String summary = page.summary();
        page.submit();
        page.doneText();
        results.add(List.of(summary, page.js(
            "return JSON.stringify(window.sluiceTest.received.map((b) => b.rows))")));
      }
      assertTrue(((String) results.get(0).get(1)).contains("\"region\":\"Blue\""),
          "the confirmed mapping was validated: " + results.get(0).get(0));
      assertEquals(results.get(0), results.get(1));
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void aHeaderEndingInADelimiterMakesOnlyRowsShortOfItsNamesRaggedInEveryRange()
      throws Exception {
    // an exporter that ends the header with a delimiter and the rows without: those rows lack
    // nothing named; every 500th row lacks its last two named fields and is ragged, in the main
    // worker's range and the helpers' alike
    StringBuilder sb = new StringBuilder("Name,Email,Plan,Team,\n");
    for (int i = 1; i <= 6000; i++) {
      sb.append("Ann ").append(i).append(",a").append(i).append("@example.com");
      sb.append(i % 500 == 0 ? "\n" : i % 4 == 0 ? ",Gold,Blue\n" : ",pro,Blue\n");
    }
    Result one = loadedAlikeByOneAndThreeWorkers(sb.toString());
    assertTrue(one.issues().contains("Line 501: the number of fields (2) differs from the "
        + "header's (5)"), one.issues());
    assertEquals(12, one.issues().split("fields \\(2\\)").length - 1, one.issues());
  }

  @Test
  void quotesEscapedWithABackslashReadAsQuotesInEveryRange() throws Exception {
    // MySQL's SELECT ... INTO OUTFILE: a quote inside a quoted field is \", a backslash \\
    StringBuilder sb = new StringBuilder("\"Name\",\"Email\",\"Plan\",\"Team\"\n");
    for (int i = 1; i <= 6000; i++) {
      sb.append("\"Ann \\\"A").append(i).append("\\\", Jr.\",\"a").append(i)
          .append("@example.com\",\"").append(i % 4 == 0 ? "Gold" : "pro").append("\",\"")
          .append(i % 7 == 0 ? "Red\\\\Blue" : "Blue").append("\"\n");
    }
    Result one = loadedAlikeByOneAndThreeWorkers(sb.toString());
    assertEquals("", one.issues(), "no quoting issues");
    assertTrue(one.parsed().startsWith("6,000 rows"), one.parsed());
    String rows = (String) one.rows();
    assertTrue(rows.contains("\"first_name\":\"Ann \\\"A1\\\", Jr.\""), rows.substring(0, 300));
    assertTrue(rows.contains("\"Team\":\"Red\\\\Blue\""), "a backslash read as one");
  }

  /**
   * Loads a file's text with one worker and with three, checks that a range parsed apart was
   * taken and that both gave the same rows, parse issues, summary and rows handed over; returns
   * what one worker gave.
   */
  private static Result loadedAlikeByOneAndThreeWorkers(String text) throws Exception {
    Path file = Files.createTempFile("parallel", ".csv");
    Files.writeString(file, text);
    try (TestServer pages = TestServer.pages(); Chromium chromium = new Chromium()) {
      WidgetPage page = new WidgetPage(chromium);
      Result one = load(page, pages, file, 1);
      Result three = load(page, pages, file, 3);
      @SuppressWarnings("unchecked")
      Map<String, Object> shape = (Map<String, Object>) three.parallel();
      assertTrue((Long) shape.get("taken") >= 1, "a range parsed apart was taken: " + shape);
      assertEquals(one.parsed(), three.parsed(), "rows read");
      assertEquals(one.issues(), three.issues(), "parse issues");
      assertEquals(one.summary(), three.summary(), "review summary");
      assertEquals(one.rows(), three.rows(), "rows handed over");
      return one;
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void everyWorkerReadsAmbiguousDatesAsTheWholeFileWritesThem(@TempDir Path dir)
      throws Exception {
    // day-first dates past the 12th in every tenth row: the rest (03/04/2024) read day-first in
    // every worker's part too (the helpers start with the schema narrowed by the main worker)
    StringBuilder sb = new StringBuilder("Event,Day\n");
    for (int i = 1; i <= 12_000; i++) {
      sb.append("Talk ").append(i).append(',')
          .append(i % 10 == 0 ? "2" + (i % 9) + "/01/2024" : "03/0" + (1 + i % 9) + "/2024")
          .append('\n');
    }
    Path file = dir.resolve("events.csv");
    Files.writeString(file, sb.toString());
    try (TestServer pages = TestServer.pages(); Chromium chromium = new Chromium()) {
      WidgetPage page = new WidgetPage(chromium);
      Result one = load(page, pages, file, 1, "events");
      Result three = load(page, pages, file, 3, "events");
      @SuppressWarnings("unchecked")
      Map<String, Object> checked = (Map<String, Object>) three.validation();
      assertEquals(3L, checked.get("parts"), "validated in three parts: " + checked);
      assertTrue(one.summary().startsWith("12,000 rows, 0 with errors"), one.summary());
      assertEquals(List.of("Day: 03/02/2024 is read as 2024-02-03, as 21/01/2024 in the same"
          + " column shows."), one.readings(), "the person is told how the column is read");
      assertEquals(one.readings(), three.readings());
      assertEquals(one.summary(), three.summary(), "review summary");
      assertEquals(one.rows(), three.rows(), "rows handed to onData");
    }
  }

  @Test
  void threeWorkersLoadEveryEncodingExactlyAsOneDoes() throws Exception {
    Map<String, Charset> encodings = Map.of("utf8", StandardCharsets.UTF_8,
        "utf16le", StandardCharsets.UTF_16LE, "cp1252", Charset.forName("windows-1252"));
    try (TestServer pages = TestServer.pages(); Chromium chromium = new Chromium()) {
      WidgetPage page = new WidgetPage(chromium);
      for (Map.Entry<String, Charset> e : encodings.entrySet()) {
        String text = contacts(!e.getKey().equals("utf8"));
        if (e.getKey().equals("utf16le")) {
          text = "\uFEFF" + text;
        }
        Path file = Files.createTempFile("contacts-" + e.getKey(), ".csv");
        Files.write(file, text.getBytes(e.getValue()));
        try {
          Result one = load(page, pages, file, 1);
          Result three = load(page, pages, file, 3);
          assertEquals(null, one.parallel(), e.getKey() + ": one worker loads alone");
          @SuppressWarnings("unchecked")
          Map<String, Object> shape = (Map<String, Object>) three.parallel();
          assertEquals(3L, shape.get("workers"), e.getKey() + " " + shape);
          assertEquals(0L, shape.get("failed"), e.getKey());
          System.out.println("parallel load of " + e.getKey() + ": " + shape
              + ", validation: " + three.validation());
          @SuppressWarnings("unchecked")
          Map<String, Object> checked = (Map<String, Object>) three.validation();
          assertEquals(3L, checked.get("parts"), e.getKey() + ": validated in three parts");
          assertEquals(true, checked.get("ranges"), e.getKey() + ": by the helpers that parsed them");
          assertEquals(true, checked.get("ahead"),
              e.getKey() + ": sent to the helpers while the mapping step showed");
          assertTrue((Long) checked.get("checkedHere") < 3000,
              e.getKey() + ": the helpers' clean rows are not checked again");
          assertEquals(null, one.validation(), e.getKey() + ": one worker validates alone");
          assertEquals(Map.of("ms", ((Map<?, ?>) one.ahead()).get("ms"), "complete", true),
              one.ahead(), e.getKey() + ": one worker validated every row ahead");
          assertEquals(null, three.ahead(), e.getKey() + ": a pool's helpers check ahead");
          assertTrue((Long) shape.get("taken") >= 1, e.getKey() + ": a range parsed apart was taken");
          assertTrue(one.parsed().startsWith("6,000 rows"), e.getKey() + ": " + one.parsed());
          assertTrue(one.issues()
              .contains("the number of fields (5) differs from the header's (4)"),
              e.getKey() + ": " + one.issues());
          assertEquals(one.parsed(), three.parsed(), e.getKey() + ": rows read");
          assertEquals(one.issues(), three.issues(), e.getKey() + ": parse issues");
          assertEquals(one.summary(), three.summary(), e.getKey() + ": review summary");
          assertEquals(one.rows(), three.rows(), e.getKey() + ": rows handed to onData");
        } finally {
          Files.delete(file);
        }
      }
    }
  }
}
