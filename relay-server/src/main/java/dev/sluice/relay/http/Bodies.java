package dev.sluice.relay.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;

/**
 * Reads request bodies as JSON trees and their fields with precise errors.
 */
public final class Bodies {
  /** The mapper used for every body and answer. */
  public static final ObjectMapper JSON = new ObjectMapper();

  private Bodies() {
  }

  /** The body as a JSON object, or MALFORMED_JSON with the line and column of the problem. */
  public static ObjectNode object(String body) {
    JsonNode node;
    try {
      node = JSON.readTree(body == null ? "" : body);
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      throw new ApiException(ApiError.MALFORMED_JSON, at == null ? Map.of()
          : Map.of("line", at.getLineNr(), "column", at.getColumnNr(),
              "problem", e.getOriginalMessage().replaceAll("\\(.*", "").trim()));
    }
    if (node == null || node.isMissingNode()) {
      throw new ApiException(ApiError.MALFORMED_JSON, Map.of("problem", "the body is empty"));
    }
    if (!node.isObject()) {
      throw new ApiException(ApiError.MALFORMED_JSON, Map.of("problem", "expected a JSON object"));
    }
    return (ObjectNode) node;
  }

  /** Rejects fields other than the allowed ones. */
  public static void onlyFields(ObjectNode body, Set<String> allowed) {
    body.fieldNames().forEachRemaining(name -> {
      if (!allowed.contains(name)) {
        throw ApiException.field(name, "unknown field; allowed: " + new java.util.TreeSet<>(allowed));
      }
    });
  }

  /** A required text field of at most {@code max} characters. */
  public static String text(ObjectNode body, String field, int max) {
    String v = optionalText(body, field, max);
    if (v == null || v.isBlank()) {
      throw ApiException.field(field, "required");
    }
    return v;
  }

  /** An optional text field of at most {@code max} characters, or null. */
  public static String optionalText(ObjectNode body, String field, int max) {
    JsonNode n = body.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isTextual()) {
      throw ApiException.field(field, "must be a string");
    }
    if (n.asText().length() > max) {
      throw ApiException.field(field, "at most " + max + " characters");
    }
    return n.asText();
  }

  /** An optional non-negative integer field, or the default. */
  public static int count(ObjectNode body, String field, int dflt, int max) {
    JsonNode n = body.get(field);
    if (n == null || n.isNull()) {
      return dflt;
    }
    if (!n.canConvertToInt() || !n.isIntegralNumber() || n.asInt() < 0 || n.asInt() > max) {
      throw ApiException.field(field, "must be a whole number from 0 to " + max);
    }
    return n.asInt();
  }
}
