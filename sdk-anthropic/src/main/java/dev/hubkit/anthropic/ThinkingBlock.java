package dev.hubkit.anthropic;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A {@code thinking} block: Claude's extended thinking (or its summary) and the {@link #signature()} that lets the
 * API verify it. Send it back unchanged, signature included, in the assistant turn that precedes a tool result:
 * the API rejects a tool-use turn whose thinking is missing or altered.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableThinkingBlock.class)
@JsonDeserialize(as = ImmutableThinkingBlock.class)
public interface ThinkingBlock extends ContentBlock {
  @Override
  @Value.Default
  default String type() {
    return "thinking";
  }

  /**
   * The thinking text.
   *
   * @return the thinking text
   */
  String thinking();

  /**
   * The opaque signature of the thinking; empty only in a stream before its {@code signature_delta}.
   *
   * @return the opaque signature of the thinking; empty only in a stream before its {@code signature_delta}
   */
  @Value.Default
  default String signature() {
    return "";
  }

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

  /** Builds {@link ThinkingBlock} values. */
  final class Builder extends ImmutableThinkingBlock.Builder {}
}
