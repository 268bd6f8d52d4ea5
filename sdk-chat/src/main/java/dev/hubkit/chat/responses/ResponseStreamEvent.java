package dev.hubkit.chat.responses;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One event of a streamed response, by {@link #type()}: the response's lifecycle ({@link #CREATED},
 * {@link #IN_PROGRESS}, then one of {@link #COMPLETED} or {@link #INCOMPLETE}, each with its {@link #response()}),
 * an output item starting or done ({@link #item()} at {@link #outputIndex()}), a content part starting or done
 * ({@link #part()}), and the deltas of text, refusals, function arguments and reasoning summaries
 * ({@link #delta()}). A failed response ({@code response.failed}) or an {@code error} event is thrown as the
 * {@code ApiException} a failed call gets, never delivered. Events of other types are delivered with their members
 * in {@link #extra()}.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableResponseStreamEvent.class)
@JsonDeserialize(as = ImmutableResponseStreamEvent.class)
public interface ResponseStreamEvent {
  /** The response was created; its first snapshot. */
  String CREATED = "response.created";
  /** The response is being generated. */
  String IN_PROGRESS = "response.in_progress";
  /** An output item started. */
  String OUTPUT_ITEM_ADDED = "response.output_item.added";
  /** An output item is complete. */
  String OUTPUT_ITEM_DONE = "response.output_item.done";
  /** A content part started. */
  String CONTENT_PART_ADDED = "response.content_part.added";
  /** A content part is complete. */
  String CONTENT_PART_DONE = "response.content_part.done";
  /** A piece of output text. */
  String OUTPUT_TEXT_DELTA = "response.output_text.delta";
  /** An output text part is complete. */
  String OUTPUT_TEXT_DONE = "response.output_text.done";
  /** A piece of a refusal. */
  String REFUSAL_DELTA = "response.refusal.delta";
  /** A piece of a function call's arguments. */
  String FUNCTION_CALL_ARGUMENTS_DELTA = "response.function_call_arguments.delta";
  /** A function call's arguments are complete. */
  String FUNCTION_CALL_ARGUMENTS_DONE = "response.function_call_arguments.done";
  /** A reasoning summary part started. */
  String REASONING_SUMMARY_PART_ADDED = "response.reasoning_summary_part.added";
  /** A piece of a reasoning summary's text. */
  String REASONING_SUMMARY_TEXT_DELTA = "response.reasoning_summary_text.delta";
  /** The response finished; the last event. */
  String COMPLETED = "response.completed";
  /** The response finished early (see its incomplete details); the last event. */
  String INCOMPLETE = "response.incomplete";
  /** The response failed; thrown as an {@code ApiException}, never delivered. */
  String FAILED = "response.failed";

  /**
   * The event's type, such as {@code response.output_text.delta}.
   *
   * @return the event's type: one of this interface's constants, or another the hub sends
   */
  String type();

  /**
   * The event's place in the stream, from 0 or 1.
   *
   * @return the event's sequence number; empty when the hub left it out
   */
  @JsonProperty("sequence_number")
  Optional<Long> sequenceNumber();

  /**
   * The response as it stands, for lifecycle events.
   *
   * @return the response as it stands; empty for events other than {@link #CREATED}, {@link #IN_PROGRESS},
   *     {@link #COMPLETED} and {@link #INCOMPLETE}
   */
  Optional<Response> response();

  /**
   * Which output item the event concerns.
   *
   * @return the item's index in the response's output; empty for events about the whole response
   */
  @JsonProperty("output_index")
  Optional<Integer> outputIndex();

  /**
   * Which content part of the item the event concerns.
   *
   * @return the part's index in the item's content; empty for events about a whole item or response, and for a
   *     reasoning summary's events (see {@link #summaryIndex()})
   */
  @JsonProperty("content_index")
  Optional<Integer> contentIndex();

  /**
   * Which summary part of a reasoning item the event concerns.
   *
   * @return the summary part's index in the reasoning item's summary; empty for events other than a reasoning
   *     summary's
   */
  @JsonProperty("summary_index")
  Optional<Integer> summaryIndex();

  /**
   * The id of the item the event concerns.
   *
   * @return the item's id; empty for events about the whole response, and for {@code output_item} events (their
   *     {@link #item()} has it)
   */
  @JsonProperty("item_id")
  Optional<String> itemId();

  /**
   * The item of {@code output_item.added} and {@code output_item.done}.
   *
   * @return the item added or done; empty for other events
   */
  Optional<ResponseItem> item();

  /**
   * The part of {@code content_part.added}/{@code .done} and {@code reasoning_summary_part.added}/{@code .done}.
   *
   * @return the part added or done; empty for other events
   */
  Optional<ResponseContent> part();

  /**
   * The new piece of text, refusal, arguments or summary.
   *
   * @return the new piece; empty for events other than deltas
   */
  Optional<String> delta();

  /**
   * The whole text of an {@code output_text.done} or {@code reasoning_summary_text.done}.
   *
   * @return the whole text; empty for other events
   */
  Optional<String> text();

  /**
   * The whole arguments of a {@code function_call_arguments.done}.
   *
   * @return the whole arguments as JSON text; empty for other events
   */
  Optional<String> arguments();

  /**
   * Members HubKit does not model (an added annotation, logprobs, a new event's fields), kept as received.
   *
   * @return the members HubKit does not model, by name; empty when there are none
   */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();

  /** @return the new piece of output text for an {@code output_text.delta}, else the empty string */
  default String textDelta() {
    return OUTPUT_TEXT_DELTA.equals(type()) ? delta().orElse("") : "";
  }

  /** @return a builder */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ResponseStreamEvent} values. */
  final class Builder extends ImmutableResponseStreamEvent.Builder {}
}
