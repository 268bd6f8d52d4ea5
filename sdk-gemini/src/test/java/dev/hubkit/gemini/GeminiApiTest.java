package dev.hubkit.gemini;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hubkit.core.ApiException;
import dev.hubkit.core.FallbackPolicy;
import dev.hubkit.core.FallbackResult;
import dev.hubkit.core.HubClient;
import dev.hubkit.core.NotFoundException;
import dev.hubkit.core.RateLimitException;
import dev.hubkit.core.RequestOptions;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GeminiApiTest {
  private static final byte[] PNG = Base64.getDecoder().decode(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

  @StartStop final MockWebServer server = new MockWebServer();
  private HubClient client;
  private GeminiApi gemini;

  @BeforeEach
  void setUp() {
    client = Fixtures.client(server);
    gemini = GeminiApi.of(client);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  @Test
  void generatePostsToTheModelsColonMethodPathBelowTheBaseUrlWithTheBearerKey() throws Exception {
    server.enqueue(Fixtures.json("generate-thinking-function-call.json"));
    gemini.generate("gemini-2.5-flash", GenerateContentRequest.of("Weather in Paris?"));
    RecordedRequest sent = server.takeRequest();
    assertEquals("POST", sent.getMethod());
    assertEquals("/hub/v1beta/models/gemini-2.5-flash:generateContent", sent.getUrl().encodedPath());
    assertEquals("Bearer " + Fixtures.API_KEY, sent.getHeaders().get("Authorization"));
    assertNull(sent.getHeaders().get("x-goog-api-key"));
    assertEquals(Fixtures.tree("{\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"Weather in Paris?\"}]}]}"),
        Fixtures.body(sent));
  }

  @Test
  void theGoogleKeyHeaderCarriesTheKeyBareAndNoBearer() throws Exception {
    server.enqueue(Fixtures.json("generate-image.json"));
    gemini.withGoogleApiKeyHeader().generate("gemini-2.5-flash", GenerateContentRequest.of("Hi"));
    RecordedRequest sent = server.takeRequest();
    assertEquals(Fixtures.API_KEY, sent.getHeaders().get("x-goog-api-key"));
    assertNull(sent.getHeaders().get("Authorization"));
  }

  @Test
  void theVersionSegmentIsSettableOrLeftOutAndModelNamesMayCarryTheirCollection() throws Exception {
    server.enqueue(Fixtures.json("generate-image.json"));
    server.enqueue(Fixtures.json("generate-image.json"));
    server.enqueue(Fixtures.json("generate-image.json"));
    gemini.withApiVersion("v1").generate("gemini-2.5-flash", GenerateContentRequest.of("a"));
    gemini.withApiVersion("").generate("models/gemini-2.5-pro", GenerateContentRequest.of("b"));
    gemini.generate("tunedModels/my-model-7", GenerateContentRequest.of("c"));
    assertEquals("/hub/v1/models/gemini-2.5-flash:generateContent", server.takeRequest().getUrl().encodedPath());
    assertEquals("/hub/models/gemini-2.5-pro:generateContent", server.takeRequest().getUrl().encodedPath());
    assertEquals("/hub/v1beta/tunedModels/my-model-7:generateContent",
        server.takeRequest().getUrl().encodedPath());
    assertThrows(IllegalArgumentException.class, () -> gemini.generate(" ", GenerateContentRequest.of("x")));
    assertThrows(IllegalArgumentException.class,
        () -> gemini.generate("gemini-2.5-flash:generateContent", GenerateContentRequest.of("x")));
    assertThrows(IllegalArgumentException.class, () -> gemini.withApiVersion("v1/beta"));
  }

  @Test
  void aFullRequestIsWrittenInGeminisCamelCaseShape() throws Exception {
    server.enqueue(Fixtures.json("generate-image.json"));
    GenerateContentRequest request = GenerateContentRequest.builder()
        .systemInstruction(Content.of(Part.text("Answer briefly.")))
        .addContent(Content.user(Part.text("What is in this picture?"), Part.inlineData(PNG),
            Part.fileData("application/pdf", "https://generativelanguage.googleapis.com/v1beta/files/f1")))
        .addTool(Tool.functions(FunctionDeclaration.of("get_weather", "Current weather",
            Map.of("type", "object", "properties", Map.of("city", Map.of("type", "string"))))))
        .addTool(Tool.googleSearchTool())
        .addTool(Tool.codeExecutionTool())
        .toolConfig(ToolConfig.functionCalling("ANY", "get_weather"))
        .generationConfig(GenerationConfig.builder().temperature(0.2).topP(0.9).topK(40).maxOutputTokens(512)
            .addStopSequence("END").candidateCount(1).responseMimeType("application/json")
            .responseSchema(Map.of("type", "object"))
            .thinkingConfig(ThinkingConfig.budget(1024, true))
            .addResponseModality(Modality.TEXT).addResponseModality(Modality.IMAGE)
            .speechConfig(SpeechConfig.voice("Kore"))
            .putExtra("seed", 7)
            .build())
        .addSafetySetting(SafetySetting.of("HARM_CATEGORY_HARASSMENT", "BLOCK_ONLY_HIGH"))
        .cachedContent("cachedContents/abc123")
        .build();
    gemini.generate("gemini-2.5-flash", request);
    JsonNode expected = Fixtures.tree("{"
        + "\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"What is in this picture?\"},"
        + "{\"inlineData\":{\"mimeType\":\"image/png\",\"data\":\"" + Base64.getEncoder().encodeToString(PNG) + "\"}},"
        + "{\"fileData\":{\"mimeType\":\"application/pdf\","
        + "\"fileUri\":\"https://generativelanguage.googleapis.com/v1beta/files/f1\"}}]}],"
        + "\"systemInstruction\":{\"parts\":[{\"text\":\"Answer briefly.\"}]},"
        + "\"tools\":[{\"functionDeclarations\":[{\"name\":\"get_weather\",\"description\":\"Current weather\","
        + "\"parameters\":{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}}}}]},"
        + "{\"googleSearch\":{}},{\"codeExecution\":{}}],"
        + "\"toolConfig\":{\"functionCallingConfig\":{\"mode\":\"ANY\",\"allowedFunctionNames\":[\"get_weather\"]}},"
        + "\"generationConfig\":{\"temperature\":0.2,\"topP\":0.9,\"topK\":40,\"maxOutputTokens\":512,"
        + "\"stopSequences\":[\"END\"],\"candidateCount\":1,\"responseMimeType\":\"application/json\","
        + "\"responseSchema\":{\"type\":\"object\"},"
        + "\"thinkingConfig\":{\"thinkingBudget\":1024,\"includeThoughts\":true},"
        + "\"responseModalities\":[\"TEXT\",\"IMAGE\"],"
        + "\"speechConfig\":{\"voiceConfig\":{\"prebuiltVoiceConfig\":{\"voiceName\":\"Kore\"}}},\"seed\":7},"
        + "\"safetySettings\":[{\"category\":\"HARM_CATEGORY_HARASSMENT\",\"threshold\":\"BLOCK_ONLY_HIGH\"}],"
        + "\"cachedContent\":\"cachedContents/abc123\"}");
    assertEquals(expected, Fixtures.body(server.takeRequest()));
  }

  @Test
  void aThinkingReplyWithAFunctionCallIsTypedAndItsSignatureGoesBackUnchanged() throws Exception {
    server.enqueue(Fixtures.json("generate-thinking-function-call.json"));
    server.enqueue(Fixtures.json("generate-image.json"));
    GenerateContentResponse reply = gemini.generate("gemini-2.5-flash", GenerateContentRequest.of("Paris?"));
    Candidate candidate = reply.candidates().get(0);
    assertEquals(Part.Kind.THOUGHT, candidate.parts().get(0).kind());
    assertTrue(candidate.thoughtText().startsWith("**Checking the weather**"));
    assertEquals("", reply.text());
    FunctionCall call = candidate.functionCalls().get(0);
    assertEquals("get_weather", call.name());
    assertEquals("Paris", call.args().get("city"));
    assertTrue(call.args().containsKey("hint"));
    assertEquals("CiQBcsjafD8Q2lJ0yS7rWvzzkZ4dLQ9mXQ0Jh1Xlq9Vx2cYmnsAKXwFyyNp8",
        candidate.parts().get(1).thoughtSignature().get());
    assertEquals(FinishReason.STOP, candidate.finishReason().get());
    assertEquals(-0.41, candidate.extra().get("avgLogprobs"));
    UsageMetadata usage = reply.usageMetadata().get();
    assertEquals(61, usage.promptTokenCount());
    assertEquals(18, usage.candidatesTokenCount());
    assertEquals(118, usage.thoughtsTokenCount());
    assertEquals(197, usage.totalTokenCount());
    assertTrue(usage.extra().containsKey("promptTokensDetails"));
    assertEquals("k3ZaaOjVEoC4nvgP0dbUgAk", reply.responseId().get());

    GenerateContentRequest next = GenerateContentRequest.builder()
        .addContent(Content.user("Weather in Paris?"))
        .addContent(candidate.toContent())
        .addContent(Content.user(Part.functionResponse("get_weather", Map.of("temperature", 21))))
        .build();
    gemini.generate("gemini-2.5-flash", next);
    server.takeRequest();
    JsonNode sent = Fixtures.body(server.takeRequest()).get("contents");
    JsonNode modelTurn = Fixtures.tree(Fixtures.text("generate-thinking-function-call.json"))
        .at("/candidates/0/content");
    assertEquals(modelTurn, sent.get(1));
    assertEquals(Fixtures.tree("{\"role\":\"user\",\"parts\":[{\"functionResponse\":{\"name\":\"get_weather\","
        + "\"response\":{\"temperature\":21}}}]}"), sent.get(2));
  }

  @Test
  void anInlineImageIsDecodedBytesWithItsMimeTypeAndToStringNeverPrintsThem() {
    server.enqueue(Fixtures.json("generate-image.json"));
    GenerateContentResponse reply = gemini.generate("gemini-2.5-flash-image", GenerateContentRequest.of("Draw"));
    Blob image = reply.candidates().get(0).inlineData().get(0);
    assertEquals("image/png", image.mimeType());
    assertArrayEquals(PNG, image.data());
    assertEquals("Here is a nano banana on a plate.", reply.text());
    assertFalse(reply.toString().contains("iVBORw0KGgo"), reply.toString());
    assertTrue(reply.toString().contains(PNG.length + " bytes"), reply.toString());
  }

  @Test
  void speechComesAsInlinePcmAudio() {
    server.enqueue(Fixtures.json("generate-tts.json"));
    GenerateContentResponse reply = gemini.generate("gemini-2.5-flash-preview-tts", GenerateContentRequest.of("Hi"));
    Blob audio = reply.candidates().get(0).inlineData().get(0);
    assertEquals("audio/L16;codec=pcm;rate=24000", audio.mimeType());
    assertEquals(480, audio.data().length);
  }

  @Test
  void groundingSafetyCodeAndUnknownPartsAreKept() throws Exception {
    server.enqueue(Fixtures.json("generate-grounded.json"));
    server.enqueue(Fixtures.json("generate-image.json"));
    GenerateContentResponse reply = gemini.generate("gemini-2.5-flash", GenerateContentRequest.of("Euro 2024?"));
    Candidate candidate = reply.candidates().get(0);
    assertEquals(List.of(Part.Kind.TEXT, Part.Kind.EXECUTABLE_CODE, Part.Kind.CODE_EXECUTION_RESULT, Part.Kind.OTHER),
        candidate.parts().stream().map(Part::kind).collect(java.util.stream.Collectors.toList()));
    assertEquals("print(2 + 1)", candidate.parts().get(1).executableCode().get().code());
    assertEquals("3\n", candidate.parts().get(2).codeExecutionResult().get().output().get());
    assertEquals(List.of("UEFA Euro 2024 winner"), candidate.groundingMetadata().get().get("webSearchQueries"));
    assertEquals("LOW", candidate.safetyRatings().get(1).probability().get());
    assertEquals(false, candidate.safetyRatings().get(1).blocked().get());
    assertEquals(40, reply.usageMetadata().get().toolUsePromptTokenCount());
    assertEquals(4, reply.usageMetadata().get().cachedContentTokenCount());

    gemini.generate("gemini-2.5-flash", GenerateContentRequest.builder().addContent(Content.user("Euro?"))
        .addContent(candidate.toContent()).build());
    server.takeRequest();
    JsonNode sentParts = Fixtures.body(server.takeRequest()).at("/contents/1/parts");
    assertEquals(Fixtures.tree(Fixtures.text("generate-grounded.json")).at("/candidates/0/content/parts"), sentParts);
  }

  @Test
  void googlesErrorEnvelopeIsTheTypedExceptionWithItsStatus() {
    server.enqueue(Fixtures.json(404, "{\"error\":{\"code\":404,\"message\":\"models/gemini-9 is not found for API"
        + " version v1beta\",\"status\":\"NOT_FOUND\"}}"));
    NotFoundException missing = assertThrows(NotFoundException.class,
        () -> gemini.generate("gemini-9", GenerateContentRequest.of("x")));
    assertEquals("NOT_FOUND", missing.type().get());
    assertTrue(missing.getMessage().contains("models/gemini-9 is not found"), missing.getMessage());

    server.enqueue(Fixtures.json(429, "[{\"error\":{\"code\":429,\"message\":\"Resource has been exhausted\","
        + "\"status\":\"RESOURCE_EXHAUSTED\"}}]"));
    server.enqueue(Fixtures.json(429, "[{\"error\":{\"code\":429,\"message\":\"Resource has been exhausted\","
        + "\"status\":\"RESOURCE_EXHAUSTED\"}}]"));
    RateLimitException limited = assertThrows(RateLimitException.class,
        () -> gemini.generate("gemini-2.5-flash", GenerateContentRequest.of("x")));
    assertEquals("RESOURCE_EXHAUSTED", limited.type().get());
    assertFalse(limited.getMessage().contains(Fixtures.API_KEY));
  }

  @Test
  void aFallbackPolicyTriesTheNextModelInThePath() throws Exception {
    server.enqueue(Fixtures.json(503, "{\"error\":{\"code\":503,\"message\":\"The model is overloaded.\","
        + "\"status\":\"UNAVAILABLE\"}}"));
    server.enqueue(Fixtures.json(503, "{\"error\":{\"code\":503,\"message\":\"The model is overloaded.\","
        + "\"status\":\"UNAVAILABLE\"}}"));
    server.enqueue(Fixtures.json("generate-image.json"));
    FallbackResult<GenerateContentResponse> result = gemini.generateWithFallback("gemini-2.5-pro",
        GenerateContentRequest.of("x"), FallbackPolicy.fallbackModels("gemini-2.5-flash"));
    assertEquals("gemini-2.5-flash", result.model());
    assertEquals("/hub/v1beta/models/gemini-2.5-pro:generateContent", server.takeRequest().getUrl().encodedPath());
    server.takeRequest();
    assertEquals("/hub/v1beta/models/gemini-2.5-flash:generateContent",
        server.takeRequest().getUrl().encodedPath());
  }

  @Test
  void asyncCallsCarryPerCallOptionsAndFallBackWithoutBlocking() throws Exception {
    server.enqueue(Fixtures.json(404, "{\"error\":{\"code\":404,\"message\":\"models/gemini-x is not found for API version v1beta\",\"status\":\"NOT_FOUND\"}}"));
    server.enqueue(Fixtures.json("generate-image.json"));
    GeminiApi withFallback = gemini.withFallback(FallbackPolicy.fallbackModels("gemini-2.5-flash-image"));
    GenerateContentResponse reply = withFallback.generateAsync("gemini-x", GenerateContentRequest.of("Draw"),
        RequestOptions.builder().header("X-Trace", "t-1").build()).get();
    assertEquals(1, reply.candidates().get(0).inlineData().size());
    assertEquals("t-1", server.takeRequest().getHeaders().get("X-Trace"));
    RecordedRequest second = server.takeRequest();
    assertEquals("/hub/v1beta/models/gemini-2.5-flash-image:generateContent", second.getUrl().encodedPath());
    assertEquals("t-1", second.getHeaders().get("X-Trace"));
  }

  @Test
  void aSuccessfulReplyThatIsGooglesErrorEnvelopeIsThatError() {
    server.enqueue(Fixtures.json(200, "{\"error\":{\"code\":500,\"message\":\"Internal error encountered.\","
        + "\"status\":\"INTERNAL\"}}"));
    server.enqueue(Fixtures.json(200, "{\"error\":{\"code\":500,\"message\":\"Internal error encountered.\","
        + "\"status\":\"INTERNAL\"}}"));
    ApiException e = assertThrows(ApiException.class,
        () -> gemini.generate("gemini-2.5-flash", GenerateContentRequest.of("x")));
    assertEquals(500, e.statusCode());
    assertInstanceOf(dev.hubkit.core.ServerException.class, e);
  }
}
