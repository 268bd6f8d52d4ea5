package dev.hubkit.chat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The reply of a rerank: results, most relevant first, and the usage the hub reports. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableRerankResponse.class)
@JsonDeserialize(as = ImmutableRerankResponse.class)
public interface RerankResponse {
  /**
   * The hub's id for the call.
   *
   * @return the id; empty when the hub sent none
   */
  Optional<String> id();

  /**
   * The model that ranked.
   *
   * @return the model id as the hub names it; empty when the hub left it out
   */
  Optional<String> model();

  /**
   * The ranked documents, most relevant first.
   *
   * @return the results; at most {@code top_n} of them when the request set it
   */
  List<RerankResult> results();

  /**
   * Usage as the hub sent it ({@code total_tokens}, Cohere's {@code meta.billed_units}, ...).
   *
   * @return the usage members by name, as the hub shaped them; empty when it sent none
   */
  @AllowNulls
  Map<String, Object> usage();

  /**
   * Every other field the hub sent ({@code meta}, ...).
   *
   * @return the other members by name, as Jackson read them; empty when there are none
   */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();
}
