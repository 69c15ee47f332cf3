package dev.sluice.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.core.schema.Importer;
import dev.sluice.core.schema.SchemaException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SchemaJsonTest {

  @Test
  void theBundledSampleSchemaReadsAndRoundTrips() throws IOException {
    String text = Files.readString(Path.of("../samples/contacts.schema.json"));
    Importer importer = SchemaJson.read(text);
    assertEquals("contacts", importer.name());
    assertEquals(importer, SchemaJson.read(SchemaJson.write(importer)));
  }

  @Test
  void malformedJsonSaysWhereItBreaks() {
    SchemaException e = assertThrows(SchemaException.class,
        () -> SchemaJson.read("{\n  \"version\": 1,\n  \"name\": \"x\",\n  \"columns\": [\n}"));
    assertEquals("SCHEMA_NOT_JSON", e.code());
    assertTrue(e.getMessage().contains("line 5"), e.getMessage());
  }

  @Test
  void trailingGarbageIsAnError() {
    SchemaException e = assertThrows(SchemaException.class,
        () -> SchemaJson.read("{\"version\":1,\"name\":\"x\",\"columns\":[{\"key\":\"a\"}]} x"));
    assertEquals("SCHEMA_NOT_JSON", e.code());
  }
}
