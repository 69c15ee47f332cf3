package dev.sluice.relay.http;

import dev.sluice.relay.crypto.Tokens;
import dev.sluice.relay.store.Database;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code Idempotency-Key} for every POST, shared by all instances through the database: the same
 * key and body replay the first answer, another body gets 422, a key still running gets 409.
 * Keys are kept 24 hours.
 */
public final class Idempotency {
  /**
   * An answer: status and JSON body, and the body a replay gets (the same, or without the secret
   * the first answer showed once: secrets are never stored for replay).
   */
  public record Reply(int status, String json, String replayJson) {
    /** An answer replayed as it is. */
    public Reply(int status, String json) {
      this(status, json, json);
    }
  }

  private static final Duration KEPT = Duration.ofHours(24);
  private final Database db;
  private final Clock clock;

  /** Idempotency records in this database. */
  public Idempotency(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /**
   * Runs {@code work} once per key; {@code replayed} is told whether the answer is a replay.
   *
   * @param scope who is asking and where (key id + route), so keys of different callers never meet
   * @param key   the Idempotency-Key header, or null to just run
   * @param body  the request body, compared by hash
   */
  public Reply run(String scope, String key, String body, Supplier<Reply> work,
      java.util.function.Consumer<Boolean> replayed) {
    if (key == null || key.isBlank()) {
      replayed.accept(false);
      return work.get();
    }
    if (key.length() > 200) {
      throw ApiException.field("Idempotency-Key", "at most 200 characters");
    }
    long now = clock.millis();
    String hash = Tokens.sha256(body == null ? "" : body);
    db.update("delete from idempotency where scope = ? and idem_key = ? and created_at < ?",
        scope, key, now - KEPT.toMillis());
    boolean first = db.insertIfAbsent("insert into idempotency (scope, idem_key, request_hash, state,"
        + " created_at) values (?, ?, ?, 'running', ?)", scope, key, hash, now);
    if (!first) {
      Object[] row = db.one("select request_hash, state, status, body from idempotency"
              + " where scope = ? and idem_key = ?",
          rs -> new Object[] {rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4)},
          scope, key).orElse(null);
      if (row == null) {
        return run(scope, key, body, work, replayed);
      }
      if (!row[0].equals(hash)) {
        throw new ApiException(ApiError.IDEMPOTENCY_KEY_REUSED, Map.of("key", key));
      }
      if (row[1].equals("running")) {
        throw new ApiException(ApiError.IDEMPOTENCY_IN_FLIGHT, Map.of("key", key), 1);
      }
      replayed.accept(true);
      return new Reply((Integer) row[2], (String) row[3]);
    }
    Reply reply;
    try {
      reply = work.get();
    } catch (ApiException e) {
      if (e.error().status() >= 500 || e.error() == ApiError.RATE_LIMITED) {
        forget(scope, key);
        throw e;
      }
      reply = new Reply(e.error().status(), RelayJson.error(e));
    } catch (RuntimeException | Error e) {
      // whatever went wrong (a StackOverflowError included), the key is free to try again
      forget(scope, key);
      throw e;
    }
    db.update("update idempotency set state = 'done', status = ?, body = ? where scope = ? and idem_key = ?",
        reply.status(), reply.replayJson(), scope, key);
    replayed.accept(false);
    return reply;
  }

  private void forget(String scope, String key) {
    db.update("delete from idempotency where scope = ? and idem_key = ?", scope, key);
  }

  /** Deletes records older than 24 hours. */
  public int sweep() {
    return db.update("delete from idempotency where created_at < ?", clock.millis() - KEPT.toMillis());
  }
}
