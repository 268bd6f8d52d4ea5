package dev.hubkit.anthropic;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** A stream event of a kind HubKit does not model, kept as the JSON object it was. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableUnknownEvent.class)
public interface UnknownEvent extends MessageStreamEvent {
  @Override
  @Value.Derived
  default String type() {
    return json().path("type").asText("");
  }

  /**
   * The event's data as it came.
   *
   * @return the event's data as it came
   */
  @JsonValue
  JsonNode json();

  /**
   * Wraps an event's JSON.
   *
   * @param json the event's data
   * @return the event
   */
  static UnknownEvent of(JsonNode json) {
    return ImmutableUnknownEvent.builder().json(json).build();
  }
}
