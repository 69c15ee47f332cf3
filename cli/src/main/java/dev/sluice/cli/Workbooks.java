package dev.sluice.cli;

import dev.sluice.core.message.MessageCatalog;
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

  /** Whether a file is a workbook (xlsx, or an .xls / encrypted one to refuse clearly). */
  static boolean isWorkbook(Path file) {
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

  /** Reads a sheet, each row to {@code rows}; messages by code on failure. */
  static int parse(Path file, String sheet, Consumer<String[]> rows, IoAction close,
      Runnable flush, MessageCatalog messages, PrintStream err) {
    try {
      XlsxFileReader.Result result = XlsxFileReader.read(file, sheet,
          (cells, count, rowNumber) -> rows.accept(Arrays.copyOf(cells, count)));
      close.run();
      err.println("sluice: read sheet '" + result.sheet().name() + "' (" + result.rows()
          + " rows); sheets: " + names(result));
      return Main.OK;
    } catch (XlsxFileReader.SheetNotFound e) {
      flush.run();
      err.println("sluice: error: " + messages.format("XLSX_SHEET_NOT_FOUND", Map.of(
          "sheet", sheet, "sheets", e.sheets().stream().map(Workbook.Sheet::name)
              .collect(Collectors.joining(", ")))));
      return Main.INPUT_ERRORS;
    } catch (XlsxException e) {
      flush.run();
      err.println("sluice: error: " + messages.format(e.code(), Map.of("limit",
          SpreadsheetKind.MAX_PART_BYTES >> 20)));
      return Main.INPUT_ERRORS;
    } catch (IOException | UncheckedIOException e) {
      flush.run();
      return FileErrors.cannotRead(file, e, err);
    }
  }

  private static String names(XlsxFileReader.Result result) {
    return result.sheets().stream().map(Workbook.Sheet::name).collect(Collectors.joining(", "));
  }
}
