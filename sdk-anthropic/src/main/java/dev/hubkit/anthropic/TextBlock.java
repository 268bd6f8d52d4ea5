package dev.hubkit.anthropic;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/** A {@code text} block: what Claude wrote, with the {@link Citation}s backing it, or text in a request. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableTextBlock.class)
@JsonDeserialize(as = ImmutableTextBlock.class)
public interface TextBlock extends ContentBlock {
  @Override
  @Value.Default
  default String type() {
    return "text";
  }

  /**
   * The text.
   *
   * @return the text
   */
  String text();

  /**
   * The sources of this text, when citations were enabled on a document or web search ran.
   *
   * @return the sources of this text, when citations were enabled on a document or web search ran
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<Citation> citations();

  /**
   * A prompt-cache breakpoint after this block.
   *
   * @return A prompt-cache breakpoint after this block
   */
  @JsonProperty("cache_control")
  Optional<CacheControl> cacheControl();

  /**
   * Members HubKit does not model.
   *
   * @return members HubKit does not model
   */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();

  /**
   * A text block.
   *
   * @param text the text
   * @return the block
   */
  static TextBlock of(String text) {
    return builder().text(Objects.requireNonNull(text, "text")).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link TextBlock} values. */
  final class Builder extends ImmutableTextBlock.Builder {}
}
