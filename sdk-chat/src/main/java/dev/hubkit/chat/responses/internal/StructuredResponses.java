package dev.hubkit.chat.responses.internal;

import dev.hubkit.chat.responses.Response;
import dev.hubkit.chat.responses.ResponseContent;
import dev.hubkit.chat.responses.ResponseError;
import dev.hubkit.chat.responses.ResponseItem;
import dev.hubkit.chat.responses.ResponseRequest;
import dev.hubkit.chat.responses.ResponseStatus;
import dev.hubkit.chat.responses.TextConfig;
import dev.hubkit.chat.responses.TextFormat;
import dev.hubkit.core.StrictSchema;
import dev.hubkit.core.StructuredOutputException;
import dev.hubkit.core.internal.UnreadableAnswer;
import java.util.ArrayList;
import java.util.List;

/**
 * Responses read into Java types: the output text through {@link StrictSchema#parse}, with a clear
 * {@link StructuredOutputException} when there is no text to read (a refusal, only function calls, a response cut
 * short or failed).
 */
public final class StructuredResponses {
  private StructuredResponses() {}

  /**
   * {@code request} asking for JSON following {@code schema}, in place of any text format it had (its verbosity
   * kept).
   *
   * @param request the request
   * @param schema the type's strict schema
   * @return the request with {@code text.format} set to the schema
   */
  public static ResponseRequest withSchema(ResponseRequest request, StrictSchema<?> schema) {
    TextConfig text = TextConfig.builder().from(request.text().orElse(TextConfig.builder().build()))
        .format(TextFormat.jsonSchema(schema)).build();
    return ResponseRequest.builder().from(request).text(text).build();
  }

  /**
   * The response's output text read into the schema's type.
   *
   * @param response the response
   * @param schema the type's strict schema
   * @param <T> the type
   * @return the instance
   * @throws StructuredOutputException when the model refused, only called functions, the response is incomplete or
   *     failed, or its text does not match
   */
  public static <T> T parse(Response response, StrictSchema<T> schema) {
    String text = response.outputText();
    ResponseStatus status = response.status().orElse(ResponseStatus.COMPLETED);
    if (status.equals(ResponseStatus.INCOMPLETE)) {
      throw UnreadableAnswer.missing(schema, text, "the response is incomplete ("
          + response.incompleteReason().orElse("no reason given") + "), so its text is cut short");
    }
    if (!text.isEmpty()) {
      return schema.parse(text);
    }
    String refusal = refusal(response);
    if (refusal != null) {
      throw UnreadableAnswer.refused(schema, refusal);
    }
    List<String> names = new ArrayList<>();
    for (ResponseItem call : response.functionCalls()) {
      names.add(call.name().orElse("?"));
    }
    if (!names.isEmpty()) {
      throw UnreadableAnswer.calledTools(schema, names);
    }
    if (response.error().isPresent() || !status.equals(ResponseStatus.COMPLETED)) {
      throw UnreadableAnswer.missing(schema, null, "the response is " + status.value() + " and has no output text"
          + response.error().flatMap(ResponseError::message).map(message -> " (" + message + ")").orElse(""));
    }
    return schema.parse(text);
  }

  /**
   * The arguments of a {@code function_call} (or {@code mcp_call}) item read into the schema's type.
   *
   * @param item the item
   * @param schema the type's strict schema
   * @param <T> the type
   * @return the instance
   * @throws StructuredOutputException when the item has no arguments or they do not match
   */
  public static <T> T arguments(ResponseItem item, StrictSchema<T> schema) {
    if (!item.arguments().isPresent()) {
      throw UnreadableAnswer.missing(schema, null, "the item is a " + item.type() + ", which has no arguments "
          + "(only function_call and mcp_call items do)");
    }
    return schema.parse(item.arguments().get());
  }

  private static String refusal(Response response) {
    for (ResponseItem item : response.output()) {
      for (ResponseContent part : item.content()) {
        if (part.refusal().isPresent()) {
          return part.refusal().get();
        }
      }
    }
    return null;
  }
}
