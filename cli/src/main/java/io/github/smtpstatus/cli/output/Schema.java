package io.github.smtpstatus.cli.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * The fields of one kind of output record, in order: what {@code --json} writes as the members of
 * each object and {@code --csv} as the columns, and what docs/CLI.md documents (a test holds the two
 * to each other). A field's value is null when it is not known for a record; JSON writes
 * {@code null}, CSV an empty cell.
 *
 * @param <T> the record type
 */
public final class Schema<T> {

  /** The JSON type of a field. */
  public enum Type {
    /** A JSON string. */
    STRING("string"),
    /** A JSON integer. */
    INTEGER("integer"),
    /** {@code true} or {@code false}. */
    BOOLEAN("boolean"),
    /** An array of strings; in CSV, the strings joined by {@code "; "}. */
    STRINGS("array of strings"),
    /** An array of objects of a nested schema; in CSV, each object's text form joined by {@code "; "}. */
    OBJECTS("array of objects");

    private final String documented;

    Type(String documented) {
      this.documented = documented;
    }

    /**
     * The type as docs/CLI.md names it.
     *
     * @return "string", "integer", "boolean", "array of strings" or "array of objects"
     */
    public String documented() {
      return documented;
    }
  }

  /**
   * One field.
   *
   * @param <T> the record type
   * @param name the JSON member name and CSV column name
   * @param type its JSON type
   * @param description one line for the docs
   * @param value reads the value from a record: a {@code String}, {@code Number}, {@code Boolean},
   *     {@code List<String>} or list of nested records; null when unknown
   * @param nested the schema of the objects of an {@link Type#OBJECTS} field, else null
   * @param csvText the text form of one nested object in a CSV cell, else null
   */
  public record Field<T>(String name, Type type, String description, Function<T, ?> value, Schema<Object> nested,
      Function<Object, String> csvText) {

    /**
     * Checks the parts.
     *
     * @param name the JSON member name and CSV column name
     * @param type its JSON type
     * @param description one line for the docs
     * @param value reads the value from a record
     * @param nested the schema of the objects of an {@link Type#OBJECTS} field, else null
     * @param csvText the text form of one nested object in a CSV cell, else null
     * @throws NullPointerException if name, type, description or value is null
     */
    public Field {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(type, "type == null");
      Objects.requireNonNull(description, "description == null");
      Objects.requireNonNull(value, "value == null");
    }
  }

  private final String name;
  private final List<Field<T>> fields;
  /** The fields' names quoted and escaped once for JSON: Jackson then copies them instead of escaping each time. */
  private final SerializableString[] jsonNames;

  private Schema(String name, List<Field<T>> fields) {
    this.name = name;
    this.fields = List.copyOf(fields);
    this.jsonNames = new SerializableString[fields.size()];
    for (int i = 0; i < jsonNames.length; i++) {
      jsonNames[i] = new SerializedString(fields.get(i).name());
    }
  }

  /** The name of field {@code index} for {@link JsonLines}, made once. */
  SerializableString jsonName(int index) {
    return jsonNames[index];
  }

  /**
   * Starts a schema.
   *
   * @param <T> the record type
   * @param name the schema's name, as docs/CLI.md heads its table
   * @return a builder with no field yet
   */
  public static <T> Builder<T> builder(String name) {
    return new Builder<>(name);
  }

  /** {@return the schema's name, as docs/CLI.md heads its table} */
  public String name() {
    return name;
  }

  /** {@return the fields in output order} */
  public List<Field<T>> fields() {
    return fields;
  }

  /**
   * Adds fields one by one.
   *
   * @param <T> the type of the results the schema's fields read
   */
  public static final class Builder<T> {
    private final String name;
    private final List<Field<T>> fields = new ArrayList<>();

    private Builder(String name) {
      this.name = Objects.requireNonNull(name, "name == null");
    }

    /**
     * Adds a string field.
     *
     * @param field its name
     * @param description one line for the docs
     * @param value reads it from a record; null when unknown
     * @return this builder
     */
    public Builder<T> string(String field, String description, Function<T, String> value) {
      return add(new Field<>(field, Type.STRING, description, value, null, null));
    }

    /**
     * Adds an integer field.
     *
     * @param field its name
     * @param description one line for the docs
     * @param value reads it from a record; null when unknown
     * @return this builder
     */
    public Builder<T> integer(String field, String description, Function<T, ? extends Number> value) {
      return add(new Field<>(field, Type.INTEGER, description, value, null, null));
    }

    /**
     * Adds a boolean field.
     *
     * @param field its name
     * @param description one line for the docs
     * @param value reads it from a record; null when unknown
     * @return this builder
     */
    public Builder<T> bool(String field, String description, Function<T, Boolean> value) {
      return add(new Field<>(field, Type.BOOLEAN, description, value, null, null));
    }

    /**
     * Adds an array of strings.
     *
     * @param field its name
     * @param description one line for the docs
     * @param value reads it from a record; null when unknown
     * @return this builder
     */
    public Builder<T> strings(String field, String description, Function<T, List<String>> value) {
      return add(new Field<>(field, Type.STRINGS, description, value, null, null));
    }

    /**
     * Adds an array of nested objects.
     *
     * @param <U> the nested record type
     * @param field its name
     * @param description one line for the docs
     * @param nested the schema of each object
     * @param value reads the objects from a record; null when unknown
     * @param csvText the text of one object in a CSV cell
     * @return this builder
     */
    @SuppressWarnings("unchecked")
    public <U> Builder<T> objects(String field, String description, Schema<U> nested, Function<T, List<U>> value,
        Function<U, String> csvText) {
      return add(new Field<>(field, Type.OBJECTS, description, value, (Schema<Object>) nested,
          (Function<Object, String>) csvText));
    }

    private Builder<T> add(Field<T> field) {
      for (Field<T> each : fields) {
        if (each.name().equals(field.name())) {
          throw new IllegalArgumentException("Schema " + name + " has two fields named " + field.name());
        }
      }
      fields.add(field);
      return this;
    }

    /** {@return the schema of the fields added} */
    public Schema<T> build() {
      return new Schema<>(name, fields);
    }
  }
}
