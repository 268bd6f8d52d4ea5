package dev.hubkit.gemini;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.hubkit.core.StrictSchema;
import dev.hubkit.gemini.internal.StructuredCandidates;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Gemini's reply to {@code generateContent}, one chunk of {@code streamGenerateContent}, or a whole streamed reply
 * put together ({@link GeminiStreamAccumulator}). Members HubKit does not model are kept in {@link #extra()}.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableGenerateContentResponse.class)
@JsonDeserialize(as = ImmutableGenerateContentResponse.class)
public interface GenerateContentResponse {
  /**
   * The answers; one unless the request set {@code candidateCount}; none when the prompt was blocked.
   *
   * @return the answers; one unless the request set {@code candidateCount}; none when the prompt was blocked
   */
  List<Candidate> candidates();

  /**
   * Why the prompt was blocked ({@code blockReason}) and its safety ratings, as JSON.
   *
   * @return why the prompt was blocked ({@code blockReason}) and its safety ratings, as JSON
   */
  @AllowNulls
  Optional<Map<String, Object>> promptFeedback();

  /**
   * Tokens used; in a stream, the counts so far.
   *
   * @return tokens used; in a stream, the counts so far
   */
  Optional<UsageMetadata> usageMetadata();

  /**
   * The model version that answered, such as {@code gemini-2.5-flash}.
   *
   * @return the model version that answered, such as {@code gemini-2.5-flash}
   */
  Optional<String> modelVersion();

  /**
   * The reply's id.
   *
   * @return the reply's id
   */
  Optional<String> responseId();

  /**
   * Members HubKit does not model.
   *
   * @return members HubKit does not model
   */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();

  /**
   * The first candidate's text, thoughts excluded.
   *
   * @return the text, {@code ""} when there is none
   */
  default String text() {
    return candidates().isEmpty() ? "" : candidates().get(0).text();
  }

  /**
   * The first candidate's parts.
   *
   * @return the parts, empty when there is no candidate
   */
  default List<Part> parts() {
    return candidates().isEmpty() ? Collections.<Part>emptyList() : candidates().get(0).parts();
  }

  /**
   * The first candidate's text read into {@code type}, such as the class of the request's schema
   * ({@link GenerationConfig.Builder#responseJsonSchema(Class)}). A Markdown code fence around the JSON is removed.
   *
   * @param type the class of the answer
   * @param <T> the type
   * @return the instance
   * @throws dev.hubkit.core.StructuredOutputException when there is no answer (a blocked prompt or no candidate, the candidate stopped for
   *     safety or at {@code MAX_TOKENS}, or only called functions) or the text does not match the type (the message
   *     names the property and shows the text)
   * @throws dev.hubkit.core.UnsupportedSchemaTypeException when the type cannot be expressed strictly
   */
  default <T> T parsed(Class<T> type) {
    return StructuredCandidates.parse(this, StrictSchema.of(type));
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GenerateContentResponse} values. */
  final class Builder extends ImmutableGenerateContentResponse.Builder {}
}
