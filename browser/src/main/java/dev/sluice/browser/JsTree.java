package dev.sluice.browser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * Converts a JavaScript value (as from {@code JSON.parse}) into the plain tree core reads: maps,
 * lists, strings, numbers ({@link JsonNumber}), booleans and null. Part of the thin interop layer.
 */
final class JsTree {
  private JsTree() {}

  static Object toJava(JSObject value) {
    switch (typeOf(value)) {
      case "string":
        return asString(value);
      case "number":
        return new JsonNumber(asNumber(value));
      case "boolean":
        return asBoolean(value);
      case "array": {
        List<Object> list = new ArrayList<>();
        int length = length(value);
        for (int i = 0; i < length; i++) {
          list.add(toJava(item(value, i)));
        }
        return list;
      }
      case "object": {
        Map<String, Object> map = new LinkedHashMap<>();
        String[] keys = keys(value);
        for (String key : keys) {
          map.put(key, toJava(property(value, key)));
        }
        return map;
      }
      default:
        return null;
    }
  }

  @JSBody(params = "v", script = "return v === null || v === undefined ? 'null' "
      + ": Array.isArray(v) ? 'array' : typeof v;")
  private static native String typeOf(JSObject v);

  @JSBody(params = "v", script = "return v;")
  private static native String asString(JSObject v);

  @JSBody(params = "v", script = "return v;")
  private static native double asNumber(JSObject v);

  @JSBody(params = "v", script = "return v;")
  private static native boolean asBoolean(JSObject v);

  @JSBody(params = "v", script = "return v.length;")
  private static native int length(JSObject v);

  @JSBody(params = {"v", "i"}, script = "return v[i];")
  private static native JSObject item(JSObject v, int i);

  @JSBody(params = "v", script = "return Object.keys(v);")
  private static native String[] keys(JSObject v);

  @JSBody(params = {"v", "k"}, script = "return v[k];")
  private static native JSObject property(JSObject v, String k);
}
