package dev.sluice.core.schema;

import dev.sluice.core.text.Spaces;
import dev.sluice.core.text.TextFold;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an importer from a parsed JSON tree (maps, lists, strings, numbers, booleans, null), as
 * produced by Jackson on the JVM or converted from {@code JSON.parse} in the browser. The format is
 * documented in {@code docs/schema.md}.
 *
 * <p>Core takes a tree rather than text because no JSON library we found compiles under TeaVM and
 * both platforms already have a parser; reading is strict (unknown fields are errors) so that a
 * typo in a schema fails loudly with its path instead of being ignored.
 */
public final class SchemaReader {
  private static final Set<String> IMPORTER_FIELDS = Set.of("version", "name", "columns",
      "rowRules", "allowExtraColumns", "allowCustomColumns", "invalidRowPolicy");
  private static final Set<String> COLUMN_FIELDS = Set.of("key", "label", "description",
      "aliases", "required", "allowBlank", "unique", "type", "default", "severity", "message",
      "transforms");
  private static final List<String> TYPES = List.of("text", "integer", "decimal", "currency",
      "boolean", "email", "url", "phone", "date", "datetime", "enum", "uuid", "country");

  private SchemaReader() {}

  /** Reads an importer; throws {@link SchemaException} with the path of the first problem. */
  public static Importer read(Object tree) {
    SchemaPath importer = SchemaPath.top("importer");
    Map<String, Object> root = object(tree, importer, "");
    fields(root, IMPORTER_FIELDS, importer);
    Object version = root.get("version");
    if (version == null) {
      throw new SchemaException("importer", "version", "SCHEMA_REQUIRED_FIELD",
          "a version is needed; this release reads version " + Importer.FORMAT_VERSION);
    }
    Importer.Builder builder = Importer.builder(string(root, "name", importer, true))
        .version(integer(root, "version", importer));
    Boolean extras = bool(root, "allowExtraColumns", importer);
    if (extras != null) {
      builder.allowExtraColumns(extras);
    }
    Boolean custom = bool(root, "allowCustomColumns", importer);
    if (custom != null) {
      builder.allowCustomColumns(custom);
    }
    String policy = string(root, "invalidRowPolicy", importer, false);
    if (policy != null) {
      builder.invalidRowPolicy(policy(policy));
    }
    List<Object> columns = list(root.get("columns"), importer, "columns");
    if (columns == null) {
      throw new SchemaException("importer", "columns", "SCHEMA_REQUIRED_FIELD",
          "an importer needs a list of columns");
    }
    for (int i = 0; i < columns.size(); i++) {
      builder.column(column(columns.get(i), i));
    }
    List<Object> rules = list(root.get("rowRules"), importer, "rowRules");
    if (rules != null) {
      for (int i = 0; i < rules.size(); i++) {
        builder.rule(rule(rules.get(i), SchemaPath.top("rowRules", i)));
      }
    }
    return builder.build();
  }

