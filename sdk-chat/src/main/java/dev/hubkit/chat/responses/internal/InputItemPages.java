package dev.hubkit.chat.responses.internal;

import dev.hubkit.chat.responses.InputItemPage;
import dev.hubkit.chat.responses.InputItemsQuery;
import dev.hubkit.chat.responses.ResponseItem;
import dev.hubkit.core.MalformedResponseException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * Every input item of a stored response, page after page: each iterator asks for the query's first page when it
 * is first used, and for the page after the last item (its {@code last_id}, or the last item's id) while the hub
 * says {@code has_more}. Each iterator reads the pages afresh; an iterator is not thread-safe.
 */
public final class InputItemPages implements Iterable<ResponseItem> {
  private final InputItemsQuery first;
  private final Function<InputItemsQuery, InputItemPage> fetch;

  /**
   * @param first the query of the first page; its {@code limit}, {@code order} and {@code include} hold for all
   * @param fetch lists one page
   */
  public InputItemPages(InputItemsQuery first, Function<InputItemsQuery, InputItemPage> fetch) {
    this.first = first;
    this.fetch = fetch;
  }

  @Override
  public Iterator<ResponseItem> iterator() {
    return new Iterator<ResponseItem>() {
      private InputItemsQuery query;
      private InputItemPage page;
      private Iterator<ResponseItem> items;

      @Override
      public boolean hasNext() {
        while (items == null || !items.hasNext()) {
          if (page != null && !page.hasMore()) {
            return false;
          }
          query = page == null ? first : after(query, page);
          page = fetch.apply(query);
          items = page.data().iterator();
        }
        return true;
      }

      @Override
      public ResponseItem next() {
        if (!hasNext()) {
          throw new NoSuchElementException("no more input items");
        }
        return items.next();
      }
    };
  }

  /** The query of the page after {@code page}, which {@code asked} listed. */
  private InputItemsQuery after(InputItemsQuery asked, InputItemPage page) {
    String cursor = page.lastId().orElse(null);
    if (cursor == null && !page.data().isEmpty()) {
      cursor = page.data().get(page.data().size() - 1).id().orElse(null);
    }
    if (cursor == null) {
      throw new MalformedResponseException("a page of input items says has_more but names no last_id"
          + " (and its last item has no id) to ask for the next page after", null);
    }
    if (cursor.equals(asked.after().orElse(null))) { // the same page again and again: stop, do not loop
      throw new MalformedResponseException("a page of input items says has_more but its last_id " + cursor
          + " is the cursor it was asked after: the next page would be the same", null);
    }
    return InputItemsQuery.builder().from(first).after(cursor).build();
  }
}
