package dev.hubkit.gemini;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.hubkit.core.StrictSchema;
import dev.hubkit.gemini.internal.StructuredCandidates;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One answer of the model: its content (text, thoughts, function calls, inline images or audio), why it ended,
 * its safety ratings and, with Google Search, its grounding metadata (kept as JSON). Citations and other members
 * are in {@link #extra()}.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableCandidate.class)
@JsonDeserialize(as = ImmutableCandidate.class)
public interface Candidate {
  /**
   * The answer; absent when it was blocked before any part.
   *
   * @return the answer; absent when it was blocked before any part
   */
  Optional<Content> content();

  /**
   * Why the model stopped; absent in stream chunks before the last one of this candidate.
   *
   * @return why the model stopped; absent in stream chunks before the last one of this candidate
   */
  Optional<FinishReason> finishReason();

  /**
   * A readable reason, with some finish reasons.
   *
   * @return A readable reason, with some finish reasons
   */
  Optional<String> finishMessage();

  /**
   * Safety ratings of this answer.
   *
   * @return safety ratings of this answer
   */
  List<SafetyRating> safetyRatings();

  /**
   * Google Search grounding: queries, sources ({@code groundingChunks}) and what they support, as JSON.
   *
   * @return google Search grounding: queries, sources ({@code groundingChunks}) and what they support, as JSON
   */
  @AllowNulls
  Optional<Map<String, Object>> groundingMetadata();

  /**
   * This candidate's index, with {@code candidateCount} above 1.
   *
   * @return this candidate's index, with {@code candidateCount} above 1
   */
  Optional<Integer> index();

  /**
   * Members HubKit does not model, such as {@code citationMetadata} or {@code avgLogprobs}.
   *
   * @return members HubKit does not model, such as {@code citationMetadata} or {@code avgLogprobs}
   */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();

  /**
   * The parts of the answer, in order.
   *
   * @return the parts, empty when there is no content
   */
  default List<Part> parts() {
    return content().isPresent() ? content().get().parts() : Collections.<Part>emptyList();
  }

  /**
   * The answer's text: its text parts that are not thoughts, joined.
   *
   * @return the text, {@code ""} when there is none
   */
  default String text() {
    return content().isPresent() ? content().get().text() : "";
  }

  /**
   * The thought summaries, joined (with {@code includeThoughts}).
   *
   * @return the thoughts, {@code ""} when there are none
   */
  default String thoughtText() {
    StringBuilder text = new StringBuilder();
    for (Part part : parts()) {
      if (part.kind() == Part.Kind.THOUGHT) {
        text.append(part.text().get());
      }
    }
    return text.toString();
  }

  /**
   * The functions the model asks to run, in order.
   *
   * @return the calls
   */
  default List<FunctionCall> functionCalls() {
    List<FunctionCall> calls = new ArrayList<>();
    for (Part part : parts()) {
      part.functionCall().ifPresent(calls::add);
    }
    return calls;
  }

  /**
   * The inline data the model generated (images, audio), in order.
   *
   * @return the blobs
   */
  default List<Blob> inlineData() {
    List<Blob> blobs = new ArrayList<>();
    for (Part part : parts()) {
      part.inlineData().ifPresent(blobs::add);
    }
    return blobs;
  }

  /**
   * This answer as the model turn of the next request: role {@code model} and every part as it came, thought
   * signatures included, as Gemini requires after function calls.
   *
   * @return the model turn
   */
  default Content toContent() {
    return Content.builder().role("model").parts(parts()).build();
  }

  /**
   * The candidate's text read into {@code type}, such as the class of the request's schema
   * ({@link GenerationConfig.Builder#responseJsonSchema(Class)}). A Markdown code fence around the JSON is removed.
   *
   * @param type the class of the answer
   * @param <T> the type
   * @return the instance
   * @throws dev.hubkit.core.StructuredOutputException when there is no answer (the candidate stopped for
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

  /** Builds {@link Candidate} values. */
  final class Builder extends ImmutableCandidate.Builder {}
}
