package dev.sluice.relay.importer;

/** Where an importer's rows go: to the host page only, or through the relay to a webhook. */
public enum DeliveryMode {
  /** Rows stay in the browser and go to the page's onData; the relay gets metadata only. */
  CALLBACK,
  /** Rows are posted to the relay, re-validated and delivered to the webhook URL. */
  WEBHOOK
}
