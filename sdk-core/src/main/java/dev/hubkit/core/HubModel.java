package dev.hubkit.core;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A model a hub serves, as {@code GET /models} lists it. Only {@code id} is always there; hubs add their own
 * fields ({@code type} and {@code name} on CHMU Hub, {@code owned_by}, {@code root}, {@code parent} on OpenAI-style
 * hubs), and any other field is kept in {@link #extra()}.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableHubModel.class)
@JsonDeserialize(as = ImmutableHubModel.class)
public interface HubModel {
  /**
   * The id to put in a request's {@code model} field.
   *
   * @return the model's id, e.g. {@code gpt-4o-mini}
   */
  String id();

  /**
   * The object type, {@code "model"}.
   *
   * @return the object type; empty when the hub leaves it out
   */
  Optional<String> object();

  /**
   * What the model produces, where the hub says.
   *
   * @return the model's type, unknown names kept as sent; empty when the hub does not say
   */
  Optional<ModelType> type();

  /**
   * A display name.
   *
   * @return the name to show; empty when the hub gives none
   */
  Optional<String> name();

  /**
   * The provider or organisation owning the model.
   *
   * @return the owner, e.g. {@code openai}; empty when the hub does not say
   */
  @JsonProperty("owned_by")
  Optional<String> ownedBy();

  /**
   * Creation time in Unix seconds.
   *
   * @return when the model was created, in seconds since the epoch; empty when the hub does not say
   */
  Optional<Long> created();

  /**
   * The base model this one is derived from.
   *
   * @return the base model's id; empty when the hub does not say
   */
  Optional<String> root();

  /**
   * The parent model, if any.
   *
   * @return the parent model's id; empty for a model without one or when the hub does not say
   */
  Optional<String> parent();

  /**
   * Every other field the hub sent, e.g. {@code permission}.
   *
   * @return the fields HubKit does not name, by JSON name; JSON {@code null}s kept as {@code null}
   */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();

  /**
   * Starts a builder.
   *
   * @return an empty builder; {@code id} is required
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HubModel} values. */
  final class Builder extends ImmutableHubModel.Builder {}
}
