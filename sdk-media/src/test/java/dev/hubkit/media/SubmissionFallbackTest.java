package dev.hubkit.media;

import static dev.hubkit.media.MediaHub.bodyJson;
import static dev.hubkit.media.MediaHub.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hubkit.core.FallbackPolicy;
import dev.hubkit.core.FallbackResult;
import dev.hubkit.core.HubClient;
import dev.hubkit.core.HubReply;
import dev.hubkit.core.JobSubmissionUnknownException;
import dev.hubkit.core.RequestOptions;
import dev.hubkit.core.ServerException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A paid job's submission under a fallback policy: the call's options reach every model's submission, a caller's
 * Idempotency-Key is never sent unchanged with another model's job, and a submission whose answer was lost is never
 * followed by another model's, whatever the policy's trigger says.
 */
class SubmissionFallbackTest {
  @StartStop final MockWebServer server = new MockWebServer();
  private HubClient client;
  private ImagesApi images;
  private VideosApi videos;
  private final List<HubReply> replies = new CopyOnWriteArrayList<>();
  private int taken; // requests already read from the server
  private final FallbackPolicy toMidjourney = FallbackPolicy.fallbackModels("midjourney-v7");
  private final FallbackPolicy toVeo = FallbackPolicy.fallbackModels("veo-3.1-fast");

