package dev.hubkit.anthropic;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/** The answer of {@code POST /v1/messages/count_tokens}: how many input tokens a request would cost. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableTokenCount.class)
@JsonDeserialize(as = ImmutableTokenCount.class)
public interface TokenCount {
  /**
   * The request's input tokens: system prompt, messages, tools.
   *
   * @return the request's input tokens: system prompt, messages, tools
   */
  @JsonProperty("input_tokens")
  int inputTokens();

  /**
   * Members HubKit does not model.
   *
   * @return members HubKit does not model
   */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();
}
