package dev.hubkit.chat.responses;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Tokens a response consumed: input (of which {@link #cachedTokens()} came from the prompt cache) and output (of
 * which {@link #reasoningTokens()} were reasoning). A count the hub left out reads as 0.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableResponseUsage.class)
@JsonDeserialize(as = ImmutableResponseUsage.class)
public interface ResponseUsage {
  /** Tokens of the input. */
  @JsonProperty("input_tokens")
  @Value.Default
  default int inputTokens() {
    return 0;
  }

  /** Tokens generated, reasoning included. */
  @JsonProperty("output_tokens")
  @Value.Default
  default int outputTokens() {
    return 0;
  }

  /** Tokens billed in total. */
  @JsonProperty("total_tokens")
  @Value.Default
  default int totalTokens() {
    return 0;
  }

  /** The breakdown of the input tokens ({@code cached_tokens}). */
  @JsonProperty("input_tokens_details")
  Optional<TokenDetails> inputTokensDetails();

  /** The breakdown of the output tokens ({@code reasoning_tokens}). */
  @JsonProperty("output_tokens_details")
  Optional<TokenDetails> outputTokensDetails();

  /** Members HubKit does not model (a hub's cost fields, for instance), kept as received. */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();

  /** @return input tokens read from the prompt cache */
  default int cachedTokens() {
    return inputTokensDetails().flatMap(TokenDetails::cachedTokens).orElse(0);
  }

  /** @return output tokens spent on reasoning */
  default int reasoningTokens() {
    return outputTokensDetails().flatMap(TokenDetails::reasoningTokens).orElse(0);
  }

  /** @return a builder */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ResponseUsage} values. */
  final class Builder extends ImmutableResponseUsage.Builder {}
}
