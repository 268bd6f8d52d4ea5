package dev.hubkit.anthropic;

import static dev.hubkit.anthropic.ClaudeHub.body;
import static dev.hubkit.anthropic.ClaudeHub.fixture;
import static dev.hubkit.anthropic.ClaudeHub.json;
import static dev.hubkit.anthropic.ClaudeHub.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hubkit.core.FallbackPolicy;
import dev.hubkit.core.FallbackResult;
import dev.hubkit.core.HubClient;
import dev.hubkit.core.RateLimitException;
import dev.hubkit.core.RequestOptions;
import dev.hubkit.core.ServerException;
import dev.hubkit.core.internal.Json;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MessagesApiTest {
  @StartStop final MockWebServer server = new MockWebServer();
  private HubClient client;
  private MessagesApi messages;

  @BeforeEach
  void setUp() {
    client = ClaudeHub.client(server);
    messages = MessagesApi.of(client);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  @Test
  void createPostsToV1MessagesUnderTheBaseUrlWithBearerKeyAndVersion() throws Exception {
    server.enqueue(json(200, fixture("message-whole.json")));
    messages.create(ClaudeHub.weatherRequest());
    RecordedRequest sent = server.takeRequest();
    assertEquals("POST", sent.getMethod());
    assertEquals("/claude/v1/messages", sent.getUrl().encodedPath());
    assertEquals("Bearer " + ClaudeHub.API_KEY, sent.getHeaders().get("Authorization"));
    assertNull(sent.getHeaders().get("x-api-key"));
    assertEquals("2023-06-01", sent.getHeaders().get("anthropic-version"));
    assertNull(sent.getHeaders().get("anthropic-beta"));
    assertEquals(tree("{\"model\":\"claude-sonnet-4-5\",\"max_tokens\":2048,\"messages\":[{\"role\":\"user\","
        + "\"content\":[{\"type\":\"text\",\"text\":\"What is the weather in Paris?\"}]}],\"stream\":false}"),
        body(sent));
  }

  @Test
  void anthropicKeyHeaderSendsTheKeyBareInXApiKeyAndNoBearer() throws Exception {
    server.enqueue(json(200, fixture("message-whole.json")));
    messages.withAnthropicKeyHeader().withVersion("2023-01-01").withBeta("interleaved-thinking-2025-05-14",
        "files-api-2025-04-14").create(ClaudeHub.weatherRequest());
    RecordedRequest sent = server.takeRequest();
    assertEquals(ClaudeHub.API_KEY, sent.getHeaders().get("x-api-key"));
    assertNull(sent.getHeaders().get("Authorization"));
    assertEquals("2023-01-01", sent.getHeaders().get("anthropic-version"));
    assertEquals("interleaved-thinking-2025-05-14,files-api-2025-04-14", sent.getHeaders().get("anthropic-beta"));
  }

  @Test
  void perCallOptionsOverrideTheApisHeadersAndAddBodyMembers() throws Exception {
    server.enqueue(json(200, fixture("message-whole.json")));
    messages.withBeta("a").create(ClaudeHub.weatherRequest(), RequestOptions.builder()
        .header("anthropic-beta", "b").putExtraBody("service_tier", "auto").build());
    RecordedRequest sent = server.takeRequest();
    assertEquals("b", sent.getHeaders().get("anthropic-beta"));
    assertEquals("auto", body(sent).get("service_tier").asText());
    assertThrows(IllegalArgumentException.class, () -> messages.create(ClaudeHub.weatherRequest(),
        RequestOptions.builder().putExtraBody("stream", true).build()));
  }

  @Test
  void everyRequestFieldIsWrittenAsTheApiNamesIt() throws Exception {
    server.enqueue(json(200, fixture("message-whole.json")));
    Map<String, Object> schema = tree("{\"type\":\"object\",\"properties\":{\"location\":{\"type\":\"string\"}},"
        + "\"required\":[\"location\"]}").traverse(Json.mapper())
        .readValueAs(new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() {});
    MessageRequest request = MessageRequest.builder().model("claude-opus-4-1").maxTokens(4096)
        .addSystem(TextBlock.builder().text("You are a forecaster.").cacheControl(CacheControl.ephemeral()).build())
        .addMessage(MessageParam.user(DocumentBlock.pdf("%PDF-1.4 tiny".getBytes("US-ASCII")).withCitations(),
            ImageBlock.ofUrl("https://img.example/cloud.png"), TextBlock.of("Summarise")))
        .addTool(Tool.builder().from(Tool.of("get_weather", "Current weather", schema))
            .cacheControl(CacheControl.ephemeral("1h")).build())
        .addTool(WebSearchTool.builder().maxUses(3).addAllowedDomain("weather.example").build())
        .toolChoice(ToolChoice.auto()).thinking(ThinkingConfig.enabled(2048)).temperature(1.0).topP(0.9).topK(40)
        .addStopSequence("END").putMetadata("user_id", "u-42").build();
    messages.create(request);
    assertEquals(tree("{\"model\":\"claude-opus-4-1\",\"max_tokens\":4096,"
        + "\"system\":[{\"type\":\"text\",\"text\":\"You are a forecaster.\",\"cache_control\":{\"type\":\"ephemeral\"}}],"
        + "\"messages\":[{\"role\":\"user\",\"content\":["
        + "{\"type\":\"document\",\"source\":{\"type\":\"base64\",\"media_type\":\"application/pdf\","
        + "\"data\":\"JVBERi0xLjQgdGlueQ==\"},\"citations\":{\"enabled\":true}},"
        + "{\"type\":\"image\",\"source\":{\"type\":\"url\",\"url\":\"https://img.example/cloud.png\"}},"
        + "{\"type\":\"text\",\"text\":\"Summarise\"}]}],"
        + "\"tools\":[{\"name\":\"get_weather\",\"description\":\"Current weather\",\"input_schema\":"
        + "{\"type\":\"object\",\"properties\":{\"location\":{\"type\":\"string\"}},\"required\":[\"location\"]},"
        + "\"cache_control\":{\"type\":\"ephemeral\",\"ttl\":\"1h\"}},"
        + "{\"type\":\"web_search_20250305\",\"name\":\"web_search\",\"max_uses\":3,"
        + "\"allowed_domains\":[\"weather.example\"]}],"
        + "\"tool_choice\":{\"type\":\"auto\"},\"thinking\":{\"type\":\"enabled\",\"budget_tokens\":2048},"
        + "\"temperature\":1.0,\"top_p\":0.9,\"top_k\":40,\"stop_sequences\":[\"END\"],"
        + "\"metadata\":{\"user_id\":\"u-42\"},\"stream\":false}"), body(server.takeRequest()));
  }

  @Test
  void aPlainSystemPromptIsWrittenAsAString() throws Exception {
    server.enqueue(json(200, fixture("message-whole.json")));
    messages.create(MessageRequest.builder().from(ClaudeHub.weatherRequest()).system("Be terse.").build());
    assertEquals("Be terse.", body(server.takeRequest()).get("system").asText());
  }

  @Test
  void aRequestIsReadBackFromJsonWithItsSystemPromptAsAStringOrAsBlocks() throws Exception {
    MessageRequest plain = MessageRequest.builder().from(ClaudeHub.weatherRequest()).system("Be terse.").build();
    String written = Json.mapper().writeValueAsString(plain);
    assertEquals("Be terse.", tree(written).get("system").asText());
    assertEquals(plain, Json.mapper().readValue(written, MessageRequest.class));
    MessageRequest blocks = MessageRequest.builder().from(ClaudeHub.weatherRequest())
        .addSystem(TextBlock.of("Be terse."), TextBlock.of("Answer in French.")).build();
    String list = Json.mapper().writeValueAsString(blocks);
    assertTrue(tree(list).get("system").isArray());
    assertEquals(blocks, Json.mapper().readValue(list, MessageRequest.class));
  }

  @Test
  void aReplyIsReadIntoTypedBlocksKeepingUnknownOnesWithTheirJson() {
    server.enqueue(json(200, fixture("message-whole.json")));
    Message reply = messages.create(ClaudeHub.weatherRequest());
    List<ContentBlock> blocks = reply.content();
    assertEquals(8, blocks.size());
    ThinkingBlock thinking = assertInstanceOf(ThinkingBlock.class, blocks.get(0));
    assertEquals("EqQBCgIYAhIM1gbcDa9GJwZA2b3hGgxBdjrkzLoky3dl1pkiMOYds", thinking.signature());
    RedactedThinkingBlock redacted = assertInstanceOf(RedactedThinkingBlock.class, blocks.get(1));
    assertFalse(redacted.toString().contains(redacted.data()), "toString leaves the data out");
    ServerToolUseBlock search = assertInstanceOf(ServerToolUseBlock.class, blocks.get(2));
    assertEquals("paris weather today", search.input().get("query").asText());
    ServerToolResultBlock results = assertInstanceOf(ServerToolResultBlock.class, blocks.get(3));
    assertEquals("web_search_tool_result", results.type());
    assertEquals(search.id(), results.toolUseId());
    assertEquals("Paris forecast", results.content().get(0).get("title").asText());
    TextBlock cited = assertInstanceOf(TextBlock.class, blocks.get(4));
    Citation citation = cited.citations().get(0);
    assertEquals("web_search_result_location", citation.type());
    assertEquals(Optional.of("Sunny, 18 degrees"), citation.citedText());
    assertEquals("Eo8BCioIAhgBIiQyYjQ0OWJmZi1lNm", citation.extra().get("encrypted_index"));
    ToolUseBlock call = reply.toolUses().get(0);
    assertEquals("get_weather", call.name());
    assertEquals("celsius", call.input().get("unit").asText());
    UnknownBlock unknown = assertInstanceOf(UnknownBlock.class, blocks.get(7));
    assertEquals("container_upload", unknown.type());
    assertEquals("It is sunny in Paris, 18 degrees.", reply.text());
    assertEquals(Optional.of(StopReason.TOOL_USE), reply.stopReason());
    Usage usage = reply.usage().get();
    assertEquals(2095, usage.inputTokens());
    assertEquals(503, usage.outputTokens());
    assertEquals(Optional.of(2051), usage.cacheCreationInputTokens());
    assertEquals(Optional.of(0), usage.cacheReadInputTokens());
    assertEquals("standard", usage.extra().get("service_tier"));
  }

  @Test
  void toParamSendsTheReplyBackUnchangedThinkingSignaturesIncluded() throws Exception {
    server.enqueue(json(200, fixture("message-whole.json")));
    server.enqueue(json(200, fixture("message-whole.json")));
    Message reply = messages.create(ClaudeHub.weatherRequest());
    MessageRequest next = MessageRequest.builder().from(ClaudeHub.weatherRequest())
        .addMessage(reply.toParam())
        .addMessage(MessageParam.user(ToolResultBlock.of(reply.toolUses().get(0).id(), "18 C and sunny")))
        .build();
    messages.create(next);
    server.takeRequest();
    JsonNode sent = body(server.takeRequest()).get("messages");
    JsonNode assistant = sent.get(1);
    assertEquals("assistant", assistant.get("role").asText());
    assertEquals(tree(fixture("message-whole.json")).get("content"), assistant.get("content"),
        "every block, thinking signature and unknown block included, goes back as it came");
    assertEquals(tree("{\"role\":\"user\",\"content\":[{\"type\":\"tool_result\",\"tool_use_id\":"
        + "\"toolu_01A09q90qw90lq917835lq9\",\"content\":[{\"type\":\"text\",\"text\":\"18 C and sunny\"}]}]}"),
        sent.get(2));
  }

  @Test
  void aPlainStringContentIsReadAsOneTextBlock() throws Exception {
    MessageParam turn = Json.mapper().readValue("{\"role\":\"user\",\"content\":\"hi\"}", MessageParam.class);
    assertEquals(MessageParam.user("hi"), turn);
    ToolResultBlock result = (ToolResultBlock) Json.mapper().readValue(
        "{\"type\":\"tool_result\",\"tool_use_id\":\"t1\",\"content\":\"42\",\"is_error\":true}", ContentBlock.class);
    assertEquals(ToolResultBlock.error("t1", "42"), result);
  }

  @Test
  void anOverloaded529IsRetriedThenAServerException() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(json(529, fixture("error-overloaded.json")));
    }
    ServerException e = assertThrows(ServerException.class, () -> messages.create(ClaudeHub.weatherRequest()));
    assertEquals(529, e.statusCode());
    assertEquals(Optional.of("overloaded_error"), e.type());
    assertEquals(Optional.of("Overloaded"), e.hubMessage());
    assertEquals(3, server.getRequestCount(), "two retries, as for a 503");
    assertFalse(e.getMessage().contains(ClaudeHub.API_KEY));
  }

  @Test
  void aSuccessfulReplyThatIsOnlyAnAnthropicErrorEnvelopeIsThatTypedError() {
    server.enqueue(json(200, fixture("error-overloaded.json")));
    ServerException e = assertThrows(ServerException.class, () -> messages.create(ClaudeHub.weatherRequest()));
    assertEquals(529, e.statusCode());
    assertEquals(Optional.of("overloaded_error"), e.type());
    assertEquals(Optional.of("Overloaded"), e.hubMessage());
    server.enqueue(json(200, "{ \"type\" : \"error\", \"error\": {\"type\":\"rate_limit_error\","
        + "\"message\":\"Number of requests has exceeded your rate limit\"}, \"request_id\":\"req_011\"}"));
    RateLimitException limited =
        assertThrows(RateLimitException.class, () -> messages.create(ClaudeHub.weatherRequest()));
    assertEquals(429, limited.statusCode());
    assertEquals(2, server.getRequestCount(), "a 2xx reply is not retried");
  }

  @Test
  void anOverloadedModelFallsBackToAnotherClaudeModel() throws Exception {
    server.enqueue(json(529, fixture("error-overloaded.json")));
    server.enqueue(json(529, fixture("error-overloaded.json")));
    server.enqueue(json(529, fixture("error-overloaded.json")));
    server.enqueue(json(200, fixture("message-whole.json")));
    FallbackResult<Message> result = messages.createWithFallback(ClaudeHub.weatherRequest(),
        FallbackPolicy.fallbackModels("claude-haiku-4-5"));
    assertEquals("claude-haiku-4-5", result.model());
    for (int i = 0; i < 3; i++) {
      assertEquals("claude-sonnet-4-5", body(server.takeRequest()).get("model").asText());
    }
    assertEquals("claude-haiku-4-5", body(server.takeRequest()).get("model").asText());
  }

  @Test
  void createAsyncAnswersWithTheReplyAndFallsBackWhenConfigured() throws Exception {
    server.enqueue(json(529, fixture("error-overloaded.json")));
    server.enqueue(json(529, fixture("error-overloaded.json")));
    server.enqueue(json(529, fixture("error-overloaded.json")));
    server.enqueue(json(200, fixture("message-whole.json")));
    Message reply = messages.withFallback(FallbackPolicy.fallbackModels("claude-haiku-4-5"))
        .createAsync(ClaudeHub.weatherRequest()).get();
    assertEquals("msg_01XFDUDYJgAACzvnptvVoYEL", reply.id());
    assertEquals(4, server.getRequestCount());
  }

  @Test
  void countTokensSendsOnlyTheMembersTheEndpointAccepts() throws Exception {
    server.enqueue(json(200, "{\"input_tokens\":2095}"));
    TokenCount count = messages.countTokens(MessageRequest.builder().from(ClaudeHub.weatherRequest())
        .system("Be terse.").temperature(0.5).thinking(ThinkingConfig.enabled(1024)).build());
    assertEquals(2095, count.inputTokens());
    RecordedRequest sent = server.takeRequest();
    assertEquals("/claude/v1/messages/count_tokens", sent.getUrl().encodedPath());
    assertEquals("2023-06-01", sent.getHeaders().get("anthropic-version"));
    assertEquals(tree("{\"model\":\"claude-sonnet-4-5\",\"system\":\"Be terse.\",\"messages\":[{\"role\":\"user\","
        + "\"content\":[{\"type\":\"text\",\"text\":\"What is the weather in Paris?\"}]}],"
        + "\"thinking\":{\"type\":\"enabled\",\"budget_tokens\":1024}}"), body(sent));
    server.enqueue(json(200, "{\"input_tokens\":7}"));
    assertEquals(7, messages.countTokensAsync(ClaudeHub.weatherRequest(), RequestOptions.none()).get()
        .inputTokens());
  }

  @Test
  void requestsTheApiWouldRejectAreRejectedSayingWhatToFix() {
    IllegalArgumentException noMessages = assertThrows(IllegalArgumentException.class,
        () -> MessageRequest.builder().model("claude-sonnet-4-5").maxTokens(10).build());
    assertTrue(noMessages.getMessage().contains("MessageParam.user"));
    IllegalArgumentException budget = assertThrows(IllegalArgumentException.class,
        () -> MessageRequest.builder().from(ClaudeHub.weatherRequest()).maxTokens(2000)
            .thinking(ThinkingConfig.enabled(4000)).build());
    assertTrue(budget.getMessage().contains("raise maxTokens"));
    assertThrows(IllegalArgumentException.class, () -> ThinkingConfig.enabled(100));
  }
}
