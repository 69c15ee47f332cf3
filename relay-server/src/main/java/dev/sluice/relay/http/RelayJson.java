package dev.sluice.relay.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the relay's JSON answers, errors as {@code {code, message, details}}.
 */
public final class RelayJson {
  private RelayJson() {
  }

  /** Any value as JSON. */
  public static String write(Object value) {
    try {
      return Bodies.JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /** An error's body. */
  public static String error(ApiException e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", e.error().name());
    m.put("message", e.error().message());
    m.put("details", e.details());
    return write(m);
  }
}
