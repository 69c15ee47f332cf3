package dev.sluice.browser;

import dev.sluice.core.message.MessageCatalog;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The widget's own words (buttons, steps, progress, hints) in English, by code: the {@code UI_}
 * codes, kept here rather than in core, which the CLI and the relay share and which has no use
 * for them.
 *
 * <p>Compiled into the engine as the fallback of every language; the other languages are packs in
 * {@code src/main/locales}, merged with core's packs into the modules the page loads on demand
 * ({@code locales/<language>.js}). A {@code CODE#one} code is the form for a count the language's
 * plural rules call "one" (likewise {@code #two}, {@code #few}, {@code #many}); the page picks it.
 */
final class UiTemplates {
  private static final String[][] ROWS = {
    {"UI_TITLE", "Import data"},
    {"UI_DROP", "Drop a CSV, TSV, TXT or Excel (.xlsx) file here"},
    {"UI_CHOOSE_FILE", "Choose a file"},
    {"UI_PASTE", "Or paste the data"},
    {"UI_PASTE_BUTTON", "Use pasted data"},
    {"UI_SAMPLE", "Download a sample file"},
    {"UI_FILE_TOO_LARGE",
      "The file is {size} MB; the limit is {limit} MB. Split it or remove columns "
          + "you do not need."},
    {"UI_FILE_TYPE",
      "This is not a CSV, TSV, TXT or Excel (.xlsx) file. Save it as CSV or .xlsx "
          + "and try again."},
    {"UI_SHEET", "Sheet"},
    {"UI_READING", "Reading the file: {percent}%"},
    {"UI_DIALECT_TITLE", "Check the file format"},
    {"UI_DELIMITER", "Delimiter"},
    {"UI_ENCODING", "Encoding"},
    {"UI_ENCODING_GUESSED",
      "The encoding was guessed from the text. If letters look wrong, choose the one the file "
          + "was saved in."},
    {"UI_REPLACED_CHARS",
      "Some characters could not be read as {encoding} and show as \uFFFD ({count}). Choose the "
          + "encoding the file was saved in."},
    {"UI_HEADER_ROW", "Header row"},
    {"UI_NO_HEADER", "No header row"},
    {"UI_MATCH_TITLE", "Match the columns"},
    {"UI_FILE_COLUMN", "Column in your file"},
    {"UI_TARGET_COLUMN", "Imports as"},
    {"UI_IGNORE", "Do not import"},
    {"UI_KEEP_EXTRA", "Keep as an extra column"},
    {"UI_REQUIRED", "required"},
    {"UI_CONFIDENCE", "{percent}% sure"},
    {"UI_REVIEW_TITLE", "Review and fix"},
    {"UI_STEP_IMPORT", "Import"},
    {"UI_ONLY_ERRORS", "Only rows with issues"},
    {"UI_ALL_COLUMNS", "All columns"},
    {"UI_ALL_ISSUES", "All issues"},
    {"UI_UNDO", "Undo"},
    {"UI_REDO", "Redo"},
    {"UI_DELETE_ROW", "Delete row"},
    {"UI_FIND", "Find"},
    {"UI_REPLACE", "Replace with"},
    {"UI_REPLACE_ALL", "Replace in column"},
    {"UI_ROWS#one", "{rows} row"},
    {"UI_ROWS", "{rows} rows"},
    {"UI_SUMMARY", "{rows} rows, {errorRows} with errors, {warningRows} with warnings"},
    {"UI_READ_AS", "{column}: {cell} is read as {reading}, as {example} in the same column shows."},
    {"UI_SUBMIT#one", "Import {count} row"},
    {"UI_SUBMIT", "Import {count} rows"},
    {"UI_SUBMIT_BLOCKED", "Fix or delete the {count} rows with errors before importing."},
    {"UI_DOWNLOAD_REJECTED", "Download rows with errors"},
    {"UI_SENDING", "Importing: {done} of {total} rows"},
    {"UI_DONE_EXCLUDED#one", "{count} row with errors was left out; download it below to fix it."},
    {"UI_DONE_EXCLUDED",
      "{count} rows with errors were left out; download them below to fix them."},
    {"UI_DONE_WARNINGS#one", "{count} row was imported with a warning."},
    {"UI_DONE_WARNINGS", "{count} rows were imported with warnings."},
    {"UI_DONE#one", "Imported {count} row."},
    {"UI_DONE", "Imported {count} rows."},
    {"UI_RELAY_FAILED",
      "The rows could not be sent ({message}); rows from {row} on were not sent. "
          + "Try again later."},
    {"UI_HOST_ERROR", "Row {row} was not accepted: {message}"},
    {"UI_BACK", "Back"},
    {"UI_NEXT", "Next"},
    {"UI_CLOSE", "Close"},
    {"UI_COLUMN_N", "Column {n}"},
    {"UI_COLUMN_TOOLS", "Column tools"},
    {"UI_OP_SPLIT", "Split a column"},
    {"UI_OP_MERGE", "Merge two columns"},
    {"UI_OP_FILL", "Fill blank cells"},
    {"UI_OP_SET", "Set a value"},
    {"UI_OP_TRIM", "Trim spaces"},
    {"UI_OP_UPPER", "UPPER CASE"},
    {"UI_OP_LOWER", "lower case"},
    {"UI_OP_TITLE", "Title Case"},
    {"UI_OP_OPERATION", "Operation"},
    {"UI_OP_COLUMN", "Column"},
    {"UI_OP_SECOND_COLUMN", "Second column"},
    {"UI_OP_INTO", "Into"},
    {"UI_OP_INTO_SECOND", "And into"},
    {"UI_OP_DELIMITER", "Split at"},
    {"UI_OP_SEPARATOR", "Separator"},
    {"UI_OP_VALUE", "Value"},
    {"UI_OP_SHOWN_ONLY", "Only the rows shown"},
    {"UI_OP_APPLY", "Apply"},
    {"UI_OP_CHANGED#one", "{count} cell changed."},
    {"UI_OP_CHANGED", "{count} cells changed."},
    {"UI_OPERATION_INVALID", "This operation needs two different columns and all of its fields."},
    {"UI_VALUES_TITLE", "Match values"},
    {"UI_VALUES_HINT",
      "These values of “{column}” are none of its options. Choose what each one "
          + "means: your choice applies to every row that has it."},
    {"UI_VALUES_LEAVE", "Leave as is (invalid)"},
    {"UI_VALUES_COUNT#one", "{count} row"},
    {"UI_VALUES_COUNT", "{count} rows"},
    {"UI_VALUES_CAPPED",
      "Showing the {shown} most frequent of {distinct} values; fix the others in "
          + "the review."},
    {"UI_VALUES_VALUE", "Value in the file"},
    {"UI_VALUES_MEANS", "Means"},
    {"UI_KEEP_CUSTOM", "Keep as a custom field…"},
    {"UI_CUSTOM_NAME", "Name of the custom field"},
    {"UI_HOOKS_RUNNING", "Checking rows with your app… {percent}%"},
    {"UI_HOOK_FAILED", "The check “{hook}” did not finish for rows {from} to {to}: {message}"},
    {"UI_HOOK_TIMEOUT", "no answer within {seconds} s"},
    {"UI_HOOK_BAD_ANSWER", "it answered {got} results for {expected} values"},
    {"UI_RETRY", "Try again"},
    {"UI_RESIZE_COLUMN", "Width of “{column}”"},
    {"UI_ROW", "Row"},
  };

  private UiTemplates() {}

  /** Core's English messages and the widget's English words. */
  static MessageCatalog english() {
    Map<String, String> words = new LinkedHashMap<>();
    for (String[] row : ROWS) {
      words.put(row[0], row[1]);
    }
    return MessageCatalog.english().withTemplates(words);
  }

  /**
   * The widget's catalogue for a language tag and the pack the page loaded for it (core's
   * messages and the widget's words in that language, code to template; empty for English).
   */
  static MessageCatalog catalog(String tag, Map<String, String> pack) {
    String language = MessageCatalog.languageOf(tag);
    MessageCatalog english = english();
    return language.equals("en") ? english.withTemplates(pack) : english.translated(language, pack);
  }

  /** The codes of the widget's words. */
  static String[] codes() {
    String[] codes = new String[ROWS.length];
    for (int i = 0; i < ROWS.length; i++) {
      codes[i] = ROWS[i][0];
    }
    return codes;
  }
}
