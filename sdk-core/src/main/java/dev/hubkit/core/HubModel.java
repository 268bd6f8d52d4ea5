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
  /** The id to put in a request's {@code model} field. */
  String id();

  /** The object type, {@code "model"}. */
  Optional<String> object();

  /** What the model produces, where the hub says. */
  Optional<ModelType> type();

  /** A display name. */
  Optional<String> name();

  /** The provider or organisation owning the model. */
  @JsonProperty("owned_by")
  Optional<String> ownedBy();

  /** Creation time in Unix seconds. */
  Optional<Long> created();

  /** The base model this one is derived from. */
  Optional<String> root();

  /** The parent model, if any. */
  Optional<String> parent();

  /** Every other field the hub sent, e.g. {@code permission}. */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HubModel} values. */
  final class Builder extends ImmutableHubModel.Builder {}
}
