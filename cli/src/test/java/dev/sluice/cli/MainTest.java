package dev.sluice.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The outcome of one CLI run. */
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static String resource(String name) throws Exception {
    return Path.of(MainTest.class.getResource("/" + name).toURI()).toString();
  }

  @Test
  void parsePrintsEveryRowAsJsonDecodedFromWindows1252() throws Exception {
    Run r = run("parse", resource("excel-de-semicolon-1252.csv"));
    assertEquals(0, r.code(), r.err());
    JsonNode rows = JSON.readTree(r.out());
    assertEquals(5, rows.size());
    assertEquals("Lieferant", rows.get(0).get(4).asText());
    assertEquals("Müller & Söhne GmbH", rows.get(1).get(4).asText());
    assertEquals("Schraubendreher \"Profi\"", rows.get(3).get(0).asText());
    assertEquals("Werkzeug-Maß; Köln", rows.get(3).get(4).asText());
  }

  @Test
  void parseWithGivenDelimiterAndEncodingUsesThem() throws Exception {
    Run r = run("parse", resource("excel-de-semicolon-1252.csv"), "--delimiter", "tab",
        "--encoding", "latin1");
    assertEquals(0, r.code(), r.err());
    JsonNode rows = JSON.readTree(r.out());
    assertEquals(1, rows.get(0).size(), "no tabs in the file: one field per row");
    assertEquals("Artikel;Menge;Preis;Summe;Lieferant", rows.get(0).get(0).asText());
  }

  @Test
  void detectPrintsTheDialectAsJson() throws Exception {
    Run r = run("detect", resource("excel-de-semicolon-1252.csv"));
    assertEquals(0, r.code(), r.err());
    JsonNode d = JSON.readTree(r.out());
    assertEquals("windows-1252", d.get("encoding").asText());
    assertEquals(";", d.get("delimiter").asText());
    assertEquals("\"", d.get("quote").asText());
    assertEquals(0, d.get("headerRowIndex").asInt());
    assertEquals("CRLF", d.get("lineEnding").asText());
    assertEquals(5, d.get("rowCount").asInt());
    assertEquals(4, d.get("dataRowCount").asInt());
  }

  @Test
  void aCyrillicExcelFileIsDetectedAndReadInWindows1251(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("kontakty.csv");
    Files.write(file, "Фамилия;Имя;Город\r\nПетров;Иван;Москва\r\nСмирнова;Ольга;Пермь\r\n"
        .getBytes(java.nio.charset.Charset.forName("windows-1251")));
    JsonNode d = JSON.readTree(run("detect", file.toString()).out());
    assertEquals("windows-1251", d.get("encoding").asText());
    JsonNode rows = JSON.readTree(run("parse", file.toString()).out());
    assertEquals("Смирнова", rows.get(2).get(0).asText());
    assertEquals("Москва", rows.get(1).get(2).asText());
  }

  @Test
  void bytesFurtherDownThatAreNotUtf8AreCountedAndTheirEncodingNamed(@TempDir Path dir)
      throws Exception {
    // a legacy export whose first 64 KiB are ASCII: read as UTF-8, its Cyrillic rows are not
    StringBuilder text = new StringBuilder("id,name,city\r\n");
    for (int i = 1; i <= 4000; i++) {
      text.append(i).append(",Customer ").append(i).append(",Springfield\r\n");
    }
    text.append("4001,Иван Петров,Москва\r\n");
    Path file = dir.resolve("late.csv");
    Files.write(file, text.toString().getBytes(java.nio.charset.Charset.forName("windows-1251")));
    Run parse = run("parse", file.toString());
    assertEquals(0, parse.code(), parse.err());
    assertTrue(parse.err().contains("16 byte sequences are not valid UTF-8")
        && parse.err().contains("give --encoding windows-1251"), parse.err());
    Path schema = dir.resolve("people.schema.json");
    Files.writeString(schema, "{\"version\": 1, \"name\": \"people\", \"columns\": ["
        + "{\"key\": \"id\", \"label\": \"id\"}, {\"key\": \"name\", \"label\": \"name\"}, "
        + "{\"key\": \"city\", \"label\": \"city\"}]}");
    Run validate = run("validate", "--schema", schema.toString(), "--format", "json",
        file.toString());
    assertTrue(validate.err().contains("give --encoding windows-1251"), validate.err());
    assertEquals(16, JSON.readTree(validate.out()).get("malformedBytes").asInt(), validate.out());
    Run given = run("parse", file.toString(), "--encoding", "windows-1251");
    assertEquals("", given.err());
    assertEquals("Москва", JSON.readTree(given.out()).get(4001).get(2).asText());
  }

  @Test
  void aTurkishDefaultLocaleChangesNoNameTheCommandsRead(@TempDir Path dir) throws Exception {
    // under Turkish rules "I" lower-cases to "ı": WINDOWS-1254 was no encoding and "trim" no
    // transform on a machine set to Turkish
    java.util.Locale before = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
      Path file = dir.resolve("musteriler.csv");
      Files.write(file, "Ad;Şehir\r\n Işıl ;İstanbul\r\n".getBytes(
          java.nio.charset.Charset.forName("windows-1254")));
      Run parse = run("parse", file.toString(), "--encoding", "WINDOWS-1254");
      assertEquals("", parse.err());
      assertEquals("İstanbul", JSON.readTree(parse.out()).get(1).get(1).asText());
      Path schema = dir.resolve("musteri.schema.json");
      Files.writeString(schema, "{\"version\": 1, \"name\": \"m\", \"columns\": ["
          + "{\"key\": \"ad\", \"label\": \"Ad\", \"transforms\": [\"trim\", \"title\"]}]}");
      Run validate = run("validate", "--schema", schema.toString(), "--format", "json",
          "--encoding", "windows-1254", file.toString());
      assertEquals(0, validate.code(), validate.err());
    } finally {
      java.util.Locale.setDefault(before);
    }
  }

  @Test
  void langNamesTheEncodingOfAFileThatReadsAlikeInSeveral(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("kontakty.csv");
    Files.write(file, "Příjmení;Jméno\r\nDvořák;Jiří\r\nČerná;Eva\r\n"
        .getBytes(java.nio.charset.Charset.forName("windows-1250")));
    // Czech letters are letters in Windows-1252 too: the bytes alone take the Western one
    assertEquals("windows-1252",
        JSON.readTree(run("detect", file.toString()).out()).get("encoding").asText());
    assertEquals("windows-1250", JSON.readTree(run("detect", file.toString(), "--lang", "cs")
        .out()).get("encoding").asText());
    JsonNode rows = JSON.readTree(run("parse", file.toString(), "--lang", "cs-CZ").out());
    assertEquals("Dvořák", rows.get(1).get(0).asText());
  }

  @Test
  void malformedQuotingIsAWarningWithItsPositionInLenientModeAndAnErrorInStrictMode()
      throws Exception {
    Run lenient = run("parse", resource("unclosed-quote.csv"));
    assertEquals(0, lenient.code());
    assertEquals(3, JSON.readTree(lenient.out()).size());
    assertTrue(lenient.err().contains("Line 2, column 2"), lenient.err());
    Run strict = run("parse", "--strict", resource("unclosed-quote.csv"));
    assertEquals(1, strict.code());
    assertTrue(strict.err().startsWith("sluice: error: --strict stopped at the first malformed "
        + "field. Without --strict: Line 2, column 2"), strict.err());
  }

  @Test
  void aFieldTooLongStopsParsingInEitherModeAndSaysSoPlainly(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("long.csv");
    Files.writeString(file, "a,b\nx," + "y".repeat(1_100_000) + "\n");
    for (String mode : new String[] {"", "--strict"}) {
      Run r = mode.isEmpty() ? run("parse", file.toString())
          : run("parse", mode, file.toString());
      assertEquals(1, r.code(), mode);
      assertTrue(r.err().startsWith("sluice: error: Line 2, column 2: a field is longer than"),
          r.err());
    }
  }

  @Test
  void unreadableFilesExitWith2AndSayWhy(@TempDir Path dir) throws Exception {
    Run missing = run("parse", dir.resolve("nope.csv").toString());
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("no such file"), missing.err());
    Run directory = run("detect", dir.toString());
    assertEquals(2, directory.code());
    assertTrue(directory.err().contains("directory"), directory.err());
  }

  @Test
  void aFileWithNoTableIsRefusedByEveryCommandWithWhatItIs(@TempDir Path dir) throws Exception {
    Path gz = dir.resolve("customers.csv.gz");
    try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write("id,name\n1,Ada\n".getBytes(StandardCharsets.UTF_8));
    }
    Path noise = dir.resolve("export.csv");
    byte[] random = new byte[20_000];
    new java.util.Random(3).nextBytes(random);
    Files.write(noise, random);
    Path schema = dir.resolve("schema.json");
    Files.writeString(schema, "{\"version\":1,\"name\":\"t\",\"columns\":[{\"key\":\"id\","
        + "\"label\":\"Id\"}]}");
    for (String[] args : new String[][] {{"parse"}, {"detect"}, {"validate", "--schema",
        schema.toString()}}) {
      String[] withGz = java.util.Arrays.copyOf(args, args.length + 1);
      withGz[args.length] = gz.toString();
      Run run = run(withGz);
      assertEquals(Main.INPUT_ERRORS, run.code(), run.err());
      assertTrue(run.err().contains("This is a gzip file, not a CSV or Excel file"), run.err());
      assertEquals("", run.out());
      String[] withNoise = java.util.Arrays.copyOf(args, args.length + 1);
      withNoise[args.length] = noise.toString();
      run = run(withNoise);
      assertEquals(Main.INPUT_ERRORS, run.code(), run.err());
      assertTrue(run.err().contains("This file is not text"), run.err());
    }
  }

  @Test
  void badUsageExitsWith2AndSaysWhatIsWrong() throws Exception {
    assertEquals(2, run().code());
    Run unknown = run("frobnicate", "x.csv");
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().contains("unknown command 'frobnicate'"));
    Run option = run("parse", "--colour", "red", resource("unclosed-quote.csv"));
    assertEquals(2, option.code());
    assertTrue(option.err().contains("unknown option --colour"));
    Run encoding = run("parse", "--encoding", "ebcdic", resource("unclosed-quote.csv"));
    assertEquals(2, encoding.code());
    assertTrue(encoding.err().contains("unknown encoding 'ebcdic'"));
    assertTrue(encoding.err().contains("windows-1251") && encoding.err().contains("GBK"),
        "the error names every encoding known: " + encoding.err());
    Run delimiter = run("parse", "--delimiter", ";;", resource("unclosed-quote.csv"));
    assertEquals(2, delimiter.code());
    assertEquals(2, run("parse").code());
  }

  @Test
  void detectNamesAWorkbooksSheetsAndCountsTheRowsOfTheOneReadByDefault() throws Exception {
    Run r = run("detect", resource("book.xlsx"));
    assertEquals(0, r.code(), r.err());
    JsonNode d = JSON.readTree(r.out());
    assertEquals("xlsx", d.get("kind").asText());
    assertEquals("[\"Notes\",\"Orders\",\"Empty\"]", d.get("sheets").toString());
    // the first sheet with data, as parse and validate read it
    Run parsed = run("parse", resource("book.xlsx"));
    assertTrue(parsed.err().contains("read sheet '" + d.get("sheet").asText() + "' ("
        + d.get("rowCount").asInt() + " rows)"), parsed.err() + " / " + r.out());
    assertEquals(JSON.readTree(parsed.out()).size(), d.get("rowCount").asInt());
    assertEquals(d.get("rowCount").asInt() - 1, d.get("dataRowCount").asInt());
  }

  @Test
  void emptyFileParsesToAnEmptyArray(@TempDir Path dir) throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.csv"));
    Run r = run("parse", empty.toString());
    assertEquals(0, r.code());
    assertEquals(0, JSON.readTree(r.out()).size());
  }

  @Test
  void parseReadsTheNamedSheetOfAWorkbookAndNamesTheSheetsWhenOneIsMissing() throws Exception {
    Run r = run("parse", resource("book.xlsx"), "--sheet", "orders");
    assertEquals(0, r.code(), r.err());
    JsonNode rows = JSON.readTree(r.out());
    assertEquals(4, rows.size());
    assertEquals("Shipped at", rows.get(0).get(4).asText());
    assertEquals("2024-03-01T14:05:00", rows.get(1).get(4).asText());
    assertTrue(r.err().contains("read sheet 'Orders' (4 rows); sheets: Notes, Orders, Empty"),
        r.err());

    Run missing = run("parse", resource("book.xlsx"), "--sheet", "Invoices");
    assertEquals(1, missing.code());
    assertTrue(missing.err().contains(
        "There is no sheet named \"Invoices\". The workbook has: Notes, Orders, Empty."),
        missing.err());

    Run csvWithSheet = run("parse", resource("excel-de-semicolon-1252.csv"), "--sheet", "x");
    assertEquals(2, csvWithSheet.code());
    assertTrue(csvWithSheet.err().contains("--sheet applies to Excel workbooks"), csvWithSheet.err());
  }

  @Test
  void quotesEscapedWithABackslashAsMySqlWritesThemAreReadAsQuotes(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("outfile.csv");
    Files.writeString(file, "id,quote,path\n1,\"He said \\\"hi\\\" to me\",\"C:\\\\dir\\\\\"\n"
        + "2,\"a \\\"b\\\", c\",\"x\"\n");
    JsonNode d = JSON.readTree(run("detect", file.toString()).out());
    assertEquals("backslash", d.get("quoteEscape").asText());
    assertEquals(0, d.get("parseIssues").asInt());
    Run r = run("parse", file.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.err(), "no warnings");
    JsonNode rows = JSON.readTree(r.out());
    assertEquals("He said \"hi\" to me", rows.get(1).get(1).asText());
    assertEquals("C:\\dir\\", rows.get(1).get(2).asText());
    assertEquals("a \"b\", c", rows.get(2).get(1).asText());
    assertEquals(3, rows.get(2).size(), "the quoted comma splits nothing");
    assertEquals("doubled", JSON.readTree(run("detect", resource("excel-de-semicolon-1252.csv"))
        .out()).get("quoteEscape").asText());

    Run backslashQuote = run("parse", file.toString(), "--quote", "\\");
    assertEquals(2, backslashQuote.code());
    assertTrue(backslashQuote.err().contains("--quote cannot be a backslash"), backslashQuote.err());

    // the user's say wins over the detection, both ways
    Run doubled = run("parse", file.toString(), "--escape", "doubled");
    assertEquals(0, doubled.code(), doubled.err());
    assertTrue(doubled.err().contains("text follows the closing quote"), doubled.err());
    assertEquals("\"He said \\\"hi\\\" to me\"",
        JSON.readTree(doubled.out()).get(1).get(1).asText(), "kept as written, as RFC 4180 reads it");
    Path rfc = dir.resolve("rfc.csv");
    Files.writeString(rfc, "a,b\n\"x\\\",y\n");
    assertEquals("x\\", JSON.readTree(run("parse", rfc.toString()).out()).get(1).get(0).asText());
    Run forced = run("parse", rfc.toString(), "--escape", "backslash");
    assertTrue(forced.err().contains("warning"), "the quote escaped, the field is not closed: "
        + forced.err());
    assertTrue(!JSON.readTree(forced.out()).get(1).get(0).asText().equals("x\\"), forced.out());
    Run bad = run("parse", rfc.toString(), "--escape", "slash");
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("--escape takes backslash"), bad.err());
  }

  @Test
  void aPostgresCopyDumpIsReadWithItsEscapesAndItsNullsBlank(@TempDir Path dir)
      throws Exception {
    // COPY ... TO (text format, HEADER): tab-delimited, nothing quoted, NULL as \N
    Path file = dir.resolve("people.tsv");
    Files.writeString(file, "id\tnote\tdeleted_at\n1\tcol\\tumns\\nand lines\t\\N\n"
        + "2\tC:\\\\temp\t2024-04-01\n");
    JsonNode d = JSON.readTree(run("detect", file.toString()).out());
    assertEquals("backslash", d.get("quoteEscape").asText());
    Run r = run("parse", file.toString());
    assertEquals("", r.err(), "no warnings");
    JsonNode rows = JSON.readTree(r.out());
    assertEquals("col\tumns\nand lines", rows.get(1).get(1).asText());
    assertEquals("", rows.get(1).get(2).asText(), "\\N is NULL: blank");
    assertEquals("C:\\temp", rows.get(2).get(1).asText());
    Path schema = dir.resolve("people.schema.json");
    Files.writeString(schema, "{\"version\": 1, \"name\": \"people\", \"columns\": ["
        + "{\"key\": \"id\", \"label\": \"id\", \"type\": \"integer\"}, "
        + "{\"key\": \"note\", \"label\": \"note\"}, "
        + "{\"key\": \"deleted_at\", \"label\": \"deleted_at\", \"type\": \"date\"}]}");
    Path out = dir.resolve("clean.csv");
    Run validate = run("validate", "--schema", schema.toString(), file.toString(), "--out",
        out.toString());
    assertEquals(0, validate.code(), validate.out() + validate.err());
    assertEquals("id,note,deleted_at\n1,\"col\tumns\nand lines\",\n2,C:\\temp,2024-04-01\n",
        Files.readString(out).replace("\r\n", "\n"));
    Run doubled = run("parse", file.toString(), "--escape", "doubled");
    assertEquals("\\N", JSON.readTree(doubled.out()).get(1).get(2).asText(),
        "told it is not escaped, the text as written");
  }

  @Test
  void aGivenQuoteThatIsTheDetectedDelimiterParsesUnderTheGivenQuote(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("pipes.csv");
    Files.writeString(file, "a|b|c\n1|2|3\n");
    Run r = run("parse", file.toString(), "--quote", "|");
    assertEquals(0, r.code(), r.err());
    assertTrue(!r.err().contains("Exception") && !r.err().contains("\tat "), r.err());
    Run clash = run("parse", file.toString(), "--quote", "|", "--delimiter", "pipe");
    assertEquals(2, clash.code());
    assertTrue(clash.err().contains("--delimiter and --quote must be different"), clash.err());
    assertTrue(!clash.err().contains("\tat "), clash.err());
  }
}
