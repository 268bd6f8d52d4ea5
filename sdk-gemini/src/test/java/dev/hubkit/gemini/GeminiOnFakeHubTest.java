package dev.hubkit.gemini;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hubkit.core.FallbackPolicy;
import dev.hubkit.core.HubClient;
import dev.hubkit.core.RateLimitException;
import dev.hubkit.core.RequestOptions;
import dev.hubkit.core.StreamInterruptedException;
import dev.hubkit.testing.Fault;
import dev.hubkit.testing.FakeHub;
import dev.hubkit.testing.GeminiReply;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GeminiOnFakeHubTest {
  private static final byte[] PNG = java.util.Base64.getDecoder().decode(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
  private static final GeminiReply SCRIPT = GeminiReply.text("It is sunny in Paris today.")
      .withThought("The user wants the weather, so I look it up.")
      .withInlineData("image/png", PNG);

  private final FakeHub hub = FakeHub.start();
  private final HubClient client = HubClient.builder().baseUrl(hub.baseUrl()).apiKey(hub.apiKey()).maxRetries(0)
      .build();
  private final GeminiApi gemini = GeminiApi.of(client);

  @AfterEach
  void tearDown() {
    client.close();
    hub.close();
  }

  @Test
  void theAccumulatedStreamEqualsTheWholeReplyOfTheSameScript() {
    hub.enqueueGeminiReply(SCRIPT);
    hub.enqueueGeminiReply(SCRIPT);
    GenerateContentResponse whole = gemini.generate("gemini-2.5-flash", GenerateContentRequest.of("Weather?"));
    GenerateContentResponse streamed;
    try (GeminiStream stream = gemini.stream("gemini-2.5-flash", GenerateContentRequest.of("Weather?"))) {
      streamed = stream.accumulate();
    }
    assertEquals(whole.candidates(), streamed.candidates());
    assertEquals(whole.usageMetadata(), streamed.usageMetadata());
    assertEquals("It is sunny in Paris today.", streamed.text());
    assertArrayEquals(PNG, streamed.candidates().get(0).inlineData().get(0).data());
  }

  @Test
  void aFunctionCallTurnGoesBackWithItsSignatureThroughTheGoogleKeyHeader() {
    hub.enqueueGeminiReply(GeminiReply.functionCalls(GeminiReply.FunctionCall.of("get_weather", "{\"city\":\"Paris\"}")));
    GeminiApi google = gemini.withGoogleApiKeyHeader();
    Candidate call = google.generate("gemini-2.5-flash", GenerateContentRequest.of("Weather?")).candidates().get(0);
    assertEquals("Paris", call.functionCalls().get(0).args().get("city"));
    google.generate("gemini-2.5-flash", GenerateContentRequest.builder().addContent(Content.user("Weather?"))
        .addContent(call.toContent())
        .addContent(Content.user(Part.functionResponse("get_weather", java.util.Map.of("sky", "sunny")))).build());
    hub.takeRequest();
    var sent = hub.takeRequest();
    assertEquals(hub.apiKey(), sent.header("x-goog-api-key").get());
    assertEquals(call.parts().get(0).thoughtSignature().get(),
        sent.json().at("/contents/1/parts/0/thoughtSignature").asText());
  }

  @Test
  void aCutStreamIsInterruptedAndAnUnknownModelFallsBack() {
    hub.enqueueGeminiReply(SCRIPT);
    hub.enqueueFault(Fault.streamCut(3));
    try (GeminiStream stream = gemini.stream("gemini-2.5-flash", GenerateContentRequest.of("x"))) {
      assertThrows(StreamInterruptedException.class, stream::accumulate);
    }
    GenerateContentResponse reply = gemini.withFallback(FallbackPolicy.fallbackModels("gemini-2.5-flash"))
        .generate("nonexistent-model", GenerateContentRequest.of("hello"));
    assertEquals("Echo: hello", reply.text());
  }

  @Test
  void googleRateLimitsEmbeddingsAndCountsWorkEndToEnd() {
    hub.enqueueFault(Fault.rateLimited(Duration.ofMillis(10)));
    RateLimitException limited = assertThrows(RateLimitException.class,
        () -> gemini.generate("gemini-2.5-flash", GenerateContentRequest.of("x")));
    assertEquals("RESOURCE_EXHAUSTED", limited.type().get());
    float[] vector = gemini.embed("gemini-embedding-001", EmbedContentRequest.of("hello"), RequestOptions.none());
    assertArrayEquals(FakeHub.expectedEmbedding("hello", 8), vector);
    List<float[]> batch = gemini.embedBatch("gemini-embedding-001",
        List.of(EmbedContentRequest.of("a"), EmbedContentRequest.of("b")), RequestOptions.none());
    assertArrayEquals(FakeHub.expectedEmbedding("b", 8), batch.get(1));
    assertEquals(3, gemini.countTokens("gemini-2.5-flash", GenerateContentRequest.of("one two three"),
        RequestOptions.none()).totalTokens());
  }
}
