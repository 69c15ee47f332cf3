package dev.sluice.jvm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opencsv.CSVReader;
import dev.sluice.core.message.MessageCatalog;
import dev.sluice.core.schema.Column;
import dev.sluice.core.schema.ColumnType;
import dev.sluice.core.schema.Importer;
import dev.sluice.core.schema.InvalidRowPolicy;
import dev.sluice.core.schema.Transform;
import dev.sluice.core.table.ImportTable;
import dev.sluice.core.validate.ValidationSession;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvExportTest {
  private static final Importer IMPORTER = Importer.builder("t")
      .invalidRowPolicy(InvalidRowPolicy.EXCLUDE)
      .column(Column.builder("name"))
      .column(Column.builder("amount").type(new ColumnType.DecimalType(null, null, "auto"))
          .transforms(Transform.NORMALIZE))
      .build();

  private static ValidationSession session() {
    ImportTable table = ImportTable.forImporter(IMPORTER, List.of());
    table.addRow(new String[] {"=HYPERLINK(\"http://evil\",\"x\")", "-1.234,50"}, 2);
    table.addRow(new String[] {"Lee, \"Sam\"\nline 2", "12"}, 3);
    table.addRow(new String[] {"@SUM(A1)", "lots"}, 5);
    return ValidationSession.validate(IMPORTER, table, JdkSha256.INSTANCE);
  }

  private static List<String[]> read(String csv) throws Exception {
    try (CSVReader reader = new CSVReader(new StringReader(csv))) {
      return reader.readAll();
    }
  }

  @Test
  void submittedRowsAreWrittenNormalisedQuotedAndDefused() throws Exception {
    StringWriter out = new StringWriter();
    assertEquals(2, CsvExport.writeSubmitted(session(), out));
    List<String[]> rows = read(out.toString());
    assertArrayEquals(new String[] {"name", "amount"}, rows.get(0));
    assertArrayEquals(new String[] {"'=HYPERLINK(\"http://evil\",\"x\")", "-1234.50"}, rows.get(1));
    assertArrayEquals(new String[] {"Lee, \"Sam\"\nline 2", "12"}, rows.get(2));
    assertEquals(3, rows.size());
  }

  @Test
  void rejectedRowsKeepTheirValuesAndListTheirErrors() throws Exception {
    StringWriter out = new StringWriter();
    assertEquals(1, CsvExport.writeRejected(session(), MessagePacks.forLanguage("fr"), out));
    List<String[]> rows = read(out.toString());
    assertArrayEquals(new String[] {"name", "amount", "errors"}, rows.get(0));
    assertEquals("'@SUM(A1)", rows.get(1)[0]);
    assertEquals("lots", rows.get(1)[1]);
    assertTrue(rows.get(1)[2].startsWith("amount doit être un nombre"), rows.get(1)[2]);
  }
}
