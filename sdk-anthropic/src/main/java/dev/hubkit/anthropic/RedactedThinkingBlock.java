package dev.hubkit.anthropic;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A {@code redacted_thinking} block: thinking the safety systems encrypted. It cannot be read, but must be sent back
 * unchanged like a {@link ThinkingBlock}. {@code toString()} leaves out the data.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableRedactedThinkingBlock.class)
@JsonDeserialize(as = ImmutableRedactedThinkingBlock.class)
public interface RedactedThinkingBlock extends ContentBlock {
  @Override
  @Value.Default
  default String type() {
    return "redacted_thinking";
  }

  /**
   * The encrypted thinking.
   *
   * @return the encrypted thinking
   */
  @Value.Redacted
  String data();

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

  /** Builds {@link RedactedThinkingBlock} values. */
  final class Builder extends ImmutableRedactedThinkingBlock.Builder {}
}
