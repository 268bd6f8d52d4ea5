package dev.hubkit.chat.internal;

import dev.hubkit.chat.ChatMessage;
import dev.hubkit.chat.ChatRequest;
import dev.hubkit.chat.MessageContent;
import dev.hubkit.chat.StreamOptions;
import dev.hubkit.core.internal.JsonBytes;
import java.util.List;
import java.util.Optional;

/**
 * Writes a chat request of the usual shape (text messages with their role, name, reasoning or tool call id; the
 * scalar sampling and limit fields; stop words; stream options) straight to bytes, members in the order HubKit's
 * mapper writes them, with the {@code stream} flag last. Anything else (content parts, tool calls, tools, a tool
 * choice, a response format, a message's extra members, a number Jackson writes as a string) returns null, and
 * the body goes to Jackson. ChatRequestWriterTest holds the two to the same bytes.
 */
public final class ChatRequestWriter {
  private ChatRequestWriter() {}

  /**
   * The request as JSON with {@code "stream"} after its own members.
   *
   * @param request the request
   * @param stream the value of the stream flag
   * @return the bytes; null when the request holds something only Jackson writes
   */
  public static byte[] write(ChatRequest request, boolean stream) {
    if (request.responseFormat().isPresent() || !request.tools().isEmpty() || request.toolChoice().isPresent()) {
      return null;
    }
    JsonBytes json = new JsonBytes(256);
    json.raw("{\"model\":").string(request.model()).raw(",\"messages\":[");
    List<ChatMessage> messages = request.messages();
    for (int i = 0; i < messages.size(); i++) {
      if (i > 0) {
        json.raw(",");
      }
      if (!message(json, messages.get(i))) {
        return null;
      }
    }
    json.raw("]");
    decimal(json, "temperature", request.temperature());
    decimal(json, "top_p", request.topP());
    whole(json, "top_k", request.topK());
    whole(json, "max_tokens", request.maxTokens());
    whole(json, "max_completion_tokens", request.maxCompletionTokens());
    whole(json, "n", request.n());
    if (request.stop().size() == 1) {
      json.raw(",\"stop\":").string(request.stop().get(0)); // one is written unwrapped, as ChatRequest says
    } else if (!request.stop().isEmpty()) {
      json.raw(",\"stop\":[");
      for (int i = 0; i < request.stop().size(); i++) {
        if (i > 0) {
          json.raw(",");
        }
        json.string(request.stop().get(i));
      }
      json.raw("]");
    }
    whole(json, "seed", request.seed());
    decimal(json, "presence_penalty", request.presencePenalty());
    decimal(json, "frequency_penalty", request.frequencyPenalty());
    flag(json, "parallel_tool_calls", request.parallelToolCalls());
    if (request.streamOptions().isPresent()) {
      StreamOptions options = request.streamOptions().get();
      json.raw(",\"stream_options\":{");
      if (options.includeUsage().isPresent()) {
        json.raw("\"include_usage\":").raw(options.includeUsage().get() ? "true" : "false");
      }
      json.raw("}");
    }
    text(json, "user", request.user());
    text(json, "reasoning_effort", request.reasoningEffort());
    json.raw(stream ? ",\"stream\":true}" : ",\"stream\":false}");
    return json.broken() ? null : json.toByteArray();
  }

  private static boolean message(JsonBytes json, ChatMessage message) {
    if (!message.toolCalls().isEmpty() || !message.extra().isEmpty()) {
      return false;
    }
    json.raw("{\"role\":").string(message.role().value());
    if (message.content().isPresent()) {
      MessageContent content = message.content().get();
      if (!content.text().isPresent()) {
        return false;
      }
      json.raw(",\"content\":").string(content.text().get());
    }
    text(json, "name", message.name());
    text(json, "reasoning_content", message.reasoningContent());
    text(json, "tool_call_id", message.toolCallId());
    json.raw("}");
    return true;
  }

  private static void text(JsonBytes json, String name, Optional<String> value) {
    if (value.isPresent()) {
      json.raw(",\"").raw(name).raw("\":").string(value.get());
    }
  }

  private static void decimal(JsonBytes json, String name, Optional<Double> value) {
    if (value.isPresent()) {
      json.raw(",\"").raw(name).raw("\":").number(value.get());
    }
  }

  private static void whole(JsonBytes json, String name, Optional<? extends Number> value) {
    if (value.isPresent()) {
      json.raw(",\"").raw(name).raw("\":").number(value.get().longValue());
    }
  }

  private static void flag(JsonBytes json, String name, Optional<Boolean> value) {
    if (value.isPresent()) {
      json.raw(",\"").raw(name).raw("\":").raw(value.get() ? "true" : "false");
    }
  }
}
