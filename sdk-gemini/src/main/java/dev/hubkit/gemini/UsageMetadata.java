package dev.hubkit.gemini;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Tokens a call used, as Gemini counts them; a count left out reads as 0. Thoughts are counted apart from the
 * candidates; the per-modality breakdowns ({@code promptTokensDetails}, ...) are in {@link #extra()}.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableUsageMetadata.class)
@JsonDeserialize(as = ImmutableUsageMetadata.class)
public interface UsageMetadata {
  /**
   * Tokens of the prompt, cached content included.
   *
   * @return tokens of the prompt, cached content included
   */
  @Value.Default
  default int promptTokenCount() {
    return 0;
  }

  /**
   * Tokens of the generated candidates, thoughts excluded.
   *
   * @return tokens of the generated candidates, thoughts excluded
   */
  @Value.Default
  default int candidatesTokenCount() {
    return 0;
  }

  /**
   * Tokens the model spent thinking.
   *
   * @return tokens the model spent thinking
   */
  @Value.Default
  default int thoughtsTokenCount() {
    return 0;
  }

  /**
   * Tokens of the prompt read from the context cache.
   *
   * @return tokens of the prompt read from the context cache
   */
  @Value.Default
  default int cachedContentTokenCount() {
    return 0;
  }

  /**
   * Tokens of tool results (such as search results) fed to the model.
   *
   * @return tokens of tool results (such as search results) fed to the model
   */
  @Value.Default
  default int toolUsePromptTokenCount() {
    return 0;
  }

  /**
   * All tokens of the call.
   *
   * @return all tokens of the call
   */
  @Value.Default
  default int totalTokenCount() {
    return 0;
  }

  /**
   * Members HubKit does not model, such as {@code promptTokensDetails}.
   *
   * @return members HubKit does not model, such as {@code promptTokensDetails}
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

  /** Builds {@link UsageMetadata} values. */
  final class Builder extends ImmutableUsageMetadata.Builder {}
}
