package dev.hubkit.media;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** One page of {@code GET /videos}; pass {@link #lastId()} as {@code after} for the next page. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableVideoPage.class)
@JsonDeserialize(as = ImmutableVideoPage.class)
public interface VideoPage {
  /** The jobs on this page. */
  List<VideoJob> data();

  /** The first job's id. */
  @JsonProperty("first_id")
  Optional<String> firstId();

  /** The last job's id: the cursor for the next page. */
  @JsonProperty("last_id")
  Optional<String> lastId();

  /** Whether more pages follow. */
  @JsonProperty("has_more")
  @Value.Default
  default boolean hasMore() {
    return false;
  }

  /** Every other field the hub sent. */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();
}
