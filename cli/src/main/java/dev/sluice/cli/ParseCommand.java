package dev.sluice.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.core.message.MessageCatalog;
import dev.sluice.core.parse.CsvFormatException;
import dev.sluice.core.parse.CsvHandler;
import dev.sluice.core.parse.CsvRow;
import dev.sluice.core.parse.ParseIssue;
import dev.sluice.jvm.CsvFileReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** {@code sluice parse}: streams every record as JSON, one row per line, issues on stderr. */
final class ParseCommand {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Arguments arguments;

  ParseCommand(Arguments arguments) {
    arguments.allow("delimiter", "quote", "escape", "encoding", "header", "strict", "sheet",
        "lang");
    this.arguments = arguments;
  }

  int run(PrintStream out, PrintStream err) {
    MessageCatalog messages = MessageCatalog.english();
    RowWriter rows = new RowWriter(out, err, messages);
    if (Workbooks.isNotText(arguments.file())) {
      return Workbooks.parse(arguments.file(), arguments.options().get("sheet"), rows::write,
          rows::close, rows::flushQuietly, messages, err);
    }
    if (arguments.options().get("sheet") != null) {
      throw new UsageException("--sheet applies to Excel workbooks (.xlsx) only");
    }
    CsvFileReader.Options options = arguments.readOptions();
    try {
      CsvFileReader.Result result = CsvFileReader.read(arguments.file(), options, rows);
      rows.close();
      if (result.malformedWarning() != null) {
        err.println("sluice: warning: " + result.malformedWarning());
      }
      return Main.OK;
    } catch (CsvFormatException e) {
      rows.flushQuietly();
      return ParseErrors.stopped(e, messages, err);
    } catch (IOException | UncheckedIOException e) {
      rows.flushQuietly();
      return FileErrors.cannotRead(arguments.file(), e, err);
    }
  }

  /** Writes rows as a JSON array, one row per line, and issues as warnings. */
  private static final class RowWriter implements CsvHandler {
    private final Writer writer;
    private final PrintStream err;
    private final MessageCatalog messages;
    private boolean first = true;

    RowWriter(PrintStream out, PrintStream err, MessageCatalog messages) {
      this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
      this.err = err;
      this.messages = messages;
    }

    @Override
    public void row(CsvRow row) {
      write(row.toArray());
    }

    void write(String[] cells) {
      try {
        writer.write(first ? "[\n" : ",\n");
        first = false;
        writer.write(JSON.writeValueAsString(cells));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void issue(ParseIssue issue) {
      err.println("sluice: warning: " + messages.format(issue.code(), issue.arguments()));
    }

    void close() throws IOException {
      writer.write(first ? "[]\n" : "\n]\n");
      writer.flush();
    }

    void flushQuietly() {
      try {
        writer.flush();
      } catch (IOException ignored) {
        // stdout is gone; the error goes to stderr anyway
      }
    }
  }
}
