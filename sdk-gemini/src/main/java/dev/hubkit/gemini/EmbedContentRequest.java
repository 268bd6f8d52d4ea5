package dev.hubkit.gemini;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One text to embed ({@code embedContent}, or one entry of {@code batchEmbedContents}), with what the vector is
 * for ({@code taskType}, such as {@code RETRIEVAL_DOCUMENT}) and its length ({@code outputDimensionality}).
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableEmbedContentRequest.class)
@JsonDeserialize(as = ImmutableEmbedContentRequest.class)
public interface EmbedContentRequest {
  /**
   * The content to embed; its text parts count.
   *
   * @return the content to embed; its text parts count
   */
  Content content();

  /**
   * {@code RETRIEVAL_QUERY}, {@code RETRIEVAL_DOCUMENT}, {@code SEMANTIC_SIMILARITY}, {@code CLASSIFICATION}, ...
   *
   * @return {@code RETRIEVAL_QUERY}, {@code RETRIEVAL_DOCUMENT}, {@code SEMANTIC_SIMILARITY}, {@code CLASSIFICATION}, 
   */
  Optional<String> taskType();

  /**
   * The document's title, with {@code RETRIEVAL_DOCUMENT}.
   *
   * @return the document's title, with {@code RETRIEVAL_DOCUMENT}
   */
  Optional<String> title();

  /**
   * The vector's length, when the model can shorten it (such as 768 of 3072).
   *
   * @return the vector's length, when the model can shorten it (such as 768 of 3072)
   */
  Optional<Integer> outputDimensionality();

  /**
   * A request to embed one text.
   *
   * @param text the text
   * @return the request
   */
  static EmbedContentRequest of(String text) {
    return builder().content(Content.of(Part.text(text))).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link EmbedContentRequest} values. */
  final class Builder extends ImmutableEmbedContentRequest.Builder {}
}
