package dev.hubkit.chat.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.hubkit.chat.ChatRequest;
import dev.hubkit.core.internal.DirectJson;

/**
 * A request body with an explicit {@code "stream"} flag after the request's own fields. Some hubs (CHMU Hub)
 * stream when the flag is absent, so HubKit always writes it.
 */
@JsonPropertyOrder({"request", "stream"})
public final class StreamFlaggedBody implements DirectJson {
  @JsonUnwrapped
  private final Object request;

  @JsonProperty("stream")
  private final boolean stream;

  /** Wraps {@code request}, a value Jackson writes as a JSON object. */
  public StreamFlaggedBody(Object request, boolean stream) {
    this.request = request;
    this.stream = stream;
  }

  /** A chat request of the usual shape, written without Jackson (see {@link ChatRequestWriter}). */
  @Override
  public byte[] directJson() {
    return request instanceof ChatRequest ? ChatRequestWriter.write((ChatRequest) request, stream) : null;
  }
}
