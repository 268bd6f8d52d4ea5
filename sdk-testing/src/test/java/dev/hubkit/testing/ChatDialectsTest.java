package dev.hubkit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** FakeHub speaks the dialects of gateways in front of Claude and Gemini (issue 14 point 9). */
class ChatDialectsTest {
  private static final String STREAM = "{\"model\":\"gpt-5\",\"stream\":true,\"messages\":[{\"role\":\"user\","
      + "\"content\":\"Hi\"}]}";
  private static final String WHOLE = STREAM.replace("true", "false");

  @Test
  void streamsCanEndWithoutDoneRightAfterTheirFinishChunk() {
    try (FakeHub hub = FakeHub.builder().streamsEndWithDone(false).start()) {
      HubCalls.Reply reply = new HubCalls(hub).postJson("/chat/completions", STREAM);

      assertFalse(reply.text().contains("[DONE]"), reply.text());
      List<JsonNode> chunks = reply.chunks();
      assertEquals("stop", chunks.get(chunks.size() - 1).at("/choices/0/finish_reason").asText());
    }
  }

  @Test
  void reasoningCanBeSentAsContentBlocksWholeAndStreamed() {
    try (FakeHub hub = FakeHub.start()) {
      ChatReply reply = ChatReply.reasoningThenText("Think twice", "Done")
          .withReasoningSpelling(ChatReply.ReasoningSpelling.CONTENT_BLOCKS);
      hub.enqueueReply(reply);
      hub.enqueueReply(reply);
      HubCalls calls = new HubCalls(hub);

      JsonNode whole = calls.postJson("/chat/completions", WHOLE).json().at("/choices/0/message");
      assertEquals("thinking", whole.at("/content_blocks/0/type").asText());
      assertEquals("Think twice", whole.at("/content_blocks/0/thinking").asText());
      assertEquals("fakehub-signature", whole.at("/content_blocks/0/signature").asText());
      assertFalse(whole.has("reasoning_content"));

      List<JsonNode> chunks = calls.postJson("/chat/completions", STREAM).chunks();
      assertEquals("Think", chunks.get(1).at("/choices/0/delta/content_blocks/0/delta/thinking").asText());
      assertEquals("fakehub-signature",
          chunks.get(3).at("/choices/0/delta/content_blocks/0/delta/signature").asText());
    }
  }

  @Test
  void reasoningCanBeSentAsReasoningDetailsWholeAndStreamed() {
    try (FakeHub hub = FakeHub.start()) {
      ChatReply reply = ChatReply.reasoningThenText("Think twice", "Done")
          .withReasoningSpelling(ChatReply.ReasoningSpelling.REASONING_DETAILS);
      hub.enqueueReply(reply);
      hub.enqueueReply(reply);
      HubCalls calls = new HubCalls(hub);

      JsonNode whole = calls.postJson("/chat/completions", WHOLE).json().at("/choices/0/message");
      assertEquals("reasoning.text", whole.at("/reasoning_details/0/type").asText());
      assertEquals("Think twice", whole.at("/reasoning_details/0/text").asText());
      assertEquals("fakehub-signature", whole.at("/reasoning_details/0/signature").asText());
      assertFalse(whole.has("reasoning_content"));

      List<JsonNode> chunks = calls.postJson("/chat/completions", STREAM).chunks();

      JsonNode last = chunks.get(2).at("/choices/0/delta/reasoning_details/0");
      assertEquals("reasoning.text", last.path("type").asText());
      assertEquals(" twice", last.path("text").asText());
      assertEquals("fakehub-signature", last.path("signature").asText());
    }
  }

  @Test
  void providerAndErrorFinishReasonsAreSentAsGiven() {
    try (FakeHub hub = FakeHub.start()) {
      hub.enqueueReply(ChatReply.text("Partial answer").withFinishReason("overloaded_error"));
      HubCalls.Reply reply = new HubCalls(hub).postJson("/chat/completions", STREAM);

      List<JsonNode> chunks = reply.chunks();
      assertEquals("overloaded_error", chunks.get(chunks.size() - 1).at("/choices/0/finish_reason").asText());
      assertTrue(reply.text().endsWith("data: [DONE]\n\n"));
    }
  }

  @Test
  void openRoutersErrorFinishReasonIsSentMidStreamAfterThePartialAnswer() {
    try (FakeHub hub = FakeHub.start()) {
      hub.enqueueReply(ChatReply.text("Half an answer").withFinishReason("error"));
      List<JsonNode> chunks = new HubCalls(hub).postJson("/chat/completions", STREAM).chunks();

      StringBuilder text = new StringBuilder();
      for (JsonNode chunk : chunks) {
        text.append(chunk.at("/choices/0/delta/content").asText(""));
      }
      assertEquals("Half an answer", text.toString());
      assertEquals("error", chunks.get(chunks.size() - 1).at("/choices/0/finish_reason").asText());
    }
  }
}
