package dev.hubkit.chat.responses;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A breakdown of tokens: {@code cached_tokens} of the input, {@code reasoning_tokens} of the output. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableTokenDetails.class)
@JsonDeserialize(as = ImmutableTokenDetails.class)
public interface TokenDetails {
  /**
   * Input tokens read from the prompt cache.
   *
   * @return the input tokens read from the prompt cache; empty in an output breakdown, and when the hub sent none
   */
  @JsonProperty("cached_tokens")
  Optional<Integer> cachedTokens();

  /**
   * Output tokens spent on reasoning.
   *
   * @return the output tokens spent on reasoning; empty in an input breakdown, and when the hub sent none
   */
  @JsonProperty("reasoning_tokens")
  Optional<Integer> reasoningTokens();

  /**
   * Other counts a hub sends, kept as received.
   *
   * @return the other counts, by name; empty when there are none
   */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();

  /** @return a builder */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link TokenDetails} values. */
  final class Builder extends ImmutableTokenDetails.Builder {}
}
