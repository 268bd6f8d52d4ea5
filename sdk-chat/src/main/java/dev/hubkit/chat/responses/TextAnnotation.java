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
  /**
   * The kind of citation, such as {@code url_citation}.
   *
   * @return the citation's kind, such as {@code url_citation} or {@code file_citation}
   */
  String type();

  /**
   * The cited web page of a {@code url_citation}.
   *
   * @return the page's URL; empty for kinds other than {@code url_citation}
   */
  Optional<String> url();

  /**
   * The title of the cited web page.
   *
   * @return the page's title; empty for kinds other than {@code url_citation}, and when the hub sent none
   */
  Optional<String> title();

  /**
   * Where the cited span starts in the text.
   *
   * @return the index of the span's first character in the part's text; empty for kinds without a span
   *     ({@code file_citation}, {@code file_path})
   */
  @JsonProperty("start_index")
  Optional<Integer> startIndex();

  /**
   * Where the cited span ends in the text.
   *
   * @return the index after the span's last character in the part's text; empty for kinds without a span
   *     ({@code file_citation}, {@code file_path})
   */
  @JsonProperty("end_index")
  Optional<Integer> endIndex();

  /**
   * The cited file of a {@code file_citation} or {@code file_path}.
   *
   * @return the file's id; empty for {@code url_citation}
   */
  @JsonProperty("file_id")
  Optional<String> fileId();

  /**
   * The cited file's name.
   *
   * @return the file's name; empty for {@code url_citation}, and when the hub sent none
   */
  Optional<String> filename();

  /**
   * The position in the text a file citation refers to.
   *
   * @return the index in the part's text; empty for kinds other than {@code file_citation}
   *     and {@code file_path}
   */
  Optional<Integer> index();

  /**
   * Members HubKit does not model, kept as received.
   *
   * @return the members HubKit does not model, by name; empty when there are none (such as a
   *     {@code container_file_citation}'s {@code container_id})
   */
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
