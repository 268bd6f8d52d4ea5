package dev.hubkit.gemini;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hubkit.core.ApiException;
import dev.hubkit.core.FallbackPolicy;
import dev.hubkit.core.FallbackResult;
import dev.hubkit.core.HubClient;
import dev.hubkit.core.HubException;
import dev.hubkit.core.RequestOptions;
import dev.hubkit.core.StreamInterruptedException;
import dev.hubkit.core.StreamListener;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GeminiStreamTest {
  private static final String MODEL = "gemini-2.5-flash";

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
  void aStreamPostsToStreamGenerateContentWithAltSse() throws Exception {
    server.enqueue(Fixtures.sse(Fixtures.text("stream-thinking.sse")));
    try (GeminiStream stream = gemini.stream(MODEL, GenerateContentRequest.of("Count to three"))) {
      stream.accumulate();
    }
    RecordedRequest sent = server.takeRequest();
    assertEquals("/hub/v1beta/models/gemini-2.5-flash:streamGenerateContent", sent.getUrl().encodedPath());
    assertEquals("sse", sent.getUrl().queryParameter("alt"));
    assertEquals("text/event-stream", sent.getHeaders().get("Accept"));
    assertEquals(Fixtures.tree("{\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"Count to three\"}]}]}"),
        Fixtures.body(sent));
  }

  @Test
  void chunksArriveInOrderAndTheirTextDeltasLeaveThoughtsOut() {
    server.enqueue(Fixtures.sse(Fixtures.text("stream-thinking.sse")));
    List<String> deltas = new ArrayList<>();
    try (GeminiStream stream = gemini.stream(MODEL, GenerateContentRequest.of("Count"))) {
      stream.textDeltas().forEach(deltas::add);
    }
    assertEquals(List.of("One, two", ", three."), deltas);
  }

  @Test
  void theAccumulatedStreamIsTheWholeReplyWithThoughtsJoinedAndTheSignatureKept() {
    server.enqueue(Fixtures.sse(Fixtures.text("stream-thinking.sse")));
    GenerateContentResponse whole;
    try (GeminiStream stream = gemini.stream(MODEL, GenerateContentRequest.of("Count"))) {
      whole = stream.accumulate();
    }
    Candidate candidate = whole.candidates().get(0);
    assertEquals(2, candidate.parts().size());
    assertEquals("**Counting**\n\nThe user asks for three numbers.", candidate.thoughtText());
    assertEquals("One, two, three.", whole.text());
    assertEquals("EjQKMgEMOdbHsig", candidate.parts().get(1).thoughtSignature().get());
    assertEquals(FinishReason.STOP, candidate.finishReason().get());
    assertEquals("model", candidate.content().get().role().get());
    assertEquals(31, whole.usageMetadata().get().thoughtsTokenCount());
    assertEquals(45, whole.usageMetadata().get().totalTokenCount());
    assertEquals("r-1", whole.responseId().get());
  }

  @Test
  void aStreamCutBeforeEveryCandidateFinishedIsInterrupted() {
    String full = Fixtures.text("stream-thinking.sse");
    String cut = full.substring(0, full.indexOf("data: {\"candidates\": [{\"content\": {\"parts\": [{\"text\": \", three."));
    server.enqueue(Fixtures.sse(cut));
    try (GeminiStream stream = gemini.stream(MODEL, GenerateContentRequest.of("Count"))) {
      StreamInterruptedException e = assertThrows(StreamInterruptedException.class, stream::accumulate);
      assertTrue(e.getMessage().contains("finishReason"), e.getMessage());
    }
  }

  @Test
  void twoCandidatesCompleteOnlyWhenBothFinished() {
    String first = "data: {\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"A\"}],\"role\":\"model\"},\"index\":0},"
        + "{\"content\":{\"parts\":[{\"text\":\"B\"}],\"role\":\"model\"},\"index\":1}]}\n\n";
    String finishZero = "data: {\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"a\"}],\"role\":\"model\"},"
        + "\"finishReason\":\"STOP\",\"index\":0}]}\n\n";
    String finishOne = "data: {\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"b\"}],\"role\":\"model\"},"
        + "\"finishReason\":\"MAX_TOKENS\",\"index\":1}]}\n\n";
    server.enqueue(Fixtures.sse(first + finishZero));
    server.enqueue(Fixtures.sse(first + finishZero + finishOne));
    try (GeminiStream cut = gemini.stream(MODEL, GenerateContentRequest.of("x"))) {
      assertThrows(StreamInterruptedException.class, cut::accumulate);
    }
    GenerateContentResponse whole;
    try (GeminiStream complete = gemini.stream(MODEL, GenerateContentRequest.of("x"))) {
      whole = complete.accumulate();
    }
    assertEquals("Aa", whole.candidates().get(0).text());
    assertEquals("Bb", whole.candidates().get(1).text());
    assertEquals(FinishReason.MAX_TOKENS, whole.candidates().get(1).finishReason().get());
  }

  @Test
  void aBlockedPromptEndsTheStreamCleanlyWithItsFeedback() {
    server.enqueue(Fixtures.sse("data: {\"promptFeedback\":{\"blockReason\":\"SAFETY\"},\"usageMetadata\":"
        + "{\"promptTokenCount\":7,\"totalTokenCount\":7}}\n\n"));
    GenerateContentResponse whole;
    try (GeminiStream stream = gemini.stream(MODEL, GenerateContentRequest.of("x"))) {
      whole = stream.accumulate();
    }
    assertTrue(whole.candidates().isEmpty());
    assertEquals("SAFETY", whole.promptFeedback().get().get("blockReason"));
  }

  @Test
  void anErrorEventMidStreamIsTheTypedException() {
    String error = "data: {\"error\":{\"code\":503,\"message\":\"The model is overloaded. Please try again later.\","
        + "\"status\":\"UNAVAILABLE\"}}\n\n";
    String firstChunk = Fixtures.text("stream-thinking.sse").split("\n\n")[0] + "\n\n";
    server.enqueue(Fixtures.sse(firstChunk + error));
    try (GeminiStream stream = gemini.stream(MODEL, GenerateContentRequest.of("x"))) {
      ApiException e = assertThrows(ApiException.class, stream::accumulate);
      assertEquals(503, e.statusCode());
      assertEquals("UNAVAILABLE", e.type().get());
    }
  }

  @Test
  void aStreamFallsBackBeforeItsFirstChunkOnly() throws Exception {
    server.enqueue(Fixtures.json(503, "{\"error\":{\"code\":503,\"message\":\"overloaded\",\"status\":\"UNAVAILABLE\"}}"));
    server.enqueue(Fixtures.json(503, "{\"error\":{\"code\":503,\"message\":\"overloaded\",\"status\":\"UNAVAILABLE\"}}"));
    server.enqueue(Fixtures.sse(Fixtures.text("stream-thinking.sse")));
    FallbackResult<GeminiStream> opened = gemini.streamWithFallback("gemini-2.5-pro",
        GenerateContentRequest.of("x"), FallbackPolicy.fallbackModels(MODEL));
    assertEquals(MODEL, opened.model());
    try (GeminiStream stream = opened.value()) {
      assertEquals("One, two, three.", stream.accumulate().text());
    }
    server.takeRequest();
    server.takeRequest();
    assertEquals("/hub/v1beta/models/gemini-2.5-flash:streamGenerateContent",
        server.takeRequest().getUrl().encodedPath());
  }

  @Test
  void streamAsyncDeliversEveryChunkAndAnAccumulatorRebuildsTheReply() throws Exception {
    server.enqueue(Fixtures.sse(Fixtures.text("stream-thinking.sse")));
    GeminiStreamAccumulator accumulator = new GeminiStreamAccumulator();
    List<String> calls = new ArrayList<>();
    CompletableFuture<Void> done = gemini.streamAsync(MODEL, GenerateContentRequest.of("x"),
        new StreamListener<GenerateContentResponse>() {
          @Override
          public void onEvent(GenerateContentResponse chunk) {
            accumulator.add(chunk);
            calls.add("event");
          }

          @Override
          public void onComplete() {
            calls.add("complete");
          }

          @Override
          public void onError(HubException error) {
            calls.add("error " + error);
          }
        }, RequestOptions.none());
    done.get(5, TimeUnit.SECONDS);
    assertEquals(List.of("event", "event", "event", "event", "complete"), calls);
    assertEquals("One, two, three.", accumulator.toResponse().text());
  }

  @Test
  void streamAsyncOfACutStreamFailsWithStreamInterrupted() {
    server.enqueue(Fixtures.sse(Fixtures.text("stream-thinking.sse").split("\n\n")[0] + "\n\n"));
    List<HubException> errors = new ArrayList<>();
    CompletableFuture<Void> done = gemini.streamAsync(MODEL, GenerateContentRequest.of("x"),
        new StreamListener<GenerateContentResponse>() {
          @Override
          public void onEvent(GenerateContentResponse chunk) {}

          @Override
          public void onError(HubException error) {
            errors.add(error);
          }
        }, RequestOptions.none());
    ExecutionException e = assertThrows(ExecutionException.class, () -> done.get(5, TimeUnit.SECONDS));
    assertInstanceOf(StreamInterruptedException.class, e.getCause());
    assertInstanceOf(StreamInterruptedException.class, errors.get(0));
  }
}
