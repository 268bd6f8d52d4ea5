package dev.hubkit.chat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** How the input tokens of a call break down. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutablePromptTokensDetails.class)
@JsonDeserialize(as = ImmutablePromptTokensDetails.class)
public interface PromptTokensDetails {
  /**
   * Input tokens served from the provider's prompt cache.
   *
   * @return {@code cached_tokens}; empty when the hub left it out
   */
  @JsonProperty("cached_tokens")
  Optional<Integer> cachedTokens();

  /**
   * Input tokens of audio.
   *
   * @return {@code audio_tokens}; empty when the hub left it out
   */
  @JsonProperty("audio_tokens")
  Optional<Integer> audioTokens();

  /**
   * Properties HubKit does not model.
   *
   * @return the other members by name, as Jackson read them; empty when there are none
   */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();

  /**
   * Starts a builder.
   *
   * @return a new, empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PromptTokensDetails} values. */
  final class Builder extends ImmutablePromptTokensDetails.Builder {}
}
