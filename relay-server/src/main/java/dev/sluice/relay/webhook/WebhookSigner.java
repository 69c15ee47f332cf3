package dev.sluice.relay.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signatures: {@code v1,} + base64 HMAC-SHA256 of {@code id.timestamp.body},
 * keyed by the base64-decoded part of a {@code whsec_} secret; several space-separated during a
 * rotation.
 */
public final class WebhookSigner {
  private WebhookSigner() {
  }

  /** The {@code webhook-signature} header value for every secret given. */
  public static String header(List<String> secrets, String id, long timestampSeconds, byte[] body) {
    StringBuilder sb = new StringBuilder();
    for (String secret : secrets) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(sign(secret, id, timestampSeconds, body));
    }
    return sb.toString();
  }

  /** One signature, {@code v1,<base64>}. */
  public static String sign(String secret, String id, long timestampSeconds, byte[] body) {
    String b64 = secret.startsWith("whsec_") ? secret.substring(6) : secret;
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(Base64.getDecoder().decode(b64), "HmacSHA256"));
      mac.update((id + "." + timestampSeconds + ".").getBytes(StandardCharsets.UTF_8));
      return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
