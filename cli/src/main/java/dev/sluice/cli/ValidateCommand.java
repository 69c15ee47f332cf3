package dev.sluice.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.sluice.core.detect.Dialect;
import dev.sluice.core.flow.ImportSession;
import dev.sluice.core.match.ColumnMapping;
import dev.sluice.core.match.HeaderMatch;
import dev.sluice.core.message.MessageCatalog;
import dev.sluice.core.parse.CsvFormatException;
import dev.sluice.core.parse.ParseIssue;
import dev.sluice.core.schema.Importer;
import dev.sluice.core.schema.SchemaException;
import dev.sluice.core.table.ImportTable;
import dev.sluice.core.validate.Conventions;
import dev.sluice.core.validate.IssueMessages;
import dev.sluice.core.validate.Summary;
import dev.sluice.core.validate.ValidationIssue;
import dev.sluice.core.validate.ValidationSession;
import dev.sluice.jvm.CsvExport;
import dev.sluice.jvm.CsvFileReader;
import dev.sluice.jvm.JdkSha256;
import dev.sluice.jvm.MessagePacks;
import dev.sluice.jvm.SchemaJson;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * {@code sluice validate}: matches a file's columns to a schema, validates every row with the same
 * core as the browser, reports as JSON or text, and optionally writes the clean and rejected rows.
 */
