package dev.hubkit.chat.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A request body with an explicit {@code "stream"} flag after the request's own fields. Some hubs (CHMU Hub)
 * stream when the flag is absent, so HubKit always writes it.
 */
@JsonPropertyOrder({"request", "stream"})
public final class StreamFlaggedBody {
  @JsonUnwrapped
  private final Object request;

  @JsonProperty("stream")
  private final boolean stream;

  /** Wraps {@code request}, a value Jackson writes as a JSON object. */
  public StreamFlaggedBody(Object request, boolean stream) {
    this.request = request;
    this.stream = stream;
  }
}
