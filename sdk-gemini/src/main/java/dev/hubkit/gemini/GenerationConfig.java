package dev.hubkit.gemini;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.hubkit.core.StrictSchema;
import dev.hubkit.gemini.internal.GeminiSchemas;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How the model generates: sampling, limits, structured output ({@code responseMimeType} with
 * {@code responseSchema} or {@code responseJsonSchema}; from a Java type with
 * {@link Builder#responseJsonSchema(Class)}), thinking, output modalities (images, audio) and the voice of speech. What is left unset
 * is left out of the request and takes the model's default; other fields (such as {@code seed} or
 * {@code imageConfig}) go into {@link #extra()}.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableGenerationConfig.class)
@JsonDeserialize(as = ImmutableGenerationConfig.class)
public interface GenerationConfig {
  /**
   * Sampling temperature, 0 to 2.
   *
   * @return sampling temperature, 0 to 2
   */
  Optional<Double> temperature();

  /**
   * Nucleus sampling probability mass.
   *
   * @return nucleus sampling probability mass
   */
  Optional<Double> topP();

  /**
   * Top-k sampling.
   *
   * @return top-k sampling
   */
  Optional<Integer> topK();

  /**
   * The most tokens a candidate may have; thinking counts against it on some models.
   *
   * @return the most tokens a candidate may have; thinking counts against it on some models
   */
  Optional<Integer> maxOutputTokens();

  /**
   * Up to five strings that end the answer.
   *
   * @return up to five strings that end the answer
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<String> stopSequences();

  /**
   * How many candidates to generate.
   *
   * @return how many candidates to generate
   */
  Optional<Integer> candidateCount();

  /**
   * The answer's type: {@code text/plain}, or {@code application/json} for structured output.
   *
   * @return the answer's type: {@code text/plain}, or {@code application/json} for structured output
   */
  Optional<String> responseMimeType();

  /**
   * The answer's JSON (OpenAPI subset) schema, with {@code responseMimeType} {@code application/json}.
   *
   * @return the answer's JSON (OpenAPI subset) schema, with {@code responseMimeType} {@code application/json}
   */
  @AllowNulls
  Optional<Map<String, Object>> responseSchema();

  /**
   * The answer's schema in JSON Schema (the alternative to {@link #responseSchema()}, which must then be absent),
   * with {@code responseMimeType} {@code application/json}.
   *
   * @return the answer's JSON Schema
   */
  Optional<JsonNode> responseJsonSchema();

  /**
   * The thinking budget or level, and whether to show thought summaries.
   *
   * @return the thinking budget or level, and whether to show thought summaries
   */
  Optional<ThinkingConfig> thinkingConfig();

  /**
   * What the reply may contain: {@code TEXT}, {@code IMAGE} (image models), {@code AUDIO} (speech models).
   *
   * @return what the reply may contain: {@code TEXT}, {@code IMAGE} (image models), {@code AUDIO} (speech models)
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<Modality> responseModalities();

  /**
   * The voice of an {@code AUDIO} reply.
   *
   * @return the voice of an {@code AUDIO} reply
   */
  Optional<SpeechConfig> speechConfig();

  /**
   * Other generation fields, by their JSON name, such as {@code "seed": 7}.
   *
   * @return other generation fields, by their JSON name, such as {@code "seed": 7}
   */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extra();

  /** Rejects the two schema fields together, which Gemini answers with 400. */
  @Value.Check
  default void check() {
    if (responseSchema().isPresent() && responseJsonSchema().isPresent()) {
      throw new IllegalArgumentException("set responseSchema or responseJsonSchema, not both");
    }
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GenerationConfig} values. */
  final class Builder extends ImmutableGenerationConfig.Builder {
    /**
     * Asks for JSON following the strict schema of a Java type: {@code responseMimeType} {@code application/json}
     * and {@code responseJsonSchema} in the keywords Gemini reads (a nullable type as an {@code anyOf} with null, a
     * pattern in the description). Read the reply with {@link GenerateContentResponse#parsed(Class)}. Gemini
     * unrolls a type that contains itself only where the property is optional, so recursive types are rejected.
     *
     * @param type a class with properties: a plain class, a record or an Immutables value (see {@link StrictSchema})
     * @return this builder
     * @throws dev.hubkit.core.UnsupportedSchemaTypeException when the type cannot be expressed strictly
     */
    public Builder responseJsonSchema(Class<?> type) {
      responseMimeType("application/json");
      responseJsonSchema(GeminiSchemas.of(StrictSchema.of(type)));
      return this;
    }
  }
}
