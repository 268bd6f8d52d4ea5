package dev.hubkit.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hubkit.testing.ChatReply;
import dev.hubkit.testing.Fault;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;

/**
 * One Responses API reply built from a {@link ChatReply}: its reasoning as a {@code reasoning} item with a summary,
 * its text as an assistant {@code message} with one {@code output_text} part, each tool call as a
 * {@code function_call} item; whole ({@link #output()}) or as the typed events OpenAI streams ({@link #sse}).
 */
final class ResponseOutput {
  private static final int ARGUMENT_FRAGMENTS = 3;

  private final String responseId;
  private final ChatReply reply;

  ResponseOutput(String responseId, ChatReply reply) {
    this.responseId = responseId;
    this.reply = reply;
  }

  /** The output items, complete. */
  ArrayNode output() {
    ArrayNode output = Wire.MAPPER.createArrayNode();
    if (reply.reasoning().isPresent()) {
      output.add(reasoning(reply.reasoning().get()));
    }
    if (reply.content().isPresent()) {
      output.add(message("completed", reply.content().get()));
    }
    for (ChatReply.ToolCall call : reply.toolCalls()) {
      output.add(functionCall(call, "completed", call.arguments()));
    }
    return output;
  }

  /** Output tokens, counted in words and argument fragments as FakeHub's chat does. */
  int outputTokens() {
    int words = Pieces.wordCount(reply.content().orElse("")) + Pieces.wordCount(reply.reasoning().orElse(""));
    for (ChatReply.ToolCall call : reply.toolCalls()) {
      words += Pieces.fragments(call.arguments(), ARGUMENT_FRAGMENTS).size();
    }
    return words;
  }

  /**
   * The SSE reply: {@code response.created}, {@code response.in_progress}, each item's added, part, delta and done
   * events, then {@code response.completed} with {@code completed}. {@code fault} (may be null) cuts the stream
   * after that many events, or sends {@code response.failed} there.
   */
  MockResponse sse(ObjectNode inProgress, ObjectNode completed, Fault fault) {
    List<ObjectNode> events = new ArrayList<>();
    events.add(event("response.created").set("response", inProgress));
    events.add(event("response.in_progress").set("response", inProgress));
    int index = 0;
    if (reply.reasoning().isPresent()) {
      addReasoning(events, index++, reply.reasoning().get());
    }
    if (reply.content().isPresent()) {
      addMessage(events, index++, reply.content().get());
    }
    for (ChatReply.ToolCall call : reply.toolCalls()) {
      addFunctionCall(events, index++, call);
    }
    events.add(event("response.completed").set("response", completed));
    int count = fault == null ? events.size() : Math.min(fault.afterChunks(), events.size());
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < count; i++) {
      append(body, events.get(i), i);
    }
    if (fault != null && fault.kind() == Fault.Kind.STREAM_ERROR) {
      ObjectNode failed = inProgress.deepCopy().put("status", "failed");
      failed.putObject("error").put("code", fault.code().orElse("server_error"))
          .put("message", fault.message().orElse("upstream error"));
      append(body, event("response.failed").set("response", failed), count);
    }
    return new MockResponse.Builder().setHeader("Content-Type", "text/event-stream")
        .setHeader("Cache-Control", "no-cache").body(body.toString()).build();
  }

  private static void append(StringBuilder body, ObjectNode event, int sequence) {
    event.put("sequence_number", sequence);
    body.append("event: ").append(event.path("type").asText()).append('\n')
        .append("data: ").append(Wire.write(event)).append("\n\n");
  }

  private void addReasoning(List<ObjectNode> events, int index, String text) {
    ObjectNode started = reasoning(null);
    events.add(itemEvent("response.output_item.added", index, started));
    String itemId = started.get("id").asText();
    events.add(itemEvent("response.reasoning_summary_part.added", index, null).put("item_id", itemId)
        .put("summary_index", 0).set("part", Wire.object().put("type", "summary_text").put("text", "")));
    for (String piece : Pieces.words(text)) {
      events.add(itemEvent("response.reasoning_summary_text.delta", index, null).put("item_id", itemId)
          .put("summary_index", 0).put("delta", piece));
    }
    events.add(itemEvent("response.reasoning_summary_text.done", index, null).put("item_id", itemId)
        .put("summary_index", 0).put("text", text));
    events.add(itemEvent("response.output_item.done", index, reasoning(text)));
  }

  private void addMessage(List<ObjectNode> events, int index, String text) {
    ObjectNode started = message("in_progress", null);
    String itemId = started.get("id").asText();
    events.add(itemEvent("response.output_item.added", index, started));
    events.add(partEvent("response.content_part.added", index, itemId).set("part", outputText("")));
    for (String piece : Pieces.words(text)) {
      events.add(partEvent("response.output_text.delta", index, itemId).put("delta", piece));
    }
    events.add(partEvent("response.output_text.done", index, itemId).put("text", text));
    events.add(partEvent("response.content_part.done", index, itemId).set("part", outputText(text)));
    events.add(itemEvent("response.output_item.done", index, message("completed", text)));
  }

  private void addFunctionCall(List<ObjectNode> events, int index, ChatReply.ToolCall call) {
    ObjectNode started = functionCall(call, "in_progress", "");
    String itemId = started.get("id").asText();
    events.add(itemEvent("response.output_item.added", index, started));
    for (String fragment : Pieces.fragments(call.arguments(), ARGUMENT_FRAGMENTS)) {
      events.add(itemEvent("response.function_call_arguments.delta", index, null).put("item_id", itemId)
          .put("delta", fragment));
    }
    events.add(itemEvent("response.function_call_arguments.done", index, null).put("item_id", itemId)
        .put("arguments", call.arguments()));
    events.add(itemEvent("response.output_item.done", index, functionCall(call, "completed", call.arguments())));
  }

  private ObjectNode reasoning(String summary) {
    ObjectNode item = Wire.object().put("id", "rs_" + responseId).put("type", "reasoning");
    ArrayNode parts = item.putArray("summary");
    if (summary != null) {
      parts.add(Wire.object().put("type", "summary_text").put("text", summary));
    }
    return item;
  }

  private ObjectNode message(String status, String text) {
    ObjectNode item = Wire.object().put("id", "msg_" + responseId).put("type", "message").put("status", status)
        .put("role", "assistant");
    ArrayNode content = item.putArray("content");
    if (text != null) {
      content.add(outputText(text));
    }
    return item;
  }

  private ObjectNode functionCall(ChatReply.ToolCall call, String status, String arguments) {
    return Wire.object().put("id", "fc_" + call.id()).put("type", "function_call").put("status", status)
        .put("arguments", arguments).put("call_id", call.id()).put("name", call.name());
  }

  private static ObjectNode outputText(String text) {
    ObjectNode part = Wire.object().put("type", "output_text").put("text", text);
    part.putArray("annotations");
    return part;
  }

  private static ObjectNode event(String type) {
    return Wire.object().put("type", type);
  }

  private static ObjectNode itemEvent(String type, int index, JsonNode item) {
    ObjectNode event = event(type).put("output_index", index);
    if (item != null) {
      event.set("item", item);
    }
    return event;
  }

  private static ObjectNode partEvent(String type, int index, String itemId) {
    return itemEvent(type, index, null).put("item_id", itemId).put("content_index", 0);
  }
}
