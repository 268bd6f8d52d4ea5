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
  /** The schema's name: letters, digits, underscores and dashes. */
  String name();

  /** What the format is for. */
  Optional<String> description();

  /** The JSON schema. */
  JsonNode schema();

  /** Whether the model must follow the schema exactly. */
  Optional<Boolean> strict();

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link JsonSchemaFormat} values. */
  final class Builder extends ImmutableJsonSchemaFormat.Builder {}
}
