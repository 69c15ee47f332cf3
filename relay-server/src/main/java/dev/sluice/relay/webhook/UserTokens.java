package dev.sluice.relay.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.relay.http.ApiError;
import dev.sluice.relay.http.ApiException;
import dev.sluice.relay.http.Bodies;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * User tokens: a JWT (HS256) that the host's backend mints for the signed-in user, so the relay
 * can tell a user id it may vouch for from one the page merely says.
 *
 * <p>The importer key is public (it is in the host page), so anyone can post batches and import
 * records naming any user. A token carries {@code imp} (the importer id), {@code sub} (the user id)
 * and {@code exp} (seconds since the epoch; at most a day ahead), and is signed with the
 * importer's webhook signing secret: the HMAC key is the base64-decoded part after {@code whsec_},
 * as for Standard Webhooks signatures, so the backend needs no second secret. During a secret
 * rotation every valid secret is tried.
 */
public final class UserTokens {
  /** The longest a token may live: minted per import, not per session. */
  public static final long MAX_LIFETIME_SECONDS = 24 * 3600;
  private static final int MAX_TOKEN_CHARS = 2000;

  private final SigningSecrets secrets;
  private final Clock clock;

  /** Tokens checked against these secrets at this time. */
  public UserTokens(SigningSecrets secrets, Clock clock) {
    this.secrets = secrets;
    this.clock = clock;
  }

  /**
   * The user a request may be attributed to: the token's user when a valid token is given (and
   * the body's {@code userId}, if any, names the same user), else the body's user id unverified;
   * USER_TOKEN_INVALID for a bad token, or for none when the importer requires one.
   */
  public VerifiedUser user(String importerId, boolean required, String token, String userId) {
    if (token == null) {
      if (required) {
        throw invalid("missing: this importer requires a userToken");
      }
      return new VerifiedUser(userId, false);
    }
    String subject = verify(importerId, token);
    if (userId != null && !userId.equals(subject)) {
      throw invalid("userId does not match the token's user");
    }
    return new VerifiedUser(subject, true);
  }

  /** A user id, and whether a token signed by the host's backend vouched for it. */
  public record VerifiedUser(String id, boolean verified) {}

  /** The user id a valid token carries for this importer; USER_TOKEN_INVALID otherwise. */
  String verify(String importerId, String token) {
    if (token.length() > MAX_TOKEN_CHARS) {
      throw invalid("too long");
    }
    String[] parts = token.split("\\.", -1);
    if (parts.length != 3) {
      throw invalid("not a JWT (header.payload.signature)");
    }
    JsonNode header = json(parts[0]);
    if (!"HS256".equals(header.path("alg").asText())) {
      throw invalid("alg must be HS256");
    }
    byte[] signed = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
    byte[] signature = decode(parts[2]);
    boolean ok = false;
    for (String secret : secrets.valid(importerId)) {
      ok |= MessageDigest.isEqual(hmac(secret, signed), signature);
    }
    if (!ok) {
      throw invalid("signature does not match the importer's signing secret");
    }
    JsonNode payload = json(parts[1]);
    if (!importerId.equals(payload.path("imp").asText())) {
      throw invalid("minted for another importer (imp)");
    }
    long now = clock.millis() / 1000;
    long exp = payload.path("exp").asLong(0);
    if (exp <= now) {
      throw invalid("expired (exp)");
    }
    if (exp > now + MAX_LIFETIME_SECONDS + 60) {
      throw invalid("lives longer than a day (exp)");
    }
    String sub = payload.path("sub").asText("");
    if (sub.isEmpty() || sub.length() > 200) {
      throw invalid("sub must be the user id (1-200 characters)");
    }
    return sub;
  }

  /** Mints a token (for tests and the demo's sample backend, which share the secret format). */
  public static String mint(String secret, String importerId, String userId, long expSeconds) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String header = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}"
        .getBytes(StandardCharsets.UTF_8));
    String payload;
    try {
      payload = b64.encodeToString(Bodies.JSON.writeValueAsBytes(Map.of("imp", importerId,
          "sub", userId, "exp", expSeconds)));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    String signed = header + "." + payload;
    return signed + "." + b64.encodeToString(hmac(secret,
        signed.getBytes(StandardCharsets.US_ASCII)));
  }

  private static byte[] hmac(String secret, byte[] data) {
    String b64 = secret.startsWith("whsec_") ? secret.substring(6) : secret;
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(Base64.getDecoder().decode(b64), "HmacSHA256"));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  private static JsonNode json(String part) {
    try {
      return Bodies.JSON.readTree(decode(part));
    } catch (java.io.IOException e) {
      throw invalid("a part is not base64url JSON");
    }
  }

  private static byte[] decode(String part) {
    try {
      return Base64.getUrlDecoder().decode(part);
    } catch (IllegalArgumentException e) {
      throw invalid("a part is not base64url");
    }
  }

  private static ApiException invalid(String problem) {
    return new ApiException(ApiError.USER_TOKEN_INVALID, Map.of("problem", problem));
  }
}
