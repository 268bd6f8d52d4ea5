package dev.hubkit.chat.responses;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import dev.hubkit.core.internal.Json;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A request's {@code input}: one text (a user message), or a list of items. Grows by turns with {@link #plus}: a
 * reply's output items (function calls and reasoning included) and the app's function outputs are appended, and
 * the result is the next request's input:
 * {@code ResponseInput.text("Weather in Paris?").plus(reply.output()).plus(ResponseItem.functionCallOutput(id, json))}.
 */
public final class ResponseInput {
  private final String text;
  private final List<ResponseItem> items;

  private ResponseInput(String text, List<ResponseItem> items) {
    this.text = text;
    this.items = items;
  }

  /**
   * @param text what the user says
   * @return the input as a plain string
   */
  public static ResponseInput text(String text) {
    return new ResponseInput(Objects.requireNonNull(text, "text"), null);
  }

  /**
   * @param items the conversation so far, oldest first
   * @return the input as items
   */
  public static ResponseInput items(List<? extends ResponseItem> items) {
    return new ResponseInput(null, Collections.unmodifiableList(new ArrayList<ResponseItem>(items)));
  }

  /**
   * @param items the conversation so far, oldest first
   * @return the input as items
   */
  public static ResponseInput items(ResponseItem... items) {
    return items(Arrays.asList(items));
  }

  /** @return the text when this input is a plain string */
  public Optional<String> asText() {
    return Optional.ofNullable(text);
  }

  /** @return the items; a plain string reads as one user message */
  public List<ResponseItem> items() {
    return items != null ? items : Collections.singletonList(ResponseItem.user(text));
  }

  /**
   * @param more items to append, such as a reply's {@code output()}
   * @return this input followed by {@code more}, as items
   */
  public ResponseInput plus(Collection<? extends ResponseItem> more) {
    List<ResponseItem> all = new ArrayList<>(items());
    all.addAll(more);
    return new ResponseInput(null, Collections.unmodifiableList(all));
  }

  /**
   * @param more items to append, such as a {@code function_call_output} or the next user message
   * @return this input followed by {@code more}, as items
   */
  public ResponseInput plus(ResponseItem... more) {
    return plus(Arrays.asList(more));
  }

  @JsonCreator
  static ResponseInput fromJson(JsonNode json) {
    if (json.isTextual()) {
      return text(json.textValue());
    }
    List<ResponseItem> items = new ArrayList<>();
    for (JsonNode item : json) {
      items.add(Json.mapper().convertValue(item, ResponseItem.class));
    }
    return items(items);
  }

  @JsonValue
  Object jsonValue() {
    return text != null ? text : items;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ResponseInput && jsonValue().equals(((ResponseInput) other).jsonValue());
  }

  @Override
  public int hashCode() {
    return jsonValue().hashCode();
  }

  @Override
  public String toString() {
    return "ResponseInput{" + jsonValue() + "}";
  }
}
