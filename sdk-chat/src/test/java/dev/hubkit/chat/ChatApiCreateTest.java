package dev.hubkit.chat;

import static dev.hubkit.chat.HubFixtures.API_KEY;
import static dev.hubkit.chat.HubFixtures.JSON;
import static dev.hubkit.chat.HubFixtures.client;
import static dev.hubkit.chat.HubFixtures.fixture;
import static dev.hubkit.chat.HubFixtures.json;
import static dev.hubkit.chat.HubFixtures.sentJson;
import static dev.hubkit.chat.HubFixtures.take;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hubkit.core.ApiException;
import dev.hubkit.core.HubClient;
import dev.hubkit.core.NotFoundException;
import dev.hubkit.core.RateLimitException;
import dev.hubkit.core.RequestOptions;
import dev.hubkit.core.ServerException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChatApiCreateTest {
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H'};
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};

  @StartStop
  final MockWebServer server = new MockWebServer();

  @TempDir
  Path tempDir;

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

  private static ChatRequest hello() {
    return ChatRequest.builder().model("llama-2-7b-chat").addMessage(ChatMessage.user("Hello")).build();
  }

  @Test
  void optionsCannotOverrideTheStreamFlag() {
    RequestOptions sneaky = RequestOptions.builder().bodyField("stream", true).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> chat.create(hello(), sneaky));
    assertTrue(e.getMessage().contains("'stream'"), e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void createSendsStreamFalseAndReadsTheDocumentedReply() throws Exception {
    server.enqueue(json(200, fixture("chungus-completion.json")));

    ChatCompletion completion = chat.create(ChatRequest.builder()
        .model("llama-2-7b-chat")
        .addMessage(ChatMessage.system("You are a helpful assistant."))
        .addMessage(ChatMessage.user("What is the capital of France?"))
        .temperature(0.7)
        .maxTokens(512)
        .build());

    JsonNode sent = sentJson(take(server), "/v1/public/chat/completions");
    assertEquals(JSON.readTree("{\"model\":\"llama-2-7b-chat\",\"messages\":["
        + "{\"role\":\"system\",\"content\":\"You are a helpful assistant.\"},"
        + "{\"role\":\"user\",\"content\":\"What is the capital of France?\"}],"
        + "\"temperature\":0.7,\"max_tokens\":512,\"stream\":false}"), sent);
    assertEquals("The capital of France is Paris.", completion.text());
    assertEquals("chatcmpl-123", completion.id().get());
    assertEquals(1694268190L, completion.created().get());
    assertEquals("llama-2-7b-chat", completion.model().get());
    assertEquals(FinishReason.STOP, completion.choices().get(0).finishReason().get());
    assertEquals(ChatRole.ASSISTANT, completion.choices().get(0).message().role());
    Usage usage = completion.usage().get();
    assertEquals(25, usage.promptTokens());
    assertEquals(8, usage.completionTokens());
    assertEquals(33, usage.totalTokens());
  }

  @Test
  void createWritesEveryParameterInSnakeCase() throws Exception {
    server.enqueue(json(200, fixture("chmu-completion.json")));
    Map<String, Object> weatherSchema = Map.of("type", "object",
        "properties", Map.of("city", Map.of("type", "string")), "required", List.of("city"));

    chat.create(ChatRequest.builder()
        .model("gpt-5")
        .addMessage(ChatMessage.developer("Be brief."))
        .addMessage(ChatMessage.user("Weather in Paris?"))
        .temperature(0.2)
        .topP(0.9)
        .topK(40)
        .maxTokens(100)
        .maxCompletionTokens(200)
        .n(2)
        .addStop("END")
        .seed(7L)
        .presencePenalty(0.5)
        .frequencyPenalty(-0.5)
        .responseFormat(ResponseFormat.jsonSchema("weather", weatherSchema, true))
        .addTool(Tool.function("get_weather", "Current weather of a city", weatherSchema))
        .toolChoice(ToolChoice.function("get_weather"))
        .parallelToolCalls(false)
        .streamOptions(StreamOptions.usageIncluded())
        .user("user-1")
        .reasoningEffort("low")
        .build());

    JsonNode sent = sentJson(take(server), "/v1/public/chat/completions");
    JsonNode schema = JSON.valueToTree(weatherSchema);
    assertEquals("gpt-5", sent.get("model").asText());
    assertEquals(JSON.readTree("[{\"role\":\"developer\",\"content\":\"Be brief.\"},"
        + "{\"role\":\"user\",\"content\":\"Weather in Paris?\"}]"), sent.get("messages"));
    assertEquals(0.2, sent.get("temperature").asDouble());
    assertEquals(0.9, sent.get("top_p").asDouble());
    assertEquals(40, sent.get("top_k").asInt());
    assertEquals(100, sent.get("max_tokens").asInt());
    assertEquals(200, sent.get("max_completion_tokens").asInt());
    assertEquals(2, sent.get("n").asInt());
    assertEquals("END", sent.get("stop").textValue(), "one stop sequence is written as a string");
    assertEquals(7, sent.get("seed").asLong());
    assertEquals(0.5, sent.get("presence_penalty").asDouble());
    assertEquals(-0.5, sent.get("frequency_penalty").asDouble());
    assertEquals("json_schema", sent.at("/response_format/type").asText());
    assertEquals("weather", sent.at("/response_format/json_schema/name").asText());
    assertEquals(schema, sent.at("/response_format/json_schema/schema"));
    assertTrue(sent.at("/response_format/json_schema/strict").booleanValue());
    assertEquals("function", sent.at("/tools/0/type").asText());
    assertEquals("get_weather", sent.at("/tools/0/function/name").asText());
    assertEquals("Current weather of a city", sent.at("/tools/0/function/description").asText());
    assertEquals(schema, sent.at("/tools/0/function/parameters"));
    assertEquals(JSON.readTree("{\"type\":\"function\",\"function\":{\"name\":\"get_weather\"}}"),
        sent.get("tool_choice"));
    assertFalse(sent.get("parallel_tool_calls").booleanValue());
    assertEquals("user-1", sent.get("user").asText());
    assertEquals("low", sent.get("reasoning_effort").asText());
    assertFalse(sent.get("stream").booleanValue());
    assertFalse(sent.has("stream_options"), "stream_options is only valid when streaming");
    assertEquals(19, sent.size(), "no other field: " + sent);
  }

  @Test
  void severalStopSequencesAndNamedToolChoicesAreWrittenAsTheSpecSays() throws Exception {
    server.enqueue(json(200, fixture("chmu-completion.json")));

    chat.create(ChatRequest.builder().from(hello()).addStop("a", "b").toolChoice(ToolChoice.REQUIRED)
        .responseFormat(ResponseFormat.jsonObject()).build());

    JsonNode sent = sentJson(take(server), "/v1/public/chat/completions");
    assertEquals(JSON.readTree("[\"a\",\"b\"]"), sent.get("stop"));
    assertEquals("required", sent.get("tool_choice").textValue());
    assertEquals(JSON.readTree("{\"type\":\"json_object\"}"), sent.get("response_format"));
    assertFalse(sent.has("tools"), "an empty tool list is left out");
  }

  @Test
  void imagePartsAreSentAsUrlsAndDataUrisWithTheirMimeType() throws Exception {
    server.enqueue(json(200, fixture("chmu-completion.json")));
    Path jpegFile = Files.write(tempDir.resolve("photo.bin"), JPEG);
    Path webpByName = Files.write(tempDir.resolve("pic.webp"), new byte[] {1, 2, 3});

    chat.create(ChatRequest.builder().model("llava-1.5-7b").addMessage(ChatMessage.user(
        ContentPart.text("What is in these images?"),
        ContentPart.imageUrl("https://example.com/image.jpg", ImageDetail.LOW),
        ContentPart.image(PNG),
        ContentPart.imageFile(jpegFile, ImageDetail.HIGH),
        ContentPart.imageFile(webpByName))).build());

    JsonNode content = sentJson(take(server), "/v1/public/chat/completions").at("/messages/0/content");
    assertEquals(5, content.size());
    assertEquals(JSON.readTree("{\"type\":\"text\",\"text\":\"What is in these images?\"}"), content.get(0));
    assertEquals(JSON.readTree("{\"type\":\"image_url\",\"image_url\":"
        + "{\"url\":\"https://example.com/image.jpg\",\"detail\":\"low\"}}"), content.get(1));
    assertEquals("data:image/png;base64," + Base64.getEncoder().encodeToString(PNG),
        content.at("/2/image_url/url").asText());
    assertFalse(content.get(2).get("image_url").has("detail"));
    assertEquals("data:image/jpeg;base64," + Base64.getEncoder().encodeToString(JPEG),
        content.at("/3/image_url/url").asText(), "magic bytes win over the .bin extension");
    assertEquals("high", content.at("/3/image_url/detail").asText());
    assertEquals("data:image/webp;base64,AQID", content.at("/4/image_url/url").asText());
  }

  @Test
  void assistantTurnWithToolCallsAndReasoningIsSentBack() throws Exception {
    server.enqueue(json(200, fixture("completion-with-unknowns.json")));
    server.enqueue(json(200, fixture("chmu-completion.json")));
    ChatCompletion first = chat.create(hello());
    take(server);

    ChatMessage assistant = first.choices().get(0).message().toMessage();
    chat.create(ChatRequest.builder().model("deepseek-reasoner")
        .addMessages(ChatMessage.user("Hello"), assistant, ChatMessage.tool("call_1", "{\"answer\":42}")).build());

    JsonNode messages = sentJson(take(server), "/v1/public/chat/completions").get("messages");
    assertEquals(JSON.readTree("{\"role\":\"model\",\"content\":\"42\","
        + "\"reasoning_content\":\"The user asks for the answer.\",\"tool_calls\":[{\"id\":\"call_1\","
        + "\"type\":\"function\",\"function\":{\"name\":\"lookup\",\"arguments\":\"{\\\"q\\\":\\\"life\\\"}\"},"
        + "\"extra_content\":{\"google\":{\"thought_signature\":\"sig==\"}}}],"
        + "\"reasoning_details\":[{\"type\":\"reasoning.text\",\"text\":\"The user asks for the answer.\"}]}"),
        messages.get(1)); // issue 14: the thinking blocks go back with the turn
    assertEquals(JSON.readTree("{\"role\":\"tool\",\"content\":\"{\\\"answer\\\":42}\","
        + "\"tool_call_id\":\"call_1\"}"), messages.get(2));
  }

  @Test
  void unknownFieldsFinishReasonsAndRolesAreKept() throws Exception {
    server.enqueue(json(200, fixture("completion-with-unknowns.json")));

    ChatCompletion completion = chat.create(hello());

    assertEquals("DeepSeek", completion.extra().get("provider"));
    assertTrue(completion.extra().containsKey("prompt_filter_results"));
    assertEquals("fp_abc", completion.systemFingerprint().get());
    ChatChoice choice = completion.choices().get(0);
    assertEquals("end_turn", choice.finishReason().get().raw()); // issue 14: read as stop, raw text kept
    assertEquals(FinishReason.STOP, choice.finishReason().get());
    assertEquals("END_TURN", choice.extra().get("native_finish_reason"));
    assertEquals(Map.of("content", List.of(Map.of("token", "42", "logprob", -0.01))), choice.extra().get("logprobs"));
    ChatCompletionMessage message = choice.message();
    assertEquals("model", message.role().value());
    assertEquals("The user asks for the answer.", message.reasoning().get());
    assertEquals("The user asks for the answer.", message.reasoningText().get());
    assertFalse(message.reasoningContent().isPresent());
    assertTrue(message.extra().containsKey("reasoning_details"));
    assertEquals("{\"q\":\"life\"}", message.toolCalls().get(0).function().arguments());
    Usage usage = completion.usage().get();
    assertEquals(0.0012, usage.extra().get("cost"));
    assertEquals(4, usage.promptTokensDetails().get().cachedTokens().get());
    assertEquals(28, usage.completionTokensDetails().get().reasoningTokens().get());
    assertEquals(0, usage.completionTokensDetails().get().extra().get("image_tokens"));
  }

  @Test
  void replyWithoutCreatedOrUsageStillReads() throws Exception {
    server.enqueue(json(200, "{\"choices\":[{\"message\":{\"content\":\"hi\"},\"finish_reason\":null}],"
        + "\"usage\":null}"));

    ChatCompletion completion = chat.create(hello());

    assertEquals("hi", completion.text());
    assertFalse(completion.created().isPresent());
    assertFalse(completion.id().isPresent());
    assertFalse(completion.usage().isPresent());
    assertFalse(completion.choices().get(0).finishReason().isPresent());
  }

  @Test
  void replyWithEmptyChoicesHasEmptyText() throws Exception {
    server.enqueue(json(200, "{\"id\":\"x\",\"choices\":[]}"));
    assertEquals("", chat.create(hello()).text());
  }

  @Test
  void modelNotFoundIsANotFoundExceptionWithItsCode() throws Exception {
    server.enqueue(json(404, fixture("chungus-error-model-not-found.json")));

    NotFoundException error = assertThrows(NotFoundException.class, () -> chat.create(hello()));

    assertEquals(404, error.statusCode());
    assertEquals("model_not_found", error.code().get());
    assertEquals("invalid_request_error", error.type().get());
    assertTrue(error.getMessage().contains("Model 'invalid-model' not found or not active"), error.getMessage());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void invalidMessagesIsAnApiExceptionWithItsCode() throws Exception {
    server.enqueue(json(400, fixture("chungus-error-invalid-messages.json")));

    ApiException error = assertThrows(ApiException.class, () -> chat.create(hello()));

    assertEquals(ApiException.class, error.getClass());
    assertEquals(400, error.statusCode());
    assertEquals("invalid_messages", error.code().get());
    assertEquals(1, server.getRequestCount(), "a 400 is not retried");
  }

  @Test
  void rateLimitIsARateLimitExceptionOnceRetriesAreSpent() throws Exception {
    for (int i = 0; i < 3; i++) {
      server.enqueue(json(429, fixture("chungus-error-rate-limit.json")));
    }

    RateLimitException error = assertThrows(RateLimitException.class, () -> chat.create(hello()));

    assertEquals("rate_limit_exceeded", error.code().get());
    assertEquals(3, server.getRequestCount(), "first attempt and two retries");
  }

  @Test
  void rateLimitWithRetryAfterZeroIsRetriedAndSucceeds() throws Exception {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "0")
        .addHeader("Content-Type", "application/json").body(fixture("chungus-error-rate-limit.json")).build());
    server.enqueue(json(200, fixture("chungus-completion.json")));

    ChatCompletion completion = chat.create(hello());

    assertEquals("The capital of France is Paris.", completion.text());
    assertEquals(2, server.getRequestCount());
    JsonNode first = sentJson(take(server), "/v1/public/chat/completions");
    JsonNode second = sentJson(take(server), "/v1/public/chat/completions");
    assertEquals(first, second, "the retry sends the same body");
  }

  @Test
  void badGatewayHtmlBecomesAReadableServerException() throws Exception {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder().code(502).addHeader("Content-Type", "text/html")
          .body(fixture("bad-gateway.html")).build());
    }

    ServerException error = assertThrows(ServerException.class,
        () -> chat.create(hello(), RequestOptions.builder().maxRetries(2).build()));

    assertEquals(502, error.statusCode());
    assertTrue(error.getMessage().contains("502 Bad Gateway"), error.getMessage());
    assertFalse(error.getMessage().contains("<html>"), error.getMessage());
    assertFalse(error.getMessage().contains("Jackson"), error.getMessage());
    assertTrue(error.getMessage().contains("/v1/public/chat/completions"), error.getMessage());
  }

  @Test
  void apiKeyEchoedByTheHubIsMaskedAndNeverPrinted() throws Exception {
    server.enqueue(json(401, "{\"error\":{\"message\":\"Incorrect API key provided: " + API_KEY
        + ". Check your key.\",\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}"));

    ApiException error = assertThrows(ApiException.class, () -> chat.create(hello()));

    assertEquals(401, error.statusCode());
    assertTrue(error.getMessage().contains("Incorrect API key provided"), error.getMessage());
    assertFalse(error.getMessage().contains(API_KEY), error.getMessage());
    assertFalse(error.hubMessage().get().contains(API_KEY));
    assertFalse(client.toString().contains(API_KEY), client.toString());
    assertFalse(hello().toString().contains(API_KEY));
    assertEquals("Bearer " + API_KEY, take(server).getHeaders().get("Authorization"));
  }

  @Test
  void createAsyncCompletesWithTheReply() throws Exception {
    server.enqueue(json(200, fixture("chungus-completion.json")));

    ChatCompletion completion = chat.createAsync(hello()).get(5, TimeUnit.SECONDS);

    assertEquals("The capital of France is Paris.", completion.text());
    assertFalse(sentJson(take(server), "/v1/public/chat/completions").get("stream").booleanValue());
  }

  @Test
  void createAsyncFailsWithTheTypedException() throws Exception {
    server.enqueue(json(404, fixture("chungus-error-model-not-found.json")));

    Throwable cause = assertThrows(java.util.concurrent.ExecutionException.class,
        () -> chat.createAsync(hello()).get(5, TimeUnit.SECONDS)).getCause();

    assertEquals(NotFoundException.class, cause.getClass());
    assertEquals("model_not_found", ((ApiException) cause).code().get());
  }

  @Test
  void extraBodyFieldsFromOptionsAreSentAlongside() throws Exception {
    server.enqueue(json(200, fixture("chmu-completion.json")));

    chat.create(hello(), RequestOptions.builder().bodyField("enable_thinking", true).build());

    JsonNode sent = sentJson(take(server), "/v1/public/chat/completions");
    assertTrue(sent.get("enable_thinking").booleanValue());
    assertFalse(sent.get("stream").booleanValue());
  }
}
