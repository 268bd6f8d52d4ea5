package dev.hubkit.gemini;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/** The reply to {@code countTokens}: how many tokens a request's contents are, before sending it. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableTokenCount.class)
@JsonDeserialize(as = ImmutableTokenCount.class)
public interface TokenCount {
  /**
   * Tokens of the prompt.
   *
   * @return tokens of the prompt
   */
  @Value.Default
  default int totalTokens() {
    return 0;
  }

  /**
   * Tokens of it in the context cache.
   *
   * @return tokens of it in the context cache
   */
  @Value.Default
  default int cachedContentTokenCount() {
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

  /** Builds {@link TokenCount} values. */
  final class Builder extends ImmutableTokenCount.Builder {}
}
