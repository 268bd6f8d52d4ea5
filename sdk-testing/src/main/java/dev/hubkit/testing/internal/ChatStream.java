package dev.hubkit.testing.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hubkit.testing.ChatReply;
import dev.hubkit.testing.Fault;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;

/**
 * One chat reply as OpenAI chunks: a role chunk, reasoning words (in the reply's spelling), content words, tool call
 * fragments, a finish chunk, an optional usage-only chunk with {@code "choices":[]}, then {@code data: [DONE]}
 * unless the hub is set to end streams without it.
 */
final class ChatStream {
  private static final int ARGUMENT_FRAGMENTS = 3;

  private final String id;
  private final String model;
  private final long created;
  private final ChatReply reply;
  private final int promptWords;

  ChatStream(String id, String model, long created, ChatReply reply, int promptWords) {
    this.id = id;
    this.model = model;
    this.created = created;
    this.reply = reply;
    this.promptWords = promptWords;
  }

  /** {@code {id, object, created, model}}, the fields every completion and chunk starts with. */
  ObjectNode header(String object) {
    return Wire.object().put("id", id).put("object", object).put("created", created).put("model", model);
  }

  /** Usage counted in words, not real tokens: prompt words, and reply words plus argument fragments. */
  ObjectNode usage() {
    int completion = Pieces.wordCount(reply.content().orElse("")) + Pieces.wordCount(reply.reasoning().orElse(""));
    for (ChatReply.ToolCall call : reply.toolCalls()) {
      completion += Pieces.fragments(call.arguments(), ARGUMENT_FRAGMENTS).size();
    }
    return Wire.object().put("prompt_tokens", promptWords).put("completion_tokens", completion)
        .put("total_tokens", promptWords + completion);
  }

  /** The SSE reply; {@code fault} (may be null) ends it early, with or without an error chunk. */
  MockResponse sse(boolean includeUsage, Fault fault, boolean endWithDone) {
    List<ObjectNode> chunks = chunks(includeUsage);
    StringBuilder body = new StringBuilder();
    int count = fault == null ? chunks.size() : Math.min(fault.afterChunks(), chunks.size());
    for (int i = 0; i < count; i++) {
      body.append("data: ").append(Wire.write(chunks.get(i))).append("\n\n");
    }
    if (fault == null) {
      if (endWithDone) {
        body.append("data: [DONE]\n\n");
      }
    } else if (fault.kind() == Fault.Kind.STREAM_ERROR) {
      ObjectNode error = Wire.errorBody("server_error", fault.code().orElse("server_error"),
          fault.message().orElse("upstream error"), null);
      body.append("data: ").append(Wire.write(error)).append("\n\n");
    }
    return new MockResponse.Builder().setHeader("Content-Type", "text/event-stream")
        .setHeader("Cache-Control", "no-cache").body(body.toString()).build();
  }

  private List<ObjectNode> chunks(boolean includeUsage) {
    List<ObjectNode> chunks = new ArrayList<>();
    chunks.add(chunk(includeUsage, Wire.object().put("role", "assistant").put("content", ""), null));
    for (ObjectNode delta : ReasoningWire.deltas(reply)) {
      chunks.add(chunk(includeUsage, delta, null));
    }
    for (String piece : Pieces.words(reply.content().orElse(""))) {
      chunks.add(chunk(includeUsage, Wire.object().put("content", piece), null));
    }
    for (int index = 0; index < reply.toolCalls().size(); index++) {
      ChatReply.ToolCall call = reply.toolCalls().get(index);
      ObjectNode first = Wire.object();
      ObjectNode opening = first.putArray("tool_calls").addObject()
          .put("index", index).put("id", call.id()).put("type", "function");
      opening.putObject("function").put("name", call.name()).put("arguments", "");
      chunks.add(chunk(includeUsage, first, null));
      for (String fragment : Pieces.fragments(call.arguments(), ARGUMENT_FRAGMENTS)) {
        ObjectNode next = Wire.object();
        next.putArray("tool_calls").addObject().put("index", index)
            .putObject("function").put("arguments", fragment);
        chunks.add(chunk(includeUsage, next, null));
      }
    }
    chunks.add(chunk(includeUsage, Wire.object(), reply.finishReason()));
    if (includeUsage) {
      ObjectNode usageChunk = header("chat.completion.chunk");
      usageChunk.putArray("choices");
      usageChunk.set("usage", usage());
      chunks.add(usageChunk);
    }
    return chunks;
  }

  /** A chunk with one choice; with {@code include_usage} every chunk but the last carries {@code "usage":null}. */
  private ObjectNode chunk(boolean includeUsage, ObjectNode delta, String finishReason) {
    ObjectNode chunk = header("chat.completion.chunk");
    ObjectNode choice = chunk.putArray("choices").addObject();
    choice.put("index", 0);
    choice.set("delta", delta);
    choice.put("finish_reason", finishReason);
    if (includeUsage) {
      chunk.putNull("usage");
    }
    return chunk;
  }
}
