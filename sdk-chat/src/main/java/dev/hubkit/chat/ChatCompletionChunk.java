package dev.hubkit.chat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.hubkit.chat.internal.ChunkDeserializer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One event of a streamed chat reply. {@link #choices()} may be empty (the usage-only final chunk of
 * {@code stream_options.include_usage}), and gateways omit {@code id}, {@code model} or {@code created} on some
 * chunks, so all of them are optional.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableChatCompletionChunk.class)
@JsonDeserialize(using = ChunkDeserializer.class)
public interface ChatCompletionChunk {
  /** The completion's id, the same on every chunk of a stream. */
  @Value.Parameter
  Optional<String> id();

  /** {@code chat.completion.chunk}. */
  @Value.Parameter
  Optional<String> object();

  /** Creation time in Unix seconds. */
  @Value.Parameter
  Optional<Long> created();

  /** The model that answers. */
  @Value.Parameter
  Optional<String> model();

  /** Each choice's piece; empty on a usage-only chunk. */
  @Value.Parameter
  List<ChatChunkChoice> choices();

  /** Tokens consumed; on the final chunk only, and only when the request asked for it. */
  @Value.Parameter
  Optional<Usage> usage();

  /** The backend configuration fingerprint. */
  @Value.Parameter
  @JsonProperty("system_fingerprint")
  Optional<String> systemFingerprint();

  /** Properties HubKit does not model. */
  @Value.Parameter
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();

  /** The piece of text this chunk adds to the first choice, or {@code ""}. */
  default String textDelta() {
    return choices().isEmpty() ? "" : choices().get(0).delta().content().orElse("");
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ChatCompletionChunk} values. */
  final class Builder extends ImmutableChatCompletionChunk.Builder {}
}
