package dev.sluice.jvm;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import dev.sluice.core.export.FormulaGuard;
import dev.sluice.core.message.MessageCatalog;
import dev.sluice.core.table.ImportTable;
import dev.sluice.core.validate.IssueMessages;
import dev.sluice.core.validate.ValidationIssue;
import dev.sluice.core.validate.ValidationSession;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the rows of a validated import as CSV with OpenCSV: the submitted rows (values as handed
 * to the host) and the rejected rows (as the user wrote them, with an errors column). Every cell
 * goes through {@link FormulaGuard} so that opening the file in a spreadsheet runs nothing.
 */
public final class CsvExport {
  /** The header of the column that lists a rejected row's errors. */
  public static final String ERRORS_COLUMN = "errors";

  private CsvExport() {}

  /** Writes the rows the importer's policy submits; returns how many. */
  public static int writeSubmitted(ValidationSession session, Writer out) throws IOException {
    ImportTable table = session.table();
    int count = 0;
    try (ICSVWriter csv = writer(out)) {
      csv.writeNext(guard(table.columns().toArray(new String[0])), false);
      for (int row = 0; row < table.rowCount(); row++) {
        if (session.isSubmitted(row)) {
          csv.writeNext(guard(session.output(row)), false);
          count++;
        }
      }
      csv.flush();
    }
    return count;
  }

  /** Writes the rows with errors as written, plus their messages; returns how many. */
  public static int writeRejected(ValidationSession session, MessageCatalog messages, Writer out)
      throws IOException {
    ImportTable table = session.table();
    int count = 0;
    try (ICSVWriter csv = writer(out)) {
      List<String> header = new ArrayList<>(table.columns());
      header.add(ERRORS_COLUMN);
      csv.writeNext(guard(header.toArray(new String[0])), false);
      for (int row = 0; row < table.rowCount(); row++) {
        if (table.isDeleted(row) || !session.hasErrors(row)) {
          continue;
        }
        String[] values = table.row(row);
        String[] line = new String[values.length + 1];
        System.arraycopy(values, 0, line, 0, values.length);
        List<String> errors = new ArrayList<>();
        for (ValidationIssue issue : session.issues(row)) {
          if (issue.isError()) {
            errors.add(IssueMessages.format(issue, session.importer(), messages));
          }
        }
        line[values.length] = String.join(" | ", errors);
        csv.writeNext(guard(line), false);
        count++;
      }
      csv.flush();
    }
    return count;
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
