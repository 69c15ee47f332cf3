package dev.sluice.cli;

import static dev.sluice.cli.MainTest.resource;
import static dev.sluice.cli.MainTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aCleanFileExitsZeroWithASummary() throws Exception {
    MainTest.Run r = run("validate", "--schema", resource("validate/orders.schema.json"),
        resource("validate/clean.csv"));
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("2 rows, 2 valid, 0 with errors"), r.out());
  }

  @Test
  void anExcelSepLineIsPassedOverAndOneRowIsCountedAsOne(@TempDir Path dir) throws Exception {
    // Excel's "sep=;" first line names the delimiter; the header is the line after it
    Path csv = dir.resolve("one.csv");
    Files.writeString(csv, "sep=;\r\nOrder ID;Customer email;Total;Order date;Ship date\r\n"
        + "7;ann@example.com;12,50;2024-03-01;2024-03-02\r\n", StandardCharsets.UTF_8);
    MainTest.Run r = run("validate", "--schema", resource("validate/orders.schema.json"),
        csv.toString());
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("one.csv: 1 row, 1 valid, 0 with errors"), r.out());
  }

  @Test
  void aRowWithAnotherNumberOfFieldsIsReportedOnceByItsLineAndTheRowsByTheirNumbers(
      @TempDir Path dir) throws Exception {
    // a report export's footer after the table: one field where the header has five
    Path csv = dir.resolve("report.csv");
    Files.writeString(csv, "Order ID,Customer email,Total,Order date,Ship date\r\n"
        + "7,ann@example.com,12.50,2024-03-01,2024-03-02\r\n\r\n\"Grand Totals (1 record)\"\r\n",
        StandardCharsets.UTF_8);
    MainTest.Run r = run("validate", "--schema", resource("validate/orders.schema.json"),
        csv.toString());
    assertEquals(1, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("\n  Line 4: the number of fields (1) differs from the header's "
        + "(5). Look for a missing or extra delimiter in that line.\n"), r.out());
    assertTrue(r.out().contains("  row 2 (line 4), "), r.out());
  }

  @Test
  void aShopifyCustomerExportsApostropheMarkedPhonesAndZipsAreHandedOverWithoutTheMarker(
      @TempDir Path dir) throws Exception {
    // Shopify writes phone numbers and postal codes with a leading apostrophe ('+16135550135) so
    // that Excel keeps them as text; in a phone column that is the marker, not part of the value
    Path out = dir.resolve("clean.csv");
    MainTest.Run r = run("validate", "--schema", resource("validate/customers.schema.json"),
        resource("validate/shopify-customers.csv"), "--out", out.toString());
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("3 rows, 3 valid, 0 with errors"), r.out());
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertTrue(lines.get(0).startsWith("first_name,last_name,email,marketing,country,zip,phone,"),
        lines.get(0));
    // "Default Address Zip" is matched to Zip, a text column: a leading apostrophe may be a
    // text's own ('s-Hertogenbosch), but every zip has one, so there it is the mark, and the
    // report says how the column is read
    assertTrue(lines.get(1).startsWith("Russel,Winfield,russel.winfield@example.com,no,CA,"
        + "M5C 1N7,+16135550135,0.00,0,no,"), lines.get(1));
    assertTrue(lines.get(2).contains(",FR,75001,+33 1 55 50 12 34,"), lines.get(2));
    assertTrue(lines.get(3).startsWith("Anna,Smith,anna@example.com,no,US,02134,,12.00,1,no,"),
        lines.get(3));
    assertTrue(r.out().contains("  zip: '02134 is read as 02134, as 'M5C 1N7 in the same column "
        + "shows"), r.out());
  }

  @Test
  void aStatementsAmbiguousDatesAndAmountsAreReadAsItsOtherCellsShowAndSaidSo(@TempDir Path dir)
      throws Exception {
    // a UK bank's export: 14/03/2024 puts the day first, £-23.45 makes the point decimal, so
    // 04/03/2024 is March 4 and £1,850 is 1850 (each refused as ambiguous on its own)
    Path out = dir.resolve("clean.csv");
    MainTest.Run r = run("validate", "--schema", resource("validate/statement.schema.json"),
        resource("validate/uk-bank-statement.csv"), "--format", "json", "--out", out.toString());
    assertEquals(0, r.code(), r.out() + r.err());
    JsonNode report = JSON.readTree(r.out());
    assertEquals(7, report.get("summary").get("validRows").asInt());
    List<String> readings = new ArrayList<>();
    report.get("readings").forEach(n -> readings.add(n.get("column").asText() + " "
        + n.get("cell").asText() + " " + n.get("reading").asText() + " "
        + n.get("example").asText()));
    assertEquals(List.of("date 01/03/2024 2024-03-01 14/03/2024",
        "amount £1,850 1850 £-23.45", "balance £2,000 2000 £1,976.55"), readings);
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertEquals("2024-03-04,TESCO STORES 2041,-23.45,1976.55", lines.get(2));
    assertEquals("2024-03-05,SALARY ACME LTD,1850,3826.55", lines.get(3));
    MainTest.Run text = run("validate", "--schema", resource("validate/statement.schema.json"),
        resource("validate/uk-bank-statement.csv"));
    assertTrue(text.out().contains("  date: 01/03/2024 is read as 2024-03-01, as 14/03/2024 in"
        + " the same column shows"), text.out());
  }

  @Test
  void aMessyFileExitsOneAndReportsEveryIssueWithRowLineColumnAndCode() throws Exception {
    MainTest.Run r = run("validate", "--schema", resource("validate/orders.schema.json"),
        resource("validate/orders-messy.csv"), "--format", "json");
    assertEquals(1, r.code(), r.err());
    JsonNode report = JSON.readTree(r.out());
    assertEquals("windows-1252", report.get("encoding").asText());
    assertEquals(";", report.get("delimiter").asText());
    assertEquals(1, report.get("headerRowIndex").asInt());
    assertEquals("order_id", report.get("mapping").get(0).get("column").asText());
    List<String> kinds = new ArrayList<>();
    for (JsonNode m : report.get("mapping")) {
      kinds.add(m.get("match").asText());
    }
    assertEquals(List.of("alias", "normalized", "fuzzy", "normalized", "normalized", "none"),
        kinds);
    assertTrue(report.get("mapping").get(5).get("column").isNull());
    JsonNode summary = report.get("summary");
    assertEquals(4, summary.get("rows").asInt());
    assertEquals(1, summary.get("validRows").asInt());
    List<String> issues = new ArrayList<>();
    for (JsonNode i : report.get("issues")) {
      issues.add(i.get("row").asInt() + "/" + i.get("line").asInt() + "/"
          + i.get("column").asText() + "/" + i.get("code").asText());
    }
    assertEquals(List.of("1/3/order_id/DUPLICATE_VALUE", "2/4/email/EMAIL_INVALID",
        "2/4/ordered/DATE_AMBIGUOUS", "3/5/total/NUMBER_TOO_SMALL", "3/5/ordered/ROW_COMPARE",
        "3/5/order_id/DUPLICATE_VALUE"), issues);
    assertEquals("bob(at)example.de", report.get("issues").get(1).get("value").asText());
  }

  @Test
  void messagesComeInTheAskedLanguage() throws Exception {
    MainTest.Run r = run("validate", "--schema", resource("validate/orders.schema.json"),
        resource("validate/orders-messy.csv"), "--lang", "ja");
    assertEquals(1, r.code());
    assertTrue(r.out().contains("Customer emailはメールアドレスで入力してください"), r.out());
  }

  @Test
  void aRegionalTagGetsItsLanguagesPackWithDatesWrittenItsWay() throws Exception {
    MainTest.Run r = run("validate", "--schema", resource("validate/orders.schema.json"),
        resource("validate/orders-messy.csv"), "--lang", "de-CH");
    assertEquals(1, r.code());
    assertTrue(r.out().contains("Order date könnte 3. April 2024 oder 4. März 2024 sein"),
        r.out());
    MainTest.Run pl = run("validate", "--schema", resource("validate/orders.schema.json"),
        resource("validate/orders-messy.csv"), "--lang", "pl");
    assertTrue(pl.out().contains("Order date może oznaczać 3 kwietnia 2024"), pl.out());
  }

  @Test
  void outAndRejectedWriteTheCleanRowsAndTheRowsWithErrors(@TempDir Path dir) throws Exception {
    Path clean = dir.resolve("clean.csv");
    Path rejected = dir.resolve("rejected.csv");
    MainTest.Run r = run("validate", "--schema", resource("validate/orders.schema.json"),
        resource("validate/orders-messy.csv"), "--out", clean.toString(), "--rejected",
        rejected.toString());
    assertEquals(1, r.code(), r.err());
    List<String> cleanLines = Files.readAllLines(clean, StandardCharsets.UTF_8);
    assertEquals(List.of("order_id,email,total,ordered,shipped,Notiz",
        "1004,dora@example.de,7.5,2024-03-12,2024-03-13,"), cleanLines);
    String rejectedText = Files.readString(rejected, StandardCharsets.UTF_8);
    assertTrue(rejectedText.startsWith("order_id,email,total,ordered,shipped,Notiz,errors"),
        rejectedText);
    assertTrue(rejectedText.contains("\"'=HYPERLINK(\"\"x\"\")\""), rejectedText);
    assertTrue(rejectedText.contains("Order ID must be unique; row 3 has the same value."),
        rejectedText);
  }

  @Test
  void outUnderTheBlockPolicyWithErrorsHoldsTheHeaderOnlyAndSaysWhy(@TempDir Path dir)
      throws Exception {
    Path schema = dir.resolve("block.json");
    Files.writeString(schema, Files.readString(Path.of(resource("validate/orders.schema.json")))
        .replace("\"invalidRowPolicy\": \"exclude\"", "\"invalidRowPolicy\": \"block\""));
    Path clean = dir.resolve("clean.csv");
    Files.writeString(clean, "an older file of the same name\n");
    MainTest.Run r = run("validate", "--schema", schema.toString(),
        resource("validate/orders-messy.csv"), "--out", clean.toString());
    assertEquals(1, r.code(), r.err());
    assertEquals(List.of("order_id,email,total,ordered,shipped,Notiz"),
        Files.readAllLines(clean, StandardCharsets.UTF_8));
    assertTrue(r.out().contains("--out holds the header only: the schema's invalidRowPolicy is "
        + "block"), r.out());
    MainTest.Run json = run("validate", "--schema", schema.toString(),
        resource("validate/orders-messy.csv"), "--out", clean.toString(), "--format", "json");
    JsonNode report = JSON.readTree(json.out());
    assertEquals(0, report.get("rowsWritten").asInt(), json.out());
    assertTrue(report.get("submitBlocked").asBoolean(), json.out());
  }

  @Test
  void aBadSchemaExitsTwoNamingTheColumnAndField(@TempDir Path dir) throws Exception {
    Path schema = dir.resolve("bad.json");
    Files.writeString(schema, "{\"version\":1,\"name\":\"x\",\"columns\":[{\"key\":\"n\","
        + "\"type\":{\"name\":\"integer\",\"min\":\"zero\"}}]}");
    MainTest.Run r = run("validate", "--schema", schema.toString(),
        resource("validate/clean.csv"));
    assertEquals(2, r.code());
    assertTrue(r.err().contains("columns[0] (n).type.min: expected a number, got the string"),
        r.err());
  }

  @Test
  void missingSchemaOptionOrFileIsAUsageError() throws Exception {
    assertEquals(2, run("validate", resource("validate/clean.csv")).code());
    MainTest.Run r = run("validate", "--schema", "/no/such/schema.json",
        resource("validate/clean.csv"));
    assertEquals(2, r.code());
    assertTrue(r.err().contains("no such file"), r.err());
  }

  @Test
  void aMissingRequiredColumnIsReportedAndFails(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("no-id.csv");
    Files.writeString(csv, "Customer email\na@example.com\n");
    MainTest.Run r = run("validate", "--schema", resource("validate/orders.schema.json"),
        csv.toString(), "--format", "json");
    assertEquals(1, r.code());
    JsonNode missing = JSON.readTree(r.out()).get("missingColumns");
    assertEquals("order_id", missing.get(0).get("column").asText());
    assertEquals("COLUMN_MISSING", missing.get(0).get("code").asText());
  }

  @Test
  void aWorkbookSheetIsValidatedWithItsFirstRowAsTheHeader(@TempDir Path dir) throws Exception {
    Path schema = dir.resolve("orders.schema.json");
    Files.writeString(schema, """
        {"version": 1, "name": "orders", "columns": [
          {"key": "order", "label": "Order", "required": true, "unique": true,
           "type": {"name": "integer", "min": 1}},
          {"key": "customer", "label": "Customer", "required": true, "allowBlank": false},
          {"key": "ordered", "label": "Ordered", "type": {"name": "date"}},
          {"key": "qty", "label": "Qty", "type": {"name": "integer", "min": 1}}
        ]}""");
    MainTest.Run r = run("validate", "--schema", schema.toString(), resource("book.xlsx"),
        "--sheet", "Orders", "--format", "json");
    assertEquals(1, r.code(), r.err());
    JsonNode report = new ObjectMapper().readTree(r.out());
    assertEquals("Orders", report.get("sheet").asText());
    assertEquals(3, report.get("summary").get("rows").asInt());
    assertEquals(2, report.get("summary").get("validRows").asInt());
    JsonNode issue = report.get("issues").get(0);
    assertEquals(3, issue.get("row").asInt(), "the third data row: 1004 has no customer");
    assertEquals(5, issue.get("line").asInt(), "its row number in the sheet");
    assertEquals("customer", issue.get("column").asText());
    assertEquals("VALUE_REQUIRED", issue.get("code").asText());

    MainTest.Run missing = run("validate", "--schema", schema.toString(), resource("book.xlsx"),
        "--sheet", "Invoices");
    assertEquals(1, missing.code());
    assertTrue(missing.err().contains("There is no sheet named \"Invoices\""), missing.err());
  }

  @Test
  void aWorkbookReportsTitleAboveItsTableIsPassedOverAsInACsvFile(@TempDir Path dir)
      throws Exception {
    Path schema = dir.resolve("contacts.schema.json");
    Files.writeString(schema, """
        {"version": 1, "name": "contacts", "columns": [
          {"key": "name", "label": "Name", "required": true},
          {"key": "email", "label": "Email", "type": "email", "required": true},
          {"key": "phone", "label": "Phone", "type": {"name": "phone", "defaultCountry": "US"}}
        ]}""");
    MainTest.Run r = run("validate", "--schema", schema.toString(), resource("excel-report.xlsx"),
        "--format", "json");
    assertEquals(0, r.code(), r.err() + r.out());
    JsonNode report = new ObjectMapper().readTree(r.out());
    assertEquals("Contacts", report.get("sheet").asText(), "the hidden sheet of lists passed over");
    assertEquals(1, report.get("headerRowIndex").asInt(), "below the title (the blank row is none)");
    assertEquals(2, report.get("summary").get("rows").asInt());
    assertEquals(2, report.get("summary").get("validRows").asInt());

    MainTest.Run detected = run("detect", resource("excel-report.xlsx"));
    JsonNode d = new ObjectMapper().readTree(detected.out());
    assertEquals(1, d.get("headerRowIndex").asInt(), "detect says the row validate takes");
    assertEquals(2, d.get("dataRowCount").asInt());

    MainTest.Run given = run("validate", "--schema", schema.toString(),
        resource("excel-report.xlsx"), "--header", "0", "--format", "json");
    assertEquals(1, given.code(), "the title as the header: no column matched");
  }
}