  private static Column column(Object tree, int index) {
    SchemaPath at = SchemaPath.top("columns", index);
    Map<String, Object> m = object(tree, at, "");
    String key = string(m, "key", at, true);
    at = at.named(key);
    fields(m, COLUMN_FIELDS, at);
    Column.Builder b = Column.builder(key)
        .label(string(m, "label", at, false))
        .description(string(m, "description", at, false))
        .aliases(strings(m.get("aliases"), at, "aliases").toArray(new String[0]))
        .defaultValue(string(m, "default", at, false))
        .message(string(m, "message", at, false))
        .type(type(m.get("type"), at));
    Boolean required = bool(m, "required", at);
    if (required != null) {
      b.required(required);
    }
    Boolean allowBlank = bool(m, "allowBlank", at);
    if (allowBlank != null) {
      b.allowBlank(allowBlank);
    }
    Object unique = m.get("unique");
    if (Boolean.TRUE.equals(unique)) {
      b.unique();
    } else if (unique instanceof String group && !Spaces.isBlank(group)) {
      b.uniqueGroup(group);
    } else if (unique != null && !Boolean.FALSE.equals(unique)) {
      throw new SchemaException(at, "unique", "SCHEMA_WRONG_TYPE",
          "expected true, false or the name of a composite key, got " + describe(unique));
    }
    Object severities = m.get("severity");
    if (severities != null) {
      Map<String, Object> sm = object(severities, at, "severity");
      for (Map.Entry<String, Object> e : sm.entrySet()) {
        Severity s = e.getValue() instanceof String str ? Severity.byName(str) : null;
        if (s == null) {
          throw new SchemaException(at, "severity." + e.getKey(), "SCHEMA_UNKNOWN_VALUE",
              "expected \"error\", \"warning\" or \"info\", got " + describe(e.getValue()));
        }
        b.severity(e.getKey(), s);
      }
    }
    List<String> transforms = strings(m.get("transforms"), at, "transforms");
    for (int i = 0; i < transforms.size(); i++) {
      Transform t = Transform.byName(transforms.get(i));
      if (t == null) {
        throw new SchemaException(at, "transforms[" + i + "]", "SCHEMA_UNKNOWN_VALUE",
            "unknown transform '" + transforms.get(i) + "'; use one of "
                + "trim, collapse_spaces, upper, lower, title, normalize, hash");
      }
      b.transforms(t);
    }
    return b.build();
  }

  private static ColumnType type(Object tree, SchemaPath at) {
    if (tree == null) {
      return new ColumnType.Text(null, null, null);
    }
    Map<String, Object> m;
    String name;
    if (tree instanceof String s) {
      name = s;
      m = Map.of();
    } else {
      m = object(tree, at, "type");
      name = string(m, "name", at.field("type"), true);
    }
    SchemaPath tat = at.field("type");
    switch (name) {
      case "text":
        fields(m, Set.of("name", "minLength", "maxLength", "pattern"), tat);
        return new ColumnType.Text(optInteger(m, "minLength", tat), optInteger(m, "maxLength", tat),
            string(m, "pattern", tat, false));
      case "integer":
        fields(m, Set.of("name", "min", "max", "decimalSeparator"), tat);
        return new ColumnType.IntegerType(number(m, "min", tat), number(m, "max", tat),
            string(m, "decimalSeparator", tat, false));
      case "decimal":
        fields(m, Set.of("name", "min", "max", "decimalSeparator"), tat);
        return new ColumnType.DecimalType(number(m, "min", tat), number(m, "max", tat),
            string(m, "decimalSeparator", tat, false));
      case "currency":
        fields(m, Set.of("name", "min", "max", "decimalSeparator", "currency"), tat);
        return new ColumnType.Currency(number(m, "min", tat), number(m, "max", tat),
            string(m, "decimalSeparator", tat, false), string(m, "currency", tat, false));
      case "boolean":
        fields(m, Set.of("name", "trueValues", "falseValues"), tat);
        return new ColumnType.BooleanType(strings(m.get("trueValues"), tat, "trueValues"),
            strings(m.get("falseValues"), tat, "falseValues"));
      case "email":
        fields(m, Set.of("name"), tat);
        return new ColumnType.Email();
      case "url":
        fields(m, Set.of("name"), tat);
        return new ColumnType.Url();
      case "phone":
        fields(m, Set.of("name", "defaultCountry"), tat);
        return new ColumnType.Phone(string(m, "defaultCountry", tat, false));
      case "date":
        fields(m, Set.of("name", "formats"), tat);
        return new ColumnType.Date(strings(m.get("formats"), tat, "formats"));
      case "datetime":
        fields(m, Set.of("name", "formats"), tat);
        return new ColumnType.DateTime(strings(m.get("formats"), tat, "formats"));
      case "enum":
        fields(m, Set.of("name", "options"), tat);
        return new ColumnType.EnumType(options(m.get("options"), tat));
      case "uuid":
        fields(m, Set.of("name"), tat);
        return new ColumnType.Uuid();
      case "country":
        fields(m, Set.of("name"), tat);
        return new ColumnType.CountryCode();
      default:
        throw new SchemaException(at, "type", "SCHEMA_UNKNOWN_TYPE",
            "unknown type '" + name + "'; use one of " + String.join(", ", TYPES));
    }
  }

