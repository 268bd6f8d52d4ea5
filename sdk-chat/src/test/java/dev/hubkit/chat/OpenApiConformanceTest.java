package dev.hubkit.chat;

import static dev.hubkit.chat.HubFixtures.client;
import static dev.hubkit.chat.HubFixtures.fixture;
import static dev.hubkit.chat.HubFixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hubkit.core.HubClient;
import dev.hubkit.core.conformance.OpenApiSpec;
import dev.hubkit.core.conformance.StrictModeRules;
import dev.hubkit.core.internal.Json;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The request bodies HubKit puts on the wire validate against OpenAI's published schemas, and the spec's own
 * examples decode without loss. Hub-only fields are the only allowed differences, listed here.
 */
class OpenApiConformanceTest {
  /** Fields hubs accept that OpenAI's CreateChatCompletionRequest does not declare. */
  private static final Set<String> HUB_ONLY_CHAT_FIELDS = new TreeSet<>(Arrays.asList("top_k"));

  @StartStop final MockWebServer server = new MockWebServer();
  private final OpenApiSpec spec = OpenApiSpec.load();
  private HubClient client;

  @BeforeEach
  void setUp() {
    client = client(server);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private ChatRequest everyChatFeature() {
    Map<String, Object> weather = Map.of("type", "object",
        "properties", Map.of("city", Map.of("type", "string")), "required", List.of("city"));
    return ChatRequest.builder()
        .model("gpt-4o")
        .addMessage(ChatMessage.system("Be brief."))
        .addMessage(ChatMessage.developer("Answer in English."))
        .addMessage(ChatMessage.user(ContentPart.text("What is this?"),
            ContentPart.imageUrl("https://example.com/a.png", ImageDetail.HIGH),
            ContentPart.image(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0})))
        .addMessage(ChatMessage.builder().role(ChatRole.ASSISTANT)
            .addToolCalls(ToolCall.function("call_1", "get_weather", "{\"city\":\"Paris\"}")).build())
        .addMessage(ChatMessage.tool("call_1", "{\"temp\":18}"))
        .addMessage(ChatMessage.assistant("It is 18 degrees."))
        .addMessage(ChatMessage.user("Thanks"))
        .temperature(0.2).topP(0.9).topK(40).maxTokens(100).maxCompletionTokens(200).n(1)
        .addStop("END").addStop("STOP").seed(7L).presencePenalty(0.5).frequencyPenalty(-0.5)
        .responseFormat(ResponseFormat.jsonSchema("weather", weather, true))
        .addTool(Tool.function("get_weather", "Current weather of a city", weather))
        .toolChoice(ToolChoice.AUTO).parallelToolCalls(true)
        .streamOptions(StreamOptions.usageIncluded())
        .user("user-1").reasoningEffort("low")
        .build();
  }

  private JsonNode sentBody() throws Exception {
    RecordedRequest request = server.takeRequest();
    return Json.mapper().readTree(request.getBody().utf8());
  }

  private void assertConforms(String schema, JsonNode sent, Set<String> hubOnly) {
    ObjectNode openAiPart = sent.deepCopy();
    hubOnly.forEach(openAiPart::remove);
    assertEquals(Collections.emptySet(), spec.violations(schema, openAiPart), "sent: " + sent);
    Set<String> undeclared = new TreeSet<>();
    sent.fieldNames().forEachRemaining(undeclared::add);
    undeclared.removeAll(spec.propertyNames(schema));
    assertEquals(hubOnly, undeclared, "fields " + schema + " does not declare");
  }

  @Test
  void streamedChatRequestWithEveryFeatureConformsToCreateChatCompletionRequest() throws Exception {
    server.enqueue(HubFixtures.sse("data: [DONE]\n\n"));
    try (ChatStream stream = ChatApi.of(client).stream(everyChatFeature())) {
      stream.forEach(chunk -> { });
    }
    assertConforms("CreateChatCompletionRequest", sentBody(), HUB_ONLY_CHAT_FIELDS);
  }

  @Test
  void plainChatRequestConformsWithJsonObjectFormat() throws Exception {
    server.enqueue(json(200, fixture("chmu-completion.json")));
    ChatApi.of(client).create(ChatRequest.builder().from(everyChatFeature())
        .responseFormat(ResponseFormat.jsonObject()).toolChoice(ToolChoice.function("get_weather")).build());
    assertConforms("CreateChatCompletionRequest", sentBody(), HUB_ONLY_CHAT_FIELDS);
  }

