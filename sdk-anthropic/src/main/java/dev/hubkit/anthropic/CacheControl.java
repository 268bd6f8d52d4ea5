package dev.hubkit.anthropic;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A prompt-cache breakpoint on a block or tool: {@code {"type":"ephemeral"}}, optionally with a {@code ttl} such as
 * {@code "1h"}. Everything up to and including the marked block is cached.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableCacheControl.class)
@JsonDeserialize(as = ImmutableCacheControl.class)
public interface CacheControl {
  /**
   * The cache kind, {@code ephemeral}.
   *
   * @return the cache kind, {@code ephemeral}
   */
  @Value.Default
  default String type() {
    return "ephemeral";
  }

  /**
   * How long the entry lives, {@code 5m} (the server default) or {@code 1h}.
   *
   * @return how long the entry lives, {@code 5m} (the server default) or {@code 1h}
   */
  Optional<String> ttl();

  /**
   * The default five-minute breakpoint.
   *
   * @return {@code {"type":"ephemeral"}}
   */
  static CacheControl ephemeral() {
    return builder().build();
  }

  /**
   * A breakpoint with a lifetime.
   *
   * @param ttl {@code 5m} or {@code 1h}
   * @return {@code {"type":"ephemeral","ttl":ttl}}
   */
  static CacheControl ephemeral(String ttl) {
    return builder().ttl(ttl).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CacheControl} values. */
  final class Builder extends ImmutableCacheControl.Builder {}
}
