package dev.sluice.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo's host page asks for its config before the importers exist: 503, then the keys. */
class DemoStartupTest {

  @Test
  void configIsAskedAgainLaterWhileTheImportersAreBeingCreatedNotAnError() throws Exception {
    try (Demo demo = Demo.startWithoutImporters(new Demo.Settings(0, 0, 0,
        Files.createTempDirectory("sluice-demo"), "demo-admin-key-for-the-startup-test-0001",
        List.of(Duration.ofSeconds(1)), 2))) {
      HttpClient http = HttpClient.newHttpClient();
      HttpRequest config = HttpRequest.newBuilder(URI.create(demo.appUrl() + "api/config")).build();
      HttpResponse<String> early = http.send(config, HttpResponse.BodyHandlers.ofString());
      assertEquals(503, early.statusCode(), early.body());
      assertEquals("1", early.headers().firstValue("Retry-After").orElse(""));
      JsonNode problem = new ObjectMapper().readTree(early.body());
      assertEquals("STARTING", problem.get("code").asText());
      assertTrue(problem.get("message").asText().contains("retry"));

      demo.createImporters();
      HttpResponse<String> ready = http.send(config, HttpResponse.BodyHandlers.ofString());
      assertEquals(200, ready.statusCode());
      JsonNode keys = new ObjectMapper().readTree(ready.body());
      assertEquals(demo.callbackKey(), keys.get("callbackImporterKey").asText());
      assertEquals(demo.webhookKey(), keys.get("webhookImporterKey").asText());
    }
  }
}