final class ValidateCommand {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);
  private final Arguments arguments;

  ValidateCommand(Arguments arguments) {
    arguments.allow("schema", "format", "out", "rejected", "max-issues", "lang", "delimiter",
        "quote", "escape", "encoding", "header", "strict", "sheet");
    this.arguments = arguments;
  }

  int run(PrintStream out, PrintStream err) throws UsageException {
    String schemaPath = arguments.options().get("schema");
    if (schemaPath == null) {
      throw new UsageException("validate needs --schema SCHEMA.json");
    }
    String format = arguments.options().getOrDefault("format", "text");
    if (!format.equals("json") && !format.equals("text")) {
      throw new UsageException("--format is json or text, not '" + format + "'");
    }
    int maxIssues = maxIssues();
    MessageCatalog messages = MessagePacks.forLanguage(arguments.options().get("lang"));
    CsvFileReader.Options options = arguments.readOptions();

    Importer importer;
    Path schemaFile = Path.of(schemaPath);
    try {
      importer = SchemaJson.read(Files.readString(schemaFile, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return FileErrors.cannotRead(schemaFile, e, err);
    } catch (SchemaException e) {
      err.println("sluice: the schema '" + schemaFile + "' cannot be used: " + e.getMessage());
      return Main.USAGE;
    }

    ImportSession flow = new ImportSession(importer, JdkSha256.INSTANCE);
    IntFunction<String> unnamed = n -> "column " + n;
    // what was read: encoding and dialect of a CSV file, or the sheet of a workbook
    Map<String, Object> source = new LinkedHashMap<>();
    String sheet = arguments.options().get("sheet");
    if (Workbooks.isNotText(arguments.file())) {
      // the header is found in the sheet's first rows unless --header says, as in the widget
      int header = options.headerIndex() == null ? ImportSession.HEADER_DETECTED
          : options.headerIndex();
      ImportSession.Loader loader = flow.beginLoad(header, null, '"', unnamed);
      Workbooks.Outcome read = Workbooks.read(arguments.file(), sheet, loader::sheetRow,
          messages, err);
      if (read.result() == null) {
        return read.code();
      }
      source.put("sheet", read.result().sheet().name());
    } else {
      if (sheet != null) {
        throw new UsageException("--sheet applies to Excel workbooks (.xlsx) only");
      }
      CsvFileReader.Result read;
      try {
        read = CsvFileReader.read(arguments.file(), options,
            (Dialect dialect) -> flow.beginLoad(dialect.headerIndex(), null,
                dialect.toFormat().escapeRule(),
                unnamed));
      } catch (CsvFormatException e) {
        return ParseErrors.stopped(e, messages, err);
      } catch (IOException | UncheckedIOException e) {
        return FileErrors.cannotRead(arguments.file(), e, err);
      }
      source.put("encoding", read.encoding().encoding().label());
      if (read.malformedWarning() != null) {
        // values with U+FFFD in them are validated as they are: the user is told
        err.println("sluice: warning: " + read.malformedWarning());
        source.put("malformedBytes", read.malformedBytes());
      }
      source.put("delimiter", String.valueOf(read.dialect().delimiter()));
    }
    ImportSession.Loaded loaded = flow.finishLoad();
    source.put("headerRowIndex", loaded.headerIndex());
    if (loaded.headers().isEmpty()) {
      err.println("sluice: '" + arguments.file() + "' has no rows: there is no header to match "
          + "to the schema's columns");
      return Main.INPUT_ERRORS;
    }
    ColumnMapping mapping = flow.suggestMapping(null);
    ValidationSession session = flow.validate();
    ImportTable table = session.table();
    Summary summary = session.summary();
    List<String> missing = mapping.missingRequired();

    Map<String, Object> report = new LinkedHashMap<>();
    report.put("file", arguments.file().toString());
    report.put("importer", importer.name());
    report.putAll(source);
    report.put("valid", summary.errorRows() == 0 && missing.isEmpty());
    List<Object> matches = new ArrayList<>();
    for (HeaderMatch m : mapping.matches()) {
      Map<String, Object> mm = new LinkedHashMap<>();
      mm.put("header", m.header());
      mm.put("column", m.column());
      mm.put("match", m.kind().name().toLowerCase(java.util.Locale.ROOT));
      mm.put("confidence", Math.round(m.confidence() * 100) / 100.0);
      matches.add(mm);
    }
    report.put("mapping", matches);
    List<Object> missingReport = new ArrayList<>();
    for (String key : missing) {
      Map<String, Object> mm = new LinkedHashMap<>();
      mm.put("column", key);
      mm.put("code", "COLUMN_MISSING");
      mm.put("message", messages.format("COLUMN_MISSING",
          Map.of("column", importer.column(key).label())));
      missingReport.add(mm);
    }
    report.put("missingColumns", missingReport);
    // how date and number columns read their ambiguous cells, as the file's other cells show
    List<Object> readings = new ArrayList<>();
    for (Conventions.Note note : flow.readingNotes()) {
      readings.add(note.toTree());
    }
    report.put("readings", readings);
    List<Object> parseIssues = new ArrayList<>();
    for (ParseIssue p : loaded.parseIssues()) {
      Map<String, Object> pm = new LinkedHashMap<>();
      pm.put("line", p.position().line());
      pm.put("code", p.code());
      pm.put("message", messages.format(p.code(), p.arguments()));
      parseIssues.add(pm);
    }
    report.put("parseIssues", parseIssues);
    report.put("parseIssuesTotal", loaded.parseIssueCount());
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("rows", summary.rows());
    s.put("validRows", summary.validRows());
    s.put("errorRows", summary.errorRows());
    s.put("warningRows", summary.warningRows());
    s.put("errors", summary.errors());
    s.put("warnings", summary.warnings());
    s.put("infos", summary.infos());
    s.put("byCode", new TreeMap<>(summary.byCode()));
    s.put("byColumn", new TreeMap<>(summary.byColumn()));
    report.put("summary", s);
    List<ValidationIssue> all = session.allIssues();
    List<Object> issues = new ArrayList<>();
    for (ValidationIssue issue : all.subList(0, Math.min(maxIssues, all.size()))) {
      Map<String, Object> im = new LinkedHashMap<>();
      im.put("row", issue.row() + 1);
      im.put("line", table.line(issue.row()));
      im.put("column", issue.column());
      im.put("code", issue.code());
      im.put("severity", issue.severity().name().toLowerCase(java.util.Locale.ROOT));
      im.put("message", IssueMessages.format(issue, importer, messages));
      im.put("value", issue.value());
      issues.add(im);
    }
    report.put("issuesShown", issues.size());
    report.put("issuesTotal", all.size());
    report.put("issues", issues);

    try {
      String outPath = arguments.options().get("out");
      if (outPath != null) {
        try (Writer w = Files.newBufferedWriter(Path.of(outPath), StandardCharsets.UTF_8)) {
          report.put("rowsWritten", CsvExport.writeSubmitted(session, w));
        }
        if (!session.canSubmit()) {
          report.put("submitBlocked", true);
        }
      }
      String rejectedPath = arguments.options().get("rejected");
      if (rejectedPath != null) {
        try (Writer w = Files.newBufferedWriter(Path.of(rejectedPath), StandardCharsets.UTF_8)) {
          report.put("rowsRejected", CsvExport.writeRejected(session, messages, w));
        }
      }
    } catch (IOException e) {
      err.println("sluice: cannot write the output: " + e.getMessage());
      return Main.USAGE;
    }

    if (format.equals("json")) {
      try {
        out.println(JSON.writeValueAsString(report));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } else {
      printText(out, report, missingReport, parseIssues, readings, summary, issues, all.size());
    }
    return summary.errorRows() == 0 && missing.isEmpty() ? Main.OK : Main.INPUT_ERRORS;
  }

  @SuppressWarnings("unchecked")
  private static void printText(PrintStream out, Map<String, Object> report,
      List<Object> missing, List<Object> parseIssues, List<Object> readings, Summary summary,
      List<Object> issues, int total) {
    out.println(report.get("file") + ": " + summary.rows()
        + (summary.rows() == 1 ? " row, " : " rows, ") + summary.validRows() + " valid, "
        + summary.errorRows() + " with errors, " + summary.warningRows() + " with warnings only");
    for (Object r : readings) {
      Map<String, Object> rm = (Map<String, Object>) r;
      out.println("  " + rm.get("column") + ": " + rm.get("cell") + " is read as "
          + rm.get("reading") + ", as " + rm.get("example") + " in the same column shows");
    }
    for (Object m : missing) {
      out.println("  missing column " + ((Map<String, Object>) m).get("column") + ": "
          + ((Map<String, Object>) m).get("message"));
    }
    for (Object p : parseIssues) {
      out.println("  " + ((Map<String, Object>) p).get("message")); // it names its line
    }
    for (Object i : issues) {
      Map<String, Object> im = (Map<String, Object>) i;
      out.println("  row " + im.get("row") + " (line " + im.get("line") + "), " + im.get("column")
          + ", " + im.get("severity") + " " + im.get("code") + ": " + im.get("message"));
    }
    if (total > issues.size()) {
      out.println("  ... and " + (total - issues.size()) + " more (--max-issues N shows more)");
    }
    if (!summary.byCode().isEmpty()) {
      out.println("by code: " + new TreeMap<>(summary.byCode()));
    }
    if (Boolean.TRUE.equals(report.get("submitBlocked"))) {
      out.println("--out holds the header only: the schema's invalidRowPolicy is block and "
          + summary.errorRows() + " rows have errors. Fix them (see --rejected), or set "
          + "invalidRowPolicy to exclude to write the valid rows.");
    }
  }

  private int maxIssues() {
    String v = arguments.options().getOrDefault("max-issues", "100");
    try {
      int n = Integer.parseInt(v);
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // fall through
    }
    throw new UsageException("--max-issues takes a number (0 or more), not '" + v + "'");
  }
}
