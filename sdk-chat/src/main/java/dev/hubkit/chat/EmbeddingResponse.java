package dev.hubkit.chat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A hub's reply to an embeddings request: one {@link Embedding} per input text. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableEmbeddingResponse.class)
@JsonDeserialize(as = ImmutableEmbeddingResponse.class)
public interface EmbeddingResponse {
  /**
   * {@code list}.
   *
   * @return the {@code object} member as sent; empty when the hub left it out
   */
  Optional<String> object();

  /**
   * The vectors, one per input text; match them by {@link Embedding#index()}.
   *
   * @return the vectors, in the hub's order
   */
  List<Embedding> data();

  /**
   * The model that answered.
   *
   * @return the model id as the hub names it; empty when the hub left it out
   */
  Optional<String> model();

  /**
   * Tokens consumed.
   *
   * @return the usage ({@code completionTokens} is 0); empty when the hub reported none
   */
  Optional<Usage> usage();

  /**
   * Properties HubKit does not model.
   *
   * @return the other members by name, as Jackson read them; empty when there are none
   */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();

  /**
   * Starts a builder.
   *
   * @return a new, empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link EmbeddingResponse} values. */
  final class Builder extends ImmutableEmbeddingResponse.Builder {}
}
