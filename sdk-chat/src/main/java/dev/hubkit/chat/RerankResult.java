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
  /** The document's position in {@link RerankRequest#documents()}. */
  int index();

  /** How relevant the document is; higher is more relevant. */
  @JsonProperty("relevance_score")
  double relevanceScore();

  /** The document as the hub returned it: a string, or an object such as {@code {"text": ...}}. */
  Optional<JsonNode> document();

  /** The document's text, from either shape. */
  default Optional<String> documentText() {
    return document().map(d -> d.isTextual() ? d.asText() : d.path("text").asText(null));
  }

  /** Every other field the hub sent. */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();
}
