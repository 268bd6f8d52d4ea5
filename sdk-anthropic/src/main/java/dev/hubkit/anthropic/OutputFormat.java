package dev.hubkit.anthropic;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/** The format of {@link OutputConfig#format()}: {@code json_schema} with the {@link #schema()} Claude's text follows. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableOutputFormat.class)
@JsonDeserialize(as = ImmutableOutputFormat.class)
public interface OutputFormat {
  /**
   * The format's kind.
   *
   * @return {@code json_schema}
   */
  String type();

  /**
   * The JSON schema of a {@code json_schema} format: every object with {@code additionalProperties: false}.
   *
   * @return the schema
   */
  Optional<JsonNode> schema();

  /**
   * Further members, written as given.
   *
   * @return further members
   */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();

  /**
   * JSON following {@code schema}.
   *
   * @param schema a JSON schema object, such as {@code StrictSchema.of(Weather.class).schema()}
   * @return {@code {"type": "json_schema", "schema": schema}}
   * @throws IllegalArgumentException when the schema is not a JSON object
   */
  static OutputFormat jsonSchema(JsonNode schema) {
    if (Objects.requireNonNull(schema, "schema").isObject()) {
      return builder().type("json_schema").schema(schema).build();
    }
    throw new IllegalArgumentException("a json_schema format needs a JSON object schema, got " + schema);
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link OutputFormat} values. */
  final class Builder extends ImmutableOutputFormat.Builder {}
}
