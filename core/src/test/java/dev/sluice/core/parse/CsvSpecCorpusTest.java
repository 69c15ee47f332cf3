package dev.sluice.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every case of the spec corpus in {@code src/test/resources/spec}: a {@code NAME.csv} input and
 * a {@code NAME.json} with the format, the expected rows and issues (as {@code CODE@line:column}) or
 * the error that stops a strict parse. Each case is fed whole and in chunks of 1, 2, 3 and 7 chars.
 */
public class CsvSpecCorpusTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int[] CHUNKS = {Integer.MAX_VALUE, 1, 2, 3, 7};

  static Stream<Arguments> cases() throws IOException, URISyntaxException {
    Path dir = Path.of(CsvSpecCorpusTest.class.getResource("/spec").toURI());
    List<Arguments> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path csv : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
        String name = csv.getFileName().toString().replace(".csv", "");
        for (int chunk : CHUNKS) {
          out.add(Arguments.of(name, chunk == Integer.MAX_VALUE ? "whole" : "chunks of " + chunk,
              csv, chunk));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("cases")
  void parsesAsSpecified(String name, String feeding, Path csv, int chunk) throws IOException {
    String text = Files.readString(csv, StandardCharsets.UTF_8);
    JsonNode spec = JSON.readTree(csv.resolveSibling(name + ".json").toFile());
    CsvFormat format = format(spec.path("format"));
    CsvDocument.Collector collector = new CsvDocument.Collector(Integer.MAX_VALUE);
    if (spec.has("error")) {
      CsvFormatException e = assertThrows(CsvFormatException.class,
          () -> feed(text, format, collector, chunk));
      assertEquals(spec.get("error").asText(), describe(e.issue()));
      return;
    }
    feed(text, format, collector, chunk);
    CsvDocument doc = collector.document();
    List<List<String>> expected = new ArrayList<>();
    for (JsonNode row : spec.get("rows")) {
      List<String> cells = new ArrayList<>();
      row.forEach(c -> cells.add(c.asText()));
      expected.add(cells);
    }
    assertEquals(expected, doc.rows().stream().map(List::of).toList());
    List<String> issues = new ArrayList<>();
    spec.get("issues").forEach(i -> issues.add(i.asText()));
    assertEquals(issues, doc.issues().stream().map(CsvSpecCorpusTest::describe).toList());
  }

  static void feed(String text, CsvFormat format, CsvHandler handler, int chunk) {
    CsvParser parser = new CsvParser(format, handler);
    for (int i = 0; i < text.length(); i += chunk) {
      parser.feed(text.substring(i, (int) Math.min(text.length(), (long) i + chunk)));
    }
    parser.finish();
  }

  /** Feeds a text cut at {@code splits} (ascending offsets), then finishes. */
  static void feedSplit(CsvParser parser, String text, int[] splits) {
    int from = 0;
    for (int s : splits) {
      parser.feed(text.substring(from, s));
      from = s;
    }
    parser.feed(text.substring(from));
    parser.finish();
  }

  static String describe(ParseIssue issue) {
    return issue.code() + "@" + issue.position().line() + ":" + issue.position().column();
  }

  /** The format of a spec case's {@code "format"} object. */
  public static CsvFormat format(JsonNode f) {
    CsvFormat.Builder b = CsvFormat.builder();
    if (f.has("delimiter")) {
      b.delimiter(f.get("delimiter").asText().charAt(0));
    }
    if (f.has("quote")) {
      b.quote(f.get("quote").asText().charAt(0));
    }
    if (f.has("lenient")) {
      b.lenient(f.get("lenient").asBoolean());
    }
    if (f.has("skipEmptyLines")) {
      b.skipEmptyLines(f.get("skipEmptyLines").asBoolean());
    }
    if (f.has("headerIndex")) {
      b.headerIndex(f.get("headerIndex").asInt());
    }
    if (f.has("maxFieldChars")) {
      b.maxFieldChars(f.get("maxFieldChars").asInt());
    }
    if (f.has("maxFields")) {
      b.maxFields(f.get("maxFields").asInt());
    }
    if (f.has("backslashEscapes")) {
      b.backslashEscapes(f.get("backslashEscapes").asBoolean());
    }
    return b.build();
  }
}
