package dev.sluice.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.relay.testing.Fixtures;
import dev.sluice.relay.testing.Receiver;
import dev.sluice.relay.testing.Receiver.Answer;
import dev.sluice.relay.testing.Relay;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two relay instances on one database (the shared embedded file here, PostgreSQL when
 * configured): configuration, idempotency and batch order hold across them.
 */
class MultiInstanceTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void batchesOfOneImportPostedToTwoInstancesAreDeliveredInOrder() throws Exception {
    try (Receiver receiver = new Receiver().then(new Answer(200, Map.of(), 800));
        Relay a = Relay.start(b -> b.instanceId("relay-a"));
        Relay b = Relay.start(dataDirOf(a),
            s -> s.instanceId("relay-b"), false)) {
      String key = a.createImporter(Fixtures.webhookImporter(receiver.url(), 10))
          .get("importerKey").asText();
      Map<String, String> headers = Map.of("X-Sluice-Importer-Key", key, "Idempotency-Key", "k0");
      assertEquals(202, a.call("POST", "v1/widget/imports/imp-m/batches", Fixtures.batch(0, 0, 5,
          10), headers).status());
      assertEquals("true", b.call("POST", "v1/widget/imports/imp-m/batches", Fixtures.batch(0, 0,
          5, 10), headers).header("Idempotent-Replayed"), "idempotency is shared");
      assertEquals(202, b.call("POST", "v1/widget/imports/imp-m/batches", Fixtures.batch(1, 5, 5,
          10), Map.of("X-Sluice-Importer-Key", key)).status(), "the other instance knows the key");
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (receiver.received().size() < 2 && System.nanoTime() < deadline) {
        Thread.sleep(25);
      }
      List<Integer> order = new ArrayList<>();
      for (Receiver.Received r : receiver.received()) {
        order.add(JSON.readTree(r.body()).get("batch").get("index").asInt());
      }
      assertEquals(List.of(0, 1), order, "batch 1 waited for the slow batch 0 on the other instance");
      // the receiver records a delivery before the relay has read its 200 and dropped the payload
      while (a.server().vault().size() + b.server().vault().size() > 0
          && System.nanoTime() < deadline) {
        Thread.sleep(25);
      }
      assertEquals(0, a.server().vault().size() + b.server().vault().size(),
          "payloads are deleted once delivered");
    }
  }

  private static java.nio.file.Path dataDirOf(Relay relay) {
    return relay.dataDir();
  }
}
