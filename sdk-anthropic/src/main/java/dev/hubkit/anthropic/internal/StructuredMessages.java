package dev.hubkit.anthropic.internal;

import dev.hubkit.anthropic.Message;
import dev.hubkit.anthropic.MessageRequest;
import dev.hubkit.anthropic.OutputConfig;
import dev.hubkit.anthropic.OutputFormat;
import dev.hubkit.anthropic.StopReason;
import dev.hubkit.anthropic.ToolUseBlock;
import dev.hubkit.core.StrictSchema;
import dev.hubkit.core.StructuredOutputException;
import dev.hubkit.core.internal.UnreadableAnswer;
import java.util.ArrayList;
import java.util.List;

/**
 * Claude's replies read into Java types: the text through {@link StrictSchema#parse}, with a clear
 * {@link StructuredOutputException} when there is no answer to read (a refusal, only tool calls, a reply cut at
 * {@code max_tokens}).
 */
public final class StructuredMessages {
  private StructuredMessages() {}

  /**
   * {@code request} asking for JSON following {@code schema} in its {@code output_config}, other members kept.
   *
   * @param request the request
   * @param schema the type's strict schema
   * @return the request with {@code output_config.format} set to the schema
   */
  public static MessageRequest withSchema(MessageRequest request, StrictSchema<?> schema) {
    OutputConfig config = OutputConfig.builder().from(request.outputConfig().orElse(OutputConfig.builder().build()))
        .format(OutputFormat.jsonSchema(schema.schema())).build();
    return MessageRequest.builder().from(request).outputConfig(config).build();
  }

  /**
   * The reply's text read into the schema's type.
   *
   * @param message the reply
   * @param schema the type's strict schema
   * @param <T> the type
   * @return the instance
   * @throws StructuredOutputException when Claude refused, only called tools, was cut at {@code max_tokens}, or
   *     wrote text that does not match
   */
  public static <T> T parse(Message message, StrictSchema<T> schema) {
    String text = message.text();
    StopReason stop = message.stopReason().orElse(StopReason.END_TURN);
    if (stop.equals(StopReason.REFUSAL)) {
      throw UnreadableAnswer.refused(schema, text.isEmpty() ? null : text);
    }
    if (stop.equals(StopReason.MAX_TOKENS)) {
      throw UnreadableAnswer.missing(schema, text, "the reply stopped at max_tokens, so its text is cut short: "
          + "raise maxTokens");
    }
    if (text.isEmpty() && !message.toolUses().isEmpty()) {
      List<String> names = new ArrayList<>();
      for (ToolUseBlock use : message.toolUses()) {
        names.add(use.name());
      }
      throw UnreadableAnswer.calledTools(schema, names);
    }
    return schema.parse(text);
  }
}
