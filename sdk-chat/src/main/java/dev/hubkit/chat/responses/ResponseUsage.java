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
  /**
   * Tokens of the input.
   *
   * @return the input tokens, cached ones included; 0 when the hub left the count out
   */
  @JsonProperty("input_tokens")
  @Value.Default
  default int inputTokens() {
    return 0;
  }

  /**
   * Tokens generated, reasoning included.
   *
   * @return the output tokens, reasoning included; 0 when the hub left the count out
   */
  @JsonProperty("output_tokens")
  @Value.Default
  default int outputTokens() {
    return 0;
  }

  /**
   * Tokens billed in total.
   *
   * @return the input and output tokens together, as the hub counted them; 0 when the hub left the count out
   */
  @JsonProperty("total_tokens")
  @Value.Default
  default int totalTokens() {
    return 0;
  }

  /**
   * The breakdown of the input tokens ({@code cached_tokens}).
   *
   * @return the input's breakdown; empty when the hub sent none ({@link #cachedTokens()} then reads 0)
   */
  @JsonProperty("input_tokens_details")
  Optional<TokenDetails> inputTokensDetails();

  /**
   * The breakdown of the output tokens ({@code reasoning_tokens}).
   *
   * @return the output's breakdown; empty when the hub sent none ({@link #reasoningTokens()} then reads 0)
   */
  @JsonProperty("output_tokens_details")
  Optional<TokenDetails> outputTokensDetails();

  /**
   * Members HubKit does not model (a hub's cost fields, for instance), kept as received.
   *
   * @return the members HubKit does not model, by name; empty when there are none
   */
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
