package dev.hubkit.chat.internal;

import dev.hubkit.chat.ChatCompletion;
import dev.hubkit.chat.ChatCompletionMessage;
import dev.hubkit.chat.ChatRequest;
import dev.hubkit.chat.ResponseFormat;
import dev.hubkit.chat.ToolCall;
import dev.hubkit.core.StrictSchema;
import dev.hubkit.core.StructuredOutputException;

/**
 * Chat replies read into Java types: the first choice's content through {@link StrictSchema#parse}, with a clear
 * {@link StructuredOutputException} when there is no content to read (a refusal, only tool calls, no choice).
 */
public final class StructuredReplies {
  private StructuredReplies() {}

  /**
   * {@code request} asking for JSON following {@code schema}, in place of any response format it had.
   *
   * @param request the request
   * @param schema the type's strict schema
   * @return the request with {@code response_format} set to the schema
   */
  public static ChatRequest withSchema(ChatRequest request, StrictSchema<?> schema) {
    return ChatRequest.builder().from(request).responseFormat(ResponseFormat.jsonSchema(schema)).build();
  }

  /**
   * The first choice of {@code completion} read into the schema's type.
   *
   * @param completion the reply
   * @param schema the type's strict schema
   * @param <T> the type
   * @return the instance
   * @throws StructuredOutputException when there is no choice, no content, or content that does not match
   */
  public static <T> T parse(ChatCompletion completion, StrictSchema<T> schema) {
    if (completion.choices().isEmpty()) {
      throw new StructuredOutputException(schema.type().getSimpleName(), null, "", "the reply has no choices", null);
    }
    return parse(completion.choices().get(0).message(), schema);
  }

  /**
   * The message's content read into the schema's type.
   *
   * @param message the reply's message
   * @param schema the type's strict schema
   * @param <T> the type
   * @return the instance
   * @throws StructuredOutputException when the model refused, only called tools, or wrote content that does not
   *     match
   */
  public static <T> T parse(ChatCompletionMessage message, StrictSchema<T> schema) {
    if (!message.content().isPresent()) {
      String type = schema.type().getSimpleName();
      if (message.refusal().isPresent()) {
        throw new StructuredOutputException(type, message.refusal().get(), "",
            "the model refused (its refusal is the text below)", null);
      }
      if (!message.toolCalls().isEmpty()) {
        StringBuilder names = new StringBuilder();
        for (ToolCall call : message.toolCalls()) {
          names.append(names.length() == 0 ? "" : ", ").append(call.function().name());
        }
        throw new StructuredOutputException(type, null, "", "the model called tools (" + names
            + ") instead of answering: run them and send their results back, then read the next reply", null);
      }
    }
    return schema.parse(message.content().orElse(""));
  }
}
