package dev.hubkit.chat.responses;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.hubkit.chat.responses.internal.StructuredResponses;
import dev.hubkit.core.StrictSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A response of the Responses API: its {@link #status()}, its {@link #output()} items (messages, function calls,
 * reasoning, built-in tool calls), why it stopped early ({@link #incompleteDetails()}) or failed ({@link #error()}),
 * and its {@link #usage()}. What HubKit does not model (the request's echoed settings, new members) is kept in
 * {@link #extra()}.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableResponse.class)
@JsonDeserialize(as = ImmutableResponse.class)
public interface Response {
  /**
   * The response's id ({@code resp_...}), for {@code retrieve}, {@code previous_response_id} and polling.
   *
   * @return the response's id, such as {@code resp_...}
   */
  String id();

  /**
   * {@code response}.
   *
   * @return {@code response}; empty when the hub left it out
   */
  Optional<String> object();

  /**
   * When it was created, in Unix seconds.
   *
   * @return when the response was created, in seconds since the Unix epoch; empty when the hub left it out
   */
  @JsonProperty("created_at")
  Optional<Long> createdAt();

  /**
   * Where it stands; the hub may leave it out of a streamed snapshot.
   *
   * @return the response's status, such as {@link ResponseStatus#COMPLETED}; empty when the hub left it out
   */
  Optional<ResponseStatus> status();

  /**
   * The model that answered, as the hub names it.
   *
   * @return the model that answered, as the hub names it; empty when the hub left it out
   */
  Optional<String> model();

  /**
   * The output items, in order.
   *
   * @return the output items, in order; empty before the model has written any (a queued or just-created response)
   */
  List<ResponseItem> output();

  /**
   * Why a response is {@code incomplete}, as {@code {"reason": "max_output_tokens"}}.
   *
   * @return the details' members, such as {@code reason} (read it with {@link #incompleteReason()}); empty unless the
   *     response is {@code incomplete}
   */
  @JsonProperty("incomplete_details")
  @AllowNulls
  Optional<Map<String, Object>> incompleteDetails();

  /**
   * What went wrong, for a {@code failed} response.
   *
   * @return the error of a {@code failed} response; empty for any other status
   */
  Optional<ResponseError> error();

  /**
   * Tokens counted, once the response finished.
   *
   * @return the tokens counted; empty until the response has finished
   */
  Optional<ResponseUsage> usage();

  /**
   * The response this one continues.
   *
   * @return the id of the response this one continues; empty for a conversation's first response
   */
  @JsonProperty("previous_response_id")
  Optional<String> previousResponseId();

  /**
   * Members HubKit does not model, kept as received.
   *
   * @return the members HubKit does not model, by name, such as the echoed {@code temperature} and {@code tools}; empty
   *     when there are none
   */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();

  /**
   * @return the text of the assistant's {@code output_text} parts, joined in order; empty when there is none
   */
  default String outputText() {
    StringBuilder text = new StringBuilder();
    for (ResponseItem item : output()) {
      if ("message".equals(item.type())) {
        for (ResponseContent part : item.content()) {
          if ("output_text".equals(part.type())) {
            part.text().ifPresent(text::append);
          }
        }
      }
    }
    return text.toString();
  }

  /**
   * The output text read into {@code type}, such as the class the request's format was made from
   * ({@link TextFormat#jsonSchema(Class)}). A Markdown code fence around the JSON is removed.
   *
   * @param type the class of the answer
   * @param <T> the type
   * @return the instance
   * @throws dev.hubkit.core.StructuredOutputException when the model refused, only called functions, the response
   *     is incomplete or failed, or the text does not match the type (the message names the property and shows the
   *     text)
   * @throws dev.hubkit.core.UnsupportedSchemaTypeException when the type cannot be expressed strictly
   */
  default <T> T parsed(Class<T> type) {
    return StructuredResponses.parse(this, StrictSchema.of(type));
  }

  /** @return the {@code function_call} items of the output, in order: what the app must run and answer */
  default List<ResponseItem> functionCalls() {
    List<ResponseItem> calls = new ArrayList<>();
    for (ResponseItem item : output()) {
      if ("function_call".equals(item.type())) {
        calls.add(item);
      }
    }
    return calls;
  }

  /** @return why the response is incomplete, such as {@code max_output_tokens} or {@code content_filter} */
  default Optional<String> incompleteReason() {
    return incompleteDetails().map(details -> details.get("reason")).map(String::valueOf);
  }

  /** @return a builder */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Response} values. */
  final class Builder extends ImmutableResponse.Builder {}
}
