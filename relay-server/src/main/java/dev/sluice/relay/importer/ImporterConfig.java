package dev.sluice.relay.importer;

import dev.sluice.core.schema.Importer;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A configured importer: its schema, where its rows go and which pages may use it.
 *
 * @param id              the admin id ({@code imp_...})
 * @param name            a name for people
 * @param publicKey       the key the widget sends ({@code pk_...}); public by design
 * @param schemaJson      the schema as JSON
 * @param schema          the schema, read by core
 * @param webhookUrl      where webhook mode delivers, or null
 * @param allowedOrigins  page origins allowed to call the widget API ({@code *} for any)
 * @param deliveryMode    callback or webhook
 * @param batchSize       rows per batch the widget sends
 * @param webhookDisabled whether the endpoint answered 410 Gone
 * @param createdAt       epoch millis
 * @param updatedAt       epoch millis
 * @param requireUserToken whether widget requests must carry a user token minted by the host's
 *                        backend (see docs/api.md, user tokens)
 */
public record ImporterConfig(String id, String name, String publicKey, String schemaJson,
    Importer schema, String webhookUrl, List<String> allowedOrigins, DeliveryMode deliveryMode,
    int batchSize, boolean webhookDisabled, long createdAt, long updatedAt,
    boolean requireUserToken) {

  /** Copies the origins. */
  public ImporterConfig {
    allowedOrigins = List.copyOf(allowedOrigins);
  }

  /** Whether a page origin may use this importer. */
  public boolean allowsOrigin(String origin) {
    return allowedOrigins.contains("*") || allowedOrigins.contains(origin);
  }

  /** The importer as the admin API shows it. */
  public Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("name", name);
    m.put("importerKey", publicKey);
    m.put("webhookUrl", webhookUrl);
    m.put("allowedOrigins", allowedOrigins);
    m.put("deliveryMode", deliveryMode.name().toLowerCase(java.util.Locale.ROOT));
    m.put("batchSize", batchSize);
    m.put("webhookDisabled", webhookDisabled);
    m.put("requireUserToken", requireUserToken);
    m.put("createdAt", Instant.ofEpochMilli(createdAt).toString());
    m.put("updatedAt", Instant.ofEpochMilli(updatedAt).toString());
    return m;
  }
}
