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
  /**
   * The completion's id, the same on every chunk of a stream.
   *
   * @return the id; empty when the hub sent none
   */
  @Value.Parameter
  Optional<String> id();

  /**
   * {@code chat.completion.chunk}.
   *
   * @return the {@code object} member as sent; empty when the hub left it out
   */
  @Value.Parameter
  Optional<String> object();

  /**
   * Creation time in Unix seconds.
   *
   * @return the time; empty when the hub left it out
   */
  @Value.Parameter
  Optional<Long> created();

  /**
   * The model that answers.
   *
   * @return the model id as the hub names it; empty when the chunk does not say
   */
  @Value.Parameter
  Optional<String> model();

  /**
   * Each choice's piece; empty on a usage-only chunk.
   *
   * @return the choices' pieces, by choice index
   */
  @Value.Parameter
  List<ChatChunkChoice> choices();

  /**
   * Tokens consumed; on the final chunk only, and only when the request asked for it.
   *
   * @return the usage; empty on every other chunk
   */
  @Value.Parameter
  Optional<Usage> usage();

  /**
   * The backend configuration fingerprint.
   *
   * @return the fingerprint; empty when the hub sent none
   */
  @Value.Parameter
  @JsonProperty("system_fingerprint")
  Optional<String> systemFingerprint();

  /**
   * Properties HubKit does not model.
   *
   * @return the other members by name, as Jackson read them; empty when there are none
   */
  @Value.Parameter
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();

  /**
   * The piece of text this chunk adds to the first choice, or {@code ""}.
   *
   * @return the first choice's new text; {@code ""} when the chunk adds none or has no choice
   */
  default String textDelta() {
    return choices().isEmpty() ? "" : choices().get(0).delta().content().orElse("");
  }

  /**
   * Starts a builder.
   *
   * @return a new, empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ChatCompletionChunk} values. */
  final class Builder extends ImmutableChatCompletionChunk.Builder {}
}
