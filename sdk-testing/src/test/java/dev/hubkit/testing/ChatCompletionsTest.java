package dev.hubkit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ChatCompletionsTest {
  private final FakeHub hub = FakeHub.start();
  private final HubCalls calls = new HubCalls(hub);

  @AfterEach
  void close() {
    hub.close();
  }

  private static String chat(String model, String userText, String extra) {
    return "{\"model\":\"" + model + "\",\"messages\":[{\"role\":\"system\",\"content\":\"Be brief.\"},"
        + "{\"role\":\"user\",\"content\":\"" + userText + "\"}]" + extra + "}";
  }

  private static String streamedText(List<JsonNode> chunks, String field) {
    StringBuilder text = new StringBuilder();
    for (JsonNode chunk : chunks) {
      for (JsonNode choice : chunk.path("choices")) {
        text.append(choice.path("delta").path(field).asText(""));
      }
    }
    return text.toString();
  }

  @Test
  void nonStreamingEchoesTheLastUserMessage() {
    HubCalls.Reply reply = calls.postJson("/chat/completions", chat("gpt-5", "Hello there", ",\"stream\":false"));

    assertEquals(200, reply.code());
    assertEquals("application/json", reply.headers().get("Content-Type"));
    JsonNode body = reply.json();
    assertEquals("chat.completion", body.path("object").asText());
    assertEquals("gpt-5", body.path("model").asText());
    assertTrue(body.path("id").asText().startsWith("chatcmpl-"), body.toString());
    assertEquals("assistant", body.path("choices").get(0).path("message").path("role").asText());
    assertEquals("Echo: Hello there", body.path("choices").get(0).path("message").path("content").asText());
    assertEquals("stop", body.path("choices").get(0).path("finish_reason").asText());
    assertEquals(4, body.path("usage").path("prompt_tokens").asInt()); // "Be brief." + "Hello there"
    assertEquals(3, body.path("usage").path("completion_tokens").asInt());
    assertEquals(7, body.path("usage").path("total_tokens").asInt());
  }

  private JsonNode schemaAnswer(String schemaFile, String stream) throws Exception {
    JsonNode schema;
    try (java.io.InputStream in = getClass().getResourceAsStream("/schemas/" + schemaFile)) {
      schema = HubCalls.JSON.readTree(in);
    }
    String format = ",\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"X\","
        + "\"strict\":true,\"schema\":" + schema + "}}";
    HubCalls.Reply reply = calls.postJson("/chat/completions", chat("gpt-5", "Weather in Paris?", stream + format));
    assertEquals(200, reply.code(), reply.text());
    String content = stream.contains("true") ? streamedText(reply.chunks(), "content")
        : reply.json().path("choices").get(0).path("message").path("content").asText();
    return HubCalls.JSON.readTree(content);
  }

  @Test
  void aJsonSchemaRequestIsAnsweredWithJsonFollowingTheSchema() throws Exception {
    JsonNode weather = schemaAnswer("Weather.schema.json", ",\"stream\":false");
    assertEquals(HubCalls.JSON.readTree("{\"city\":\"Echo: Weather in Paris?\",\"temperature_c\":0.0,"
        + "\"feels_like_c\":0.0,\"sky\":\"clear\",\"date\":\"2026-01-01\",\"observed_at\":\"2026-01-01T00:00:00Z\","
        + "\"forecast\":[{\"date\":\"2026-01-01\",\"sky\":\"clear\",\"high_c\":0,\"summary\":null}],"
        + "\"warnings\":[\"Echo: Weather in Paris?\"],\"note\":\"Echo: Weather in Paris?\"}"), weather);
    assertEquals(weather, schemaAnswer("Weather.schema.json", ",\"stream\":true"));
  }

  @Test
  void aRecursiveSchemaIsAnsweredWithAFiniteValue() throws Exception {
    JsonNode category = schemaAnswer("Category.schema.json", ",\"stream\":false");
    assertEquals("Echo: Weather in Paris?", category.path("name").asText());
    assertEquals("Echo: Weather in Paris?", category.path("children").get(0).path("name").asText());
    assertEquals(0, category.path("children").get(0).path("children").size());
    assertEquals("Echo: Weather in Paris?", category.path("approver").path("name").asText());
    assertTrue(category.path("first").isObject(), category.toString());
    assertTrue(category.path("first").path("first").isNull(), category.toString());
  }

  @Test
  void streamIsTheDefaultAndEndsWithDone() {
    HubCalls.Reply reply = calls.postJson("/chat/completions", chat("gpt-5", "Hi you", ""));

    assertEquals(200, reply.code());
    assertEquals("text/event-stream", reply.headers().get("Content-Type"));
    assertTrue(reply.text().endsWith("data: [DONE]\n\n"), reply.text());
    List<String> events = reply.events();
    assertEquals("[DONE]", events.get(events.size() - 1));
    List<JsonNode> chunks = reply.chunks();
    // role chunk, "Echo:", " Hi", " you", finish chunk
    assertEquals(5, chunks.size());
    assertEquals("assistant", chunks.get(0).path("choices").get(0).path("delta").path("role").asText());
    assertEquals("Echo: Hi you", streamedText(chunks, "content"));
    assertEquals(" Hi", chunks.get(2).path("choices").get(0).path("delta").path("content").asText());
    for (JsonNode chunk : chunks) {
      assertEquals("chat.completion.chunk", chunk.path("object").asText());
      assertEquals(chunks.get(0).path("id").asText(), chunk.path("id").asText());
      assertFalse(chunk.has("usage"), "no usage field without include_usage: " + chunk);
    }
    assertEquals("stop", chunks.get(4).path("choices").get(0).path("finish_reason").asText());
    assertTrue(chunks.get(3).path("choices").get(0).path("finish_reason").isNull());
  }

  @Test
  void includeUsageAddsAFinalChunkWithEmptyChoices() {
    HubCalls.Reply reply = calls.postJson("/chat/completions",
        chat("gpt-5", "one two", ",\"stream\":true,\"stream_options\":{\"include_usage\":true}"));

    List<JsonNode> chunks = reply.chunks();
    JsonNode last = chunks.get(chunks.size() - 1);
    assertEquals(0, last.path("choices").size());
    assertTrue(last.path("choices").isArray());
    assertEquals(4, last.path("usage").path("prompt_tokens").asInt());
    assertEquals(3, last.path("usage").path("completion_tokens").asInt());
    assertTrue(chunks.get(0).has("usage") && chunks.get(0).get("usage").isNull(), chunks.get(0).toString());
    assertEquals("[DONE]", reply.events().get(reply.events().size() - 1));
  }

  @Test
  void streamByDefaultCanBeTurnedOff() {
    try (FakeHub openAiLike = FakeHub.builder().streamByDefault(false).start()) {
      HubCalls.Reply reply = new HubCalls(openAiLike).postJson("/chat/completions", chat("gpt-5", "x", ""));
      assertEquals("chat.completion", reply.json().path("object").asText());
    }
  }

  @Test
  void scriptedReasoningStreamsBeforeContent() {
    hub.enqueueReply(ChatReply.reasoningThenText("Think first.", "The answer is 4."));

    List<JsonNode> chunks = calls.postJson("/chat/completions", chat("deepseek-r1", "2+2?", "")).chunks();

    assertEquals("Think first.", streamedText(chunks, "reasoning_content"));
    assertEquals("The answer is 4.", streamedText(chunks, "content"));
    int lastReasoning = -1;
    int firstContent = -1;
    for (int i = 0; i < chunks.size(); i++) {
      JsonNode delta = chunks.get(i).path("choices").path(0).path("delta");
      if (delta.has("reasoning_content")) {
        lastReasoning = i;
      }
      if (firstContent < 0 && delta.path("content").asText("").length() > 0) {
        firstContent = i;
      }
    }
    assertTrue(lastReasoning > 0 && lastReasoning < firstContent, chunks.toString());
  }

  @Test
  void scriptedRepliesAreUsedOnceInOrderThenEchoResumes() {
    hub.enqueueReply(ChatReply.text("first"));
    hub.enqueueReply(ChatReply.text("second").withFinishReason("length"));
    String request = chat("gpt-5", "ping", ",\"stream\":false");

    JsonNode one = calls.postJson("/chat/completions", request).json();
    JsonNode two = calls.postJson("/chat/completions", request).json();
    JsonNode three = calls.postJson("/chat/completions", request).json();

    assertEquals("first", one.at("/choices/0/message/content").asText());
    assertEquals("second", two.at("/choices/0/message/content").asText());
    assertEquals("length", two.at("/choices/0/finish_reason").asText());
    assertEquals("Echo: ping", three.at("/choices/0/message/content").asText());
  }

  @Test
  void toolCallStreamsIdAndNameFirstThenArgumentFragments() {
    String arguments = "{\"city\":\"Paris\",\"unit\":\"celsius\"}";
    hub.enqueueReply(ChatReply.toolCall("get_weather", arguments));

    List<JsonNode> chunks = calls.postJson("/chat/completions", chat("gpt-5", "Weather?", "")).chunks();

    List<JsonNode> toolDeltas = new java.util.ArrayList<>();
    for (JsonNode chunk : chunks) {
      JsonNode calls = chunk.path("choices").path(0).path("delta").path("tool_calls");
      if (calls.isArray()) {
        toolDeltas.add(calls.get(0));
      }
    }
    assertEquals(4, toolDeltas.size(), toolDeltas.toString());
    JsonNode first = toolDeltas.get(0);
    assertEquals(0, first.path("index").asInt());
    assertEquals("call_fakehub_0", first.path("id").asText());
    assertEquals("function", first.path("type").asText());
    assertEquals("get_weather", first.path("function").path("name").asText());
    StringBuilder joined = new StringBuilder();
    for (JsonNode delta : toolDeltas.subList(1, toolDeltas.size())) {
      assertFalse(delta.has("id"), "only the first fragment carries the id: " + delta);
      assertFalse(delta.path("function").has("name"), delta.toString());
      assertEquals(0, delta.path("index").asInt());
      joined.append(delta.path("function").path("arguments").asText());
    }
    assertEquals(arguments, joined.toString());
    JsonNode last = chunks.get(chunks.size() - 1);
    assertEquals("tool_calls", last.path("choices").path(0).path("finish_reason").asText());
  }

  @Test
  void nonStreamingToolCallHasNullContent() {
    hub.enqueueReply(ChatReply.toolCalls(ChatReply.ToolCall.of("call_a", "f", "{}"),
        ChatReply.ToolCall.of("call_b", "g", "{\"x\":1}")));

    JsonNode message = calls.postJson("/chat/completions", chat("gpt-5", "go", ",\"stream\":false")).json()
        .at("/choices/0/message");

    assertTrue(message.path("content").isNull());
    assertEquals("call_b", message.at("/tool_calls/1/id").asText());
    assertEquals("g", message.at("/tool_calls/1/function/name").asText());
    assertEquals("{\"x\":1}", message.at("/tool_calls/1/function/arguments").asText());
  }

  @Test
  void echoReadsTextPartsOfAContentArray() {
    String request = "{\"model\":\"gpt-5\",\"stream\":false,\"messages\":[{\"role\":\"user\",\"content\":["
        + "{\"type\":\"text\",\"text\":\"What is\"},{\"type\":\"image_url\",\"image_url\":{\"url\":\"data:x\"}},"
        + "{\"type\":\"text\",\"text\":\"this?\"}]}]}";

    JsonNode body = calls.postJson("/chat/completions", request).json();

    assertEquals("Echo: What is this?", body.at("/choices/0/message/content").asText());
  }

  @Test
  void emptyMessagesAnswerInvalidMessages() {
    HubCalls.Reply reply = calls.postJson("/chat/completions", "{\"model\":\"gpt-5\",\"messages\":[]}");

    assertEquals(400, reply.code());
    assertEquals("invalid_messages", reply.json().at("/error/code").asText());
    assertEquals("invalid_request_error", reply.json().at("/error/type").asText());
  }

  @Test
  void unknownModelAnswersModelNotFound() {
    HubCalls.Reply reply = calls.postJson("/chat/completions", chat("gpt-99", "hi", ""));

    assertEquals(404, reply.code());
    assertEquals("Model 'gpt-99' not found or not active", reply.json().at("/error/message").asText());
    assertEquals("model_not_found", reply.json().at("/error/code").asText());
    assertEquals("invalid_request_error", reply.json().at("/error/type").asText());
  }

  @Test
  void videoModelForChatAnswersInvalidModelType() {
    HubCalls.Reply reply = calls.postJson("/chat/completions", chat("sora-2", "hi", ""));

    assertEquals(400, reply.code());
    assertEquals("invalid_model_type", reply.json().at("/error/code").asText());
  }

  @Test
  void malformedJsonAnswersInvalidJson() {
    HubCalls.Reply reply = calls.postJson("/chat/completions", "{\"model\":\"gpt-5\",");

    assertEquals(400, reply.code());
    assertEquals("invalid_json", reply.json().at("/error/code").asText());
  }

  @Test
  void unknownModelsCanBeAccepted() {
    try (FakeHub lenient = FakeHub.builder().acceptUnknownModels(true).start()) {
      HubCalls.Reply reply = new HubCalls(lenient).postJson("/chat/completions",
          chat("my-own-model", "hi", ",\"stream\":false"));
      assertEquals(200, reply.code());
      assertEquals("my-own-model", reply.json().path("model").asText());
    }
  }
}
