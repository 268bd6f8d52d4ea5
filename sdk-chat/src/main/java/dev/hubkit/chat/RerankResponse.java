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
  /** The hub's id for the call. */
  Optional<String> id();

  /** The model that ranked. */
  Optional<String> model();

  /** The ranked documents, most relevant first. */
  List<RerankResult> results();

  /** Usage as the hub sent it ({@code total_tokens}, Cohere's {@code meta.billed_units}, ...). */
  @AllowNulls
  Map<String, Object> usage();

  /** Every other field the hub sent ({@code meta}, ...). */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();
}
