package dev.hubkit.chat.responses.internal;

import dev.hubkit.chat.responses.Response;
import dev.hubkit.chat.responses.ResponseContent;
import dev.hubkit.chat.responses.ResponseItem;
import dev.hubkit.chat.responses.ResponseStreamEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Builds the whole response from its stream's events. The terminal event's response is the reply as the hub
 * stored it and is taken as it is; when a gateway sends it without its output (or the stream ended at
 * {@code [DONE]} without one), the output is built from the items, parts and deltas seen. Not thread-safe.
 */
public final class ResponseAccumulator {
  private Response latest;
  private boolean terminal;
  private final List<ItemDraft> items = new ArrayList<>();

  /** @param event the next event of the stream */
  public void add(ResponseStreamEvent event) {
    String type = event.type();
    if (event.response().isPresent()) {
      latest = event.response().get();
      terminal |= ResponseStreamEvent.COMPLETED.equals(type) || ResponseStreamEvent.INCOMPLETE.equals(type);
      return;
    }
    int index = event.outputIndex().orElse(items.isEmpty() ? 0 : items.size() - 1);
    switch (type) {
      case ResponseStreamEvent.OUTPUT_ITEM_ADDED:
        event.item().ifPresent(item -> draft(index).start(item));
        break;
      case ResponseStreamEvent.OUTPUT_ITEM_DONE:
        event.item().ifPresent(item -> draft(index).done = item);
        break;
      case ResponseStreamEvent.CONTENT_PART_ADDED:
        event.part().ifPresent(part -> draft(index).part(event.contentIndex().orElse(0)).start(part));
        break;
      case ResponseStreamEvent.CONTENT_PART_DONE:
        event.part().ifPresent(part -> draft(index).part(event.contentIndex().orElse(0)).done = part);
        break;
      case ResponseStreamEvent.OUTPUT_TEXT_DELTA:
      case ResponseStreamEvent.REFUSAL_DELTA:
        draft(index).part(event.contentIndex().orElse(0)).text.append(event.delta().orElse(""));
        break;
      case ResponseStreamEvent.FUNCTION_CALL_ARGUMENTS_DELTA:
        draft(index).arguments.append(event.delta().orElse(""));
        break;
      case ResponseStreamEvent.REASONING_SUMMARY_PART_ADDED:
        event.part().ifPresent(part -> draft(index).summary(event.summaryIndex().orElse(0)).start(part));
        break;
      case ResponseStreamEvent.REASONING_SUMMARY_TEXT_DELTA:
        draft(index).summary(event.summaryIndex().orElse(0)).text.append(event.delta().orElse(""));
        break;
      default:
        break;
    }
  }

  /**
   * @return the whole response: the terminal event's, with the output built from the events when it had none
   * @throws IllegalStateException when the stream delivered no response at all
   */
  public Response toResponse() {
    if (latest == null) {
      throw new IllegalStateException("the stream delivered no response.created or response.completed event");
    }
    if (terminal && !latest.output().isEmpty() || items.isEmpty()) {
      return latest;
    }
    List<ResponseItem> output = new ArrayList<>(items.size());
    for (ItemDraft draft : items) {
      if (draft.done != null || draft.started != null) {
        output.add(draft.build());
      }
    }
    return Response.builder().from(latest).output(output).build();
  }

  private ItemDraft draft(int index) {
    while (items.size() <= index) {
      items.add(new ItemDraft());
    }
    return items.get(index);
  }

  /** An output item as far as the events went. */
  private static final class ItemDraft {
    ResponseItem started;
    ResponseItem done;
    final StringBuilder arguments = new StringBuilder();
    final List<PartDraft> parts = new ArrayList<>();
    final List<PartDraft> summary = new ArrayList<>();

    void start(ResponseItem item) {
      started = item;
      arguments.append(item.arguments().orElse(""));
    }

    PartDraft part(int index) {
      return at(parts, index);
    }

    PartDraft summary(int index) {
      return at(summary, index);
    }

    private static PartDraft at(List<PartDraft> drafts, int index) {
      while (drafts.size() <= index) {
        drafts.add(new PartDraft());
      }
      return drafts.get(index);
    }

    ResponseItem build() {
      if (done != null) {
        return done;
      }
      ResponseItem.Builder item = ResponseItem.builder().from(started);
      if (!parts.isEmpty()) {
        item.content(built(parts, "output_text"));
      }
      if (!summary.isEmpty()) {
        item.summary(built(summary, "summary_text"));
      }
      if ("function_call".equals(started.type()) || arguments.length() > 0) {
        item.arguments(arguments.toString());
      }
      return item.build();
    }

    private static List<ResponseContent> built(List<PartDraft> drafts, String defaultType) {
      List<ResponseContent> parts = new ArrayList<>(drafts.size());
      for (PartDraft draft : drafts) {
        parts.add(draft.build(defaultType));
      }
      return Collections.unmodifiableList(parts);
    }
  }

  /** A content or summary part as far as the events went. */
  private static final class PartDraft {
    ResponseContent started;
    ResponseContent done;
    final StringBuilder text = new StringBuilder();

    void start(ResponseContent part) {
      started = part;
      text.append(part.refusal().orElse(part.text().orElse("")));
    }

    ResponseContent build(String defaultType) {
      if (done != null) {
        return done;
      }
      ResponseContent.Builder part = started != null ? ResponseContent.builder().from(started)
          : ResponseContent.builder().type(defaultType);
      if (started != null && "refusal".equals(started.type())) {
        return part.refusal(text.toString()).build();
      }
      return part.text(text.toString()).build();
    }
  }
}
