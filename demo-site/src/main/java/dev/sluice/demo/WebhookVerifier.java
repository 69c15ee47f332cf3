package dev.sluice.demo;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies Standard Webhooks signatures the way a customer's backend would: HMAC-SHA256 over
 * {@code id.timestamp.body} with the base64 part of the {@code whsec_} secret, any of the
 * space-separated {@code v1,} signatures matching, and a timestamp within five minutes.
 *
 * <p>Written independently of the relay's signer on purpose: the demo proves that what the relay
 * sends verifies with the spec, not with the relay's own code.
 */
public final class WebhookVerifier {
  private static final long TOLERANCE_SECONDS = 300;
  private final byte[] key;

  /** A verifier for a {@code whsec_} secret. */
  public WebhookVerifier(String secret) {
    this.key = Base64.getDecoder().decode(secret.startsWith("whsec_") ? secret.substring(6) : secret);
  }

  /** Whether the headers sign the body; false for a missing header or a stale timestamp. */
  public boolean verify(String id, String timestamp, String signatures, byte[] body,
      long nowSeconds) {
    if (id == null || timestamp == null || signatures == null) {
      return false;
    }
    long ts;
    try {
      ts = Long.parseLong(timestamp);
    } catch (NumberFormatException e) {
      return false;
    }
    if (Math.abs(nowSeconds - ts) > TOLERANCE_SECONDS) {
      return false;
    }
    byte[] expected;
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
      expected = mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
    for (String candidate : signatures.split(" ")) {
      if (candidate.startsWith("v1,")) {
        byte[] got;
        try {
          got = Base64.getDecoder().decode(candidate.substring(3));
        } catch (IllegalArgumentException e) {
          continue;
        }
        if (MessageDigest.isEqual(expected, got)) {
          return true;
        }
      }
    }
    return false;
  }
}
