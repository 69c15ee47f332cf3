package dev.sluice.bench;

import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.univocity.parsers.csv.CsvParserSettings;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.sluice.core.parse.CsvFormat;
import dev.sluice.core.parse.CsvParser;
import dev.sluice.core.parse.CsvRow;
import java.io.IOException;
import java.io.StringReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Each parser reads the same in-memory text and touches every field the way its users would
 * (materialised as a String); the answer is a checksum of field lengths so the JIT cannot skip
 * work and every parser can be checked to read the same fields.
 */
public enum ParsePeers {
  /**
   * Sluice's core parser, fed the text in 64 KiB slices as a reader feeds it (core-jvm's file
   * reader feeds decoded chunks the same way).
   */
  SLUICE {
    @Override
    public long parse(String text) {
      long[] sum = {0};
      CsvParser parser = new CsvParser(CsvFormat.RFC4180, (CsvRow row) -> {
        for (int i = 0; i < row.size(); i++) {
          sum[0] += row.field(i).length() + 1;
        }
      });
      feedInSlices(parser, text);
      return sum[0];
    }
  },
  /** FastCSV 4. */
  FASTCSV {
    @Override
    public long parse(String text) {
      long sum = 0;
      for (CsvRecord r : CsvReader.builder().ofCsvRecord(text)) {
        for (int i = 0; i < r.getFieldCount(); i++) {
          sum += r.getField(i).length() + 1;
        }
      }
      return sum;
    }
  },
  /** univocity-parsers. */
  UNIVOCITY {
    @Override
    public long parse(String text) {
      CsvParserSettings settings = new CsvParserSettings();
      settings.setMaxCharsPerColumn(-1);
      settings.setMaxColumns(10_000);
      settings.setNullValue("");
      settings.setEmptyValue("");
      settings.getFormat().setLineSeparator("\n");
      com.univocity.parsers.csv.CsvParser p = new com.univocity.parsers.csv.CsvParser(settings);
      p.beginParsing(new StringReader(text));
      long sum = 0;
      String[] row;
      while ((row = p.parseNext()) != null) {
        for (String f : row) {
          sum += f.length() + 1;
        }
      }
      return sum;
    }
  },
  /** Apache Commons CSV. */
  COMMONS_CSV {
    @Override
    public long parse(String text) throws IOException {
      long sum = 0;
      for (CSVRecord r : CSVFormat.RFC4180.parse(new StringReader(text))) {
        for (int i = 0; i < r.size(); i++) {
          sum += r.get(i).length() + 1;
        }
      }
      return sum;
    }
  },
  /** OpenCSV with its RFC 4180 parser. */
  OPENCSV {
    @Override
    public long parse(String text) throws IOException {
      long sum = 0;
      try (CSVReader reader = new CSVReaderBuilder(new StringReader(text))
          .withCSVParser(new com.opencsv.RFC4180ParserBuilder().build()).build()) {
        String[] row;
        while ((row = reader.readNextSilently()) != null) {
          for (String f : row) {
            sum += f.length() + 1;
          }
        }
      }
      return sum;
    }
  };

  /** Parses the text; a checksum of what was read. */
  public abstract long parse(String text) throws IOException;

  /** Feeds a text to a Sluice parser in 64 KiB slices, as a reader does, and finishes it. */
  static void feedInSlices(CsvParser parser, String text) {
    for (int i = 0; i < text.length(); i += 1 << 16) {
      parser.feed(text.substring(i, Math.min(text.length(), i + (1 << 16))));
    }
    parser.finish();
  }
}
