package dev.sluice.core.message;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The English message templates, by code: the language every catalogue falls back to.
 *
 * <p>Compiled in (plain arrays, which TeaVM compiles into the engine) so that a message is never
 * missing; the other languages are packs a platform loads only when a user needs them (see
 * {@link MessageCatalog#translated}).
 */
final class Templates {
  private static final String[][] ROWS = {
    {"STRAY_QUOTE",
      "Line {line}, column {column}: a quote inside an unquoted field was kept as "
          + "text. If the field should be quoted, enclose it in quotes and double the "
          + "quotes inside it."},
    {"TEXT_AFTER_CLOSING_QUOTE",
      "Line {line}, column {column}: text follows the closing quote of a field; "
          + "the field was kept as written, quotes included. Double the quotes inside "
          + "quoted fields."},
    {"SPACE_AFTER_CLOSING_QUOTE",
      "Line {line}, column {column}: spaces after the closing quote of a field "
          + "were dropped and the quoted value kept. Remove the spaces between the "
          + "quote and the delimiter."},
    {"SPACE_BEFORE_OPENING_QUOTE",
      "Line {line}, column {column}: spaces before the opening quote of a field "
          + "were dropped and the quoted value kept. Remove the spaces between the "
          + "delimiter and the quote."},
    {"DELIMITER_IS_QUOTE",
      "The delimiter and the quote character are the same. Choose a different one "
          + "for either."},
    {"UNCLOSED_QUOTE",
      "Line {line}, column {column}: this quote is never closed; it was read as "
          + "text and the lines after it as normal rows. Close the quote or remove "
          + "it."},
    {"XLSX_CORRUPT",
      "This Excel file is damaged and cannot be read. Open it in Excel or "
          + "LibreOffice, save it again as .xlsx (or as CSV) and try once more."},
    {"XLSX_ENCRYPTED",
      "This workbook is protected with a password. Open it in Excel, remove the "
          + "password (File > Info > Protect Workbook) or save a copy as CSV, and "
          + "upload that."},
    {"XLS_UNSUPPORTED",
      "Old Excel 97-2003 files (.xls) cannot be read here. In Excel or "
          + "LibreOffice, choose Save As and pick Excel Workbook (.xlsx) or CSV, then "
          + "upload that file."},
    {"XLSX_TOO_LARGE",
      "This Excel file unpacks to far more data than its size suggests (over "
          + "{limit} MB in one sheet, or more than 100 times its packed size), so it "
          + "was not opened. Save the sheet you need as CSV and upload that."},
    {"XLSX_NO_SHEETS",
      "This workbook has no sheet with data. Check that you picked the right "
          + "file."},
    {"XLSX_SHEET_NOT_FOUND", "There is no sheet named \"{sheet}\". The workbook has: {sheets}."},
    {"FILE_OTHER_FORMAT",
      "This is a {format} file, not a CSV or Excel file, so it has no rows to import. "
          + "Open the data in the program it came from, save or export it as CSV or .xlsx, "
          + "and upload that file."},
    {"FILE_NOT_TEXT",
      "This file is not text: many of its first bytes are control characters, as in a "
          + "program, an archive or an image, so it is not a CSV file. If it holds a table, "
          + "save or export it as CSV or .xlsx and upload that file."},
    {"RAGGED_ROW",
      "Line {line}: the number of fields ({actual}) differs from the header's "
          + "({expected}). Look for a missing or extra delimiter in that line."},
    {"REPEATED_HEADER",
      "Line {line} repeats the header row and was left out: the file may be several files "
          + "joined together."},
    {"FIELD_TOO_LARGE",
      "Line {line}, column {column}: a field is longer than {limit} characters. "
          + "Check the delimiter and quote settings, or split the file."},
    {"SHEET_ROW_WIDER",
      "Row {line} of the sheet has values in {actual} columns but the table has {expected}: "
          + "the values right of column {expected} are not imported. Give those columns a "
          + "header in the workbook, or choose another header row."},
    {"TOO_MANY_FIELDS",
      "Line {line}: a row has more than {limit} fields. Check the delimiter "
          + "setting."},
    {"CUSTOM_COLUMNS_OFF", "This importer does not take custom fields."},
    {"CUSTOM_NAME_INVALID", "Give each custom field a name of 1 to {max} characters."},
    {"CUSTOM_NAME_TAKEN", "A custom field needs a name that no column or other custom field has."},
    {"CUSTOM_NAME_RESERVED", "A custom field cannot be named __proto__; choose another name."},
    {"COLUMN_MISSING",
      "The file has no column for \"{column}\", which is required. Choose the "
          + "file column that holds it, or add it to the file."},
    {"VALUE_REQUIRED", "{column} is required."},
    {"TEXT_TOO_SHORT", "{column} must be at least {min} characters long."},
    {"TEXT_TOO_LONG", "{column} must be at most {max} characters long."},
    {"TEXT_PATTERN", "{column} does not have the expected form."},
    {"NUMBER_INVALID", "{column} must be a number, such as 1234.5 or 1.234,5."},
    {"NUMBER_AMBIGUOUS",
      "{column}: it is unclear whether the separator is a decimal point or groups "
          + "thousands. Write the number with both separators (1,234.0) or without "
          + "grouping (1234)."},
    {"NUMBER_NOT_INTEGER", "{column} must be a whole number."},
    {"NUMBER_TOO_SMALL", "{column} must be at least {min}."},
    {"NUMBER_TOO_LARGE", "{column} must be at most {max}."},
    {"CURRENCY_INVALID", "{column} must be an amount, such as 12.50, €12,50 or 12.50 USD."},
    {"CURRENCY_MISMATCH", "{column} must be in {currency}."},
    {"BOOLEAN_INVALID", "{column} must be yes or no (also true/false, 1/0, x)."},
    {"EMAIL_INVALID", "{column} must be an email address, such as name@example.com."},
    {"URL_INVALID", "{column} must be a web address, such as https://example.com."},
    {"PHONE_INVALID", "{column} must be a phone number, such as +1 415 555 0100."},
    {"EXCEL_SCIENTIFIC",
      "{column} holds a long number that Excel shortened to scientific notation (such as "
          + "4.15556E+11), so its last digits are lost. In Excel, format the column as Text or "
          + "as Number with no decimals, then save the file again."},
    {"PHONE_NO_COUNTRY", "{column} needs a country code, such as +44 20 7946 0958."},
    {"PHONE_WRONG_LENGTH",
      "{column}: a phone number in {country} has {digits} digits after the country code."},
    {"DATE_INVALID", "{column} must be a date in one of these formats: {formats}."},
    {"DATETIME_INVALID", "{column} must be a date and time in one of these formats: {formats}."},
    {"EXCEL_DATE_SERIAL",
      "{column} holds the number Excel keeps for {date:date}, not a date: the column was not "
          + "formatted as a date when the file was saved. In Excel, format the column as Date, "
          + "then save the file again."},
    {"DATE_TWO_DIGIT_YEAR",
      "{column} has a year of two digits ({year}), which does not say the century (20{year} or "
          + "19{year}). Write the year with four digits."},
    {"DATE_AMBIGUOUS",
      "{column} could be {first:date} or {second:date}. Write it as "
          + "year-month-day (such as {first})."},
    {"ENUM_INVALID", "{column} must be one of: {allowed}."},
    {"ENUM_INVALID_SUGGEST", "{column} must be one of: {allowed}. Did you mean {suggestion}?"},
    {"UUID_INVALID", "{column} must be a UUID, such as 123e4567-e89b-12d3-a456-426614174000."},
    {"COUNTRY_INVALID",
      "{column} must be a country: a code such as DE or DEU, or an English name."},
    {"DUPLICATE_VALUE", "{columns} must be unique; row {otherRow} has the same value."},
    {"ROW_AT_LEAST_ONE", "Fill in at least one of: {columns}."},
    {"ROW_REQUIRED_WHEN", "{column} is required when {other} is {values}."},
    {"ROW_REQUIRED_WHEN_FILLED", "{column} is required when {other} is filled in."},
    {"ROW_COMPARE", "{column} must be {operator} {other}."},
    {"ROW_LIMIT",
      "The file has more than {limit} rows, the most this importer takes. Split "
          + "it into smaller files."},
  };

  private Templates() {}

  /** Every code that has a template. */
  static String[] codes() {
    String[] codes = new String[ROWS.length];
    for (int i = 0; i < ROWS.length; i++) {
      codes[i] = ROWS[i][0];
    }
    return codes;
  }

  /** The English templates, by code. */
  static Map<String, String> english() {
    return toMap(ROWS);
  }

  /** {code, template} rows as a map. */
  static Map<String, String> toMap(String[][] rows) {
    Map<String, String> t = new LinkedHashMap<>();
    for (String[] row : rows) {
      t.put(row[0], row[1]);
    }
    return t;
  }
}
