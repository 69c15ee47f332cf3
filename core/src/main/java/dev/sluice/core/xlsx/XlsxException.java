package dev.sluice.core.xlsx;

import java.util.Map;

/**
 * A workbook that cannot be read: damaged, encrypted, an old binary {@code .xls}, too large
 * when inflated, without the sheet asked for, or no workbook at all (a PDF, an archive, binary
 * data).
 *
 * <p>The code names the problem (its message is looked up in the catalogue); the detail is for
 * logs and says what was structurally wrong, never what a cell holds.
 */
public final class XlsxException extends RuntimeException {
  private final String code;
  private final Map<String, Object> arguments;

  /** Creates the exception with a stable code and a structural detail. */
  public XlsxException(String code, String detail) {
    this(code, detail, Map.of());
  }

  /** Creates the exception with a stable code, its message's arguments and a structural detail. */
  public XlsxException(String code, String detail, Map<String, Object> arguments) {
    super(code + ": " + detail);
    this.code = code;
    this.arguments = Map.copyOf(arguments);
  }

  /** Why a file's first bytes show it has no table: its {@link SpreadsheetKind#refusal}. */
  public static XlsxException refusing(SpreadsheetKind.Refusal refusal) {
    return new XlsxException(refusal.code(), "not a table", refusal.arguments());
  }

  /** The arguments of the code's message (a format's name; never a cell). */
  public Map<String, Object> arguments() {
    return arguments;
  }

  /** The stable code, such as {@code XLSX_ENCRYPTED}. */
  public String code() {
    return code;
  }
}
