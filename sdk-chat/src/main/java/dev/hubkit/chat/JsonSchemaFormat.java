package dev.hubkit.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** The {@code json_schema} of a {@link ResponseFormat}: a named JSON schema the reply must follow. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableJsonSchemaFormat.class)
@JsonDeserialize(as = ImmutableJsonSchemaFormat.class)
public interface JsonSchemaFormat {
  /**
   * The schema's name: letters, digits, underscores and dashes.
   *
   * @return the name
   */
  String name();

  /**
   * What the format is for.
   *
   * @return the description; empty sends none
   */
  Optional<String> description();

  /**
   * The JSON schema.
   *
   * @return the schema as a JSON tree
   */
  JsonNode schema();

  /**
   * Whether the model must follow the schema exactly.
   *
   * @return whether strict mode is asked for; empty leaves it to the hub (off)
   */
  Optional<Boolean> strict();

  /**
   * Starts a builder.
   *
   * @return a new builder; {@code name} and {@code schema} are required
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link JsonSchemaFormat} values. */
  final class Builder extends ImmutableJsonSchemaFormat.Builder {}
}
