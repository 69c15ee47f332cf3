package dev.sluice.core.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class SpreadsheetKindTest {
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
      (byte) 0xB1, 0x1A, (byte) 0xE1};

  private static byte[] ole2With(String streamName) {
    byte[] name = streamName.getBytes(StandardCharsets.UTF_16LE);
    byte[] file = new byte[1024];
    System.arraycopy(OLE2, 0, file, 0, OLE2.length);
    System.arraycopy(name, 0, file, 512, name.length);
    return file;
  }

  @Test
  void filesAreToldApartByTheirFirstBytes() {
    assertEquals(SpreadsheetKind.XLSX, SpreadsheetKind.of(new byte[] {'P', 'K', 3, 4, 20, 0}));
    assertEquals(SpreadsheetKind.TEXT, SpreadsheetKind.of("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals(SpreadsheetKind.TEXT, SpreadsheetKind.of(new byte[0]));
    assertEquals(SpreadsheetKind.XLS, SpreadsheetKind.of(ole2With("Workbook")));
    // an encrypted xlsx is an OLE2 file holding the EncryptionInfo and EncryptedPackage streams
    assertEquals(SpreadsheetKind.ENCRYPTED, SpreadsheetKind.of(ole2With("EncryptionInfo")));
  }

  @Test
  void partsThatInflateBeyondTheRatioOrTheCapAreStopped() {
    SpreadsheetKind.checkInflated(1 << 20, 1000); // the first MiB is always allowed
    SpreadsheetKind.checkInflated(50_000_000, 600_000);
    assertEquals("XLSX_TOO_LARGE", assertThrows(XlsxException.class,
        () -> SpreadsheetKind.checkInflated(200_000_000, 200_000)).code());
    assertEquals("XLSX_TOO_LARGE", assertThrows(XlsxException.class,
        () -> SpreadsheetKind.checkInflated((1L << 30) + 1, 1L << 29)).code());
  }

  private static byte[] bytes(String latin1) {
    return latin1.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static String formatOf(byte[] head) {
    SpreadsheetKind.Refusal refusal = SpreadsheetKind.refusal(head);
    assertEquals(SpreadsheetKind.OTHER, SpreadsheetKind.of(head));
    assertEquals("FILE_OTHER_FORMAT", refusal.code());
    return (String) refusal.arguments().get("format");
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }

  /** A zip of the named entries, the first stored (as OpenDocument stores its mime type). */
  private static byte[] zip(String... namesAndTexts) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i < namesAndTexts.length; i += 2) {
        byte[] data = namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8);
        ZipEntry entry = new ZipEntry(namesAndTexts[i]);
        if (i == 0) {
          CRC32 crc = new CRC32();
          crc.update(data);
          entry.setMethod(ZipEntry.STORED);
          entry.setSize(data.length);
          entry.setCrc(crc.getValue());
        }
        zip.putNextEntry(entry);
        zip.write(data);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  @Test
  void filesOfOtherFormatsAreNamedByTheirFirstBytes() throws IOException {
    byte[] csv = "id,name\n1,Ada\n2,Grace\n".getBytes(StandardCharsets.UTF_8);
    assertEquals("gzip", formatOf(gzip(csv)));
    assertEquals("PDF", formatOf(bytes("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n")));
    assertEquals("PNG", formatOf(bytes("\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR")));
    assertEquals("JPEG", formatOf(bytes("\u00ff\u00d8\u00ff\u00e0\u0000\u0010JFIF")));
    assertEquals("GIF", formatOf(bytes("GIF89a\u0001\u0000\u0001\u0000")));
    assertEquals("WebP", formatOf(bytes("RIFF\u0024\u0000\u0000\u0000WEBPVP8 ")));
    assertEquals("7-Zip", formatOf(bytes("7z\u00bc\u00af'\u001c\u0000\u0004")));
    assertEquals("RAR", formatOf(bytes("Rar!\u001a\u0007\u0001\u0000")));
    assertEquals("bzip2", formatOf(bytes("BZh91AY&SY\u0012\u0034")));
    assertEquals("SQLite", formatOf(bytes("SQLite format 3\u0000\u0010\u0000")));
    assertEquals("RTF", formatOf(bytes("{\\rtf1\\ansi\\deff0 {\\fonttbl}")));
    assertEquals("Word (.docx)", formatOf(zip("[Content_Types].xml", "<Types/>",
        "word/document.xml", "<w:document/>")));
    assertEquals("PowerPoint (.pptx)", formatOf(zip("[Content_Types].xml", "<Types/>",
        "ppt/presentation.xml", "<p:presentation/>")));
    assertEquals("OpenDocument spreadsheet (.ods)", formatOf(zip("mimetype",
        "application/vnd.oasis.opendocument.spreadsheet", "content.xml", "<office/>")));
    assertEquals("OpenDocument text (.odt)", formatOf(zip("mimetype",
        "application/vnd.oasis.opendocument.text", "content.xml", "<office/>")));
    // a workbook's zip stays a workbook, whatever comes first in it
    assertEquals(SpreadsheetKind.XLSX, SpreadsheetKind.of(zip("[Content_Types].xml", "<Types/>",
        "_rels/.rels", "<Relationships/>", "xl/workbook.xml", "<workbook/>")));
    assertEquals(SpreadsheetKind.XLSX, SpreadsheetKind.of(zip("xl/workbook.xml", "<workbook/>",
        "word/document.xml", "<w:document/>")));
  }

  @Test
  void binaryDataIsNotTextButTextWithControlCharsIs() {
    byte[] noise = new byte[64 * 1024];
    new Random(7).nextBytes(noise);
    assertEquals(SpreadsheetKind.OTHER, SpreadsheetKind.of(noise));
    assertEquals(new SpreadsheetKind.Refusal("FILE_NOT_TEXT", Map.of()),
        SpreadsheetKind.refusal(noise));
    // a legacy export padded with NULs is ASCII throughout: read, its NULs shown
    String padded = "id,name\n" + "1,Ada\u0000\u0000\u0000\u0000\u0000\u0000\n".repeat(200);
    assertEquals(SpreadsheetKind.TEXT,
        SpreadsheetKind.of(padded.getBytes(StandardCharsets.UTF_8)));
    // UTF-16 without a byte order mark: a zero in every other byte, and text
    assertEquals(SpreadsheetKind.TEXT,
        SpreadsheetKind.of("id,name\n1,J\u00f6rg\n".repeat(50).getBytes(StandardCharsets.UTF_16LE)));
    // Windows-1252 with a few stray controls (an ESC, a SUB at the end) is text
    String cp1252 = "name,city\nM\u00fcller,K\u00f6ln\u001b\n".repeat(100) + "\u001a";
    assertEquals(SpreadsheetKind.TEXT, SpreadsheetKind.of(cp1252.getBytes(StandardCharsets.ISO_8859_1)));
    // headers that begin like a signature are still text
    for (String header : List.of("BZh,count\n1,2\n", "GIF,JPEG\nyes,no\n", "PK,name\n1,a\n",
        "Rar,7z\n1,2\n", "%PDF,x\n1,2\n")) {
      assertEquals(SpreadsheetKind.TEXT, SpreadsheetKind.of(header.getBytes(StandardCharsets.UTF_8)),
          header);
      assertNull(SpreadsheetKind.refusal(header.getBytes(StandardCharsets.UTF_8)));
    }
  }

  @Test
  void everyRealWorldTextFileOfTheTestsIsText() throws Exception {
    Path resources = Path.of(SpreadsheetKindTest.class.getResource("/spec").toURI()).getParent();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(resources)) {
      files = walk.filter(f -> f.toString().matches(".*\\.(csv|tsv|txt)$")).toList();
    }
    assertEquals(true, files.size() > 30, "found " + files.size());
    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(file);
      byte[] head = java.util.Arrays.copyOf(bytes, Math.min(bytes.length, 64 * 1024));
      assertEquals(SpreadsheetKind.TEXT, SpreadsheetKind.of(head), file.toString());
    }
  }
}
