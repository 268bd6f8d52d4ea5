package dev.hubkit.chat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** One ranked document: its position in the request, its relevance, and its text when asked for. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableRerankResult.class)
@JsonDeserialize(as = ImmutableRerankResult.class)
public interface RerankResult {
  /**
   * The document's position in {@link RerankRequest#documents()}.
   *
   * @return the index into the request's documents
   */
  int index();

  /**
   * How relevant the document is; higher is more relevant.
   *
   * @return the score, on the model's own scale
   */
  @JsonProperty("relevance_score")
  double relevanceScore();

  /**
   * The document as the hub returned it: a string, or an object such as {@code {"text": ...}}.
   *
   * @return the document as a JSON tree; empty unless the request asked for documents and the hub sent them
   */
  Optional<JsonNode> document();

  /**
   * The document's text, from either shape.
   *
   * @return the text; empty when the hub sent no document, or an object without {@code text}
   */
  default Optional<String> documentText() {
    return document().map(d -> d.isTextual() ? d.asText() : d.path("text").asText(null));
  }

  /**
   * Every other field the hub sent.
   *
   * @return the other members by name, as Jackson read them; empty when there are none
   */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();
}
