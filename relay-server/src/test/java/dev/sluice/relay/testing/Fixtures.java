package dev.sluice.relay.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Schemas and request bodies shared by the relay tests. */
public final class Fixtures {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Fixtures() {
  }

  /** The contacts schema from src/test/resources, as a tree. */
  public static Object contactsSchema() {
    try (InputStream in = Fixtures.class.getResourceAsStream("/contacts.schema.json")) {
      return JSON.readValue(in, Map.class);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** Importer fields for webhook mode to a URL. */
  public static Map<String, Object> webhookImporter(String url, int batchSize) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", "Contacts");
    m.put("schema", contactsSchema());
    m.put("deliveryMode", "webhook");
    m.put("webhookUrl", url);
    m.put("allowedOrigins", List.of("https://app.example.com"));
    m.put("batchSize", batchSize);
    return m;
  }

  /** Importer fields for callback mode. */
  public static Map<String, Object> callbackImporter() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", "Contacts");
    m.put("schema", contactsSchema());
    m.put("allowedOrigins", List.of("https://app.example.com"));
    return m;
  }

  /** A valid contact row as the widget outputs it; {@code i} makes the email unique. */
  public static Map<String, String> contact(int i) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("name", "Person " + i);
    row.put("email", "person" + i + "@example.com");
    row.put("phone", "+4930" + (1_000_000 + i));
    row.put("country", "DE");
    row.put("amount", i + ".5");
    row.put("plan", i % 2 == 0 ? "free" : "pro");
    return row;
  }

  /** A batch body of rows {@code from} to {@code from + count - 1}. */
  public static Map<String, Object> batch(int index, int from, int count, int totalRows) {
    List<Map<String, String>> rows = new ArrayList<>();
    for (int i = from; i < from + count; i++) {
      rows.add(contact(i));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("fileName", "contacts.csv");
    body.put("batch", Map.of("index", index, "count", count, "totalRows", totalRows));
    body.put("rows", rows);
    body.put("userId", "user-42");
    body.put("metadata", Map.of("team", "sales"));
    return body;
  }
}
