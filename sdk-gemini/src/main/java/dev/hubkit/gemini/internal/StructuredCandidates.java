package dev.hubkit.gemini.internal;

import dev.hubkit.core.StrictSchema;
import dev.hubkit.core.StructuredOutputException;
import dev.hubkit.core.internal.Json;
import dev.hubkit.core.internal.UnreadableAnswer;
import dev.hubkit.gemini.Candidate;
import dev.hubkit.gemini.FinishReason;
import dev.hubkit.gemini.FunctionCall;
import dev.hubkit.gemini.GenerateContentResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Gemini's replies read into Java types: a candidate's text through {@link StrictSchema#parse}, with a clear
 * {@link StructuredOutputException} when there is no answer to read (a blocked prompt, no candidate, a candidate
 * stopped for safety or at the token limit, only function calls).
 */
public final class StructuredCandidates {
  /** The finish reasons that mean Gemini withheld the answer. */
  private static final Set<String> BLOCKED = new HashSet<>(Arrays.asList("SAFETY", "RECITATION", "IMAGE_SAFETY",
      "BLOCKLIST", "PROHIBITED_CONTENT", "SPII", "LANGUAGE"));

  private StructuredCandidates() {}

  /**
   * The first candidate's text read into the schema's type.
   *
   * @param response the reply
   * @param schema the type's strict schema
   * @param <T> the type
   * @return the instance
   * @throws StructuredOutputException when there is no candidate (a blocked prompt says why) or
   *     {@link #parse(Candidate, StrictSchema)} fails
   */
  public static <T> T parse(GenerateContentResponse response, StrictSchema<T> schema) {
    if (response.candidates().isEmpty()) {
      Object blocked = response.promptFeedback().isPresent() ? response.promptFeedback().get().get("blockReason")
          : null;
      throw blocked != null ? UnreadableAnswer.refused(schema, "the prompt was blocked: " + blocked)
          : UnreadableAnswer.missing(schema, null, "the reply has no candidates");
    }
    return parse(response.candidates().get(0), schema);
  }

  /**
   * The candidate's text read into the schema's type.
   *
   * @param candidate the candidate
   * @param schema the type's strict schema
   * @param <T> the type
   * @return the instance
   * @throws StructuredOutputException when the candidate stopped for safety or recitation, at
   *     {@code MAX_TOKENS}, only called functions, or wrote text that does not match
   */
  public static <T> T parse(Candidate candidate, StrictSchema<T> schema) {
    String text = candidate.text();
    FinishReason reason = candidate.finishReason().orElse(FinishReason.STOP);
    if (BLOCKED.contains(reason.value())) {
      throw UnreadableAnswer.refused(schema, "the candidate stopped for " + reason.value()
          + candidate.finishMessage().map(message -> ": " + message).orElse(""));
    }
    if (reason.equals(FinishReason.MAX_TOKENS)) {
      throw UnreadableAnswer.missing(schema, text, "the candidate stopped at MAX_TOKENS, so its text is cut short: "
          + "raise maxOutputTokens");
    }
    if (text.isEmpty() && !candidate.functionCalls().isEmpty()) {
      List<String> names = new ArrayList<>();
      for (FunctionCall call : candidate.functionCalls()) {
        names.add(call.name());
      }
      throw UnreadableAnswer.calledTools(schema, names);
    }
    return schema.parse(text);
  }

  /**
   * A function call's arguments read into the schema's type.
   *
   * @param call the call
   * @param schema the type's strict schema
   * @param <T> the type
   * @return the instance
   * @throws StructuredOutputException when the arguments do not match
   */
  public static <T> T arguments(FunctionCall call, StrictSchema<T> schema) {
    return schema.parse(Json.mapper().valueToTree(call.args()).toString());
  }
}
