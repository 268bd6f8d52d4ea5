package dev.hubkit.anthropic;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The piece a {@link ContentBlockDeltaEvent} adds to its block, by {@link #type()}: {@code text_delta}
 * ({@link #text()}), {@code input_json_delta} ({@link #partialJson()}, a fragment of a tool's input JSON),
 * {@code thinking_delta} ({@link #thinking()}), {@code signature_delta} ({@link #signature()}) or
 * {@code citations_delta} ({@link #citation()}). Members of other kinds are kept in {@link #extra()}.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableContentDelta.class)
@JsonDeserialize(as = ImmutableContentDelta.class)
public interface ContentDelta {
  /** The kind of a piece of text. */
  String TEXT = "text_delta";
  /** The kind of a fragment of tool input JSON. */
  String INPUT_JSON = "input_json_delta";
  /** The kind of a piece of thinking. */
  String THINKING = "thinking_delta";
  /** The kind of a thinking block's signature. */
  String SIGNATURE = "signature_delta";
  /** The kind of a citation added to a text block. */
  String CITATIONS = "citations_delta";

  /**
   * The piece's kind, such as {@link #TEXT}.
   *
   * @return the piece's kind, such as {@link #TEXT}
   */
  String type();

  /**
   * The text of a {@code text_delta}.
   *
   * @return the text of a {@code text_delta}
   */
  Optional<String> text();

  /**
   * The JSON fragment of an {@code input_json_delta}; the fragments of a block join into its input.
   *
   * @return the JSON fragment of an {@code input_json_delta}; the fragments of a block join into its input
   */
  @JsonProperty("partial_json")
  Optional<String> partialJson();

  /**
   * The thinking of a {@code thinking_delta}.
   *
   * @return the thinking of a {@code thinking_delta}
   */
  Optional<String> thinking();

  /**
   * The signature of a {@code signature_delta}, sent just before the thinking block stops.
   *
   * @return the signature of a {@code signature_delta}, sent just before the thinking block stops
   */
  Optional<String> signature();

  /**
   * The citation of a {@code citations_delta}.
   *
   * @return the citation of a {@code citations_delta}
   */
  Optional<Citation> citation();

  /**
   * Members HubKit does not model.
   *
   * @return members HubKit does not model
   */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();

  /**
   * A {@code text_delta}.
   *
   * @param text the piece of text
   * @return the delta
   */
  static ContentDelta text(String text) {
    return ImmutableContentDelta.builder().type(TEXT).text(text).build();
  }
}