  private static List<EnumOption> options(Object tree, SchemaPath at) {
    List<Object> list = list(tree, at, "options");
    if (list == null) {
      throw new SchemaException(at, "options", "SCHEMA_REQUIRED_FIELD",
          "an enum needs a list of options");
    }
    List<EnumOption> options = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      Object o = list.get(i);
      SchemaPath oat = at.field("options", i);
      if (o instanceof String s) {
        options.add(new EnumOption(s, s, List.of()));
      } else {
        Map<String, Object> m = object(o, oat, "");
        fields(m, Set.of("value", "label", "aliases"), oat);
        options.add(new EnumOption(string(m, "value", oat, true), string(m, "label", oat, false),
            strings(m.get("aliases"), oat, "aliases")));
      }
    }
    return options;
  }

  private static RowRule rule(Object tree, SchemaPath at) {
    Map<String, Object> m = object(tree, at, "");
    fields(m, Set.of("atLeastOneOf", "requiredWhen", "compare", "severity", "message"), at);
    Severity severity = null;
    String s = string(m, "severity", at, false);
    if (s != null) {
      severity = Severity.byName(s);
      if (severity == null) {
        throw new SchemaException(at, "severity", "SCHEMA_UNKNOWN_VALUE",
            "expected \"error\", \"warning\" or \"info\", got \"" + s + "\"");
      }
    }
    String message = string(m, "message", at, false);
    int kinds = (m.containsKey("atLeastOneOf") ? 1 : 0) + (m.containsKey("requiredWhen") ? 1 : 0)
        + (m.containsKey("compare") ? 1 : 0);
    if (kinds != 1) {
      throw new SchemaException(at, "", "SCHEMA_INVALID_VALUE",
          "a rule has exactly one of atLeastOneOf, requiredWhen, compare");
    }
    if (m.containsKey("atLeastOneOf")) {
      return new RowRule.AtLeastOneOf(strings(m.get("atLeastOneOf"), at, "atLeastOneOf"),
          severity, message);
    }
    if (m.containsKey("requiredWhen")) {
      Map<String, Object> w = object(m.get("requiredWhen"), at, "requiredWhen");
      SchemaPath wat = at.field("requiredWhen");
      fields(w, Set.of("column", "when", "equals"), wat);
      return new RowRule.RequiredWhen(string(w, "column", wat, true), string(w, "when", wat, true),
          strings(w.get("equals"), wat, "equals"), severity, message);
    }
    Map<String, Object> c = object(m.get("compare"), at, "compare");
    SchemaPath cat = at.field("compare");
    fields(c, Set.of("left", "operator", "right"), cat);
    String op = string(c, "operator", cat, true);
    RowRule.Operator operator = RowRule.Operator.bySymbol(op);
    if (operator == null) {
      throw new SchemaException(cat, "operator", "SCHEMA_UNKNOWN_VALUE",
          "unknown operator '" + op + "'; use one of <, <=, ==, !=, >=, >");
    }
    return new RowRule.Compare(string(c, "left", cat, true), operator,
        string(c, "right", cat, true), severity, message);
  }

  static InvalidRowPolicy policy(String name) {
    switch (name) {
      case "block":
        return InvalidRowPolicy.BLOCK;
      case "exclude":
        return InvalidRowPolicy.EXCLUDE;
      case "include_flagged":
        return InvalidRowPolicy.INCLUDE_FLAGGED;
      default:
        throw new SchemaException("importer", "invalidRowPolicy", "SCHEMA_UNKNOWN_VALUE",
            "unknown policy '" + name + "'; use one of block, exclude, include_flagged");
    }
  }

  // ---- typed access with precise errors

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object tree, SchemaPath at, String field) {
    if (tree instanceof Map<?, ?> m) {
      return (Map<String, Object>) m;
    }
    throw new SchemaException(at, field, "SCHEMA_WRONG_TYPE",
        "expected an object, got " + describe(tree));
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object tree, SchemaPath at, String field) {
    if (tree == null) {
      return null;
    }
    if (tree instanceof List<?> l) {
      return (List<Object>) l;
    }
    throw new SchemaException(at, field, "SCHEMA_WRONG_TYPE",
        "expected a list, got " + describe(tree));
  }

  private static void fields(Map<String, Object> m, Set<String> allowed, SchemaPath at) {
    for (String key : m.keySet()) {
      if (!allowed.contains(key)) {
        List<String> sorted = new ArrayList<>(allowed);
        sorted.sort(null);
        throw new SchemaException(at, key, "SCHEMA_UNKNOWN_FIELD",
            "unknown field; allowed here: " + String.join(", ", sorted));
      }
    }
  }

  private static String string(Map<String, Object> m, String field, SchemaPath at, boolean required) {
    Object v = m.get(field);
    if (v == null) {
      if (required) {
        throw new SchemaException(at, field, "SCHEMA_REQUIRED_FIELD", "a value is needed");
      }
      return null;
    }
    if (v instanceof String s) {
      if (required && Spaces.isBlank(s)) {
        throw new SchemaException(at, field, "SCHEMA_REQUIRED_FIELD", "must not be blank");
      }
      return s;
    }
    throw new SchemaException(at, field, "SCHEMA_WRONG_TYPE",
        "expected a string, got " + describe(v));
  }

  private static List<String> strings(Object tree, SchemaPath at, String field) {
    List<Object> list = list(tree, at, field);
    List<String> out = new ArrayList<>();
    if (list == null) {
      return out;
    }
    for (int i = 0; i < list.size(); i++) {
      if (!(list.get(i) instanceof String s)) {
        throw new SchemaException(at, field + "[" + i + "]", "SCHEMA_WRONG_TYPE",
            "expected a string, got " + describe(list.get(i)));
      }
      out.add(s);
    }
    return out;
  }

  private static Boolean bool(Map<String, Object> m, String field, SchemaPath at) {
    Object v = m.get(field);
    if (v == null || v instanceof Boolean) {
      return (Boolean) v;
    }
    throw new SchemaException(at, field, "SCHEMA_WRONG_TYPE",
        "expected true or false, got " + describe(v));
  }

  private static Double number(Map<String, Object> m, String field, SchemaPath at) {
    Object v = m.get(field);
    if (v == null) {
      return null;
    }
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    throw new SchemaException(at, field, "SCHEMA_WRONG_TYPE",
        "expected a number, got " + describe(v));
  }

  private static Integer optInteger(Map<String, Object> m, String field, SchemaPath at) {
    return m.get(field) == null ? null : integer(m, field, at);
  }

  private static int integer(Map<String, Object> m, String field, SchemaPath at) {
    Object v = m.get(field);
    if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
        && Math.abs(n.doubleValue()) < Integer.MAX_VALUE) {
      return n.intValue();
    }
    throw new SchemaException(at, field, "SCHEMA_WRONG_TYPE",
        "expected a whole number, got " + describe(v));
  }

  private static String describe(Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof String s) {
      return "the string \"" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "\"";
    }
    if (v instanceof Map) {
      return "an object";
    }
    if (v instanceof List) {
      return "a list";
    }
    if (v instanceof Boolean) {
      return v.toString();
    }
    return "the number " + v;
  }

  static String lower(Enum<?> e) {
    return TextFold.lower(e.name());
  }
}
