package dev.sluice.relay.http;

/**
 * The relay's error codes with their HTTP status and English message; clients switch on the code,
 * the message is for people and may be translated by code.
 */
public enum ApiError {
  /** No or an unknown key. */
  UNAUTHORIZED(401, "Send a valid key in 'Authorization: Bearer <key>'."),
  /** No or an unknown importer key. */
  UNKNOWN_IMPORTER(401, "Send the importer's key in the 'X-Sluice-Importer-Key' header."),
  /** The page's origin is not among the importer's allowed origins. */
  ORIGIN_NOT_ALLOWED(403, "This origin is not allowed for the importer; add it to allowedOrigins."),
  /** Nothing at that id. */
  NOT_FOUND(404, "Nothing found here: check the id or the route (docs/api.md)."),
  /** The body is not JSON. */
  MALFORMED_JSON(400, "The body is not valid JSON."),
  /** The request line or headers cannot be read (a path with {@code %00}, headers too large). */
  MALFORMED_REQUEST(400, "The request cannot be read: check the URL's percent-encoding and the "
      + "size of the headers; see details.problem."),
  /** A field is missing or has a wrong value. */
  INVALID_FIELD(400, "A field is missing or has a wrong value; see details."),
  /** The importer schema is invalid. */
  INVALID_SCHEMA(422, "The importer schema is invalid; see details for where."),
  /** The webhook URL cannot be used. */
  INVALID_WEBHOOK_URL(422, "The webhook URL must be an absolute http(s) URL to a public address."),
  /** Row data was sent where only metadata is accepted. */
  ROW_DATA_NOT_ALLOWED(422,
      "Only import metadata is accepted here: file name, counts, status, date, user id and flat "
          + "host metadata. Row data never goes to the relay in callback mode."),
  /** Webhook batches for an importer in callback mode. */
  WEBHOOK_MODE_DISABLED(409, "This importer is in callback mode; rows are not accepted."),
  /** The importer's endpoint answered 410 Gone. */
  WEBHOOK_ENDPOINT_GONE(409,
      "The importer's webhook endpoint answered 410 Gone and was disabled; update its webhookUrl."),
  /** The same batch index was posted twice. */
  BATCH_ALREADY_RECEIVED(409, "This batch of the import was already received."),
  /** Server-side validation rejected the batch. */
  BATCH_INVALID(422, "The batch does not pass the importer's validation; see details.issues."),
  /** The same Idempotency-Key with another body. */
  IDEMPOTENCY_KEY_REUSED(422, "This Idempotency-Key was used with a different request body."),
  /** The same Idempotency-Key while the first request is still running. */
  IDEMPOTENCY_IN_FLIGHT(409, "A request with this Idempotency-Key is still in progress; retry."),
  /** Too many requests for the key. */
  RATE_LIMITED(429, "Too many requests for this key; retry after the Retry-After delay."),
  /** The body is over the size limit. */
  PAYLOAD_TOO_LARGE(413, "The request body is over the size limit; send smaller batches."),
  /** A batch that is not the next one of its import. */
  BATCH_OUT_OF_ORDER(409, "Send the batches of an import in order, from index 0; see "
      + "details.expected for the index the relay waits for."),
  /** More extra (non-schema) columns in a batch than the relay takes. */
  TOO_MANY_EXTRA_COLUMNS(422, "The rows have more extra columns than allowed; see details.limit. "
      + "Map the file's columns to the importer's or leave the others out."),
  /** A cell longer than the relay takes. */
  CELL_TOO_LONG(422, "A cell is longer than allowed; see details (row, column, limit)."),
  /** A value is longer than the relay can store. */
  FIELD_TOO_LONG(422, "A value is longer than the relay stores; see details (field, limit)."),
  /** A user token is required and missing or not valid. */
  USER_TOKEN_INVALID(401, "This importer requires a userToken minted by the host's backend; "
      + "see details.problem and docs/api.md (user tokens)."),
  /** The importer's share of the payload budget, or its pending batches, are used up. */
  IMPORTER_BUSY(503, "This importer holds as many undelivered batches as it may; retry after "
      + "the Retry-After delay."),
  /** The payload memory budget is used up. */
  RELAY_FULL(503, "The relay holds as many undelivered rows as it may; retry later."),
  /** Anything else. */
  INTERNAL(500, "Something went wrong in the relay; the request can be retried.");

  private final int status;
  private final String message;

  ApiError(int status, String message) {
    this.status = status;
    this.message = message;
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The English message. */
  public String message() {
    return message;
  }
}
