package dev.hubkit.anthropic.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** A message request with its {@code "stream"} flag after the request's own fields; HubKit always writes it. */
@JsonPropertyOrder({"request", "stream"})
public final class MessagesBody {
  @JsonUnwrapped
  private final Object request;

  @JsonProperty("stream")
  private final boolean stream;

  /**
   * @param request the {@code MessageRequest}
   * @param stream whether the hub should stream the reply
   */
  public MessagesBody(Object request, boolean stream) {
    this.request = request;
    this.stream = stream;
  }
}
