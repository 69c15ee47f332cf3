package dev.sluice.relay.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * A token bucket per key (an API key id, an importer key with the client's address, or the client's
 * address alone on unauthenticated paths: the connection's address, never a client-supplied
 * header), refilled continuously to {@code perMinute} requests a minute.
 *
 * <p>Per instance: with N instances behind a balancer a key gets at most N times the rate, which
 * bounds abuse without a round trip to the database on every request.
 */
public final class RateLimiter {
  private final int perMinute;
  private final Clock clock;
  private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
      .expireAfterAccess(Duration.ofMinutes(10)).maximumSize(100_000).build();

  /** A limiter of {@code perMinute} requests per key. */
  public RateLimiter(int perMinute, Clock clock) {
    this.perMinute = perMinute;
    this.clock = clock;
  }

  /** Takes a token for the key, or throws RATE_LIMITED with the seconds until the next one. */
  public void acquire(String key) {
    Bucket bucket = buckets.get(key, k -> new Bucket(perMinute, clock.millis()));
    synchronized (bucket) {
      long now = clock.millis();
      bucket.tokens = Math.min(perMinute,
          bucket.tokens + (now - bucket.refilledAt) * perMinute / 60_000.0);
      bucket.refilledAt = now;
      if (bucket.tokens < 1) {
        int wait = (int) Math.ceil((1 - bucket.tokens) * 60.0 / perMinute);
        throw new ApiException(ApiError.RATE_LIMITED, Map.of("limitPerMinute", perMinute),
            Math.max(1, wait));
      }
      bucket.tokens -= 1;
    }
  }

  /**
   * Whether the key has no token left now, without taking one: lets a caller refuse before doing
   * the work (a database query) that a limited client must not cause.
   */
  public boolean isExhausted(String key) {
    Bucket bucket = buckets.getIfPresent(key);
    if (bucket == null) {
      return false;
    }
    synchronized (bucket) {
      double tokens = Math.min(perMinute,
          bucket.tokens + (clock.millis() - bucket.refilledAt) * perMinute / 60_000.0);
      return tokens < 1;
    }
  }

  /** RATE_LIMITED for a key with no token left (see {@link #isExhausted}). */
  public void refuseIfExhausted(String key) {
    if (isExhausted(key)) {
      throw new ApiException(ApiError.RATE_LIMITED, Map.of("limitPerMinute", perMinute),
          Math.max(1, (int) Math.ceil(60.0 / perMinute)));
    }
  }

  private static final class Bucket {
    double tokens;
    long refilledAt;

    Bucket(double tokens, long refilledAt) {
      this.tokens = tokens;
      this.refilledAt = refilledAt;
    }
  }
}
