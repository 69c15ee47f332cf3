package dev.sluice.core.parse;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A problem the parser met at a known position, with a stable code.
 *
 * <p>Messages are never built here: callers look the code up in a
 * {@link dev.sluice.core.message.MessageCatalog} so that they can be translated, and an issue never
 * carries cell content, so it is safe to log or send home.
 */
public sealed interface ParseIssue {

  /** The stable UPPER_SNAKE code of this issue. */
  String code();

  /** Where the issue is. */
  Position position();

  /** Named arguments for the message template: the position plus issue-specific values. */
  default Map<String, Object> arguments() {
    Map<String, Object> args = new LinkedHashMap<>();
    args.put("record", position().record());
    args.put("line", position().line());
    args.put("column", position().column());
    args.put("offset", position().offset());
    return args;
  }

  /** A quote character inside an unquoted field, such as {@code 5" screen}; kept as a literal. */
  record StrayQuote(Position position) implements ParseIssue {
    @Override
    public String code() {
      return "STRAY_QUOTE";
    }
  }

  /** Text after the closing quote of a quoted field, such as {@code "abc"def}; the field is kept raw. */
  record TextAfterClosingQuote(Position position) implements ParseIssue {
    @Override
    public String code() {
      return "TEXT_AFTER_CLOSING_QUOTE";
    }
  }

  /**
   * A quoted field whose closing quote never came (end of input, or the field grew past the limit);
   * the opening quote is taken as a literal and the text after it is parsed again.
   */
  record UnclosedQuote(Position position) implements ParseIssue {
    @Override
    public String code() {
      return "UNCLOSED_QUOTE";
    }
  }

  /**
   * Spaces or tabs between a closing quote and the next delimiter or line end, such as {@code
   * "abc" ,def}; lenient parsing drops them and keeps {@code abc}.
   */
  record SpaceAfterClosingQuote(Position position) implements ParseIssue {
    @Override
    public String code() {
      return "SPACE_AFTER_CLOSING_QUOTE";
    }
  }

  /**
   * Spaces or tabs between a delimiter (or a line's start) and an opening quote, such as {@code
   * a, "b, c"}; lenient parsing drops them and reads the field as quoted ({@code b, c}).
   */
  record SpaceBeforeOpeningQuote(Position position) implements ParseIssue {
    @Override
    public String code() {
      return "SPACE_BEFORE_OPENING_QUOTE";
    }
  }

  /**
   * A record with another number of fields than the header record; it is kept as it is, not
   * padded. A record longer only by empty fields ({@code 1,2,,} under {@code a,b}) is none.
   */
  record RaggedRow(Position position, int expected, int actual) implements ParseIssue {
    @Override
    public String code() {
      return "RAGGED_ROW";
    }

    @Override
    public Map<String, Object> arguments() {
      Map<String, Object> args = ParseIssue.super.arguments();
      args.put("expected", expected);
      args.put("actual", actual);
      return args;
    }
  }

  /**
   * A row that repeats the header row, as files of one export joined one after another do at
   * each join; an import leaves it out of the table.
   */
  record RepeatedHeader(Position position) implements ParseIssue {
    @Override
    public String code() {
      return "REPEATED_HEADER";
    }
  }

  /**
   * A workbook sheet's row with values further right than its table's columns reach (the header
   * row and the widest of the sheet's first rows); those values are not imported. Its line is the
   * row's number in the sheet.
   */
  record SheetRowWider(Position position, int expected, int actual) implements ParseIssue {
    @Override
    public String code() {
      return "SHEET_ROW_WIDER";
    }

    @Override
    public Map<String, Object> arguments() {
      Map<String, Object> args = ParseIssue.super.arguments();
      args.put("expected", expected);
      args.put("actual", actual);
      return args;
    }
  }

  /** A field longer than {@link CsvFormat#maxFieldChars()}; parsing stops. */
  record FieldTooLarge(Position position, int limit) implements ParseIssue {
    @Override
    public String code() {
      return "FIELD_TOO_LARGE";
    }

    @Override
    public Map<String, Object> arguments() {
      Map<String, Object> args = ParseIssue.super.arguments();
      args.put("limit", limit);
      return args;
    }
  }

  /** A record with more fields than {@link CsvFormat#maxFields()}; parsing stops. */
  record TooManyFields(Position position, int limit) implements ParseIssue {
    @Override
    public String code() {
      return "TOO_MANY_FIELDS";
    }

    @Override
    public Map<String, Object> arguments() {
      Map<String, Object> args = ParseIssue.super.arguments();
      args.put("limit", limit);
      return args;
    }
  }
}
