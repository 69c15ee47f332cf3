package dev.sluice.relay.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.relay.http.ApiError;
import dev.sluice.relay.http.ApiException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The host page's metadata on an import: a flat object of at most 50 short scalar values, so that
 * it cannot carry rows.
 */
public final class WidgetMetadata {
  private static final int MAX_KEYS = 50;
  private static final int MAX_VALUE = 500;

  private WidgetMetadata() {
  }

  /** The metadata as a flat map, or ROW_DATA_NOT_ALLOWED when it nests or is too large. */
  public static Map<String, Object> flat(JsonNode node) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (node == null || node.isNull()) {
      return out;
    }
    if (!node.isObject()) {
      throw new ApiException(ApiError.INVALID_FIELD, Map.of("field", "metadata",
          "problem", "must be an object of short scalar values"));
    }
    if (node.size() > MAX_KEYS) {
      throw new ApiException(ApiError.ROW_DATA_NOT_ALLOWED, Map.of("field", "metadata",
          "problem", "at most " + MAX_KEYS + " keys"));
    }
    var fields = node.fields();
    while (fields.hasNext()) {
      var e = fields.next();
      JsonNode v = e.getValue();
      if (v.isContainerNode() || e.getKey().length() > 100
          || (v.isTextual() && v.asText().length() > MAX_VALUE)) {
        throw new ApiException(ApiError.ROW_DATA_NOT_ALLOWED, Map.of("field", "metadata."
            + (e.getKey().length() > 100 ? e.getKey().substring(0, 100) : e.getKey()),
            "problem", "metadata values must be short scalars (at most " + MAX_VALUE
                + " characters), not arrays or objects"));
      }
      out.put(e.getKey(), v.isNumber() ? v.numberValue() : v.isBoolean() ? v.asBoolean()
          : v.isNull() ? null : v.asText());
    }
    return out;
  }
}
