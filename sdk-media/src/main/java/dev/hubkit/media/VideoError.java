package dev.hubkit.media;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Why a video job failed: the hub's code and message. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableVideoError.class)
@JsonDeserialize(as = ImmutableVideoError.class)
public interface VideoError {
  /**
   * The error code, e.g. {@code moderation_blocked}.
   *
   * @return the code; empty when the hub gave only a message
   */
  Optional<String> code();

  /**
   * What went wrong.
   *
   * @return the hub's message; empty when it gave only a code
   */
  Optional<String> message();

  /**
   * Every other field the hub sent.
   *
   * @return the fields HubKit does not name, by JSON name; JSON {@code null}s kept as {@code null}
   */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();
}
