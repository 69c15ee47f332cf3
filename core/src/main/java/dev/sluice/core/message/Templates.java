package dev.sluice.core.message;

import java.util.HashMap;
import java.util.Map;

/** The message templates of every language, by code. */
final class Templates {
  private Templates() {}

  static Map<String, String> forLanguage(String language) {
    Map<String, String> t = new HashMap<>();
    switch (language) {
      case "en":
        t.put("STRAY_QUOTE", "Line {line}, column {column}: a quote character inside an unquoted "
            + "field was kept as text. If the field should be quoted, enclose it in quotes and "
            + "double the quotes inside it.");
        t.put("TEXT_AFTER_CLOSING_QUOTE", "Line {line}, column {column}: text follows the closing "
            + "quote of a field; the field was kept as written, quotes included. Double the quotes "
            + "inside quoted fields.");
        t.put("UNCLOSED_QUOTE", "Line {line}, column {column}: this quote is never closed; it was "
            + "read as text and the lines after it as normal rows. Close the quote or remove it.");
        t.put("RAGGED_ROW", "Row {record} (line {line}) has {actual} fields but the header has "
            + "{expected}. Look for a missing or extra delimiter in that row.");
        t.put("FIELD_TOO_LARGE", "Line {line}, column {column}: a field is longer than {limit} "
            + "characters. Check the delimiter and quote settings, or split the file.");
        t.put("TOO_MANY_FIELDS", "Line {line}: a row has more than {limit} fields. Check the "
            + "delimiter setting.");
        return t;
      default:
        return null;
    }
  }
}
