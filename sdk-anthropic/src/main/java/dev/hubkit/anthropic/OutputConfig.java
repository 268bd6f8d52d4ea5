package dev.hubkit.anthropic;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.hubkit.core.StrictSchema;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The request's {@code output_config}: the {@link #format()} Claude's text must take. JSON outputs
 * ({@code {"format": {"type": "json_schema", "schema": ...}}}) are Claude's structured outputs, generally available
 * on the Claude API for Claude Sonnet 4.5, Opus 4.5, Haiku 4.5 and later (they replaced the beta
 * {@code output_format} and its {@code structured-outputs-2025-11-13} header); for older models force a tool instead
 * ({@link Tool#of(String, String, Class)} with {@link ToolChoice#tool(String)}). Members HubKit does not model go in
 * {@link #extra()}.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableOutputConfig.class)
@JsonDeserialize(as = ImmutableOutputConfig.class)
public interface OutputConfig {
  /**
   * The output's format.
   *
   * @return the format, such as a {@code json_schema}
   */
  Optional<OutputFormat> format();

  /**
   * Further members, written as given.
   *
   * @return further members
   */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();

  /**
   * JSON following the strict schema of a Java type; read the reply with {@link Message#parsed(Class)}. Claude's
   * structured outputs take no recursive schema: a type that contains itself is rejected by the API.
   *
   * @param type a class with properties: a plain class, a record or an Immutables value (see {@link StrictSchema})
   * @return {@code {"format": {"type": "json_schema", "schema": ...}}}
   * @throws dev.hubkit.core.UnsupportedSchemaTypeException when the type cannot be expressed strictly
   */
  static OutputConfig jsonSchema(Class<?> type) {
    return builder().format(OutputFormat.jsonSchema(StrictSchema.of(type).schema())).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link OutputConfig} values. */
  final class Builder extends ImmutableOutputConfig.Builder {}
}
