package dev.sluice.core.xlsx;

/**
 * A workbook that cannot be read: damaged, encrypted, an old binary {@code .xls}, too large
 * when inflated, or without the sheet asked for.
 *
 * <p>The code names the problem (its message is looked up in the catalogue); the detail is for
 * logs and says what was structurally wrong, never what a cell holds.
 */
public final class XlsxException extends RuntimeException {
  private final String code;

  /** Creates the exception with a stable code and a structural detail. */
  public XlsxException(String code, String detail) {
    super(code + ": " + detail);
    this.code = code;
  }

  /** The stable code, such as {@code XLSX_ENCRYPTED}. */
  public String code() {
    return code;
  }
}
