package dev.sluice.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.core.parse.CsvDocument;
import dev.sluice.core.parse.ParseIssue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real-world files (Excel exports in UTF-8 with BOM, German semicolon Windows-1252, "Unicode text"
 * UTF-16LE, Japanese Shift_JIS, report exports with title rows, ...) read end to end: encoding and
 * dialect detected, every row as expected. Expected values are in {@code real/expected.json}.
 */
class CsvFileReaderTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<String> files() throws Exception {
    List<String> names = new ArrayList<>();
    expected().fieldNames().forEachRemaining(names::add);
    return names.stream();
  }

  private static JsonNode expected() throws Exception {
    return JSON.readTree(CsvFileReaderTest.class.getResourceAsStream("/real/expected.json"));
  }

  private static Path file(String name) throws Exception {
    return Path.of(CsvFileReaderTest.class.getResource("/real/" + name).toURI());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void realWorldFileIsDetectedAndReadAsExpected(String name) throws Exception {
    JsonNode want = expected().get(name);
    CsvDocument.Collector rows = new CsvDocument.Collector(Integer.MAX_VALUE);
    CsvFileReader.Result result = CsvFileReader.read(file(name), CsvFileReader.Options.DETECT, rows);
    assertEquals(want.get("encoding").asText(), result.encoding().encoding().label(), "encoding");
    assertEquals(want.get("bom").asBoolean(), result.encoding().bomLength() > 0, "bom");
    assertEquals(want.get("delimiter").asText().charAt(0), result.dialect().delimiter(), "delimiter");
    assertEquals(want.get("header").asInt(), result.dialect().headerIndex(), "header row");
    assertEquals(want.get("lineEnding").asText(), result.dialect().lineEnding().name(), "line ending");
    List<List<String>> expectedRows = new ArrayList<>();
    for (JsonNode row : want.get("rows")) {
      List<String> cells = new ArrayList<>();
      row.forEach(c -> cells.add(c.asText()));
      expectedRows.add(cells);
    }
    assertEquals(expectedRows, rows.document().rows().stream().map(List::of).toList());
    // what a file's exporter writes that the parser reports (CODE@line:column), most files none
    List<String> expectedIssues = new ArrayList<>();
    want.path("issues").forEach(i -> expectedIssues.add(i.asText()));
    assertEquals(expectedIssues, rows.document().issues().stream()
        .map(i -> i.code() + "@" + i.position().line() + ":" + i.position().column()).toList());
    assertEquals(0, result.malformedBytes());
    assertEquals(expectedRows.size(), result.records());
  }

  @Test
  void aLargeFileIsReadInChunksWithSplitSequencesAndQuotedNewlines() throws Exception {
    Path tmp = Files.createTempFile("sluice-large", ".csv");
    try {
      StringBuilder sb = new StringBuilder("id;name;note\r\n");
      int n = 20_000;
      for (int i = 0; i < n; i++) {
        sb.append(i).append(";Zoë Müller ").append(i).append(";\"line\r\nbreak; ").append("€".repeat(i % 7))
            .append("\"\r\n");
      }
      Files.writeString(tmp, sb);
      int[] count = {0};
      CsvFileReader.Result r = CsvFileReader.read(tmp, CsvFileReader.Options.DETECT,
          new dev.sluice.core.parse.CsvHandler() {
            @Override
            public void row(dev.sluice.core.parse.CsvRow row) {
              int i = count[0]++;
              if (i > 0) {
                int k = i - 1;
                assertEquals(String.valueOf(k), row.field(0));
                assertEquals("Zoë Müller " + k, row.field(1));
                assertEquals("line\r\nbreak; " + "€".repeat(k % 7), row.field(2));
                assertEquals(2 * i, row.line());
              }
            }

            @Override
            public void issue(ParseIssue issue) {
              throw new AssertionError(issue.toString());
            }
          });
      assertEquals(n + 1, count[0]);
      assertEquals(n + 1, r.records());
      assertEquals(';', r.dialect().delimiter());
      assertTrue(Files.size(tmp) > 3 * 64 * 1024, "spans several chunks");
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  @Test
  void givenSettingsOverrideDetection() throws Exception {
    CsvDocument.Collector rows = new CsvDocument.Collector(Integer.MAX_VALUE);
    CsvFileReader.Result r = CsvFileReader.read(file("excel-de-semicolon-1252.csv"),
        new CsvFileReader.Options(dev.sluice.core.detect.Encoding.UTF_8, ',', null, -1, true), rows);
    assertEquals(',', r.dialect().delimiter());
    assertEquals(-1, r.dialect().headerIndex());
    assertTrue(r.malformedBytes() > 0, "umlauts in Windows-1252 are not UTF-8");
    assertTrue(rows.document().rows().stream().flatMap(Stream::of).anyMatch(c -> c.contains("\uFFFD")),
        "broken bytes show as U+FFFD");
  }
}
