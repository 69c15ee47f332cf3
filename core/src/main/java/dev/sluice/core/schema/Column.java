package dev.sluice.core.schema;

import dev.sluice.core.text.Spaces;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One column of an importer: how it is found in a file, what a valid cell is, and what is done to
 * the value before it is handed to the host.
 *
 * @param key          the stable identifier handed to the host
 * @param label        what users see; also matched against file headers
 * @param description  help text shown next to the column
 * @param aliases      other header spellings that mean this column
 * @param required     whether the file must have a column matched to it
 * @param allowBlank   whether a cell may be blank (after transforms and the default)
 * @param uniqueGroup  null when values may repeat; otherwise the name of a unique key: columns that
 *                     share a name form a composite key that must not repeat across rows
 * @param type         the type and its options
 * @param defaultValue the value used for a blank cell, or null
 * @param severities   severity by issue code, for codes that should not be errors
 * @param message      a custom message shown instead of the catalogue's for this column's issues
 * @param transforms   applied in order; text transforms before validation, normalize and hash after
 */
public record Column(
    String key,
    String label,
    String description,
    List<String> aliases,
    boolean required,
    boolean allowBlank,
    String uniqueGroup,
    ColumnType type,
    String defaultValue,
    Map<String, Severity> severities,
    String message,
    List<Transform> transforms) {

  /** Checks the key and copies the collections. */
  public Column {
    if (key == null || Spaces.isBlank(key)) {
      throw new SchemaException("columns", "key", "SCHEMA_REQUIRED_FIELD", "a column needs a key");
    }
    label = label == null || Spaces.isBlank(label) ? key : label;
    aliases = List.copyOf(aliases == null ? List.of() : aliases);
    type = type == null ? new ColumnType.Text(null, null, null) : type;
    severities = Map.copyOf(severities == null ? Map.of() : severities);
    transforms = List.copyOf(transforms == null ? List.of() : transforms);
  }

  /** Starts a column with a key; the label defaults to the key and the type to text. */
  public static Builder builder(String key) {
    return new Builder(key);
  }

  /** Whether the column takes part in a unique key. */
  public boolean unique() {
    return uniqueGroup != null;
  }

  /** The severity of an issue code in this column: the override, else error. */
  public Severity severityOf(String code) {
    Severity s = severities.get(code);
    return s == null ? Severity.ERROR : s;
  }

  /** A builder with this column's values. */
  public Builder toBuilder() {
    Builder b = new Builder(key);
    b.label = label;
    b.description = description;
    b.aliases.addAll(aliases);
    b.required = required;
    b.allowBlank = allowBlank;
    b.uniqueGroup = uniqueGroup;
    b.type = type;
    b.defaultValue = defaultValue;
    b.severities.putAll(severities);
    b.message = message;
    b.transforms.addAll(transforms);
    return b;
  }

  /** Builds a {@link Column}. */
  public static final class Builder {
    private final String key;
    private String label;
    private String description;
    private final List<String> aliases = new ArrayList<>();
    private boolean required;
    private boolean allowBlank = true;
    private String uniqueGroup;
    private ColumnType type;
    private String defaultValue;
    private final Map<String, Severity> severities = new LinkedHashMap<>();
    private String message;
    private final List<Transform> transforms = new ArrayList<>();

    private Builder(String key) {
      this.key = key;
    }

    /** What users see. */
    public Builder label(String label) {
      this.label = label;
      return this;
    }

    /** Help text. */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /** Adds other header spellings. */
    public Builder aliases(String... aliases) {
      this.aliases.addAll(List.of(aliases));
      return this;
    }

    /** The file must have this column. */
    public Builder required(boolean required) {
      this.required = required;
      return this;
    }

    /** Whether cells may be blank (default true). */
    public Builder allowBlank(boolean allowBlank) {
      this.allowBlank = allowBlank;
      return this;
    }

    /** Values must not repeat across rows. */
    public Builder unique() {
      this.uniqueGroup = key;
      return this;
    }

    /** This column is part of a composite unique key with the other columns of the group. */
    public Builder uniqueGroup(String group) {
      this.uniqueGroup = group;
      return this;
    }

    /** The type and its options. */
    public Builder type(ColumnType type) {
      this.type = type;
      return this;
    }

    /** The value used for blank cells. */
    public Builder defaultValue(String defaultValue) {
      this.defaultValue = defaultValue;
      return this;
    }

    /** Sets the severity of one issue code in this column. */
    public Builder severity(String code, Severity severity) {
      this.severities.put(code, severity);
      return this;
    }

    /** A custom message for this column's issues. */
    public Builder message(String message) {
      this.message = message;
      return this;
    }

    /** Adds transforms, applied in order. */
    public Builder transforms(Transform... transforms) {
      this.transforms.addAll(List.of(transforms));
      return this;
    }

    /** The column. */
    public Column build() {
      return new Column(key, label, description, aliases, required, allowBlank, uniqueGroup, type,
          defaultValue, severities, message, transforms);
    }
  }
}
