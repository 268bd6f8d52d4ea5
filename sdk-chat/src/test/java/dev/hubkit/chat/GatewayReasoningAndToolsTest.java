package dev.hubkit.chat;

import static dev.hubkit.chat.GatewayDialectsTest.gateway;
import static dev.hubkit.chat.GatewayDialectsTest.hi;
import static dev.hubkit.chat.HubFixtures.JSON;
import static dev.hubkit.chat.HubFixtures.client;
import static dev.hubkit.chat.HubFixtures.json;
import static dev.hubkit.chat.HubFixtures.sentJson;
import static dev.hubkit.chat.HubFixtures.sse;
import static dev.hubkit.chat.HubFixtures.take;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hubkit.core.HubClient;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 14 points 2, 3 and 5: reasoning in every spelling, nothing lost, new kinds of tool calls. */
class GatewayReasoningAndToolsTest {
  @StartStop
  final MockWebServer server = new MockWebServer();

  private HubClient client;
  private ChatApi chat;

  @BeforeEach
  void setUp() {
    client = client(server);
    chat = ChatApi.of(client);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private ChatCompletion streamed(String fixture) throws InterruptedException {
    server.enqueue(sse(gateway(fixture)));
    try (ChatStream stream = chat.stream(hi())) {
      return stream.accumulate();
    } finally {
      take(server);
    }
  }

  /** Sends {@code assistant} as the next turn and returns the JSON HubKit wrote for it. */
  private JsonNode sentBack(ChatMessage assistant) throws Exception {
    server.enqueue(json(200, gateway("claude-completion-end-turn.json")));
    chat.create(ChatRequest.builder().model("claude-sonnet-4-5").addMessages(ChatMessage.user("Weather?"),
        assistant, ChatMessage.tool("toolu_01", "{\"temp\":21}")).build());
    return sentJson(take(server), "/v1/public/chat/completions").get("messages").get(1);
  }

  @Test
  void claudeThinkingContentBlocksReadAsReasoningAndGoBackSignedWithTheToolCall() throws Exception {
    server.enqueue(json(200, gateway("claude-completion-thinking-tools.json")));
    ChatCompletionMessage message = chat.create(hi()).choices().get(0).message();
    take(server);

    assertEquals(Optional.of("The user wants the weather in Paris; call get_weather."), message.reasoningText());
    JsonNode sent = sentBack(message.toMessage());
    assertEquals("thinking", sent.at("/content_blocks/0/type").asText());
    assertEquals("EqQBCkgIARABGAIiQ...", sent.at("/content_blocks/0/signature").asText());
    assertEquals("toolu_01", sent.at("/tool_calls/0/id").asText());
  }

  @Test
  void streamedContentBlocksAreJoinedIntoTheSignedBlockAndUnmodelledMembersKept() throws Exception {
    ChatCompletion completion = streamed("claude-stream-content-blocks.txt");

    assertEquals("anthropic", completion.extra().get("provider"));
    ChatCompletionMessage message = completion.choices().get(0).message();
    assertEquals(Optional.of("The user wants the weather."), message.reasoningText());
    assertEquals(List.of(Map.of("type", "thinking", "thinking", "The user wants the weather.",
        "signature", "EqQBCkgIARABGAIiQ...")), message.extra().get("content_blocks"));
    assertEquals(FinishReason.TOOL_CALLS, completion.choices().get(0).finishReason().get());
    assertEquals("{\"city\":\"Paris\"}", message.toolCalls().get(0).function().arguments());

    JsonNode sent = sentBack(message.toMessage());
    assertEquals("EqQBCkgIARABGAIiQ...", sent.at("/content_blocks/0/signature").asText());
  }

  @Test
  void openRoutersReasoningDetailsReadAsReasoningWholeAndStreamed() throws Exception {
    server.enqueue(json(200, gateway("openrouter-completion-reasoning-details.json")));
    ChatChoice whole = chat.create(hi()).choices().get(0);
    assertEquals(Optional.of("Considered the question. Answer is 42."), whole.message().reasoningText());
    assertEquals("completed", whole.extra().get("native_finish_reason"));

    ChatCompletion streamed = streamed("openrouter-stream-reasoning-details.txt");
    ChatChoice choice = streamed.choices().get(0);
    assertEquals(Optional.of("Thinking hard."), choice.message().reasoningText());
    assertEquals(List.of(Map.of("type", "reasoning.text", "text", "Thinking hard.", "format", "anthropic-claude-v1",
        "signature", "sig-2")), choice.message().extra().get("reasoning_details"));
    assertEquals("end_turn", choice.extra().get("native_finish_reason"));
    assertEquals("Anthropic", streamed.extra().get("provider"));
  }

  @Test
  void openRoutersStreamedSummaryPiecesJoinIntoReasoningAndTheEncryptedDetailIsKept() throws Exception {
    ChatChoice choice = streamed("openrouter-stream-reasoning-summary.txt").choices().get(0);

    assertEquals(Optional.of("Weighed the options."), choice.message().reasoningText());
    assertEquals("Take the train.", choice.message().content().get());
    assertEquals(List.of(
        Map.of("type", "reasoning.summary", "summary", "Weighed the options.", "format", "openai-responses-v1"),
        Map.of("type", "reasoning.encrypted", "data", "gAAAAB-enc", "format", "openai-responses-v1")),
        choice.message().extra().get("reasoning_details"));
    JsonNode sent = sentBack(choice.message().toMessage());
    assertEquals("gAAAAB-enc", sent.at("/reasoning_details/1/data").asText());
  }

  @Test
  void gemini3sThoughtSignatureOnAWholeReplysToolCallIsKeptAndSentBack() throws Exception {
    server.enqueue(json(200, gateway("gemini3-completion-tool-thought-signature.json")));
    ChatCompletionMessage message = chat.create(hi()).choices().get(0).message();
    take(server);

    assertEquals(Map.of("google", Map.of("thought_signature", "CiQBVKhc7h==")),
        message.toolCalls().get(0).extra().get("extra_content"));
    JsonNode sent = sentBack(message.toMessage());
    assertEquals("call_g2", sent.at("/tool_calls/0/id").asText());
    assertEquals("CiQBVKhc7h==", sent.at("/tool_calls/0/extra_content/google/thought_signature").asText());
  }

  @Test
  void aMessageBuiltWithUnmodelledMembersSendsThemAsTheyAre() throws Exception {
    server.enqueue(json(200, gateway("claude-completion-end-turn.json")));
    chat.create(ChatRequest.builder().model("claude-sonnet-4-5").addMessage(ChatMessage.builder()
        .role(ChatRole.USER).content("Summarise the contract.")
        .putExtra("cache_control", Map.of("type", "ephemeral")).build()).build());

    JsonNode sent = sentJson(take(server), "/v1/public/chat/completions").get("messages").get(0);
    assertEquals(JSON.readTree("{\"role\":\"user\",\"content\":\"Summarise the contract.\","
        + "\"cache_control\":{\"type\":\"ephemeral\"}}"), sent);
  }

  @Test
  void gemini3sThoughtSignatureOnAStreamedToolCallIsKeptAndSentBack() throws Exception {
    ChatCompletion completion = streamed("gemini3-stream-tool-thought-signature.txt");
    ToolCall call = completion.choices().get(0).message().toolCalls().get(0);

    assertEquals(Map.of("google", Map.of("thought_signature", "CiQBVKhc7g==")), call.extra().get("extra_content"));
    JsonNode sent = sentBack(completion.choices().get(0).message().toMessage());
    assertEquals("CiQBVKhc7g==", sent.at("/tool_calls/0/extra_content/google/thought_signature").asText());
  }

  @Test
  void customAndUnknownToolCallsReadWithoutFailingTheReply() throws Exception {
    server.enqueue(json(200, gateway("completion-custom-tool-call.json")));
    List<ToolCall> calls = chat.create(hi()).choices().get(0).message().toolCalls();

    assertEquals("custom", calls.get(0).type());
    assertEquals(CustomToolCall.of("run_sql", "SELECT 1;"), calls.get(0).custom().get());
    assertFalse(calls.get(0).functionCall().isPresent());
    IllegalStateException notAFunction = assertThrows(IllegalStateException.class, calls.get(0)::function);
    assertTrue(notAFunction.getMessage().contains("read custom()"), notAFunction.getMessage());
    assertEquals("mcp_call", calls.get(1).type());
    assertEquals(Map.of("server", "docs", "arguments", Map.of("q", "x")), calls.get(1).extra().get("mcp_call"));
    assertEquals(JSON.readTree("{\"id\":\"call_2\",\"type\":\"mcp_call\",\"mcp_call\":{\"server\":\"docs\","
        + "\"arguments\":{\"q\":\"x\"}}}"), dev.hubkit.core.internal.Json.mapper().valueToTree(calls.get(1)));
  }

  @Test
  void streamedCustomToolCallsAreJoinedAndUnknownKindsKept() throws Exception {
    List<ToolCall> calls = streamed("stream-custom-tool-call.txt").choices().get(0).message().toolCalls();

    assertEquals(ToolCall.custom("call_1", "run_sql", "SELECT 1;"), calls.get(0));
    assertEquals("mcp_call", calls.get(1).type());
    assertEquals(Map.of("server", "docs"), calls.get(1).extra().get("mcp_call"));
    assertFalse(calls.get(1).functionCall().isPresent());
  }

  @Test
  void aRequestCanDeclareCustomTools() throws Exception {
    server.enqueue(json(200, gateway("completion-custom-tool-call.json")));
    chat.create(ChatRequest.builder().model("gpt-5").addMessage(ChatMessage.user("count rows"))
        .addTool(Tool.custom("run_sql", "Runs one SQL statement"))
        .addTool(Tool.function("lookup", "Looks up", Map.of("type", "object")))
        .addTool(Tool.custom("calc", null, Map.of("type", "grammar",
            "grammar", Map.of("syntax", "lark", "definition", "start: NUMBER")))).build());

    JsonNode tools = sentJson(take(server), "/v1/public/chat/completions").get("tools");
    assertEquals(JSON.readTree("{\"type\":\"custom\",\"custom\":{\"name\":\"run_sql\","
        + "\"description\":\"Runs one SQL statement\"}}"), tools.get(0));
    assertEquals("function", tools.get(1).get("type").asText());
    assertEquals("lookup", tools.get(1).at("/function/name").asText());
    assertFalse(tools.get(1).has("custom"));
    assertEquals(JSON.readTree("{\"type\":\"custom\",\"custom\":{\"name\":\"calc\",\"format\":{\"type\":"
        + "\"grammar\",\"grammar\":{\"syntax\":\"lark\",\"definition\":\"start: NUMBER\"}}}}"), tools.get(2));
  }
}
