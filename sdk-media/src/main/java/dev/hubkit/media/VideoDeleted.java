package dev.hubkit.media;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The reply of {@code DELETE /videos/{id}}. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableVideoDeleted.class)
@JsonDeserialize(as = ImmutableVideoDeleted.class)
public interface VideoDeleted {
  /**
   * The deleted job's id.
   *
   * @return the id of the job that was deleted
   */
  String id();

  /**
   * {@code video.deleted}.
   *
   * @return the object type; empty when the hub leaves it out
   */
  Optional<String> object();

  /**
   * True when the hub deleted it.
   *
   * @return whether the hub deleted the job; false when the reply does not say
   */
  @Value.Default
  default boolean deleted() {
    return false;
  }

  /**
   * Every other field the hub sent.
   *
   * @return the fields HubKit does not name, by JSON name; JSON {@code null}s kept as {@code null}
   */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();
}
