package dev.sluice.core.schema;

/**
 * Where a value sits in a schema, such as {@code columns[2] (email).type.options[0]}, written out
 * only when an error names it.
 *
 * <p>Why not a String: the reader and the checks pass a place along with every field they read,
 * and the browser build makes each concatenated String from a char array; building those texts
 * for every column of every import took about 5 % of parsing a 2 MB file in Chromium.
 */
final class SchemaPath {
  private final SchemaPath parent;
  private final String name;
  /** The item's index in the list {@link #name}, or -1 for a field. */
  private final int index;
  /** The key of the column the place holds, shown beside it; null when none is known. */
  private final String key;

  private SchemaPath(SchemaPath parent, String name, int index, String key) {
    this.parent = parent;
    this.name = name;
    this.index = index;
    this.key = key;
  }

  /** A place at the top: {@code importer}. */
  static SchemaPath top(String name) {
    return new SchemaPath(null, name, -1, null);
  }

  /** An item of a list at the top: {@code columns[2]}. */
  static SchemaPath top(String list, int index) {
    return new SchemaPath(null, list, index, null);
  }

  /** A field of this place: {@code .type}. */
  SchemaPath field(String field) {
    return new SchemaPath(this, field, -1, null);
  }

  /** An item of a list field of this place: {@code .options[0]}. */
  SchemaPath field(String list, int index) {
    return new SchemaPath(this, list, index, null);
  }

  /** This place shown with the key of the column it holds: {@code columns[2] (email)}. */
  SchemaPath named(String columnKey) {
    return new SchemaPath(parent, name, index, columnKey);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    write(sb);
    return sb.toString();
  }

  private void write(StringBuilder sb) {
    if (parent != null) {
      parent.write(sb);
      sb.append('.');
    }
    sb.append(name);
    if (index >= 0) {
      sb.append('[').append(index).append(']');
    }
    if (key != null) {
      sb.append(" (").append(key).append(')');
    }
  }
}
