package dev.hubkit.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hubkit.testing.Fault;
import dev.hubkit.testing.GeminiReply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import mockwebserver3.MockResponse;

/**
 * One Gemini reply as {@code generateContent} JSON or as {@code alt=sse} chunks: thought words, text words (the
 * last carrying the signature when there is a thought), one chunk per function call and per blob, the last chunk
 * with {@code finishReason} and the usage. Usage counts words, not tokens. No {@code [DONE]}: Gemini sends none.
 */
final class GeminiChunks {
  private final GeminiReply reply;
  private final String model;
  private final String responseId;
  private final int promptWords;

  GeminiChunks(GeminiReply reply, String model, String responseId, int promptWords) {
    this.reply = reply;
    this.model = model;
    this.responseId = responseId;
    this.promptWords = promptWords;
  }

  /** The whole reply. */
  ObjectNode whole() {
    List<ObjectNode> parts = new ArrayList<>();
    if (reply.thought().isPresent()) {
      parts.add(Wire.object().put("text", reply.thought().get()).put("thought", true));
    }
    if (reply.text().isPresent()) {
      parts.add(signed(Wire.object().put("text", reply.text().get()), "text"));
    }
    addCallsAndBlobs(parts);
    return chunk(parts, true);
  }

  /** The streamed reply; {@code fault} (may be null) cuts it after some chunks, or sends an error chunk there. */
  MockResponse sse(Fault fault) {
    List<ObjectNode> chunks = chunks();
    int count = fault == null ? chunks.size() : Math.min(fault.afterChunks(), chunks.size());
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < count; i++) {
      body.append("data: ").append(Wire.write(chunks.get(i))).append("\r\n\r\n");
    }
    if (fault != null && fault.kind() == Fault.Kind.STREAM_ERROR) {
      body.append("data: ").append(Wire.write(GeminiEndpoint.errorBody(500, fault.message().orElse("upstream"
          + " error")))).append("\r\n\r\n");
    }
    return new MockResponse.Builder().setHeader("Content-Type", "text/event-stream")
        .body(body.toString()).build();
  }

  private List<ObjectNode> chunks() {
    List<List<ObjectNode>> pieces = new ArrayList<>();
    for (String word : Pieces.words(reply.thought().orElse(""))) {
      List<ObjectNode> one = new ArrayList<>();
      one.add(Wire.object().put("text", word).put("thought", true));
      pieces.add(one);
    }
    List<String> words = Pieces.words(reply.text().orElse(""));
    for (int i = 0; i < words.size(); i++) {
      ObjectNode part = Wire.object().put("text", words.get(i));
      List<ObjectNode> one = new ArrayList<>();
      one.add(i == words.size() - 1 ? signed(part, "text") : part);
      pieces.add(one);
    }
    List<ObjectNode> rest = new ArrayList<>();
    addCallsAndBlobs(rest);
    for (ObjectNode part : rest) {
      List<ObjectNode> one = new ArrayList<>();
      one.add(part);
      pieces.add(one);
    }
    if (pieces.isEmpty()) {
      pieces.add(new ArrayList<ObjectNode>());
    }
    List<ObjectNode> chunks = new ArrayList<>();
    for (int i = 0; i < pieces.size(); i++) {
      chunks.add(chunk(pieces.get(i), i == pieces.size() - 1));
    }
    return chunks;
  }

  private void addCallsAndBlobs(List<ObjectNode> parts) {
    for (int i = 0; i < reply.functionCalls().size(); i++) {
      GeminiReply.FunctionCall call = reply.functionCalls().get(i);
      ObjectNode part = Wire.object();
      part.putObject("functionCall").put("name", call.name()).set("args", parse(call.argsJson()));
      parts.add(signed(part, "call-" + i));
    }
    for (GeminiReply.InlineData blob : reply.inlineData()) {
      ObjectNode part = Wire.object();
      part.putObject("inlineData").put("mimeType", blob.mimeType())
          .put("data", Base64.getEncoder().encodeToString(blob.data()));
      parts.add(part);
    }
  }

  /** {@code part} with a signature when the reply thinks (text) or always (function calls, as Gemini 3 does). */
  private ObjectNode signed(ObjectNode part, String what) {
    if (what.equals("text") && !reply.thought().isPresent()) {
      return part;
    }
    String signature = "fakehub-signature:" + what; // equal for equal replies, so whole and streamed compare
    return part.put("thoughtSignature",
        Base64.getEncoder().encodeToString(signature.getBytes(StandardCharsets.UTF_8)));
  }

  private ObjectNode chunk(List<ObjectNode> parts, boolean last) {
    ObjectNode body = Wire.object();
    ObjectNode candidate = body.putArray("candidates").addObject();
    ObjectNode content = candidate.putObject("content");
    ArrayNode array = content.putArray("parts");
    array.addAll(parts);
    content.put("role", "model");
    if (last) {
      candidate.put("finishReason", reply.finishReason());
    }
    candidate.put("index", 0);
    ObjectNode usage = body.putObject("usageMetadata").put("promptTokenCount", promptWords);
    if (last) {
      int answer = Pieces.wordCount(reply.text().orElse("")) + reply.functionCalls().size()
          + reply.inlineData().size();
      int thoughts = Pieces.wordCount(reply.thought().orElse(""));
      usage.put("candidatesTokenCount", answer);
      if (thoughts > 0) {
        usage.put("thoughtsTokenCount", thoughts);
      }
      usage.put("totalTokenCount", promptWords + answer + thoughts);
    } else {
      usage.put("totalTokenCount", promptWords);
    }
    body.put("modelVersion", model);
    body.put("responseId", responseId);
    return body;
  }

  private static JsonNode parse(String json) {
    try {
      return Wire.MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException("a scripted GeminiReply function call has arguments that are not JSON: "
          + json, e);
    }
  }
}
