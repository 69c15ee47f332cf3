package dev.sluice.core.schema;

import dev.sluice.core.text.Spaces;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A named schema: the ordered columns a file is matched to, the rules across them, and what
 * submitting does with invalid rows.
 *
 * <p>Immutable and checked when built: a bad schema fails here with a {@link SchemaException} that
 * says which column and field is wrong, never later on a user's file.
 *
 * @param name               the importer's name
 * @param version            the schema format version ({@link #FORMAT_VERSION})
 * @param columns            the columns in order
 * @param rowRules           rules across the columns of a row
 * @param allowExtraColumns  whether file columns that match no column are kept (not validated)
 * @param invalidRowPolicy   what submitting does with rows that have errors
 * @param allowCustomColumns whether the user may keep an unmatched file column as a new field
 *                           named in the matching step, handed over under {@code customFields}
 */
public record Importer(String name, int version, List<Column> columns, List<RowRule> rowRules,
    boolean allowExtraColumns, InvalidRowPolicy invalidRowPolicy, boolean allowCustomColumns) {

  /** The schema format version this code reads and writes. */
  public static final int FORMAT_VERSION = 1;

  /**
   * Names no column, extra column or (for {@code __proto__}) custom field can have: each row is
   * handed to the host as an object, which cannot hold {@code __proto__} as a field (a host copying
   * it would set a prototype) and where the hand-over puts the custom fields and a flagged row's
   * errors under {@code customFields} and {@code _errors}.
   */
  public static final java.util.Set<String> RESERVED_KEYS =
      java.util.Set.of("__proto__", "customFields", "_errors");

  /** Copies the lists and checks the whole schema. */
  public Importer {
    columns = List.copyOf(columns);
    rowRules = List.copyOf(rowRules == null ? List.of() : rowRules);
    invalidRowPolicy = invalidRowPolicy == null ? InvalidRowPolicy.BLOCK : invalidRowPolicy;
    SchemaChecks.check(name, version, columns, rowRules);
  }

  /** Starts an importer. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** The index of a column by key, or -1. */
  public int indexOf(String key) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).key().equals(key)) {
        return i;
      }
    }
    return -1;
  }

  /** A column by key, or null. */
  public Column column(String key) {
    int i = indexOf(key);
    return i < 0 ? null : columns.get(i);
  }

  /** The unique groups: group name to the indexes of its columns, in column order. */
  public Map<String, int[]> uniqueGroups() {
    Map<String, List<Integer>> groups = new java.util.LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      String g = columns.get(i).uniqueGroup();
      if (g != null) {
        groups.computeIfAbsent(g, k -> new ArrayList<>()).add(i);
      }
    }
    Map<String, int[]> result = new java.util.LinkedHashMap<>();
    for (Map.Entry<String, List<Integer>> e : groups.entrySet()) {
      int[] members = new int[e.getValue().size()];
      for (int k = 0; k < members.length; k++) {
        members[k] = e.getValue().get(k); // a loop, not a stream: streams add 8 KB to the widget
      }
      result.put(e.getKey(), members);
    }
    return result;
  }

  /** Builds an {@link Importer}. */
  public static final class Builder {
    private final String name;
    private int version = FORMAT_VERSION;
    private final List<Column> columns = new ArrayList<>();
    private final List<RowRule> rowRules = new ArrayList<>();
    private boolean allowExtraColumns = true;
    private boolean allowCustomColumns;
    private InvalidRowPolicy invalidRowPolicy = InvalidRowPolicy.BLOCK;

    private Builder(String name) {
      this.name = name;
    }

    /** The schema format version. */
    public Builder version(int version) {
      this.version = version;
      return this;
    }

    /** Adds a column. */
    public Builder column(Column column) {
      columns.add(column);
      return this;
    }

    /** Adds a column from its builder. */
    public Builder column(Column.Builder column) {
      return column(column.build());
    }

    /** Adds a row rule. */
    public Builder rule(RowRule rule) {
      rowRules.add(rule);
      return this;
    }

    /** Whether the user may keep unmatched file columns as named custom fields (default false). */
    public Builder allowCustomColumns(boolean allow) {
      this.allowCustomColumns = allow;
      return this;
    }

    /** Whether unmatched file columns are kept as extra columns (default true). */
    public Builder allowExtraColumns(boolean allow) {
      this.allowExtraColumns = allow;
      return this;
    }

    /** What submitting does with invalid rows (default block). */
    public Builder invalidRowPolicy(InvalidRowPolicy policy) {
      this.invalidRowPolicy = policy;
      return this;
    }

    /** The importer; throws {@link SchemaException} when the schema is not usable. */
    public Importer build() {
      return new Importer(name, version, columns, rowRules, allowExtraColumns, invalidRowPolicy,
          allowCustomColumns);
    }
  }

  /** Static checks of a whole schema. */
  static final class SchemaChecks {
    private SchemaChecks() {}

    static void check(String name, int version, List<Column> columns, List<RowRule> rules) {
      if (name == null || Spaces.isBlank(name)) {
        throw new SchemaException("importer", "name", "SCHEMA_REQUIRED_FIELD",
            "an importer needs a name");
      }
      if (version != FORMAT_VERSION) {
        throw new SchemaException("importer", "version", "SCHEMA_VERSION",
            "version " + version + " is not supported; this release reads version "
                + FORMAT_VERSION);
      }
      if (columns.isEmpty()) {
        throw new SchemaException("importer", "columns", "SCHEMA_REQUIRED_FIELD",
            "an importer needs at least one column");
      }
      Map<String, Integer> keys = new HashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        Column c = columns.get(i);
        SchemaPath path = path(i, c);
        if (RESERVED_KEYS.contains(c.key())) {
          String why = switch (c.key()) {
            case "__proto__" -> "a JavaScript object cannot hold it as a field";
            case "_errors" -> "the hand-over puts a flagged row's errors there";
            default -> "the hand-over puts the user's custom fields there";
          };
          throw new SchemaException(path, "key", "SCHEMA_RESERVED_KEY",
              "key '" + c.key() + "' is reserved: " + why + "; choose another key");
        }
        Integer other = keys.put(c.key(), i);
        if (other != null) {
          throw new SchemaException(path, "key", "SCHEMA_DUPLICATE_KEY",
              "key '" + c.key() + "' is already used by columns[" + other + "]; keys must be unique");
        }
        TypeChecks.check(path, c.type());
        for (Transform t : c.transforms()) {
          if (t == null) {
            throw new SchemaException(path, "transforms", "SCHEMA_UNKNOWN_VALUE",
                "a transform is missing");
          }
        }
        if (c.transforms().contains(Transform.HASH)
            && c.transforms().indexOf(Transform.HASH) != c.transforms().size() - 1) {
          throw new SchemaException(path, "transforms", "SCHEMA_INVALID_VALUE",
              "hash must be the last transform: nothing can be done to a hash");
        }
      }
      for (int i = 0; i < rules.size(); i++) {
        RowRule rule = rules.get(i);
        SchemaPath path = SchemaPath.top("rowRules", i);
        if (rule instanceof RowRule.AtLeastOneOf a && a.keys().size() < 2) {
          throw new SchemaException(path, "keys", "SCHEMA_INVALID_VALUE",
              "atLeastOneOf needs two or more column keys");
        }
        for (String key : rule.keys()) {
          if (key == null || !keys.containsKey(key)) {
            throw new SchemaException(path, "keys", "SCHEMA_UNKNOWN_COLUMN",
                "no column has key '" + key + "'; known keys: " + String.join(", ", keys.keySet()));
          }
        }
        if (rule instanceof RowRule.Compare cmp) {
          if (cmp.operator() == null) {
            throw new SchemaException(path, "operator", "SCHEMA_UNKNOWN_VALUE",
                "an operator is needed: one of <, <=, ==, !=, >=, >");
          }
          String left = comparableKind(columns.get(keys.get(cmp.left())).type());
          String right = comparableKind(columns.get(keys.get(cmp.right())).type());
          if (left == null || !left.equals(right)) {
            throw new SchemaException(path, "right", "SCHEMA_INCOMPARABLE",
                "columns '" + cmp.left() + "' and '" + cmp.right() + "' cannot be compared: "
                    + "both must be numbers (integer, decimal, currency), dates or datetimes");
          }
        }
      }
    }

    static SchemaPath path(int index, Column c) {
      return SchemaPath.top("columns", index).named(c.key());
    }

    /** number, date, datetime or null for what cannot be compared. */
    static String comparableKind(ColumnType type) {
      if (type instanceof ColumnType.IntegerType || type instanceof ColumnType.DecimalType
          || type instanceof ColumnType.Currency) {
        return "number";
      }
      if (type instanceof ColumnType.Date) {
        return "date";
      }
      if (type instanceof ColumnType.DateTime) {
        return "datetime";
      }
      return null;
    }
  }
}
