package dev.sluice.relay.audit;

import dev.sluice.relay.store.Database;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every configuration change, who made it and when; append-only.
 *
 * <p>Details describe the change (names, fields, ids), never secrets or row data.
 */
public final class AuditLog {
  private final Database db;
  private final Clock clock;

  /** An audit log in this database. */
  public AuditLog(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** Appends an entry. */
  public void record(String actor, String action, String target, String details) {
    db.update("insert into audit_log (at, actor, action, target, details) values (?, ?, ?, ?, ?)",
        clock.millis(), actor, action, target, details);
  }

  /** Entries newest first, after an id cursor (0 for the newest page). */
  public List<Map<String, Object>> list(long before, int limit) {
    return db.query("select id, at, actor, action, target, details from audit_log"
        + " where (? = 0 or id < ?) order by id desc limit ?", rs -> {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("id", rs.getLong("id"));
          m.put("at", java.time.Instant.ofEpochMilli(rs.getLong("at")).toString());
          m.put("actor", rs.getString("actor"));
          m.put("action", rs.getString("action"));
          m.put("target", rs.getString("target"));
          m.put("details", rs.getString("details"));
          return m;
        }, before, before, limit);
  }
}
