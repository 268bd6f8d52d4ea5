package dev.hubkit.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A rerank request ({@code POST {base}/rerank}, the Cohere/Jina shape hubs use): order {@link #documents()} by
 * relevance to {@link #query()}.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableRerankRequest.class)
public interface RerankRequest {
  /**
   * The rerank model, e.g. {@code rerank-v3.5}, {@code jina-reranker-v2-base-multilingual}.
   *
   * @return the model id
   */
  String model();

  /**
   * What the documents are ranked against.
   *
   * @return the query text
   */
  String query();

  /**
   * The texts to rank, in the order their {@code index} refers to.
   *
   * @return the documents, in order; at least one
   */
  List<String> documents();

  /**
   * How many of the best results to return; all when unset.
   *
   * @return the number asked for; empty returns every document ranked
   */
  @JsonProperty("top_n")
  Optional<Integer> topN();

  /**
   * Whether each result repeats its document's text.
   *
   * @return whether documents are repeated; empty leaves it to the hub
   */
  @JsonProperty("return_documents")
  Optional<Boolean> returnDocuments();

  /**
   * Starts a builder; {@code model}, {@code query} and one document are required.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Rejects what every hub would reject, saying what to fix. */
  @Value.Check
  default void check() {
    if (model().trim().isEmpty()) {
      throw new IllegalArgumentException("model must not be blank, e.g. \"rerank-v3.5\"");
    }
    if (query().trim().isEmpty()) {
      throw new IllegalArgumentException("query must not be blank: say what the documents are ranked against");
    }
    if (documents().isEmpty()) {
      throw new IllegalArgumentException("a rerank needs at least one document: addDocument(\"...\")");
    }
    topN().ifPresent(n -> {
      if (n <= 0) {
        throw new IllegalArgumentException("topN must be positive, was " + n);
      }
    });
  }

  /** Builds {@link RerankRequest}s. */
  final class Builder extends ImmutableRerankRequest.Builder {}
}
