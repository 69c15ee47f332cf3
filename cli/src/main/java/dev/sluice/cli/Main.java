package dev.sluice.cli;

import java.io.PrintStream;
import java.util.Arrays;

/**
 * {@code bin/sluice}: parse, detect and validate CSV files with the same core as the browser.
 *
 * <p>Exit codes: 0 done, 1 the input has errors (strict parsing, validation), 2 bad usage or a file
 * that cannot be read.
 */
public final class Main {
  static final int OK = 0;
  static final int INPUT_ERRORS = 1;
  static final int USAGE = 2;

  static final String USAGE_TEXT = String.join("\n",
      "usage: sluice <command> [options] FILE",
      "",
      "commands:",
      "  parse FILE [--delimiter C] [--quote C] [--escape backslash|doubled]",
      "             [--encoding NAME] [--header N] [--strict] [--lang TAG]",
      "  parse BOOK.xlsx [--sheet NAME]",
      "      print the rows as a JSON array of arrays of strings, header included; for a",
      "      workbook, the named sheet (default: the first visible sheet with data)",
      "  detect FILE [--lang TAG]",
      "      print the detected encoding and dialect as JSON",
      "  validate --schema SCHEMA.json FILE [--format text|json] [--out clean.csv]",
      "           [--rejected rejected.csv] [--max-issues N] [--lang TAG]",
      "           [--sheet NAME] (a workbook: the named sheet, its header row found as in a",
      "           CSV file: title rows above the table are passed over; --header N to say)",
      "      match the file's columns to the schema and validate every row; exit 1 on errors",
      "      --out writes the rows the schema's policy submits (block: none while rows have",
      "      errors), --rejected the rows with errors",
      "      --lang writes messages in a language: en (default), de, fr, es, ja, it, nl, pt-BR,",
      "      pl, sv, da, nb, fi, cs, tr, zh-Hans, ko, ar, he (de-CH is de, pt-PT pt-BR)",
      "",
      "  --delimiter C   one character, or 'tab' (default: detected among , ; tab |)",
      "  --quote C       one character (default: detected, \" or ')",
      "  --escape E      how quotes inside quoted fields are written: doubled (\"\", RFC 4180)",
      "                  or backslash (\\\", MySQL's INTO OUTFILE; also \\t, \\n and an escaped",
      "                  delimiter in any field, and \\N (NULL) is empty, as in PostgreSQL's COPY)",
      "                  (default: detected)",
      "  --encoding NAME UTF-8, UTF-16LE, UTF-16BE, windows-1250 to windows-1258,",
      "                  windows-874, Shift_JIS, GBK, Big5, EUC-KR, EUC-JP, KOI8-R, IBM866,",
      "                  ISO-8859-5, macintosh (Mac Roman), x-mac-cyrillic",
      "                  (default: detected)",
      "  --lang TAG      the language of the file's users: a file that is not Unicode and reads",
      "                  alike in several encodings is read in the one Excel writes for it",
      "                  (cs: windows-1250, tr: windows-1254; default: the bytes decide)",
      "  --header N      0-based index of the header row, -1 for none (default: detected)",
      "  --strict        stop at the first malformed quote instead of reporting it and going on",
      "");

  private Main() {}

  /** Runs the CLI and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs one command; returns the exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0 || args[0].equals("help") || args[0].equals("--help")
        || args[0].equals("-h")) {
      (args.length == 0 ? err : out).print(USAGE_TEXT);
      return args.length == 0 ? USAGE : OK;
    }
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    try {
      switch (args[0]) {
        case "parse":
          return new ParseCommand(Arguments.parse(rest)).run(out, err);
        case "detect":
          return new DetectCommand(Arguments.parse(rest)).run(out, err);
        case "validate":
          return new ValidateCommand(Arguments.parse(rest)).run(out, err);
        default:
          throw new UsageException("unknown command '" + args[0] + "'");
      }
    } catch (UsageException e) {
      err.println("sluice: " + e.getMessage());
      err.println("run 'sluice help' for usage");
      return USAGE;
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // never a stack trace: what failed, without the input's content (core's exceptions carry
      // positions and codes, not cells)
      err.println("sluice: error: " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()));
      err.println("this is a bug in sluice or a limit of this machine; please report it with the "
          + "command line (not the file)");
      return USAGE;
    }
  }
}
