package dev.hubkit.anthropic;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Tokens a reply cost: input (not counting cached input), output (thinking included), and prompt-cache writes and
 * reads. Other members ({@code server_tool_use}, {@code cache_creation}, {@code service_tier}) are in
 * {@link #extra()}.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableUsage.class)
@JsonDeserialize(as = ImmutableUsage.class)
public interface Usage {
  /**
   * Input tokens read without the cache.
   *
   * @return input tokens read without the cache
   */
  @JsonProperty("input_tokens")
  @Value.Default
  default int inputTokens() {
    return 0;
  }

  /**
   * Output tokens written, thinking included.
   *
   * @return output tokens written, thinking included
   */
  @JsonProperty("output_tokens")
  @Value.Default
  default int outputTokens() {
    return 0;
  }

  /**
   * Input tokens written to the prompt cache.
   *
   * @return input tokens written to the prompt cache
   */
  @JsonProperty("cache_creation_input_tokens")
  Optional<Integer> cacheCreationInputTokens();

  /**
   * Input tokens read from the prompt cache.
   *
   * @return input tokens read from the prompt cache
   */
  @JsonProperty("cache_read_input_tokens")
  Optional<Integer> cacheReadInputTokens();

  /**
   * Members HubKit does not model.
   *
   * @return members HubKit does not model
   */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Usage} values. */
  final class Builder extends ImmutableUsage.Builder {}
}
