package dev.hubkit.gemini;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** How likely a candidate or the prompt is to be harmful in one category, and whether that blocked it. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableSafetyRating.class)
@JsonDeserialize(as = ImmutableSafetyRating.class)
public interface SafetyRating {
  /**
   * The harm category, such as {@code HARM_CATEGORY_HATE_SPEECH}.
   *
   * @return the harm category, such as {@code HARM_CATEGORY_HATE_SPEECH}
   */
  Optional<String> category();

  /**
   * {@code NEGLIGIBLE}, {@code LOW}, {@code MEDIUM} or {@code HIGH}.
   *
   * @return {@code NEGLIGIBLE}, {@code LOW}, {@code MEDIUM} or {@code HIGH}
   */
  Optional<String> probability();

  /**
   * Whether this rating blocked the content.
   *
   * @return whether this rating blocked the content
   */
  Optional<Boolean> blocked();

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

  /** Builds {@link SafetyRating} values. */
  final class Builder extends ImmutableSafetyRating.Builder {}
}
