package dev.hubkit.chat.responses;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A citation inside an {@code output_text} part: {@code url_citation} (web search), {@code file_citation} (file
 * search), {@code container_file_citation} (code interpreter) or {@code file_path}; members of other kinds are kept
 * in {@link #extra()}.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableTextAnnotation.class)
@JsonDeserialize(as = ImmutableTextAnnotation.class)
public interface TextAnnotation {
  /** The kind of citation, such as {@code url_citation}. */
  String type();

  /** The cited web page of a {@code url_citation}. */
  Optional<String> url();

  /** The title of the cited web page. */
  Optional<String> title();

  /** Where the cited span starts in the text. */
  @JsonProperty("start_index")
  Optional<Integer> startIndex();

  /** Where the cited span ends in the text. */
  @JsonProperty("end_index")
  Optional<Integer> endIndex();

  /** The cited file of a {@code file_citation} or {@code file_path}. */
  @JsonProperty("file_id")
  Optional<String> fileId();

  /** The cited file's name. */
  Optional<String> filename();

  /** The position in the text a file citation refers to. */
  Optional<Integer> index();

  /** Members HubKit does not model, kept as received. */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();

  /** @return a builder */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link TextAnnotation} values. */
  final class Builder extends ImmutableTextAnnotation.Builder {}
}
