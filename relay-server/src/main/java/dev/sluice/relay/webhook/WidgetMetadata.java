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

  /** The most chars of metadata JSON the import history stores (its column's size). */
  public static final int MAX_JSON_CHARS = 10_000;

  private WidgetMetadata() {
  }

  /**
   * The metadata as the JSON the history stores: {@link #flat}, then refused with FIELD_TOO_LONG
   * when it is longer than the column holds (50 keys of 500 chars would be), before anything is
   * written.
   */
  public static String json(JsonNode node) {
    String json = dev.sluice.relay.http.RelayJson.write(flat(node));
    if (json.length() > MAX_JSON_CHARS) {
      throw new ApiException(ApiError.FIELD_TOO_LONG, Map.of("field", "metadata",
          "limit", MAX_JSON_CHARS, "problem", "the metadata is " + json.length()
              + " characters as JSON; send fewer or shorter values"));
    }
    return json;
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
