package dev.hubkit.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** Settings of a streamed reply; ignored (left out) by {@code ChatApi.create}, where hubs reject them. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableStreamOptions.class)
@JsonDeserialize(as = ImmutableStreamOptions.class)
public interface StreamOptions {
  /**
   * Whether the hub ends the stream with a chunk carrying the token usage (and empty choices).
   *
   * @return whether the usage chunk is asked for; empty leaves it to the hub (off on OpenAI)
   */
  @JsonProperty("include_usage")
  Optional<Boolean> includeUsage();

  /**
   * Options asking for the final usage chunk.
   *
   * @return options with {@code include_usage} true
   */
  static StreamOptions usageIncluded() {
    return builder().includeUsage(true).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new, empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link StreamOptions} values. */
  final class Builder extends ImmutableStreamOptions.Builder {}
}
