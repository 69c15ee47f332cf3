package dev.sluice.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchemaReaderTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Object resource(String name) throws IOException {
    try (InputStream in = SchemaReaderTest.class.getResourceAsStream(name)) {
      return JSON.readValue(in, Object.class);
    }
  }

  @Test
  void everyFieldOfTheFormatIsRead() throws IOException {
    Importer importer = SchemaReader.read(resource("/schema/full.json"));
    assertEquals("everything", importer.name());
    assertEquals(InvalidRowPolicy.INCLUDE_FLAGGED, importer.invalidRowPolicy());
    assertEquals(false, importer.allowExtraColumns());
    assertTrue(importer.allowCustomColumns());
    assertEquals(17, importer.columns().size());
    Column id = importer.column("id");
    assertEquals("Customer ID", id.label());
    assertEquals(List.of("cust id", "Kundennummer"), id.aliases());
    assertTrue(id.required() && !id.allowBlank() && id.unique());
    assertEquals(new ColumnType.Uuid(), id.type());
    assertEquals(Map.of("person", List.of(2, 3)), Map.of("person",
        List.of(importer.uniqueGroups().get("person")[0], importer.uniqueGroups().get("person")[1])));
    assertEquals(new ColumnType.DecimalType(-1.5, null, ","), importer.column("score").type());
    assertEquals(Severity.WARNING, importer.column("score").severityOf("NUMBER_TOO_SMALL"));
    assertEquals(Severity.ERROR, importer.column("score").severityOf("NUMBER_TOO_LARGE"));
    assertEquals(List.of(Transform.TRIM, Transform.LOWER, Transform.HASH),
        importer.column("email").transforms());
    assertEquals("no", importer.column("active").defaultValue());
    assertEquals(new RowRule.RequiredWhen("phone", "plan", List.of("pro"), Severity.WARNING,
        null), importer.rowRules().get(1));
    assertEquals("ROW_REQUIRED_WHEN_FILLED", importer.rowRules().get(2).code());
    assertEquals(new RowRule.Compare("from", RowRule.Operator.LE, "to", Severity.INFO, null),
        importer.rowRules().get(3));
  }

  @Test
  void writingAndReadingBackGivesAnEqualImporter() throws IOException {
    Importer importer = SchemaReader.read(resource("/schema/full.json"));
    String text = JSON.writeValueAsString(SchemaWriter.write(importer));
    Importer again = SchemaReader.read(JSON.readValue(text, Object.class));
    assertEquals(importer, again);
    assertEquals(text, JSON.writeValueAsString(SchemaWriter.write(again)));
  }

  @Test
  void anImporterBuiltInCodeRoundTripsThroughJson() throws IOException {
    Importer importer = Importer.builder("built")
        .column(Column.builder("a").label("A").type(new ColumnType.Text(null, 5, null)))
        .column(Column.builder("b").type(new ColumnType.BooleanType(List.of(), List.of())))
        .rule(new RowRule.AtLeastOneOf(List.of("a", "b"), null, null))
        .build();
    String text = JSON.writeValueAsString(SchemaWriter.write(importer));
    assertEquals(importer, SchemaReader.read(JSON.readValue(text, Object.class)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      no version         | {"name":"x","columns":[{"key":"a"}]}                                  | importer.version | SCHEMA_REQUIRED_FIELD
      future version     | {"version":2,"name":"x","columns":[{"key":"a"}]}                      | importer.version | SCHEMA_VERSION
      no columns         | {"version":1,"name":"x","columns":[]}                                 | importer.columns | SCHEMA_REQUIRED_FIELD
      typo in a field    | {"version":1,"name":"x","columns":[{"key":"a","requird":true}]}       | columns[0] (a).requird | SCHEMA_UNKNOWN_FIELD
      unknown type       | {"version":1,"name":"x","columns":[{"key":"a","type":"money"}]}       | columns[0] (a).type | SCHEMA_UNKNOWN_TYPE
      duplicate key      | {"version":1,"name":"x","columns":[{"key":"a"},{"key":"a"}]}          | columns[1] (a).key | SCHEMA_DUPLICATE_KEY
      key __proto__      | {"version":1,"name":"x","columns":[{"key":"a"},{"key":"__proto__"}]}  | columns[1] (__proto__).key | SCHEMA_RESERVED_KEY
      key customFields   | {"version":1,"name":"x","columns":[{"key":"customFields"}]}           | columns[0] (customFields).key | SCHEMA_RESERVED_KEY
      key _errors        | {"version":1,"name":"x","columns":[{"key":"_errors"}]}                | columns[0] (_errors).key | SCHEMA_RESERVED_KEY
      min above max      | {"version":1,"name":"x","columns":[{"key":"n","type":{"name":"integer","min":5,"max":1}}]} | columns[0] (n).type.min | SCHEMA_INVALID_RANGE
      bad regex          | {"version":1,"name":"x","columns":[{"key":"t","type":{"name":"text","pattern":"(["}}]} | columns[0] (t).type.pattern | SCHEMA_INVALID_PATTERN
      back-reference     | {"version":1,"name":"x","columns":[{"key":"t","type":{"name":"text","pattern":"(a)\\\\1"}}]} | columns[0] (t).type.pattern | SCHEMA_INVALID_PATTERN
      look-ahead         | {"version":1,"name":"x","columns":[{"key":"t","type":{"name":"text","pattern":"(?=a)a"}}]} | columns[0] (t).type.pattern | SCHEMA_INVALID_PATTERN
      bad date pattern   | {"version":1,"name":"x","columns":[{"key":"d","type":{"name":"date","formats":["dd.MM.uuuu","qqqqqq"]}}]} | columns[0] (d).type.formats[1] | SCHEMA_INVALID_PATTERN
      wrong json type    | {"version":1,"name":"x","columns":[{"key":"a","required":"yes"}]}     | columns[0] (a).required | SCHEMA_WRONG_TYPE
      unknown transform  | {"version":1,"name":"x","columns":[{"key":"a","transforms":["trim","sha1"]}]} | columns[0] (a).transforms[1] | SCHEMA_UNKNOWN_VALUE
      hash not last      | {"version":1,"name":"x","columns":[{"key":"a","transforms":["hash","trim"]}]} | columns[0] (a).transforms | SCHEMA_INVALID_VALUE
      enum without options | {"version":1,"name":"x","columns":[{"key":"e","type":{"name":"enum","options":[]}}]} | columns[0] (e).type.options | SCHEMA_REQUIRED_FIELD
      enum repeated value | {"version":1,"name":"x","columns":[{"key":"e","type":{"name":"enum","options":["a","A"]}}]} | columns[0] (e).type.options[1].value | SCHEMA_DUPLICATE_KEY
      unknown phone country | {"version":1,"name":"x","columns":[{"key":"p","type":{"name":"phone","defaultCountry":"XX"}}]} | columns[0] (p).type.defaultCountry | SCHEMA_UNKNOWN_VALUE
      bad currency code  | {"version":1,"name":"x","columns":[{"key":"c","type":{"name":"currency","currency":"euro"}}]} | columns[0] (c).type.currency | SCHEMA_INVALID_VALUE
      bad separator      | {"version":1,"name":"x","columns":[{"key":"c","type":{"name":"decimal","decimalSeparator":";"}}]} | columns[0] (c).type.decimalSeparator | SCHEMA_UNKNOWN_VALUE
      rule on unknown column | {"version":1,"name":"x","columns":[{"key":"a"}],"rowRules":[{"atLeastOneOf":["a","b"]}]} | rowRules[0].keys | SCHEMA_UNKNOWN_COLUMN
      compare text       | {"version":1,"name":"x","columns":[{"key":"a"},{"key":"b","type":"integer"}],"rowRules":[{"compare":{"left":"a","operator":"<","right":"b"}}]} | rowRules[0].right | SCHEMA_INCOMPARABLE
      unknown operator   | {"version":1,"name":"x","columns":[{"key":"a","type":"date"},{"key":"b","type":"date"}],"rowRules":[{"compare":{"left":"a","operator":"=<","right":"b"}}]} | rowRules[0].compare.operator | SCHEMA_UNKNOWN_VALUE
      two rule kinds     | {"version":1,"name":"x","columns":[{"key":"a"},{"key":"b"}],"rowRules":[{"atLeastOneOf":["a","b"],"compare":{}}]} | rowRules[0] | SCHEMA_INVALID_VALUE
      bad policy         | {"version":1,"name":"x","invalidRowPolicy":"drop","columns":[{"key":"a"}]} | importer.invalidRowPolicy | SCHEMA_UNKNOWN_VALUE
      not an object      | [1,2,3] | importer | SCHEMA_WRONG_TYPE
      column without key | {"version":1,"name":"x","columns":[{"key":"a"},{"label":"B"}]}        | columns[1].key | SCHEMA_REQUIRED_FIELD
      option label type  | {"version":1,"name":"x","columns":[{"key":"e","type":{"name":"enum","options":["a",{"value":"b","label":2}]}}]} | columns[0] (e).type.options[1].label | SCHEMA_WRONG_TYPE
      type name missing  | {"version":1,"name":"x","columns":[{"key":"a","type":{"min":1}}]}     | columns[0] (a).type.name | SCHEMA_REQUIRED_FIELD
      requiredWhen field | {"version":1,"name":"x","columns":[{"key":"a"}],"rowRules":[{"requiredWhen":{"when":"a"}}]} | rowRules[0].requiredWhen.column | SCHEMA_REQUIRED_FIELD
      second rule        | {"version":1,"name":"x","columns":[{"key":"a"},{"key":"b"}],"rowRules":[{"atLeastOneOf":["a","b"]},{"atLeastOneOf":["a"]}]} | rowRules[1].keys | SCHEMA_INVALID_VALUE
      """)
  void aBadSchemaFailsWithThePathOfTheProblem(String name, String json, String where, String code)
      throws IOException {
    SchemaException e = assertThrows(SchemaException.class,
        () -> SchemaReader.read(JSON.readValue(json, Object.class)));
    String actual = e.path() + (e.field() == null || e.field().isEmpty() ? "" : "." + e.field());
    assertEquals(where, actual, e.getMessage());
    assertEquals(code, e.code(), e.getMessage());
    assertTrue(e.getMessage().startsWith(where + ": "), e.getMessage());
  }

  @Test
  void messagesSayWhatIsAllowed() {
    SchemaException e = assertThrows(SchemaException.class, () -> SchemaReader.read(Map.of(
        "version", 1, "name", "x", "columns", List.of(Map.of("key", "a", "type", "money")))));
    assertTrue(e.getMessage().contains("use one of text, integer, decimal"), e.getMessage());
  }
}
