package dev.hubkit.anthropic;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a piece of text came from: a character range of a plain-text document ({@code char_location}), pages of a
 * PDF ({@code page_location}), blocks of a custom-content document ({@code content_block_location}), or a web search
 * result ({@code web_search_result_location}). Members of other kinds are kept in {@link #extra()}.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableCitation.class)
@JsonDeserialize(as = ImmutableCitation.class)
public interface Citation {
  /**
   * The citation's kind, such as {@code page_location}.
   *
   * @return the citation's kind, such as {@code page_location}
   */
  String type();

  /**
   * The quoted text.
   *
   * @return the quoted text
   */
  @JsonProperty("cited_text")
  Optional<String> citedText();

  /**
   * Which document of the request, counted from 0.
   *
   * @return which document of the request, counted from 0
   */
  @JsonProperty("document_index")
  Optional<Integer> documentIndex();

  /**
   * The document's title, when it had one.
   *
   * @return the document's title, when it had one
   */
  @JsonProperty("document_title")
  Optional<String> documentTitle();

  /**
   * First character of a {@code char_location}, counted from 0.
   *
   * @return first character of a {@code char_location}, counted from 0
   */
  @JsonProperty("start_char_index")
  Optional<Integer> startCharIndex();

  /**
   * End (exclusive) of a {@code char_location}.
   *
   * @return end (exclusive) of a {@code char_location}
   */
  @JsonProperty("end_char_index")
  Optional<Integer> endCharIndex();

  /**
   * First page of a {@code page_location}, counted from 1.
   *
   * @return first page of a {@code page_location}, counted from 1
   */
  @JsonProperty("start_page_number")
  Optional<Integer> startPageNumber();

  /**
   * End page (exclusive) of a {@code page_location}.
   *
   * @return end page (exclusive) of a {@code page_location}
   */
  @JsonProperty("end_page_number")
  Optional<Integer> endPageNumber();

  /**
   * The page address of a {@code web_search_result_location}.
   *
   * @return the page address of a {@code web_search_result_location}
   */
  Optional<String> url();

  /**
   * The page title of a {@code web_search_result_location}.
   *
   * @return the page title of a {@code web_search_result_location}
   */
  Optional<String> title();

  /**
   * Members HubKit does not model ({@code start_block_index}, {@code encrypted_index}, ...).
   *
   * @return members HubKit does not model ({@code start_block_index}, {@code encrypted_index}, ...)
   */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Citation} values. */
  final class Builder extends ImmutableCitation.Builder {}
}
