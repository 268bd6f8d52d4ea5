package dev.hubkit.chat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** How the generated tokens of a call break down. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableCompletionTokensDetails.class)
@JsonDeserialize(as = ImmutableCompletionTokensDetails.class)
public interface CompletionTokensDetails {
  /**
   * Tokens the model spent thinking.
   *
   * @return {@code reasoning_tokens}; empty when the hub left it out
   */
  @JsonProperty("reasoning_tokens")
  Optional<Integer> reasoningTokens();

  /**
   * Generated tokens of audio.
   *
   * @return {@code audio_tokens}; empty when the hub left it out
   */
  @JsonProperty("audio_tokens")
  Optional<Integer> audioTokens();

  /**
   * Predicted-output tokens that appeared in the reply.
   *
   * @return {@code accepted_prediction_tokens}; empty when the hub left it out
   */
  @JsonProperty("accepted_prediction_tokens")
  Optional<Integer> acceptedPredictionTokens();

  /**
   * Predicted-output tokens that did not appear but were billed.
   *
   * @return {@code rejected_prediction_tokens}; empty when the hub left it out
   */
  @JsonProperty("rejected_prediction_tokens")
  Optional<Integer> rejectedPredictionTokens();

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

  /** Builds {@link CompletionTokensDetails} values. */
  final class Builder extends ImmutableCompletionTokensDetails.Builder {}
}
