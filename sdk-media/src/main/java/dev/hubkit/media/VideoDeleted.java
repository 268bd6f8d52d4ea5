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
  /** The deleted job's id. */
  String id();

  /** {@code video.deleted}. */
  Optional<String> object();

  /** True when the hub deleted it. */
  @Value.Default
  default boolean deleted() {
    return false;
  }

  /** Every other field the hub sent. */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();
}
