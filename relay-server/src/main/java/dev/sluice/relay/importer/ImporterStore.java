package dev.sluice.relay.importer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.sluice.core.schema.Importer;
import dev.sluice.jvm.SchemaJson;
import dev.sluice.relay.crypto.Tokens;
import dev.sluice.relay.store.Database;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Importer configs in the database; schemas are read by core once per version and cached briefly
 * (a few seconds, so that a change made on another instance is seen promptly).
 */
public final class ImporterStore {
  private final Database db;
  private final Clock clock;
  private final Cache<String, Importer> schemas = Caffeine.newBuilder()
      .expireAfterWrite(Duration.ofMinutes(10)).maximumSize(1_000).build();

  /** Importers in this database. */
  public ImporterStore(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** Stores a new importer; the schema was checked by the caller. */
  public ImporterConfig create(String name, String schemaJson, String webhookUrl,
      List<String> origins, DeliveryMode mode, int batchSize, boolean requireUserToken) {
    String id = Tokens.id("imp", 16);
    String key = Tokens.id("pk", 24);
    long now = clock.millis();
    db.update("insert into importers (id, name, public_key, schema_json, webhook_url, allowed_origins,"
            + " delivery_mode, batch_size, webhook_disabled, created_at, updated_at,"
            + " require_user_token) values (?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?, ?)", id, name, key,
        schemaJson, webhookUrl, String.join("\n", origins), mode.name(), batchSize, now, now,
        requireUserToken);
    return find(id).orElseThrow();
  }

  /** Replaces an importer's settings; re-enables a webhook that had answered 410. */
  public void update(ImporterConfig c) {
    db.update("update importers set name = ?, schema_json = ?, webhook_url = ?, allowed_origins = ?,"
            + " delivery_mode = ?, batch_size = ?, webhook_disabled = ?, require_user_token = ?,"
            + " updated_at = ? where id = ?",
        c.name(), c.schemaJson(), c.webhookUrl(), String.join("\n", c.allowedOrigins()),
        c.deliveryMode().name(), c.batchSize(), c.webhookDisabled(), c.requireUserToken(),
        clock.millis(), c.id());
  }

  /** Marks the webhook endpoint gone (it answered 410). */
  public void disableWebhook(String id) {
    db.update("update importers set webhook_disabled = true, updated_at = ? where id = ?",
        clock.millis(), id);
  }

  /** Deletes an importer; false when there was none. */
  public boolean delete(String id) {
    return db.update("delete from importers where id = ?", id) > 0;
  }

  /** An importer by admin id. */
  public Optional<ImporterConfig> find(String id) {
    return db.one("select * from importers where id = ?", this::map, id);
  }

  /** An importer by the widget's public key. */
  public Optional<ImporterConfig> byPublicKey(String key) {
    return db.one("select * from importers where public_key = ?", this::map, key);
  }

  /** Whether any importer allows this page origin (for CORS preflights, which carry no key). */
  public boolean anyAllows(String origin) {
    return db.query("select allowed_origins from importers", rs -> rs.getString(1)).stream()
        .anyMatch(list -> Arrays.asList(list.split("\n")).contains(origin)
            || Arrays.asList(list.split("\n")).contains("*"));
  }

  /** All importers, oldest first. */
  public List<ImporterConfig> list() {
    return db.query("select * from importers order by created_at, id", this::map);
  }

  private ImporterConfig map(ResultSet rs) throws SQLException {
    String json = rs.getString("schema_json");
    long updated = rs.getLong("updated_at");
    String id = rs.getString("id");
    Importer schema = schemas.get(id + "@" + Tokens.sha256(json), k -> SchemaJson.read(json));
    String origins = rs.getString("allowed_origins");
    return new ImporterConfig(id, rs.getString("name"), rs.getString("public_key"), json, schema,
        rs.getString("webhook_url"), origins.isEmpty() ? List.of() : List.of(origins.split("\n")),
        DeliveryMode.valueOf(rs.getString("delivery_mode")), rs.getInt("batch_size"),
        rs.getBoolean("webhook_disabled"), rs.getLong("created_at"), updated,
        rs.getBoolean("require_user_token"));
  }
}