  @Test
  void requestWithASchemaAndAToolFromJavaTypesConformsAndFollowsStrictModeRules() throws Exception {
    server.enqueue(json(200, fixture("chmu-completion.json")));
    ChatApi.of(client).create(ChatRequest.builder().from(everyChatFeature())
        .responseFormat(ResponseFormat.jsonSchema(StructuredOutputTest.Forecast.class))
        .tools(List.of(Tool.function("get_weather", "Current weather", StructuredOutputTest.WeatherQuery.class)))
        .build());
    JsonNode sent = sentBody();
    assertConforms("CreateChatCompletionRequest", sent, HUB_ONLY_CHAT_FIELDS);
    assertEquals(List.of(), StrictModeRules.violations(sent.get("response_format").get("json_schema").get("schema")));
    assertEquals(List.of(), StrictModeRules.violations(sent.get("tools").get(0).get("function").get("parameters")));
  }

  @Test
  void embeddingRequestsConformToCreateEmbeddingRequest() throws Exception {
    String reply = "{\"object\":\"list\",\"data\":[{\"object\":\"embedding\",\"index\":0,\"embedding\":[0.5]}],"
        + "\"model\":\"m\",\"usage\":{\"prompt_tokens\":1,\"total_tokens\":1}}";
    server.enqueue(json(200, reply));
    server.enqueue(json(200, reply));
    EmbeddingsApi embeddings = EmbeddingsApi.of(client);
    embeddings.create(EmbeddingRequest.builder().model("text-embedding-3-small").input("one").dimensions(256)
        .encodingFormat(EncodingFormat.FLOAT).user("u").build());
    embeddings.create(EmbeddingRequest.builder().model("text-embedding-3-small")
        .input(Arrays.asList("a", "b")).encodingFormat(EncodingFormat.BASE64).build());
    assertConforms("CreateEmbeddingRequest", sentBody(), Collections.emptySet());
    assertConforms("CreateEmbeddingRequest", sentBody(), Collections.emptySet());
  }

  @Test
  void specExampleCompletionsAndChunksDecodeWithoutLoss() throws IOException {
    int completions = 0;
    int chunks = 0;
    for (JsonNode example : spec.examples("/chat/completions", "post")) {
      boolean chunk = example.path("object").asText().equals("chat.completion.chunk");
      Class<?> type = chunk ? ChatCompletionChunk.class : ChatCompletion.class;
      Object decoded = Json.mapper().treeToValue(example, type);
      OpenApiSpec.assertKeeps(example, Json.mapper().valueToTree(decoded), chunk ? "chunk" : "completion");
      if (chunk) {
        chunks++;
      } else {
        completions++;
      }
    }
    assertTrue(completions >= 3 && chunks >= 1, completions + " completions, " + chunks + " chunks");
  }

  @Test
  void specExampleEmbeddingResponseDecodesToTheSameFloats() throws IOException {
    List<String> texts = spec.exampleTexts("/embeddings", "post");
    assertTrue(!texts.isEmpty());
    int checked = 0;
    for (String text : texts) {
      if (!text.trim().startsWith("{")) {
        continue;
      }
      checked++;
      // The spec abbreviates the vector (".... (1536 floats total)"); drop that line and the comma it leaves.
      JsonNode example = Json.mapper().readTree(text.replaceAll("(?m)^\\s*\\.\\.\\..*$\\n", "")
          .replaceAll(",(\\s*\\])", "$1"));
      EmbeddingResponse decoded = Json.mapper().treeToValue(example, EmbeddingResponse.class);
      JsonNode vector = example.at("/data/0/embedding");
      float[] floats = decoded.data().get(0).embedding();
      assertEquals(vector.size(), floats.length);
      for (int i = 0; i < floats.length; i++) {
        assertEquals(Float.parseFloat(vector.get(i).asText()), floats[i], 0f);
      }
      assertEquals(example.path("model").asText(), decoded.model().orElse(""));
    }
    assertTrue(checked > 0, "no JSON embedding example in the spec");
  }
}
