package dev.sluice.core.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an importer as a JSON tree of ordered maps, lists, strings, numbers and booleans, which
 * {@link SchemaReader} reads back to an equal importer. Defaults are left out.
 */
public final class SchemaWriter {
  private SchemaWriter() {}

  /** The importer as a JSON tree. */
  public static Map<String, Object> write(Importer importer) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("version", importer.version());
    root.put("name", importer.name());
    if (!importer.allowExtraColumns()) {
      root.put("allowExtraColumns", false);
    }
    if (importer.allowCustomColumns()) {
      root.put("allowCustomColumns", true);
    }
    if (importer.invalidRowPolicy() != InvalidRowPolicy.BLOCK) {
      root.put("invalidRowPolicy", SchemaReader.lower(importer.invalidRowPolicy()));
    }
    List<Object> columns = new ArrayList<>();
    for (Column c : importer.columns()) {
      columns.add(column(c));
    }
    root.put("columns", columns);
    if (!importer.rowRules().isEmpty()) {
      List<Object> rules = new ArrayList<>();
      for (RowRule r : importer.rowRules()) {
        rules.add(rule(r));
      }
      root.put("rowRules", rules);
    }
    return root;
  }

  private static Map<String, Object> column(Column c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("key", c.key());
    if (!c.label().equals(c.key())) {
      m.put("label", c.label());
    }
    putIf(m, "description", c.description());
    if (!c.aliases().isEmpty()) {
      m.put("aliases", new ArrayList<>(c.aliases()));
    }
    if (c.required()) {
      m.put("required", true);
    }
    if (!c.allowBlank()) {
      m.put("allowBlank", false);
    }
    if (c.uniqueGroup() != null) {
      m.put("unique", c.uniqueGroup().equals(c.key()) ? (Object) true : c.uniqueGroup());
    }
    m.put("type", type(c.type()));
    putIf(m, "default", c.defaultValue());
    if (!c.severities().isEmpty()) {
      List<String> codes = new ArrayList<>(c.severities().keySet());
      codes.sort(null); // in code order, whatever order the schema gave
      Map<String, Object> s = new LinkedHashMap<>();
      for (String code : codes) {
        s.put(code, SchemaReader.lower(c.severities().get(code)));
      }
      m.put("severity", s);
    }
    putIf(m, "message", c.message());
    if (!c.transforms().isEmpty()) {
      List<Object> t = new ArrayList<>();
      for (Transform transform : c.transforms()) {
        t.add(transform.jsonName());
      }
      m.put("transforms", t);
    }
    return m;
  }

  private static Object type(ColumnType type) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", type.name());
    if (type instanceof ColumnType.Text t) {
      putIf(m, "minLength", t.minLength());
      putIf(m, "maxLength", t.maxLength());
      putIf(m, "pattern", t.pattern());
    } else if (type instanceof ColumnType.IntegerType t) {
      putIf(m, "min", t.min());
      putIf(m, "max", t.max());
      putIf(m, "decimalSeparator", t.decimalSeparator());
    } else if (type instanceof ColumnType.DecimalType t) {
      putIf(m, "min", t.min());
      putIf(m, "max", t.max());
      putIf(m, "decimalSeparator", t.decimalSeparator());
    } else if (type instanceof ColumnType.Currency t) {
      putIf(m, "min", t.min());
      putIf(m, "max", t.max());
      putIf(m, "decimalSeparator", t.decimalSeparator());
      putIf(m, "currency", t.currency());
    } else if (type instanceof ColumnType.BooleanType t) {
      if (!t.trueValues().isEmpty()) {
        m.put("trueValues", new ArrayList<>(t.trueValues()));
      }
      if (!t.falseValues().isEmpty()) {
        m.put("falseValues", new ArrayList<>(t.falseValues()));
      }
    } else if (type instanceof ColumnType.Phone t) {
      putIf(m, "defaultCountry", t.defaultCountry());
    } else if (type instanceof ColumnType.Date t) {
      if (!t.formats().isEmpty()) {
        m.put("formats", new ArrayList<>(t.formats()));
      }
    } else if (type instanceof ColumnType.DateTime t) {
      if (!t.formats().isEmpty()) {
        m.put("formats", new ArrayList<>(t.formats()));
      }
    } else if (type instanceof ColumnType.EnumType t) {
      List<Object> options = new ArrayList<>();
      for (EnumOption o : t.options()) {
        Map<String, Object> om = new LinkedHashMap<>();
        om.put("value", o.value());
        if (!o.label().equals(o.value())) {
          om.put("label", o.label());
        }
        if (!o.aliases().isEmpty()) {
          om.put("aliases", new ArrayList<>(o.aliases()));
        }
        options.add(om);
      }
      m.put("options", options);
    }
    return m.size() == 1 ? type.name() : m;
  }

  private static Map<String, Object> rule(RowRule rule) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (rule instanceof RowRule.AtLeastOneOf a) {
      m.put("atLeastOneOf", new ArrayList<>(a.keys()));
    } else if (rule instanceof RowRule.RequiredWhen w) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("column", w.key());
      r.put("when", w.whenKey());
      if (!w.equalsAny().isEmpty()) {
        r.put("equals", new ArrayList<>(w.equalsAny()));
      }
      m.put("requiredWhen", r);
    } else if (rule instanceof RowRule.Compare c) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("left", c.left());
      r.put("operator", c.operator().symbol());
      r.put("right", c.right());
      m.put("compare", r);
    }
    if (rule.severity() != Severity.ERROR) {
      m.put("severity", SchemaReader.lower(rule.severity()));
    }
    putIf(m, "message", rule.message());
    return m;
  }

  private static void putIf(Map<String, Object> m, String key, Object value) {
    if (value != null) {
      m.put(key, value);
    }
  }
}
