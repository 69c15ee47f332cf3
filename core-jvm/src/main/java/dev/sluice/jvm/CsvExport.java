package dev.sluice.jvm;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import dev.sluice.core.export.FormulaGuard;
import dev.sluice.core.message.MessageCatalog;
import dev.sluice.core.table.ImportTable;
import dev.sluice.core.validate.ValidationSession;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes the rows of a validated import as CSV with OpenCSV: the submitted rows (values as handed
 * to the host) and the rejected rows (as the user wrote them, with an errors column). Every cell
 * goes through {@link FormulaGuard} so that opening the file in a spreadsheet runs nothing.
 */
public final class CsvExport {
  /** The header of the column that lists a rejected row's errors. */
  public static final String ERRORS_COLUMN = ValidationSession.ERRORS_COLUMN;

  private CsvExport() {}

  /**
   * Writes the rows the importer's policy submits; returns how many. While the policy blocks
   * submitting ({@code block} and rows with errors) that is none: the header alone is written, so
   * that no row with an error reaches a file named as the clean rows, and an older file of that
   * name is not left behind looking current.
   */
  public static int writeSubmitted(ValidationSession session, Writer out) throws IOException {
    ImportTable table = session.table();
    int[] rows = session.canSubmit() ? session.submittedRows() : new int[0];
    try (ICSVWriter csv = writer(out)) {
      csv.writeNext(guard(table.columns().toArray(new String[0])), false);
      for (int row : rows) {
        csv.writeNext(guard(session.output(row)), false);
      }
      csv.flush();
    }
    return rows.length;
  }

  /** Writes the rows with errors as written, plus their messages; returns how many. */
  public static int writeRejected(ValidationSession session, MessageCatalog messages, Writer out)
      throws IOException {
    int[] rows = session.rejectedRows();
    try (ICSVWriter csv = writer(out)) {
      csv.writeNext(guard(session.rejectedHeader()), false);
      for (int row : rows) {
        csv.writeNext(guard(session.rejectedLine(row, messages)), false);
      }
      csv.flush();
    }
    return rows.length;
  }

  private static ICSVWriter writer(Writer out) {
    return new CSVWriter(out, ',', '"', '"', "\r\n");
  }

  private static String[] guard(String[] cells) {
    String[] out = new String[cells.length];
    for (int i = 0; i < cells.length; i++) {
      out[i] = FormulaGuard.neutralize(cells[i]);
    }
    return out;
  }
}
