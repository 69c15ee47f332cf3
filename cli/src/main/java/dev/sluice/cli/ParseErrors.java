package dev.sluice.cli;

import dev.sluice.core.message.MessageCatalog;
import dev.sluice.core.parse.CsvFormatException;
import dev.sluice.core.parse.ParseIssue;
import java.io.PrintStream;

/**
 * Says why parsing a file stopped. A malformed quote stops it only under {@code --strict}, and
 * the catalogue's message for it tells what reading on does (the lenient mode's warning), so
 * that one is introduced as what happens without {@code --strict}.
 */
final class ParseErrors {
  private ParseErrors() {}

  static int stopped(CsvFormatException e, MessageCatalog messages, PrintStream err) {
    ParseIssue issue = e.issue();
    String message = messages.format(issue.code(), issue.arguments());
    boolean readOnWithoutStrict = issue instanceof ParseIssue.StrayQuote
        || issue instanceof ParseIssue.TextAfterClosingQuote
        || issue instanceof ParseIssue.SpaceAfterClosingQuote
        || issue instanceof ParseIssue.SpaceBeforeOpeningQuote
        || issue instanceof ParseIssue.UnclosedQuote;
    err.println("sluice: error: " + (readOnWithoutStrict
        ? "--strict stopped at the first malformed field. Without --strict: " + message
        : message));
    return Main.INPUT_ERRORS;
  }
}
