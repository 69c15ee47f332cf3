package dev.sluice.relay;

import dev.sluice.relay.auth.ApiKeys;
import dev.sluice.relay.crypto.Tokens;
import dev.sluice.relay.http.ApiError;
import dev.sluice.relay.http.ApiException;
import dev.sluice.relay.http.Idempotency;
import dev.sluice.relay.http.RateLimiter;
import dev.sluice.relay.http.RelayJson;
import io.javalin.http.Context;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What every handler needs: who is calling (admin bearer key), the per-key rate limit, and
 * idempotent POST answers.
 */
final class Handlers {
  private final RelaySettings settings;
  private final ApiKeys apiKeys;
  private final RateLimiter rateLimiter;
  /** Per client address, on paths without a valid key: failed admin logins, unknown importers. */
  private final RateLimiter unauthenticated;
  private final Idempotency idempotency;

  Handlers(RelaySettings settings, ApiKeys apiKeys, RateLimiter rateLimiter,
      Idempotency idempotency) {
    this.settings = settings;
    this.apiKeys = apiKeys;
    this.rateLimiter = rateLimiter;
    this.unauthenticated = new RateLimiter(settings.unauthenticatedPerMinute(), settings.clock());
    this.idempotency = idempotency;
  }

  /**
   * Refuses a client address that used up its tries on unauthenticated paths, before any query;
   * {@code path} names the kind of path ("admin", "importer").
   */
  void refuseIfFailingTooOften(Context ctx, String path) {
    unauthenticated.refuseIfExhausted(path + " " + ctx.ip());
  }

  /** Counts a failed try of a client address; RATE_LIMITED once its tries are used up. */
  void failedTry(Context ctx, String path) {
    unauthenticated.acquire(path + " " + ctx.ip());
  }

  /** The admin caller's name for the audit log ({@code admin-key} or an API key id), or 401. */
  String admin(Context ctx) {
    refuseIfFailingTooOften(ctx, "admin");
    String header = ctx.header("Authorization");
    if (header == null || !header.startsWith("Bearer ") || header.length() > 300) {
      failedTry(ctx, "admin");
      throw new ApiException(ApiError.UNAUTHORIZED, Map.of());
    }
    String token = header.substring(7).trim();
    String actor;
    if (settings.adminKey() != null && !settings.adminKey().isBlank()
        && Tokens.sameHash(Tokens.sha256(token), Tokens.sha256(settings.adminKey()))) {
      actor = "admin-key";
    } else {
      actor = apiKeys.verify(token).map(ApiKeys.ApiKey::id).orElse(null);
      if (actor == null) {
        failedTry(ctx, "admin");
        throw new ApiException(ApiError.UNAUTHORIZED, Map.of());
      }
    }
    rateLimiter.acquire(actor);
    return actor;
  }

  /** Takes a rate-limit token for a key. */
  void limit(String key) {
    rateLimiter.acquire(key);
  }

  /** Answers a POST through the idempotency store. */
  void post(Context ctx, String scope, Supplier<Idempotency.Reply> work) {
    Idempotency.Reply reply = idempotency.run(scope + " " + ctx.path(),
        ctx.header("Idempotency-Key"), ctx.body(), work, replayed -> {
          if (replayed) {
            ctx.header("Idempotent-Replayed", "true");
          }
        });
    ctx.status(reply.status()).contentType("application/json").result(reply.json());
  }

  /** A JSON answer with a status. */
  static Idempotency.Reply reply(int status, Object body) {
    return new Idempotency.Reply(status, RelayJson.write(body));
  }

  /**
   * A JSON answer that shows a new secret once: a replay of the request (same Idempotency-Key)
   * gets the same answer with the secret field null and {@code "secretShownOnce": true}, since
   * stored answers must not hold secrets.
   */
  static Idempotency.Reply replyWithSecret(int status, Map<String, Object> body,
      String secretField) {
    Map<String, Object> replay = new java.util.LinkedHashMap<>(body);
    replay.put(secretField, null);
    replay.put("secretShownOnce", true);
    return new Idempotency.Reply(status, RelayJson.write(body), RelayJson.write(replay));
  }

  /** A JSON answer. */
  static void json(Context ctx, int status, Object body) {
    ctx.status(status).contentType("application/json").result(RelayJson.write(body));
  }
}
