package dev.hubkit.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hubkit.testing.ClaudeReply;
import dev.hubkit.testing.Fault;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;

/**
 * One reply in Claude's Messages format, whole ({@link #whole()}) or as its stream of events: message_start, ping,
 * per block content_block_start, deltas (a word each for thinking and text, then the signature; three fragments
 * for tool input) and content_block_stop, then message_delta and message_stop.
 */
final class ClaudeMessage {
  private static final int INPUT_FRAGMENTS = 3;

  private final String id;
  private final String model;
  private final ClaudeReply reply;
  private final int inputTokens;

  ClaudeMessage(String id, String model, ClaudeReply reply, int inputTokens) {
    this.id = id;
    this.model = model;
    this.reply = reply;
    this.inputTokens = inputTokens;
  }

  /** The signature FakeHub gives {@code thinking}, and checks when it comes back. */
  static String signature(String thinking) {
    return "fakehub-sig-" + Integer.toHexString(thinking.hashCode()) + "-" + thinking.length();
  }

  /** The whole reply, as {@code create} gets it. */
  ObjectNode whole() {
    ObjectNode message = header();
    ArrayNode content = message.putArray("content");
    reply.thinking().ifPresent(thinking -> content.addObject().put("type", "thinking").put("thinking", thinking)
        .put("signature", signature(thinking)));
    reply.text().ifPresent(text -> content.addObject().put("type", "text").put("text", text));
    for (ClaudeReply.ToolUse use : reply.toolUses()) {
      content.addObject().put("type", "tool_use").put("id", use.id()).put("name", use.name())
          .set("input", input(use));
    }
    message.put("stop_reason", reply.stopReason()).putNull("stop_sequence");
    message.set("usage", usage(outputTokens()));
    return message;
  }

  /** The streamed reply; {@code fault} (may be null) cuts it after some events, or sends an error event there. */
  MockResponse sse(Fault fault) {
    List<String[]> events = events();
    int count = fault == null ? events.size() : Math.min(fault.afterChunks(), events.size());
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < count; i++) {
      body.append("event: ").append(events.get(i)[0]).append("\ndata: ").append(events.get(i)[1]).append("\n\n");
    }
    if (fault != null && fault.kind() == Fault.Kind.STREAM_ERROR) {
      ObjectNode error = ClaudeEndpoint.errorBody(fault.code().orElse("overloaded_error"),
          fault.message().orElse("Overloaded"));
      body.append("event: error\ndata: ").append(Wire.write(error)).append("\n\n");
    }
    return new MockResponse.Builder().setHeader("Content-Type", "text/event-stream")
        .setHeader("Cache-Control", "no-cache").body(body.toString()).build();
  }

  private List<String[]> events() {
    List<String[]> events = new ArrayList<>();
    ObjectNode start = header();
    start.putArray("content");
    start.putNull("stop_reason").putNull("stop_sequence");
    start.set("usage", usage(1));
    add(events, "message_start", Wire.object().put("type", "message_start").set("message", start));
    add(events, "ping", Wire.object().put("type", "ping"));
    int index = 0;
    if (reply.thinking().isPresent()) {
      String thinking = reply.thinking().get();
      blockStart(events, index, Wire.object().put("type", "thinking").put("thinking", "").put("signature", ""));
      for (String word : Pieces.words(thinking)) {
        delta(events, index, Wire.object().put("type", "thinking_delta").put("thinking", word));
      }
      delta(events, index, Wire.object().put("type", "signature_delta").put("signature", signature(thinking)));
      blockStop(events, index++);
    }
    if (reply.text().isPresent()) {
      blockStart(events, index, Wire.object().put("type", "text").put("text", ""));
      for (String word : Pieces.words(reply.text().get())) {
        delta(events, index, Wire.object().put("type", "text_delta").put("text", word));
      }
      blockStop(events, index++);
    }
    for (ClaudeReply.ToolUse use : reply.toolUses()) {
      ObjectNode block = Wire.object().put("type", "tool_use").put("id", use.id()).put("name", use.name());
      block.putObject("input");
      blockStart(events, index, block);
      for (String fragment : Pieces.fragments(use.inputJson(), INPUT_FRAGMENTS)) {
        delta(events, index, Wire.object().put("type", "input_json_delta").put("partial_json", fragment));
      }
      blockStop(events, index++);
    }
    ObjectNode messageDelta = Wire.object().put("type", "message_delta");
    messageDelta.putObject("delta").put("stop_reason", reply.stopReason()).putNull("stop_sequence");
    messageDelta.putObject("usage").put("output_tokens", outputTokens());
    add(events, "message_delta", messageDelta);
    add(events, "message_stop", Wire.object().put("type", "message_stop"));
    return events;
  }

  private ObjectNode header() {
    return Wire.object().put("id", id).put("type", "message").put("role", "assistant").put("model", model);
  }

  private ObjectNode usage(int outputTokens) {
    return Wire.object().put("input_tokens", inputTokens).put("cache_creation_input_tokens", 0)
        .put("cache_read_input_tokens", 0).put("output_tokens", outputTokens);
  }

  /** Output counted in words and input fragments, not real tokens. */
  private int outputTokens() {
    int words = Pieces.wordCount(reply.thinking().orElse("")) + Pieces.wordCount(reply.text().orElse(""));
    for (ClaudeReply.ToolUse use : reply.toolUses()) {
      words += Pieces.fragments(use.inputJson(), INPUT_FRAGMENTS).size();
    }
    return Math.max(1, words);
  }

  private static JsonNode input(ClaudeReply.ToolUse use) {
    try {
      return Wire.MAPPER.readTree(use.inputJson());
    } catch (IOException e) {
      throw new IllegalArgumentException("the scripted tool input of " + use.name() + " is not JSON: "
          + use.inputJson(), e);
    }
  }

  private static void blockStart(List<String[]> events, int index, ObjectNode block) {
    ObjectNode event = Wire.object().put("type", "content_block_start").put("index", index);
    event.set("content_block", block);
    add(events, "content_block_start", event);
  }

  private static void delta(List<String[]> events, int index, ObjectNode delta) {
    ObjectNode event = Wire.object().put("type", "content_block_delta").put("index", index);
    event.set("delta", delta);
    add(events, "content_block_delta", event);
  }

  private static void blockStop(List<String[]> events, int index) {
    add(events, "content_block_stop", Wire.object().put("type", "content_block_stop").put("index", index));
  }

  private static void add(List<String[]> events, String name, JsonNode data) {
    events.add(new String[] {name, Wire.write(data)});
  }
}