  @BeforeEach
  void setUp() {
    client = MediaHub.client(server);
    images = ImagesApi.of(client);
    videos = VideosApi.of(client);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static ImageRequest sunset() {
    return ImageRequest.builder().model("gpt-image-2").prompt("A sunset over mountains").build();
  }

  private static VideoTaskRequest dog() {
    return VideoTaskRequest.builder().model("sora-2").prompt("A golden retriever running in a field").build();
  }

  private RequestOptions.Builder options() {
    return RequestOptions.builder()
        .header("X-Trace-Id", "trace-42")
        .bodyField("callback_url", "https://app.example/hooks/jobs")
        .onReply(replies::add);
  }

  private static MockResponse providerDown() {
    return json(503, "{\"error\":{\"message\":\"provider down\"}}");
  }

  private static MockResponse accepted(String taskId) {
    return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .setHeader("x-served-by", "fallback").body("{\"task_id\":\"" + taskId + "\",\"status\":\"SUBMITTED\"}")
        .build();
  }

  private static MockResponse cutAfterTheRequestWasRead() {
    return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
  }

  /**
   * The submissions sent since the last call, each as its model and its Idempotency-Key, after checking that each
   * carried the options' header and body field; and the listener saw the 503, then the accepting model's reply.
   */
  private List<String> eachSubmissionCarriedTheOptions(String path) throws Exception {
    List<String> sent = new ArrayList<>();
    for (int i = server.getRequestCount() - taken; i > 0; i--, taken++) {
      RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
      assertEquals(path, request.getUrl().encodedPath());
      JsonNode body = bodyJson(request);
      assertEquals("trace-42", request.getHeaders().get("X-Trace-Id"), body.toString());
      assertEquals("https://app.example/hooks/jobs", body.get("callback_url").asText(), body.toString());
      sent.add(body.get("model").asText() + " " + request.getHeaders().get("Idempotency-Key"));
    }
    assertEquals(Arrays.asList(503, 200), replies.stream().map(HubReply::statusCode).collect(Collectors.toList()));
    assertEquals(Optional.of("fallback"), replies.get(1).header("x-served-by"));
    replies.clear();
    return sent;
  }


  private static void assertFellBackTo(String model, String taskId, FallbackResult<TaskSubmission> result) {
    assertEquals(model, result.model());
    assertEquals(taskId, result.value().taskId());
    assertEquals(2, result.attempts().size());
    assertInstanceOf(ServerException.class, result.attempts().get(0).error().get());
  }

  @Test
  void anImageSubmissionsOptionsReachEveryModelAndItsAsyncTwinAnswersTheSame() throws Exception {
    server.enqueue(providerDown());
    server.enqueue(accepted("img_mj"));
    assertFellBackTo("midjourney-v7", "img_mj",
        images.submitWithFallback(sunset(), toMidjourney, options().build()));
    List<String> blocking = eachSubmissionCarriedTheOptions("/v1/public/images/generations");

    server.enqueue(providerDown());
    server.enqueue(accepted("img_mj"));
    assertFellBackTo("midjourney-v7", "img_mj", images.submitWithFallbackAsync(sunset(), toMidjourney,
        options().build()).get(10, TimeUnit.SECONDS));
    List<String> async = eachSubmissionCarriedTheOptions("/v1/public/images/generations");

    assertEquals(Arrays.asList("gpt-image-2", "midjourney-v7"), models(blocking));
    assertEquals(models(blocking), models(async));
    assertNotEquals(keys(blocking).get(0), keys(blocking).get(1), "without a caller's key each job has its own");
  }

  @Test
  void aVideoSubmissionsOptionsReachEveryModelAndItsAsyncTwinAnswersTheSame() throws Exception {
    server.enqueue(providerDown());
    server.enqueue(accepted("vid_veo"));
    assertFellBackTo("veo-3.1-fast", "vid_veo", videos.submitWithFallback(dog(), toVeo, options().build()));
    List<String> blocking = eachSubmissionCarriedTheOptions("/v1/public/videos/generations");

    server.enqueue(providerDown());
    server.enqueue(accepted("vid_veo"));
    assertFellBackTo("veo-3.1-fast", "vid_veo",
        videos.submitWithFallbackAsync(dog(), toVeo, options().build()).get(10, TimeUnit.SECONDS));
    List<String> async = eachSubmissionCarriedTheOptions("/v1/public/videos/generations");

    assertEquals(Arrays.asList("sora-2", "veo-3.1-fast"), models(blocking));
    assertEquals(models(blocking), models(async));
  }

  @Test
  void aCallersIdempotencyKeyGoesWithTheFirstModelAndAsItsOwnDerivedKeyWithEachFallbackModel() throws Exception {
    RequestOptions keyed = options().header("Idempotency-Key", "order-42").build();
    server.enqueue(providerDown());
    server.enqueue(accepted("vid_veo"));
    videos.submitWithFallback(dog(), toVeo, keyed);
    assertEquals(Arrays.asList("sora-2 order-42", "veo-3.1-fast order-42-veo-3.1-fast"),
        eachSubmissionCarriedTheOptions("/v1/public/videos/generations"));

    // The same call made again (say, after a crash) sends each model the key it sent it before, so a hub that
    // honours the key recognises each resend; the async twin derives the same keys.
    server.enqueue(providerDown());
    server.enqueue(accepted("vid_veo"));
    videos.submitWithFallbackAsync(dog(), toVeo, keyed).get(10, TimeUnit.SECONDS);
    assertEquals(Arrays.asList("sora-2 order-42", "veo-3.1-fast order-42-veo-3.1-fast"),
        eachSubmissionCarriedTheOptions("/v1/public/videos/generations"));

    RequestOptions lowerCase = options().header("idempotency-key", "order-43").build();
    server.enqueue(providerDown());
    server.enqueue(accepted("img_mj"));
    images.submitWithFallback(sunset(), toMidjourney, lowerCase);
    assertEquals(Arrays.asList("gpt-image-2 order-43", "midjourney-v7 order-43-midjourney-v7"),
        eachSubmissionCarriedTheOptions("/v1/public/images/generations"));
  }

  @Test
  void aSubmissionWhoseAnswerWasLostIsNeverFollowedByAnotherModelsEvenUnderATriggerThatSaysSo() {
    FallbackPolicy always = toVeo.withTrigger(error -> true);
    server.enqueue(cutAfterTheRequestWasRead());
    server.enqueue(accepted("second_paid_job"));
    JobSubmissionUnknownException lost = assertThrows(JobSubmissionUnknownException.class,
        () -> videos.submitWithFallback(dog(), always, RequestOptions.builder()
            .header("Idempotency-Key", "order-44").build()));
    assertEquals("order-44", lost.idempotencyKey());
    assertEquals(1, server.getRequestCount(), "the second paid job was never asked for");
  }

  @Test
  void anAsyncSubmissionWhoseAnswerWasLostIsNeverFollowedByAnotherModelsEither() {
    server.enqueue(cutAfterTheRequestWasRead());
    server.enqueue(accepted("second_paid_job"));
    ExecutionException async = assertThrows(ExecutionException.class,
        () -> images.submitWithFallbackAsync(sunset(), toMidjourney.withTrigger(error -> true))
            .get(10, TimeUnit.SECONDS));
    assertInstanceOf(JobSubmissionUnknownException.class, async.getCause());
    assertEquals(1, server.getRequestCount(), "the second paid job was never asked for");
  }

  @Test
  void resendJobSubmissionsInTheOptionsResendsTheSameModelsJobWithItsKeyBeforeAnyFallback() throws Exception {
    server.enqueue(cutAfterTheRequestWasRead());
    server.enqueue(accepted("vid_sora"));
    FallbackResult<TaskSubmission> result = videos.submitWithFallback(dog(), toVeo, RequestOptions.builder()
        .header("Idempotency-Key", "order-45").resendJobSubmissions(true).maxRetries(1).build());
    assertEquals("sora-2", result.model());
    assertEquals("vid_sora", result.value().taskId());
    for (int i = 0; i < 2; i++) {
      RecordedRequest sent = server.takeRequest(5, TimeUnit.SECONDS);
      assertEquals("sora-2", bodyJson(sent).get("model").asText());
      assertEquals("order-45", sent.getHeaders().get("Idempotency-Key"));
    }
  }

  @Test
  void nullOptionsAreRefusedNamingThemBeforeAnythingIsSent() {
    List<Runnable> calls = Arrays.asList(
        () -> images.submitWithFallback(sunset(), toMidjourney, null),
        () -> images.submitWithFallbackAsync(sunset(), toMidjourney, null),
        () -> videos.submitWithFallback(dog(), toVeo, null),
        () -> videos.submitWithFallbackAsync(dog(), toVeo, null));
    for (Runnable call : calls) {
      assertEquals("options", assertThrows(NullPointerException.class, call::run).getMessage());
    }
    assertEquals(0, server.getRequestCount());
  }

  private static List<String> models(List<String> sent) {
    return sent.stream().map(s -> s.substring(0, s.indexOf(' '))).collect(Collectors.toList());
  }

  private static List<String> keys(List<String> sent) {
    return sent.stream().map(s -> s.substring(s.indexOf(' ') + 1)).collect(Collectors.toList());
  }
}
