package dev.sluice.core.schema;

/**
 * A schema that cannot be used, with where the problem is and what is allowed.
 *
 * <p>The path names the place in the schema JSON, such as {@code columns[2] (email).type.min}, so a
 * developer can fix it without guessing; the code is stable for tools.
 */
public final class SchemaException extends RuntimeException {
  private final String path;
  private final String field;
  private final String code;

  /**
   * Creates the exception.
   *
   * @param path   where the object with the problem is, e.g. {@code columns[2] (email)}
   * @param field  the field of that object, e.g. {@code type}
   * @param code   a stable code such as {@code SCHEMA_UNKNOWN_TYPE}
   * @param detail what is wrong and what is allowed
   */
  public SchemaException(String path, String field, String code, String detail) {
    super(path + (field == null || field.isEmpty() ? "" : "." + field) + ": " + detail);
    this.path = path;
    this.field = field;
    this.code = code;
  }

  /** The same, with the place written out now that an error names it. */
  SchemaException(SchemaPath path, String field, String code, String detail) {
    this(path.toString(), field, code, detail);
  }

  /** Where the object with the problem is. */
  public String path() {
    return path;
  }

  /** The field of that object. */
  public String field() {
    return field;
  }

  /** A stable code. */
  public String code() {
    return code;
  }
}
