package dev.sluice.relay.http;

import java.util.Map;

/**
 * An API call that cannot be served, answered as {@code {code, message, details}}.
 *
 * <p>Details name fields, positions and codes, never a cell value.
 */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final ApiError error;
  private final transient Map<String, Object> details;
  private final Integer retryAfterSeconds;

  /** An error with details. */
  public ApiException(ApiError error, Map<String, Object> details) {
    this(error, details, null);
  }

  /** An error with details and a Retry-After delay. */
  public ApiException(ApiError error, Map<String, Object> details, Integer retryAfterSeconds) {
    super(error.name());
    this.error = error;
    this.details = details == null ? Map.of() : details;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** A field error: which field and what is allowed. */
  public static ApiException field(String field, String problem) {
    return new ApiException(ApiError.INVALID_FIELD, Map.of("field", field, "problem", problem));
  }

  /** The code. */
  public ApiError error() {
    return error;
  }

  /** The details. */
  public Map<String, Object> details() {
    return details;
  }

  /** The Retry-After delay, or null. */
  public Integer retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
