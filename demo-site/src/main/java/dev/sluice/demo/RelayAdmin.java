package dev.sluice.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo's use of the relay's admin API over HTTP, as any customer would call it: find or create
 * the two demo importers, read the webhook signing secret, read history and audit log.
 */
final class RelayAdmin {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final String relayUrl;
  private final String adminKey;

  RelayAdmin(String relayUrl, String adminKey) {
    this.relayUrl = relayUrl;
    this.adminKey = adminKey;
  }

  /** The importer with this name (created when missing, updated to these settings). */
  JsonNode importer(String name, String mode, String webhookUrl, List<String> origins,
      int batchSize) throws IOException, InterruptedException {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("name", name);
    fields.put("schema", schema());
    fields.put("deliveryMode", mode);
    fields.put("webhookUrl", webhookUrl);
    fields.put("allowedOrigins", origins);
    fields.put("batchSize", batchSize);
    for (JsonNode existing : call("GET", "v1/importers", null).get("importers")) {
      if (existing.get("name").asText().equals(name)) {
        return call("PUT", "v1/importers/" + existing.get("id").asText(), fields);
      }
    }
    return call("POST", "v1/importers", fields);
  }

  /** The current signing secret of an importer. */
  String signingSecret(String importerId) throws IOException, InterruptedException {
    return call("GET", "v1/importers/" + importerId + "/signing-secret", null)
        .get("signingSecret").asText();
  }

  /** A GET of the admin API, as JSON text. */
  String get(String path) throws IOException, InterruptedException {
    return call("GET", path, null).toString();
  }

  private JsonNode call(String method, String path, Object body)
      throws IOException, InterruptedException {
    HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(relayUrl + path))
        .header("Authorization", "Bearer " + adminKey)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    HttpResponse<String> response = http.send(r.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() >= 300) {
      throw new IOException("relay answered " + response.statusCode() + " to " + method + " "
          + path + ": " + response.body());
    }
    return JSON.readTree(response.body());
  }

  private static JsonNode schema() throws IOException {
    try (InputStream in = RelayAdmin.class.getResourceAsStream("/demo/contacts.schema.json")) {
      return JSON.readTree(in);
    }
  }
}
