package dev.hubkit.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hubkit.testing.ChatReply;
import dev.hubkit.testing.FakeModel;
import dev.hubkit.testing.Fault;
import dev.hubkit.testing.RecordedHubRequest;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.MockResponse;

/** {@code POST /chat/completions}: validation, echo or scripted replies, JSON or SSE. */
final class ChatEndpoint {
  private final HubSettings settings;
  private final ModelCatalog catalog;
  private final Queue<ChatReply> scripted = new ConcurrentLinkedQueue<>();
  private final AtomicLong ids = new AtomicLong();

  ChatEndpoint(HubSettings settings, ModelCatalog catalog) {
    this.settings = settings;
    this.catalog = catalog;
  }

  void enqueue(ChatReply reply) {
    scripted.add(reply);
  }

  /** Whether {@code request} asks for a stream ({@code "stream"} absent means the hub's default). */
  boolean isStreaming(RecordedHubRequest request) {
    if (!request.isJson()) {
      return false;
    }
    JsonNode stream = request.json().get("stream");
    return stream == null || stream.isNull() ? settings.streamByDefault() : stream.asBoolean();
  }

  /** Answers {@code request}; {@code streamFault} (may be null) cuts or breaks a streamed reply. */
  MockResponse handle(RecordedHubRequest request, Fault streamFault) {
    if (!request.isJson() || !request.json().isObject()) {
      return Wire.invalidJson();
    }
    JsonNode body = request.json();
    String model = body.path("model").asText(null);
    MockResponse modelError = catalog.check(model, FakeModel.Type.TEXT);
    if (modelError != null) {
      return modelError;
    }
    JsonNode messages = body.get("messages");
    if (messages == null || !messages.isArray() || messages.size() == 0) {
      return Wire.badRequest("invalid_messages", "Messages array is empty or invalid");
    }
    ChatReply reply = scripted.poll();
    if (reply == null) {
      String echo = "Echo: " + lastUserText(messages);
      JsonNode schema = body.path("response_format").path("json_schema").path("schema");
      reply = ChatReply.text(schema.isObject() ? SchemaSample.of(schema, echo).toString() : echo);
    }
    ChatStream stream = new ChatStream("chatcmpl-fakehub-" + ids.incrementAndGet(), model,
        System.currentTimeMillis() / 1000, reply, promptWords(messages));
    if (isStreaming(request)) {
      return stream.sse(body.path("stream_options").path("include_usage").asBoolean(false), streamFault,
          settings.streamsEndWithDone());
    }
    return Wire.json(200, completion(stream, reply));
  }

  private static ObjectNode completion(ChatStream stream, ChatReply reply) {
    ObjectNode body = stream.header("chat.completion");
    ObjectNode choice = body.putArray("choices").addObject();
    choice.put("index", 0);
    ObjectNode message = choice.putObject("message");
    message.put("role", "assistant");
    message.put("content", reply.content().orElse(null));
    if (reply.reasoning().isPresent()) {
      ReasoningWire.whole(reply, message);
    }
    if (!reply.toolCalls().isEmpty()) {
      ArrayNode calls = message.putArray("tool_calls");
      for (ChatReply.ToolCall call : reply.toolCalls()) {
        ObjectNode node = calls.addObject().put("id", call.id()).put("type", "function");
        node.putObject("function").put("name", call.name()).put("arguments", call.arguments());
      }
    }
    choice.put("finish_reason", reply.finishReason());
    body.set("usage", stream.usage());
    return body;
  }

  /** The text of the last {@code user} message: a string, or the {@code text} parts of a content array. */
  static String lastUserText(JsonNode messages) {
    for (int i = messages.size() - 1; i >= 0; i--) {
      JsonNode message = messages.get(i);
      if ("user".equals(message.path("role").asText())) {
        return text(message.get("content"));
      }
    }
    return "";
  }

  private static String text(JsonNode content) {
    if (content == null || content.isNull()) {
      return "";
    }
    if (!content.isArray()) {
      return content.asText();
    }
    StringBuilder text = new StringBuilder();
    for (JsonNode part : content) {
      if ("text".equals(part.path("type").asText())) {
        text.append(text.length() == 0 ? "" : " ").append(part.path("text").asText());
      }
    }
    return text.toString();
  }

  private static int promptWords(JsonNode messages) {
    int words = 0;
    for (JsonNode message : messages) {
      words += Pieces.wordCount(text(message.get("content")));
    }
    return words;
  }
}
