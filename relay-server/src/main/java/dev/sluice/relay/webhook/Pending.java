package dev.sluice.relay.webhook;

/**
 * A batch waiting for delivery on this instance, with the bookkeeping that keeps at most one
 * attempt of it running and drops stale scheduled attempts.
 */
final class Pending {
  final BatchKey key;
  final String webhookId;
  final long receivedAt;
  int attempts;
  int generation;
  boolean running;
  boolean done;

  Pending(BatchKey key, String webhookId, long receivedAt) {
    this.key = key;
    this.webhookId = webhookId;
    this.receivedAt = receivedAt;
  }
}
