package dev.hubkit.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** An embeddings request: the model and the text(s) to turn into vectors. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableEmbeddingRequest.class)
@JsonDeserialize(as = ImmutableEmbeddingRequest.class)
public interface EmbeddingRequest {
  /**
   * The embedding model id, such as {@code text-embedding-3-small}.
   *
   * @return the model id
   */
  String model();

  /**
   * The text(s) to embed; set with {@code input("text")} or {@code input(list)}.
   *
   * @return one text or a list of texts
   */
  EmbeddingInput input();

  /**
   * The vector length, for models that can shorten their vectors.
   *
   * @return the length asked for; empty leaves it to the model
   */
  Optional<Integer> dimensions();

  /**
   * How the hub should send the vectors; {@link EncodingFormat#BASE64} is the cheapest to read.
   *
   * @return the encoding asked for; empty leaves it to the hub (floats as JSON numbers)
   */
  @JsonProperty("encoding_format")
  Optional<EncodingFormat> encodingFormat();

  /**
   * An id of the end user, for the hub's abuse monitoring.
   *
   * @return the end user's id; empty sends none
   */
  Optional<String> user();

  /**
   * Starts a builder; {@code model} and {@code input} are required.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Rejects a blank model. */
  @Value.Check
  default void check() {
    if (model().trim().isEmpty()) {
      throw new IllegalArgumentException("model must not be blank: set an embedding model id such as"
          + " \"text-embedding-3-small\"");
    }
  }

  /** Builds {@link EmbeddingRequest} values. */
  final class Builder extends ImmutableEmbeddingRequest.Builder {
    /**
     * Embeds one text, sent as a JSON string.
     *
     * @param text the text to embed
     * @return this builder
     */
    public Builder input(String text) {
      return input(EmbeddingInput.of(text));
    }

    /**
     * Embeds several texts, sent as a JSON array.
     *
     * @param texts the texts to embed, in order; the reply's vectors carry their indexes
     * @return this builder
     * @throws IllegalArgumentException when the list is empty
     */
    public Builder input(List<String> texts) {
      return input(EmbeddingInput.of(texts));
    }
  }
}
