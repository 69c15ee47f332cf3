package dev.sluice.relay.webhook;

import dev.sluice.relay.crypto.SecretBox;
import dev.sluice.relay.crypto.Tokens;
import dev.sluice.relay.store.Database;
import java.time.Clock;
import java.util.Base64;
import java.util.List;

/**
 * Each importer's webhook signing secrets ({@code whsec_} + base64 of 24 random bytes), sealed at
 * rest with the relay's secret key because signing needs them in plain text again.
 *
 * <p>A rotation keeps the old secret valid for an overlap window, and deliveries during it carry a
 * signature for each valid secret, as the Standard Webhooks spec allows.
 */
public final class SigningSecrets {
  private final Database db;
  private final SecretBox box;
  private final Clock clock;

  /** Secrets in this database, sealed with this box. */
  public SigningSecrets(Database db, SecretBox box, Clock clock) {
    this.db = db;
    this.box = box;
    this.clock = clock;
  }

  /** Creates a new current secret for an importer. */
  public String create(String importerId) {
    String secret = "whsec_" + Base64.getEncoder().encodeToString(Tokens.bytes(24));
    String id = Tokens.id("sec", 16);
    db.update("insert into signing_secrets (id, importer_id, sealed, created_at) values (?, ?, ?, ?)",
        id, importerId, box.sealText(secret, importerId + "/" + id), clock.millis());
    return secret;
  }

  /** Rotates: a new secret now; the older ones stay valid for {@code overlapSeconds}. */
  public String rotate(String importerId, long overlapSeconds) {
    long until = clock.millis() + overlapSeconds * 1000;
    db.update("update signing_secrets set expires_at = ? where importer_id = ?"
        + " and (expires_at is null or expires_at > ?)", until, importerId, until);
    return create(importerId);
  }

  /** The valid secrets, newest first. */
  public List<String> valid(String importerId) {
    long now = clock.millis();
    return db.query("select id, sealed from signing_secrets where importer_id = ?"
            + " and (expires_at is null or expires_at > ?) order by created_at desc, id desc",
        rs -> box.openText(rs.getString("sealed"), importerId + "/" + rs.getString("id")),
        importerId, now);
  }
}
