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
  /**
   * The jobs on this page.
   *
   * @return the jobs, in the {@code order} asked for (the hub's default: newest first); empty past the last page
   */
  List<VideoJob> data();

  /**
   * The first job's id.
   *
   * @return the id of the page's first job; empty for an empty page
   */
  @JsonProperty("first_id")
  Optional<String> firstId();

  /**
   * The last job's id: the cursor for the next page.
   *
   * @return the id of the page's last job; empty for an empty page
   */
  @JsonProperty("last_id")
  Optional<String> lastId();

  /**
   * Whether more pages follow.
   *
   * @return true when a call with {@code after = lastId()} returns more jobs; false when the reply does not say
   */
  @JsonProperty("has_more")
  @Value.Default
  default boolean hasMore() {
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
