package dev.sluice.core.validate;

import dev.sluice.core.message.MessageCatalog;
import dev.sluice.core.schema.Column;
import dev.sluice.core.schema.Importer;
import dev.sluice.core.schema.RowRule;
import java.util.HashMap;
import java.util.Map;

/**
 * The text shown for an issue: the column's or rule's custom message when the schema has one,
 * else the catalogue's message for the code with the column's label filled in.
 */
public final class IssueMessages {
  private IssueMessages() {}

  /** The message of an issue in a catalogue's language. */
  public static String format(ValidationIssue issue, Importer importer, MessageCatalog catalog) {
    Object hookMessage = issue.arguments().get(ValidationSession.HOOK_MESSAGE);
    if (hookMessage != null) {
      return hookMessage.toString(); // the host's own words, from its hook
    }
    Column column = importer.column(issue.column());
    if (issue.code().startsWith("ROW_")) {
      for (RowRule rule : importer.rowRules()) {
        if (rule.code().equals(issue.code()) && rule.reportedKey().equals(issue.column())
            && rule.message() != null) {
          return rule.message();
        }
      }
    } else if (column != null && column.message() != null) {
      return column.message();
    }
    Map<String, Object> args = new HashMap<>(issue.arguments());
    args.put("column", column == null ? issue.column() : column.label());
    args.put("row", issue.row() + 1);
    return catalog.format(issue.code(), args);
  }
}
