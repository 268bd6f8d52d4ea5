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
  /** {@code list}. */
  Optional<String> object();

  /** The vectors, one per input text; match them by {@link Embedding#index()}. */
  List<Embedding> data();

  /** The model that answered. */
  Optional<String> model();

  /** Tokens consumed. */
  Optional<Usage> usage();

  /** Properties HubKit does not model. */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link EmbeddingResponse} values. */
  final class Builder extends ImmutableEmbeddingResponse.Builder {}
}
