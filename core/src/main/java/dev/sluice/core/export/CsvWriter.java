package dev.sluice.core.export;

/**
 * Writes RFC 4180 CSV text with every cell passed through {@link FormulaGuard}.
 *
 * <p>For the browser, where OpenCSV (our JVM writer) cannot be compiled by TeaVM; on the JVM use
 * OpenCSV. Quotes a cell only when it holds the delimiter, a quote, CR or LF.
 */
public final class CsvWriter {
  private final StringBuilder out = new StringBuilder();
  private final char delimiter;

  /** A writer with a delimiter. */
  public CsvWriter(char delimiter) {
    this.delimiter = delimiter;
  }

  /** Appends one row, ending it with CRLF. */
  public CsvWriter row(String... cells) {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        out.append(delimiter);
      }
      String cell = FormulaGuard.neutralize(cells[i] == null ? "" : cells[i]);
      boolean quote = false;
      for (int j = 0; j < cell.length() && !quote; j++) {
        char c = cell.charAt(j);
        quote = c == delimiter || c == '"' || c == '\r' || c == '\n';
      }
      if (quote) {
        out.append('"');
        for (int j = 0; j < cell.length(); j++) {
          char c = cell.charAt(j);
          if (c == '"') {
            out.append('"');
          }
          out.append(c);
        }
        out.append('"');
      } else {
        out.append(cell);
      }
    }
    out.append("\r\n");
    return this;
  }

  /** The text written so far. */
  public String text() {
    return out.toString();
  }
}
