package dev.sluice.relay.auth;

import dev.sluice.relay.crypto.Tokens;
import dev.sluice.relay.store.Database;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Admin API keys: shown once at creation, stored as SHA-256 with a short prefix to tell them apart,
 * rotated with an overlap window during which old and new both work, revoked at once.
 */
public final class ApiKeys {
  /** A stored key (never the key itself). */
  public record ApiKey(String id, String name, String prefix, long createdAt, Long expiresAt,
      Long revokedAt) {
    /** The key as the API shows it. */
    public Map<String, Object> toJson() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", id);
      m.put("name", name);
      m.put("prefix", prefix);
      m.put("createdAt", Instant.ofEpochMilli(createdAt).toString());
      m.put("expiresAt", expiresAt == null ? null : Instant.ofEpochMilli(expiresAt).toString());
      m.put("revokedAt", revokedAt == null ? null : Instant.ofEpochMilli(revokedAt).toString());
      return m;
    }
  }

  /** A key just created: the only time its plain text exists. */
  public record Created(ApiKey key, String plain) {
  }

  private final Database db;
  private final Clock clock;

  /** Keys in this database. */
  public ApiKeys(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** Creates a key. */
  public Created create(String name) {
    String plain = "sk_" + Tokens.base64Url(Tokens.bytes(24));
    String id = Tokens.id("key", 16);
    String prefix = plain.substring(0, 11);
    long now = clock.millis();
    db.update("insert into api_keys (id, name, prefix, key_hash, created_at) values (?, ?, ?, ?, ?)",
        id, name, prefix, Tokens.sha256(plain), now);
    return new Created(new ApiKey(id, name, prefix, now, null, null), plain);
  }

  /** The key a bearer token belongs to, if it is known, not revoked and not expired. */
  public Optional<ApiKey> verify(String plain) {
    long now = clock.millis();
    return db.one("select * from api_keys where key_hash = ?", ApiKeys::map, Tokens.sha256(plain))
        .filter(k -> k.revokedAt() == null && (k.expiresAt() == null || k.expiresAt() > now));
  }

  /** All keys, newest first. */
  public List<ApiKey> list() {
    return db.query("select * from api_keys order by created_at desc, id", ApiKeys::map);
  }

  /** A key by id. */
  public Optional<ApiKey> find(String id) {
    return db.one("select * from api_keys where id = ?", ApiKeys::map, id);
  }

  /** A new key replacing {@code id}; the old one keeps working for {@code overlapSeconds}. */
  public Created rotate(ApiKey old, long overlapSeconds) {
    Created fresh = create(old.name());
    long until = clock.millis() + overlapSeconds * 1000;
    db.update("update api_keys set expires_at = ? where id = ? and (expires_at is null or expires_at > ?)",
        until, old.id(), until);
    return fresh;
  }

  /** Revokes a key at once. */
  public void revoke(String id) {
    db.update("update api_keys set revoked_at = ? where id = ? and revoked_at is null",
        clock.millis(), id);
  }

  private static ApiKey map(java.sql.ResultSet rs) throws java.sql.SQLException {
    long expires = rs.getLong("expires_at");
    Long expiresAt = rs.wasNull() ? null : expires;
    long revoked = rs.getLong("revoked_at");
    Long revokedAt = rs.wasNull() ? null : revoked;
    return new ApiKey(rs.getString("id"), rs.getString("name"), rs.getString("prefix"),
        rs.getLong("created_at"), expiresAt, revokedAt);
  }
}
