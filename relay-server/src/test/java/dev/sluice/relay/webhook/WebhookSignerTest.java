package dev.sluice.relay.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookSignerTest {
  private static final byte[] BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);

  @Test
  void reproducesTheStandardWebhooksTestVector() {
    assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
        WebhookSigner.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
            "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, BODY));
  }

  @Test
  void signsWithEverySecretDuringARotation() {
    String header = WebhookSigner.header(List.of("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
        "whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"), "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, BODY);
    String[] parts = header.split(" ");
    assertEquals(2, parts.length);
    assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", parts[0]);
    assertEquals(WebhookSigner.sign("whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, BODY), parts[1]);
  }
}
