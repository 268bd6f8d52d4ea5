package dev.hubkit.chat.responses;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One page of a stored response's input items ({@code GET /responses/{id}/input_items}); ask for the next with
 * {@code InputItemsQuery.after(page.lastId().get())} while {@link #hasMore()}.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableInputItemPage.class)
@JsonDeserialize(as = ImmutableInputItemPage.class)
public interface InputItemPage {
  /**
   * The items of this page.
   *
   * @return the page's items, in the order asked for; empty when there are no (more) items
   */
  List<ResponseItem> data();

  /**
   * The id of the page's first item.
   *
   * @return the id of the page's first item; empty when the page has no items
   */
  @JsonProperty("first_id")
  Optional<String> firstId();

  /**
   * The id of the page's last item: the cursor of the next page.
   *
   * @return the id of the page's last item, for {@link InputItemsQuery#after(String)}; empty when the page has no items
   */
  @JsonProperty("last_id")
  Optional<String> lastId();

  /**
   * Whether more items follow this page.
   *
   * @return {@code true} when another page follows; {@code false} on the last page, and when the hub left it out
   */
  @JsonProperty("has_more")
  @Value.Default
  default boolean hasMore() {
    return false;
  }

  /**
   * Members HubKit does not model ({@code object}), kept as received.
   *
   * @return the members HubKit does not model, by name, such as {@code object}; empty when there are none
   */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();

  /** @return a builder */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link InputItemPage} values. */
  final class Builder extends ImmutableInputItemPage.Builder {}
}
