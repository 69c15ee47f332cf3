package dev.sluice.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sluice.core.xlsx.SharedStrings;
import dev.sluice.core.xlsx.SheetReader;
import dev.sluice.core.xlsx.Styles;
import dev.sluice.core.xlsx.Workbook;
import dev.sluice.core.xlsx.XlsxException;
import dev.sluice.core.xlsx.ZipDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks saved by LibreOffice 7 (from {@code people.csv} and {@code book.fods} in the same
 * folder: {@code soffice --headless --convert-to xlsx}) read to the rows a user sees in Calc.
 */
class XlsxFileReaderTest {
  private static final Path DIR = Path.of("src/test/resources/xlsx");

  private static List<List<String>> rows(Path file, String sheet) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    XlsxFileReader.read(file, sheet,
        (cells, count, rowNumber) -> rows.add(Arrays.asList(Arrays.copyOf(cells, count))));
    return rows;
  }

  @Test
  void aCsvConvertedByLibreOfficeReadsBackAsTheSameTextWithTypedCellsInNormalForm()
      throws IOException {
    List<List<String>> rows = rows(DIR.resolve("people.xlsx"), null);
    assertEquals(List.of(
        List.of("Name", "Email", "Joined", "Amount", "Active", "City"),
        List.of("Anna Müller", "anna@example.com", "2024-03-31", "1234.5", "TRUE", "Zürich"),
        List.of("O'Brien, Seán", "sean@example.ie", "2023-12-01", "-7", "FALSE", "Dublin, IE"),
        List.of("日本 太郎", "taro@example.jp", "2022-02-28", "0.1", "TRUE", "東京"),
        List.of("Zoë \uD83D\uDE00", "zoe@example.org", "1999-12-31", "1000000", "FALSE",
            "Quote \"here\"")), rows);
  }

  @Test
  void theFirstSheetWithDataIsReadWithFormulasAsCachedValuesSparseCellsAndMerges()
      throws IOException {
    List<List<String>> expected = List.of(
        List.of("Order", "Customer", "", "Ordered", "Shipped at", "Qty", "Price", "Total", "Paid",
            "Note"),
        List.of("1001", "Ada", "Lovelace", "2024-02-29", "2024-03-01T14:05:00", "3", "19.99",
            "59.97", "1", "Größe & <fit> \"quoted\""),
        List.of("1003", "Grace", "Hopper", "1906-12-09", "", "1", "0.1", "0.1", "0", "xGrace"),
        List.of("1004", "", "", "", "", "", "", "", "", "only a note, 日本語"));
    assertEquals(expected, rows(DIR.resolve("book.xlsx"), null), "Notes is empty: Orders is read");
    assertEquals(expected, rows(DIR.resolve("book1904.xlsx"), "orders"),
        "the same dates from a workbook counting from 1904");
    XlsxFileReader.Result result = XlsxFileReader.read(DIR.resolve("book.xlsx"), "Orders",
        (cells, count, row) -> { });
    assertEquals(List.of("Notes", "Orders", "Empty"),
        result.sheets().stream().map(Workbook.Sheet::name).toList());
    assertEquals(List.of(new SheetReader.Merge(0, 1, 0, 2)), result.merges(),
        "the merged header B1:C1 keeps its value in B1");
    assertEquals(List.of(), rows(DIR.resolve("book.xlsx"), "Empty"));
  }

  /**
   * {@code excel-form.xlsx} is in the form Excel writes (made by {@code excel-form.py} beside it):
   * Excel stores a number with up to 17 significant digits, a typed 19.99 as {@code
   * 19.989999999999998}, and shows 15; it writes a carriage return in text as {@code _x000D_}.
   * Hours are in an elapsed-time format ({@code [h]:mm}), distances in {@code 0.0\ "km"} (an m
   * in quotes, no month).
   */
  @Test
  void numbersAndTextExcelWritesInItsOwnFormsReadAsExcelShowsThem() throws IOException {
    assertEquals(List.of(
        List.of("Product", "Price", "Weight", "Share", "Total", "Id", "Ratio", "Added", "Code",
            "Note", "Hours", "Distance"),
        List.of("Tea", "19.99", "0.0007", "0.3", "1234.56", "12345678901234600000",
            "0.333333333333333", "2024-04-01", "19.989999999999998", "line one\r\nline two",
            "36:00:00", "12.5"),
        List.of("Coffee", "68.4", "1e-7", "35.7", "-1234.56", "42", "1", "2023-03-15", "007",
            "tab\there", "00:30:00", "0.4"),
        List.of("Cocoa", "4.1", "0.005", "2.05", "100.1", "0", "0.001", "2023-03-15T12:00:00",
            "1E-3", "_x000D_ typed", "1000:00:00", "1000")),
        rows(DIR.resolve("excel-form.xlsx"), null));
  }

  /**
   * {@code excel-formats.xlsx}: ZIP codes, phone numbers and SSNs typed as numbers under Excel's
   * special formats (Zip Code {@code 00000}, Phone Number {@code [<=9999999]###-####;(###)
   * ###-####}, Social Security Number, Zip Code + 4) read as Excel shows them and saves them to
   * CSV, leading zeros kept; a count under {@code #,##0} stays the number.
   */
  @Test
  void numbersUnderExcelsSpecialFormatsKeepTheirLeadingZerosAndSeparators() throws IOException {
    assertEquals(List.of(
        List.of("Name", "Zip", "Phone", "SSN", "Zip4", "Count"),
        List.of("Anna", "02134", "(415) 555-7693", "078-05-1120", "02134-0001", "1234"),
        List.of("Bob", "90210", "555-1234", "123-45-6789", "90210-1234", "12"),
        List.of("Cem", "00501", "(212) 555-0100", "000-00-0001", "00501-0000", "1234567")),
        rows(DIR.resolve("excel-formats.xlsx"), null));
  }

  @Test
  void aHiddenSheetIsPassedOverForTheFirstVisibleSheetWithDataAndStillReadWhenNamed()
      throws IOException {
    Path report = DIR.resolve("excel-report.xlsx");
    assertEquals(List.of("Contacts exported 2024-03-01"), rows(report, null).get(0));
    assertEquals(List.of(List.of("free"), List.of("pro")), rows(report, "Lists"));
  }

  @Test
  void theBrowsersZipDirectoryListsWhatTheJdkListsAndFindsEachEntrysData() throws IOException {
    for (String name : List.of("people.xlsx", "book.xlsx", "book1904.xlsx")) {
      Path file = DIR.resolve(name);
      byte[] bytes = Files.readAllBytes(file);
      List<ZipDirectory.Entry> entries = ZipDirectory.read(bytes, bytes.length);
      try (ZipFile zip = new ZipFile(file.toFile())) {
        List<? extends ZipEntry> jdk = Collections.list(zip.entries());
        assertEquals(jdk.size(), entries.size(), name);
        for (int i = 0; i < jdk.size(); i++) {
          ZipDirectory.Entry e = entries.get(i);
          assertEquals(jdk.get(i).getName(), e.name());
          assertEquals(jdk.get(i).getCompressedSize(), e.compressedSize());
          assertEquals(jdk.get(i).getSize(), e.size());
          assertEquals(jdk.get(i).getMethod(), e.method());
          long at = ZipDirectory.dataOffset(e, Arrays.copyOfRange(bytes,
              (int) e.localHeaderOffset(), (int) e.localHeaderOffset() + 30));
          java.util.zip.Inflater inflater = new java.util.zip.Inflater(true);
          inflater.setInput(bytes, (int) at, (int) e.compressedSize());
          byte[] out = new byte[(int) e.size()];
          try {
            inflater.inflate(out);
          } catch (java.util.zip.DataFormatException ex) {
            throw new AssertionError(ex);
          }
          try (InputStream in = zip.getInputStream(jdk.get(i))) {
            assertEquals(Arrays.toString(in.readAllBytes()), Arrays.toString(out), e.name());
          }
        }
      }
    }
  }

  @Test
  void aSheetFedInAnyChunkSizeGivesTheSameRows() throws IOException {
    String sheetXml;
    String sharedXml;
    String stylesXml;
    try (ZipFile zip = new ZipFile(DIR.resolve("book.xlsx").toFile())) {
      sheetXml = text(zip, "xl/worksheets/sheet2.xml");
      sharedXml = text(zip, "xl/sharedStrings.xml");
      stylesXml = text(zip, "xl/styles.xml");
    }
    List<List<String>> whole = null;
    for (int chunk : new int[] {100_000, 1, 2, 3, 7, 64}) {
      SharedStrings shared = new SharedStrings();
      for (int i = 0; i < sharedXml.length(); i += chunk) {
        shared.feed(sharedXml.substring(i, Math.min(sharedXml.length(), i + chunk)));
      }
      shared.finish();
      List<List<String>> rows = new ArrayList<>();
      SheetReader reader = new SheetReader(shared, Styles.read(stylesXml), false,
          (cells, count, row) -> rows.add(List.of(Arrays.copyOf(cells, count))));
      for (int i = 0; i < sheetXml.length(); i += chunk) {
        reader.feed(sheetXml.substring(i, Math.min(sheetXml.length(), i + chunk)));
      }
      reader.finish();
      if (whole == null) {
        whole = rows;
      }
      assertEquals(whole, rows, "chunks of " + chunk);
    }
    assertEquals(4, whole.size());
  }

  @Test
  void oldEncryptedDamagedAndBombWorkbooksAreRefusedWithTheirCode(@TempDir Path dir)
      throws IOException {
    assertEquals("XLS_UNSUPPORTED", code(DIR.resolve("people.xls")));
    Path truncated = dir.resolve("truncated.xlsx");
    byte[] book = Files.readAllBytes(DIR.resolve("book.xlsx"));
    Files.write(truncated, Arrays.copyOf(book, book.length / 2));
    assertEquals("XLSX_CORRUPT", code(truncated));
    // a zip with no workbook in it (a CSV zipped to send it), even named .xlsx: an archive
    Path zipped = dir.resolve("orders.xlsx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(zipped))) {
      zip.putNextEntry(new ZipEntry("orders.csv"));
      zip.write("order,total\n1001,5\n".getBytes(StandardCharsets.UTF_8));
    }
    XlsxException archive = assertThrows(XlsxException.class,
        () -> XlsxFileReader.read(zipped, null, (cells, count, row) -> { }));
    assertEquals("FILE_OTHER_FORMAT", archive.code());
    assertEquals(java.util.Map.of("format", "ZIP"), archive.arguments());
    // a Word document is named before any part is read
    Path docx = dir.resolve("letter.xlsx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(docx))) {
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
    }
    assertEquals(java.util.Map.of("format", "Word (.docx)"), assertThrows(XlsxException.class,
        () -> XlsxFileReader.read(docx, null, (cells, count, row) -> { })).arguments());
    Path encrypted = dir.resolve("encrypted.xlsx");
    byte[] ole2 = new byte[4096];
    byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};
    System.arraycopy(magic, 0, ole2, 0, 8);
    byte[] stream = "EncryptionInfo".getBytes(StandardCharsets.UTF_16LE);
    System.arraycopy(stream, 0, ole2, 1024, stream.length);
    Files.write(encrypted, ole2);
    assertEquals("XLSX_ENCRYPTED", code(encrypted));
    Path bomb = dir.resolve("bomb.xlsx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
      zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
      zip.write("<workbook><sheets><sheet name=\"S\"/></sheets></workbook>"
          .getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      zip.write("<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>".getBytes(
          StandardCharsets.UTF_8));
      byte[] spaces = new byte[1 << 20];
      Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 200; i++) {
        zip.write(spaces);
      }
      zip.closeEntry();
    }
    assertEquals("XLSX_TOO_LARGE", code(bomb));
    assertThrows(XlsxFileReader.SheetNotFound.class,
        () -> rows(DIR.resolve("book.xlsx"), "Invoices"));
  }

  private static String code(Path file) {
    return assertThrows(XlsxException.class, () -> rows(file, null)).code();
  }

  private static String text(ZipFile zip, String name) throws IOException {
    try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
