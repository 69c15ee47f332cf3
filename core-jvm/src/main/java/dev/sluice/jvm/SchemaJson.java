package dev.sluice.jvm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.sluice.core.schema.Importer;
import dev.sluice.core.schema.SchemaException;
import dev.sluice.core.schema.SchemaReader;
import dev.sluice.core.schema.SchemaWriter;

/** Importer schemas to and from JSON text on the JVM: Jackson parses, core reads the tree. */
public final class SchemaJson {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(SerializationFeature.INDENT_OUTPUT);

  private SchemaJson() {}

  /** Reads a schema; malformed JSON and bad schemas both end in a {@link SchemaException}. */
  public static Importer read(String json) {
    Object tree;
    try {
      tree = JSON.readValue(json, Object.class);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
          + ", column " + e.getLocation().getColumnNr();
      throw new SchemaException("schema", "", "SCHEMA_NOT_JSON",
          "not valid JSON" + where + ": " + e.getOriginalMessage());
    }
    return SchemaReader.read(tree);
  }

  /** Writes a schema as indented JSON. */
  public static String write(Importer importer) {
    try {
      return JSON.writeValueAsString(SchemaWriter.write(importer));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a schema tree is always serialisable", e);
    }
  }
}
