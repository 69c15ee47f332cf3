package dev.sluice.core.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.core.hash.PortableSha256;
import dev.sluice.core.schema.Column;
import dev.sluice.core.schema.SchemaReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real-world cell values for every column type, from {@code validate/cells.tsv}: each line is a
 * type (as schema JSON), a cell as written and the expected normal form or issue code.
 */
class CellValuesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Arguments> cells() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    try (InputStream in = CellValuesTest.class.getResourceAsStream("/validate/cells.tsv")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int line = 0;
      for (String row : text.split("\n")) {
        line++;
        if (row.isBlank() || row.startsWith("#")) {
          continue;
        }
        String[] parts = row.split("\t", -1);
        cases.add(Arguments.of(line, parts[0], parts[1], parts[2]));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "line {0}: {1} ''{2}'' -> {3}")
  @MethodSource("cells")
  void cellIsNormalisedOrReportedWithItsCode(int line, String type, String cell, String expected)
      throws IOException {
    CellResult result = validator(type).check(cell);
    String actual = result instanceof CellResult.Valid v ? "=" + v.value()
        : "!" + ((CellResult.Invalid) result).code();
    assertEquals(expected, actual, "cells.tsv line " + line);
  }

  @ParameterizedTest(name = "line {0}: {1} ''{2}''")
  @MethodSource("cells")
  void verifyFindsTheSameValidityAndIssueAsCheck(int line, String type, String cell,
      String expected) throws IOException {
    ColumnValidator validator = validator(type);
    CellResult checked = validator.check(cell);
    CellResult verified = validator.verify(cell);
    if (checked instanceof CellResult.Invalid) {
      assertEquals(checked, verified, "cells.tsv line " + line);
    } else {
      assertEquals(CellResult.Valid.class, verified.getClass(), "cells.tsv line " + line);
    }
  }

  @ParameterizedTest(name = "line {0}: {1} ''{2}'' -> {3}")
  @MethodSource("cells")
  void aNormalisingColumnHandsOverTheNormalFormOfEveryValidCell(int line, String type,
      String cell, String expected) throws IOException {
    ColumnValidator normalising = validator(type, List.of("normalize"));
    CellResult checked = normalising.check(cell);
    if (checked instanceof CellResult.Valid valid) {
      assertEquals(valid.value(), normalising.output(cell), "cells.tsv line " + line);
    } else {
      assertEquals(normalising.prepare(cell), normalising.output(cell), "cells.tsv line " + line
          + ": an invalid cell is handed over as written");
    }
  }

  private static ColumnValidator validator(String type) throws IOException {
    return validator(type, List.of());
  }

  private static ColumnValidator validator(String type, List<String> transforms)
      throws IOException {
    Map<String, Object> column = new LinkedHashMap<>();
    column.put("key", "c");
    column.put("transforms", transforms);
    column.put("type", JSON.readValue(type, Object.class));
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("version", 1);
    schema.put("name", "cells");
    schema.put("columns", List.of(column));
    Column c = SchemaReader.read(schema).columns().get(0);
    return new ColumnValidator(c, new PortableSha256());
  }

  @ParameterizedTest(name = "line {0}: {1} ''{2}''")
  @MethodSource("cells")
  void theSpanPathAcceptsOnlyCellsThatCheckFindsValidEvenWhenMutated(int line, String type,
      String cell, String expected) throws IOException {
    ColumnValidator validator = validator(type);
    java.util.Random random = new java.util.Random(line);
    String nasty = "aZ09.-_@:/?#<>\"' \t,;+%~\u00e9\u00a0\u200b\uD83D\uDE00";
    List<String> variants = new ArrayList<>(List.of(cell));
    for (int i = 0; i < 300; i++) {
      StringBuilder m = new StringBuilder(cell);
      int edits = 1 + random.nextInt(3);
      for (int e = 0; e < edits; e++) {
        int at = m.length() == 0 ? 0 : random.nextInt(m.length());
        switch (random.nextInt(4)) {
          case 0 -> m.insert(at, nasty.charAt(random.nextInt(nasty.length())));
          case 1 -> {
            if (m.length() > 0) {
              m.deleteCharAt(at);
            }
          }
          case 2 -> {
            if (m.length() > 0) {
              m.insert(at, m.charAt(at));
            }
          }
          default -> {
            if (m.length() > 0) {
              m.setCharAt(at, nasty.charAt(random.nextInt(nasty.length())));
            }
          }
        }
      }
      variants.add(m.toString());
    }
    for (String v : variants) {
      dev.sluice.core.table.SourceText text = new dev.sluice.core.table.SourceText();
      int at = text.append("x,\"" + v + "\",y") + 3;
      if (validator.acceptsSpan(text, at, at + v.length())) {
        assertEquals(CellResult.Valid.class, validator.check(v).getClass(),
            "cells.tsv line " + line + ": the span path accepted '" + v + "'");
      }
    }
  }

  @ParameterizedTest(name = "line {0}: {1} ''{2}'' -> {3}")
  @MethodSource("cells")
  void aNormalisingColumnHandsOverTheSameFromTheCellsSpan(int line, String type, String cell,
      String expected) throws IOException {
    ColumnValidator normalising = validator(type, List.of("normalize"));
    String text = "x,\"" + cell + "\",y";
    int from = 3;
    int to = from + cell.length();
    String output = normalising.output(cell);
    if (normalising.outputIsAt(text, from, to)) {
      assertEquals(output, cell, "cells.tsv line " + line + ": handed over as written");
    }
    StringBuilder made = new StringBuilder();
    if (normalising.outputAt(text, from, to, made)) {
      assertEquals(output, made.toString(), "cells.tsv line " + line + ": made from the span");
    }
    // a cell validation holds valid may be written without its checks, as bytes: the same value
    OutputText.MadeBytes bytes = new OutputText.MadeBytes();
    bytes.reserveAscii(2); // written after other values
    if (normalising.check(cell) instanceof CellResult.Valid
        && normalising.validNormalAt(text, from, to, bytes)) {
      assertEquals(output, new String(bytes.bytes, 2, bytes.length - 2,
          java.nio.charset.StandardCharsets.US_ASCII), "cells.tsv line " + line + ": made as valid");
      assertEquals(bytes.length, bytes.chars, "cells.tsv line " + line + ": one byte a char");
    }
    if (normalising.acceptsAt(text, from, to)) {
      assertEquals(CellResult.Valid.class, normalising.check(cell).getClass(),
          "cells.tsv line " + line + ": accepted from the span");
      if (normalising.outputIsAccepted(text, from, to, false)) {
        assertEquals(output, cell, "cells.tsv line " + line + ": its own normal form");
      }
    }
  }

  @org.junit.jupiter.api.Test
  void theSpanPathAcceptsTheUsualShapesOfEachTypeWithoutMakingAString() throws IOException {
    String[][] usual = {
      {"\"text\"", "Müller GmbH"},
      {"{\"name\":\"text\",\"maxLength\":120}", "Müller, Fatima & Co"},
      {"{\"name\":\"integer\",\"min\":1}", "100000"},
      {"{\"name\":\"decimal\",\"min\":0,\"decimalSeparator\":\".\"}", "15808.53"},
      {"\"email\"", "c0.first+tag@mail.example.com"},
      {"\"url\"", "https://www.example.org/c0?q=1#top"},
      {"{\"name\":\"date\",\"formats\":[\"uuuu-MM-dd\"]}", "2019-04-12"},
      {"\"datetime\"", "2019-04-12T09:30:00+01:00"},
      {"\"datetime\"", "2019-04-12 09:30:00 UTC"},
      {"\"country\"", "DE"},
      {"\"uuid\"", "123e4567-e89b-12d3-a456-426614174000"},
      {"\"uuid\"", "123E4567-E89B-12D3-A456-426614174000"},
      {"{\"name\":\"decimal\",\"min\":0}", "15808.53"},
      {"{\"name\":\"enum\",\"options\":[\"free\",\"pro\",\"team\"]}", "pro"},
    };
    for (String[] u : usual) {
      dev.sluice.core.table.SourceText text = new dev.sluice.core.table.SourceText();
      int at = text.append("a " + u[1] + " b") + 2;
      assertEquals(true, validator(u[0]).acceptsSpan(text, at, at + u[1].length()), u[0]);
      assertEquals(false, validator(u[0]).acceptsSpan(text, at - 1, at + u[1].length()),
          u[0] + " with the space before it");
    }
  }
}
