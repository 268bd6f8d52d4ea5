package dev.hubkit.core.internal;

import dev.hubkit.core.StrictSchema;
import dev.hubkit.core.StructuredOutputException;
import java.util.List;

/**
 * The {@link StructuredOutputException}s of a reply that has no JSON text to read into a type, worded the same for
 * every format (Chat, Responses, Claude, Gemini): the model refused, called tools instead of answering, or the reply
 * holds no text for another reason. Each format's reader decides which applies; {@link StrictSchema#parse} reads
 * the text when there is one.
 */
public final class UnreadableAnswer {
  private UnreadableAnswer() {}

  /**
   * The model refused to answer.
   *
   * @param schema the type the answer was to be read into
   * @param refusal the model's refusal, shown as the text received ({@code null} when the format gives none)
   * @return the exception to throw
   */
  public static StructuredOutputException refused(StrictSchema<?> schema, String refusal) {
    return new StructuredOutputException(schema.type().getSimpleName(), refusal, "",
        "the model refused" + (refusal == null ? "" : " (its refusal is the text below)"), null);
  }

  /**
   * The model called tools instead of answering.
   *
   * @param schema the type the answer was to be read into
   * @param toolNames the names of the tools it called, in order
   * @return the exception to throw
   */
  public static StructuredOutputException calledTools(StrictSchema<?> schema, List<String> toolNames) {
    return new StructuredOutputException(schema.type().getSimpleName(), null, "", "the model called tools ("
        + String.join(", ", toolNames) + ") instead of answering: run them and send their results back, then read "
        + "the next reply", null);
  }

  /**
   * The reply holds no answer for another reason (no candidate, a safety block, a failed response).
   *
   * @param schema the type the answer was to be read into
   * @param text what the reply holds instead, shown as the text received ({@code null} for nothing)
   * @param why what is missing and why, such as {@code the reply has no candidates}
   * @return the exception to throw
   */
  public static StructuredOutputException missing(StrictSchema<?> schema, String text, String why) {
    return new StructuredOutputException(schema.type().getSimpleName(), text, "", why, null);
  }
}
