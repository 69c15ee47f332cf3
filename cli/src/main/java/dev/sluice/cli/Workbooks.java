package dev.sluice.cli;

import dev.sluice.core.message.MessageCatalog;
import dev.sluice.core.xlsx.SheetReader;
import dev.sluice.core.xlsx.SpreadsheetKind;
import dev.sluice.core.xlsx.Workbook;
import dev.sluice.core.xlsx.XlsxException;
import dev.sluice.jvm.XlsxFileReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** The CLI's Excel input: which files are workbooks, and reading one sheet of them. */
final class Workbooks {
  /** Something to run that may fail with an I/O error. */
  interface IoAction {
    void run() throws IOException;
  }

  private Workbooks() {}

  /**
   * Whether a file goes the workbook path rather than the CSV one: an xlsx, an .xls or encrypted
   * workbook, or a file whose first bytes show it has no table (a PDF, an archive, binary data);
   * {@link #read} reads the first and refuses the others with what they are.
   */
  static boolean isNotText(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls")) {
      return true;
    }
    try (InputStream in = Files.newInputStream(file)) {
      return SpreadsheetKind.of(in.readNBytes(64 * 1024)) != SpreadsheetKind.TEXT;
    } catch (IOException e) {
      return false; // the CSV path reports why the file cannot be read
    }
  }

  /** What reading a sheet gave: the result, or the exit code after the error was printed. */
  record Outcome(XlsxFileReader.Result result, int code) {}

  /** Reads a sheet, each row to {@code rows}; on failure prints why (by code) and says how. */
  static Outcome read(Path file, String sheet, SheetReader.RowHandler rows,
      MessageCatalog messages, PrintStream err) {
    try {
      return new Outcome(XlsxFileReader.read(file, sheet, rows), Main.OK);
    } catch (XlsxFileReader.SheetNotFound e) {
      err.println("sluice: error: " + messages.format("XLSX_SHEET_NOT_FOUND", Map.of(
          "sheet", sheet, "sheets", e.sheets().stream().map(Workbook.Sheet::name)
              .collect(Collectors.joining(", ")))));
      return new Outcome(null, Main.INPUT_ERRORS);
    } catch (XlsxException e) {
      Map<String, Object> arguments = new HashMap<>(e.arguments());
      arguments.put("limit", SpreadsheetKind.MAX_PART_BYTES >> 20);
      err.println("sluice: error: " + messages.format(e.code(), arguments));
      return new Outcome(null, Main.INPUT_ERRORS);
    } catch (IOException | UncheckedIOException e) {
      return new Outcome(null, FileErrors.cannotRead(file, e, err));
    }
  }

  /** Reads a sheet, each row to {@code rows}; messages by code on failure. */
  static int parse(Path file, String sheet, Consumer<String[]> rows, IoAction close,
      Runnable flush, MessageCatalog messages, PrintStream err) {
    Outcome outcome = read(file, sheet,
        (cells, count, rowNumber) -> rows.accept(Arrays.copyOf(cells, count)), messages, err);
    if (outcome.result() == null) {
      flush.run();
      return outcome.code();
    }
    try {
      close.run();
    } catch (IOException e) {
      return FileErrors.cannotRead(file, e, err);
    }
    XlsxFileReader.Result result = outcome.result();
    err.println("sluice: read sheet '" + result.sheet().name() + "' (" + result.rows()
        + " rows); sheets: " + names(result));
    return Main.OK;
  }

  private static String names(XlsxFileReader.Result result) {
    return result.sheets().stream().map(Workbook.Sheet::name).collect(Collectors.joining(", "));
  }
}
