package dev.sluice.relay.history;

import dev.sluice.relay.store.Database;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Metadata-only import history: file name, counts, status, user id, host metadata and, in webhook
 * mode, the delivery state. There is no column for row content, by design.
 */
public final class ImportHistory {
  /** Filters for the admin list. */
  public record Filter(String importerId, String status, String userId, Long from, Long to) {
  }

  private final Database db;
  private final Clock clock;

  /** History in this database. */
  public ImportHistory(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /**
   * Records (or updates) an import's metadata as the widget reports it, with how many rows were
   * handed over and how many the importer's policy left out (null when the widget did not say).
   */
  public void recordMetadata(String importerId, String importId, String fileName, int rows,
      int columns, int errors, Integer importedRows, Integer excludedRows, String status,
      String userId, String metadataJson) {
    long now = clock.millis();
    boolean inserted = db.insertIfAbsent("insert into imports (id, importer_id, file_name, row_count,"
            + " column_count, error_count, imported_rows, excluded_rows, status, user_id, metadata,"
            + " batches_received, batches_delivered, attempts, created_at, updated_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?, ?)", importId, importerId,
        fileName, rows, columns, errors, importedRows, excludedRows, status, userId, metadataJson,
        now, now);
    if (!inserted) {
      db.update("update imports set file_name = ?, row_count = ?, column_count = ?, error_count = ?,"
              + " imported_rows = ?, excluded_rows = ?, status = ?, user_id = ?, metadata = ?,"
              + " updated_at = ? where id = ? and importer_id = ?",
          fileName, rows, columns, errors, importedRows, excludedRows, status, userId,
          metadataJson, now, importId, importerId);
    }
  }

  /**
   * Notes a webhook batch accepted for delivery, as part of the intake's transaction: the import's
   * record counts one more batch, or is created with one (by update-then-insert, since a failed
   * insert would end a PostgreSQL transaction).
   */
  public void batchReceived(Database.Transaction tx, String importerId, String importId,
      String fileName, String userId, String metadataJson) {
    long now = clock.millis();
    int updated = tx.update("update imports set batches_received = batches_received + 1,"
        + " delivery_status = 'pending', updated_at = ? where id = ?", now, importId);
    if (updated == 0) {
      tx.update("insert into imports (id, importer_id, file_name, row_count, column_count,"
              + " error_count, status, user_id, metadata, delivery_status, batches_received,"
              + " batches_delivered, attempts, created_at, updated_at)"
              + " values (?, ?, ?, 0, 0, 0, 'uploading', ?, ?, 'pending', 1, 0, 0, ?, ?)",
          importId, importerId, fileName, userId, metadataJson, now, now);
    }
  }

  /**
   * Deletes import records and delivery records last changed before a time (the history's
   * retention); returns how many import records went.
   */
  public int deleteOlderThan(long millis) {
    db.update("delete from deliveries where updated_at < ? and status <> 'pending'", millis);
    return db.update("delete from imports where updated_at < ?"
        + " and (delivery_status is null or delivery_status <> 'pending')", millis);
  }

  /** Notes a batch delivered; the import is delivered when every received batch is. */
  public void batchDelivered(String importId) {
    db.update("update imports set batches_delivered = batches_delivered + 1, attempts = attempts + 1,"
        + " last_error = null, updated_at = ?, delivery_status = case when batches_delivered + 1"
        + " >= batches_received then 'delivered' else 'pending' end where id = ?",
        clock.millis(), importId);
  }

  /** Notes a failed attempt that will be retried. */
  public void attemptFailed(String importId, String error) {
    db.update("update imports set attempts = attempts + 1, last_error = ?, delivery_status = 'retrying',"
        + " updated_at = ? where id = ?", error, clock.millis(), importId);
  }

  /** Notes a batch that will not be delivered (expired, gone, blocked, restarted). */
  public void deliveryFailed(String importId, String status, String error) {
    db.update("update imports set last_error = ?, delivery_status = ?, updated_at = ? where id = ?",
        error, status, clock.millis(), importId);
  }

  /** One import. */
  public java.util.Optional<Map<String, Object>> find(String importId) {
    return db.one("select * from imports where id = ?", ImportHistory::map, importId);
  }

  /** Imports newest first, filtered, with offset paging. */
  public List<Map<String, Object>> list(Filter f, int offset, int limit) {
    StringBuilder sql = new StringBuilder("select * from imports where 1 = 1");
    List<Object> args = new ArrayList<>();
    if (f.importerId() != null) {
      sql.append(" and importer_id = ?");
      args.add(f.importerId());
    }
    if (f.status() != null) {
      sql.append(" and (status = ? or delivery_status = ?)");
      args.add(f.status());
      args.add(f.status());
    }
    if (f.userId() != null) {
      sql.append(" and user_id = ?");
      args.add(f.userId());
    }
    if (f.from() != null) {
      sql.append(" and created_at >= ?");
      args.add(f.from());
    }
    if (f.to() != null) {
      sql.append(" and created_at < ?");
      args.add(f.to());
    }
    sql.append(" order by created_at desc, id limit ? offset ?");
    args.add(limit);
    args.add(offset);
    return db.query(sql.toString(), ImportHistory::map, args.toArray());
  }

  /** Deletes all history of one end user; the number of imports deleted. */
  public int deleteUser(String userId) {
    return db.update("delete from imports where user_id = ?", userId);
  }

  private static Map<String, Object> map(ResultSet rs) throws SQLException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("importId", rs.getString("id"));
    m.put("importerId", rs.getString("importer_id"));
    m.put("fileName", rs.getString("file_name"));
    m.put("rows", rs.getInt("row_count"));
    m.put("columns", rs.getInt("column_count"));
    m.put("errors", rs.getInt("error_count"));
    int imported = rs.getInt("imported_rows");
    m.put("importedRows", rs.wasNull() ? null : imported);
    int excluded = rs.getInt("excluded_rows");
    m.put("excludedRows", rs.wasNull() ? null : excluded);
    m.put("status", rs.getString("status"));
    m.put("userId", rs.getString("user_id"));
    m.put("metadata", rs.getString("metadata"));
    m.put("deliveryStatus", rs.getString("delivery_status"));
    m.put("batchesReceived", rs.getInt("batches_received"));
    m.put("batchesDelivered", rs.getInt("batches_delivered"));
    m.put("attempts", rs.getInt("attempts"));
    m.put("lastError", rs.getString("last_error"));
    m.put("createdAt", Instant.ofEpochMilli(rs.getLong("created_at")).toString());
    m.put("updatedAt", Instant.ofEpochMilli(rs.getLong("updated_at")).toString());
    return m;
  }
}
