package dev.hubkit.chat.responses;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Which page of input items to list: after a cursor, how many, in which order. */
@Value.Immutable
@ValueStyle
public interface InputItemsQuery {
  /**
   * The id of the item after which the page starts (the previous page's {@code lastId}).
   *
   * @return the id of the item the page starts after; empty for the first page
   */
  Optional<String> after();

  /**
   * How many items, 1 to 100 (the hub's default is 20).
   *
   * @return how many items the page holds at most; empty for the hub's default (20)
   */
  Optional<Integer> limit();

  /**
   * {@code asc} or {@code desc} (the hub's default).
   *
   * @return the order of the items, {@code asc} or {@code desc}; empty for the hub's default ({@code desc})
   */
  Optional<String> order();

  /**
   * Extra output to include in the items, such as {@code message.input_image.image_url} (sent as
   * {@code include[]=...}, once per value).
   *
   * @return the extra output to include; empty for none
   */
  List<String> include();

  /**
   * @param itemId the previous page's {@code lastId}
   * @return a query for the page after that item
   */
  static InputItemsQuery after(String itemId) {
    return builder().after(itemId).build();
  }

  /** @return a builder */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link InputItemsQuery} values. */
  final class Builder extends ImmutableInputItemsQuery.Builder {}
}
