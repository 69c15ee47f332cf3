package dev.sluice.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.sluice.core.flow.ImportSession;
import dev.sluice.core.message.MessageCatalog;
import dev.sluice.core.parse.CsvFormatException;
import dev.sluice.core.parse.CsvHandler;
import dev.sluice.core.parse.CsvRow;
import dev.sluice.jvm.CsvFileReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code sluice detect}: prints the encoding and dialect found, and the number of rows; for an
 * Excel workbook, its sheets, the one read (the first with data) and its rows.
 */
final class DetectCommand {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private final Arguments arguments;

  DetectCommand(Arguments arguments) {
    arguments.allow("lang");
    this.arguments = arguments;
  }

  int run(PrintStream out, PrintStream err) {
    if (Workbooks.isNotText(arguments.file())) {
      return workbook(out, err);
    }
    int[] issues = {0};
    CsvHandler counter = new CsvHandler() {
      @Override
      public void row(CsvRow row) {
        // only counted, by the parser
      }

      @Override
      public void issue(dev.sluice.core.parse.ParseIssue issue) {
        issues[0]++;
      }
    };
    try {
      CsvFileReader.Result r = CsvFileReader.read(arguments.file(), arguments.readOptions(),
          counter);
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("file", arguments.file().getFileName().toString());
      json.put("encoding", r.encoding().encoding().label());
      json.put("bom", r.encoding().bomLength() > 0);
      json.put("encodingBasis", r.encoding().basis().name());
      json.put("delimiter", String.valueOf(r.dialect().delimiter()));
      json.put("quote", String.valueOf(r.dialect().quote()));
      // how quotes inside quoted fields are written: "" (RFC 4180) or \" (MySQL's OUTFILE)
      json.put("quoteEscape", r.dialect().backslashEscapes() ? "backslash" : "doubled");
      json.put("headerRowIndex", r.dialect().headerIndex());
      json.put("lineEnding", r.dialect().lineEnding().name());
      json.put("rowCount", r.records());
      json.put("dataRowCount", Math.max(0, r.records() - r.dialect().headerIndex() - 1));
      json.put("parseIssues", issues[0]);
      json.put("malformedBytes", r.malformedBytes());
      out.println(JSON.writeValueAsString(json));
      return Main.OK;
    } catch (CsvFormatException e) {
      return ParseErrors.stopped(e, MessageCatalog.english(), err);
    } catch (IOException | UncheckedIOException e) {
      return FileErrors.cannotRead(arguments.file(), e, err);
    }
  }

  /**
   * The sheets of a workbook and the rows of the one the other commands read by default; a file
   * with no table is refused there ({@link Workbooks#read}).
   */
  private int workbook(PrintStream out, PrintStream err) {
    // the header row found as the import finds it: in the sheet's first rows
    List<String[]> first = new ArrayList<>();
    Workbooks.Outcome read = Workbooks.read(arguments.file(), null, (cells, count, row) -> {
      if (first.size() < ImportSession.SHEET_HEADER_SAMPLE) {
        first.add(Arrays.copyOf(cells, count));
      }
    }, MessageCatalog.english(), err);
    if (read.result() == null) {
      return read.code();
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("file", arguments.file().getFileName().toString());
    json.put("kind", "xlsx");
    json.put("sheets", read.result().sheets().stream().map(sheet -> sheet.name()).toList());
    json.put("sheet", read.result().sheet().name());
    int header = ImportSession.sheetHeaderIndex(first);
    json.put("headerRowIndex", header);
    json.put("rowCount", read.result().rows());
    json.put("dataRowCount", Math.max(0, read.result().rows() - header - 1));
    try {
      out.println(JSON.writeValueAsString(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Main.OK;
  }
}
