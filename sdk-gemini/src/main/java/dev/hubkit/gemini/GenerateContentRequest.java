package dev.hubkit.gemini;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@code generateContent} and {@code streamGenerateContent}: the conversation, and optionally a system
 * instruction, tools, generation settings, safety settings and a cached content. The model is not part of the
 * body: {@link GeminiApi} puts it into the path.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableGenerateContentRequest.class)
@JsonDeserialize(as = ImmutableGenerateContentRequest.class)
public abstract class GenerateContentRequest {
  /**
   * The conversation so far, oldest turn first; at least one.
   *
   * @return the conversation so far, oldest turn first; at least one
   */
  public abstract List<Content> contents();

  /**
   * Instructions for the whole conversation: a content of text parts without a role.
   *
   * @return instructions for the whole conversation: a content of text parts without a role
   */
  public abstract Optional<Content> systemInstruction();

  /**
   * Functions and built-in tools the model may use.
   *
   * @return functions and built-in tools the model may use
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<Tool> tools();

  /**
   * How the model uses the functions.
   *
   * @return how the model uses the functions
   */
  public abstract Optional<ToolConfig> toolConfig();

  /**
   * Sampling, limits, structured output, thinking, modalities.
   *
   * @return sampling, limits, structured output, thinking, modalities
   */
  public abstract Optional<GenerationConfig> generationConfig();

  /**
   * Blocking thresholds by harm category.
   *
   * @return blocking thresholds by harm category
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<SafetySetting> safetySettings();

  /**
   * A context cache to answer from, such as {@code cachedContents/abc123}.
   *
   * @return A context cache to answer from, such as {@code cachedContents/abc123}
   */
  public abstract Optional<String> cachedContent();

  @Value.Check
  void check() {
    if (contents().isEmpty()) {
      throw new IllegalStateException("a GenerateContentRequest needs at least one content: add one with"
          + " addContent(Content.user(\"...\"))");
    }
  }

  /**
   * A one-turn request of one user text.
   *
   * @param text what the user says
   * @return the request
   */
  public static GenerateContentRequest of(String text) {
    return builder().addContent(Content.user(text)).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GenerateContentRequest} values. */
  public static final class Builder extends ImmutableGenerateContentRequest.Builder {}
}
