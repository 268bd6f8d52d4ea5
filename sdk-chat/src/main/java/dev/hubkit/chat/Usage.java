package dev.hubkit.chat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Tokens a call consumed, as the hub counted them; a count the hub left out reads as 0. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableUsage.class)
@JsonDeserialize(as = ImmutableUsage.class)
public interface Usage {
  /**
   * Tokens of the input.
   *
   * @return {@code prompt_tokens}; 0 when the hub left it out
   */
  @JsonProperty("prompt_tokens")
  @Value.Default
  default int promptTokens() {
    return 0;
  }

  /**
   * Tokens generated, reasoning included; 0 for embeddings.
   *
   * @return {@code completion_tokens}; 0 when the hub left it out
   */
  @JsonProperty("completion_tokens")
  @Value.Default
  default int completionTokens() {
    return 0;
  }

  /**
   * Tokens billed in total.
   *
   * @return {@code total_tokens}; 0 when the hub left it out
   */
  @JsonProperty("total_tokens")
  @Value.Default
  default int totalTokens() {
    return 0;
  }

  /**
   * Breakdown of the input tokens (cached, audio).
   *
   * @return the breakdown; empty when the hub sent none
   */
  @JsonProperty("prompt_tokens_details")
  Optional<PromptTokensDetails> promptTokensDetails();

  /**
   * Breakdown of the generated tokens (reasoning, audio, predictions).
   *
   * @return the breakdown; empty when the hub sent none
   */
  @JsonProperty("completion_tokens_details")
  Optional<CompletionTokensDetails> completionTokensDetails();

  /**
   * Properties HubKit does not model (a hub's cost fields, for instance).
   *
   * @return the other members by name, as Jackson read them; empty when there are none
   */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();

  /**
   * Starts a builder.
   *
   * @return a new builder; every count defaults to 0
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Usage} values. */
  final class Builder extends ImmutableUsage.Builder {}
}
