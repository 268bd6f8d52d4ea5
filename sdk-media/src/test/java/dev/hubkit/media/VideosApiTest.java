package dev.hubkit.media;

import static dev.hubkit.media.MediaHub.FAST;
import static dev.hubkit.media.MediaHub.bodyJson;
import static dev.hubkit.media.MediaHub.json;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hubkit.core.HubClient;
import dev.hubkit.core.PollingPolicy;
import dev.hubkit.core.TaskFailedException;
import dev.hubkit.core.TaskFuture;
import dev.hubkit.core.TaskState;
import dev.hubkit.core.TaskTimeoutException;
import dev.hubkit.core.internal.ManualTaskScheduler;
import dev.hubkit.core.internal.TaskPoller;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VideosApiTest {
  @StartStop final MockWebServer server = new MockWebServer();
  @StartStop final MockWebServer storage = new MockWebServer();
  @TempDir Path tempDir;
  private HubClient client;
  private VideosApi videos;

  @BeforeEach
  void setUp() {
    client = MediaHub.client(server);
    videos = VideosApi.of(client);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static VideoTaskRequest goldenRetriever() {
    return VideoTaskRequest.builder().model("sora-2").prompt("A golden retriever running in a sunlit field")
        .duration(10).aspectRatio("16:9").quality("1080p").imageUrl("https://example.com/dog.png").build();
  }

  @Test
  void taskStyleSubmitsJsonThenPollsUntilCompletedReportingEachStep() throws Exception {
    server.enqueue(json(200, "{\"task_id\":\"vid_abc123\",\"status\":\"GENERATING\",\"model\":\"sora-2\","
        + "\"estimated_time\":0}"));
    server.enqueue(json(200, "{\"status\":\"GENERATING\",\"progress\":0}"));
    server.enqueue(json(200, "{\"status\":\"GENERATING\",\"progress\":\"45%\"}"));
    server.enqueue(json(200, "{\"status\":\"COMPLETED\",\"videoUrl\":\"https://storage.chmuhub.com/videos/"
        + "vid_abc123/output.mp4\",\"thumbnailUrl\":\"https://storage.chmuhub.com/videos/vid_abc123/thumb.jpg\"}"));
    List<String> steps = new CopyOnWriteArrayList<>();

    TaskFuture<TaskStatus> future = videos.generate(goldenRetriever(), FAST)
        .onProgress(p -> steps.add(p.state().raw() + " " + p.percent().map(String::valueOf).orElse("-")));
    TaskStatus done = future.get(10, TimeUnit.SECONDS);

    assertEquals("vid_abc123", future.taskId());
    assertEquals(Arrays.asList("GENERATING 0", "GENERATING 45", "COMPLETED -"), steps);
    assertEquals(Optional.of("https://storage.chmuhub.com/videos/vid_abc123/output.mp4"), done.videoUrl());
    assertEquals(Optional.of("https://storage.chmuhub.com/videos/vid_abc123/thumb.jpg"), done.thumbnailUrl());
    RecordedRequest submit = server.takeRequest();
    assertEquals("POST /v1/public/videos/generations", submit.getMethod() + " " + submit.getTarget());
    assertEquals("Bearer " + MediaHub.API_KEY, submit.getHeaders().get("Authorization"));
    JsonNode body = bodyJson(submit);
    assertEquals("sora-2", body.get("model").asText());
    assertEquals("A golden retriever running in a sunlit field", body.get("prompt").asText());
    assertEquals(10, body.get("duration").asInt());
    assertEquals("16:9", body.get("aspect_ratio").asText());
    assertEquals("1080p", body.get("quality").asText());
    assertEquals("https://example.com/dog.png", body.get("image_url").asText());
    assertEquals(6, body.size(), body.toString());
    for (int i = 0; i < 3; i++) {
      assertEquals("GET /v1/public/tasks/vid_abc123", server.takeRequest().getRequestLine().replace(" HTTP/1.1", ""));
    }
  }

  @Test
  void failedTaskCompletesWithTheHubsCodeAndMessage() {
    server.enqueue(json(200, "{\"task_id\":\"vid_1\",\"status\":\"GENERATING\"}"));
    server.enqueue(json(200, "{\"status\":\"FAILED\",\"error\":{\"code\":\"content_policy_violation\","
        + "\"message\":\"The prompt was rejected\"}}"));
    ExecutionException e = assertThrows(ExecutionException.class,
        () -> videos.generate(goldenRetriever(), FAST).get(10, TimeUnit.SECONDS));
    TaskFailedException failed = assertInstanceOf(TaskFailedException.class, e.getCause());
    assertEquals(Optional.of("content_policy_violation"), failed.code());
    assertEquals(Optional.of("The prompt was rejected"), failed.hubMessage());
    assertEquals("vid_1", failed.taskId());
  }

  @Test
  void waitPastTheDeadlineFailsWithTaskTimeout() {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return request.getMethod().equals("POST")
            ? json(200, "{\"task_id\":\"vid_slow\",\"status\":\"GENERATING\"}")
            : json(200, "{\"status\":\"GENERATING\",\"progress\":10}");
      }
    });
    PollingPolicy bounded = PollingPolicy.builder().from(FAST).timeout(Duration.ofMillis(200)).build();
    ExecutionException e = assertThrows(ExecutionException.class,
        () -> videos.generate(goldenRetriever(), bounded).get(10, TimeUnit.SECONDS));
    assertEquals("vid_slow", assertInstanceOf(TaskTimeoutException.class, e.getCause()).taskId());
  }

  @Test
  void pollTheHubNeverAnswersStillEndsInTaskTimeoutAtTheDeadline() throws Exception {
    ManualTaskScheduler scheduler = new ManualTaskScheduler();
    VideosApi manual = new VideosApi(client.transport(), new TaskPoller(scheduler));
    server.enqueue(json(200, "{\"task_id\":\"vid_4\",\"status\":\"GENERATING\"}"));
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
    PollingPolicy bounded = PollingPolicy.builder().timeout(Duration.ofSeconds(60)).build();
    TaskFuture<TaskStatus> future = manual.generate(goldenRetriever(), bounded);
    scheduler.advance(2_000);
    assertEquals("POST", server.takeRequest(10, TimeUnit.SECONDS).getMethod());
    assertEquals("GET", server.takeRequest(10, TimeUnit.SECONDS).getMethod(), "the poll is in flight");
    scheduler.advance(57_999);
    assertFalse(future.isDone());
    scheduler.advance(1);
    ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS));
    TaskTimeoutException timeout = assertInstanceOf(TaskTimeoutException.class, e.getCause());
    assertEquals("vid_4", timeout.taskId());
    assertEquals("task vid_4 did not finish within PT1M; it goes on on the hub: resume waiting with its id",
        timeout.getMessage());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void cancelStopsPollingSoTheHubSeesNoFurtherRequest() throws Exception {
    ManualTaskScheduler scheduler = new ManualTaskScheduler();
    VideosApi manual = new VideosApi(client.transport(), new TaskPoller(scheduler));
    server.enqueue(json(200, "{\"task_id\":\"vid_2\",\"status\":\"GENERATING\",\"estimated_time\":60}"));
    server.enqueue(json(200, "{\"status\":\"GENERATING\",\"progress\":5}"));
    TaskFuture<TaskStatus> future = manual.generate(goldenRetriever());
    assertEquals(30_000L, scheduler.delays().get(0), "the estimated 60 s, capped at the policy's 30 s");
    scheduler.advance(29_999);
    assertEquals(1, server.getRequestCount(), "only the submission before the first poll is due");
    scheduler.advance(1);
    waitForRequests(2);
    while (!future.latestProgress().isPresent()) {
      Thread.sleep(5);
    }
    assertTrue(future.cancel(true));
    scheduler.advance(3_600_000);
    Thread.sleep(100);
    assertEquals(2, server.getRequestCount());
    assertTrue(future.isCancelled());
  }

  @Test
  void pollThatFailsWith503IsRetriedAndTheWaitSucceeds() throws Exception {
    server.enqueue(json(200, "{\"task_id\":\"vid_3\",\"status\":\"GENERATING\"}"));
    server.enqueue(json(503, "{\"error\":{\"message\":\"upstream busy\"}}"));
    server.enqueue(json(200, "{\"status\":\"SUCCESS\",\"url\":\"https://cdn.example/v.mp4\"}"));
    TaskStatus done = videos.generate(goldenRetriever(), FAST).get(10, TimeUnit.SECONDS);
    assertEquals(Optional.of("https://cdn.example/v.mp4"), done.videoUrl());
    assertEquals(TaskState.Kind.SUCCEEDED, done.state().kind());
    assertEquals(3, server.getRequestCount());
  }

  @Test
  void openAiStyleUploadsTheReferenceAwaitsTheJobAndDownloadsItsContent() throws Exception {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 1, 2, 3, 4};
    Path reference = Files.write(tempDir.resolve("reference.png"), png);
    server.enqueue(json(200, "{\"id\":\"video_68d7\",\"object\":\"video\",\"model\":\"sora-2\",\"status\":\"queued\","
        + "\"progress\":0,\"created_at\":1758941485,\"seconds\":\"8\",\"size\":\"1280x720\",\"prompt\":\"p\"}"));
    server.enqueue(json(200, "{\"id\":\"video_68d7\",\"status\":\"in_progress\",\"progress\":\"50%\"}"));
    server.enqueue(json(200, "{\"id\":\"video_68d7\",\"status\":\"completed\",\"progress\":100,"
        + "\"completed_at\":1758941600,\"expires_at\":1759028000,\"video_url\":\"x\"}"));
    byte[] mp4 = new byte[100_000];
    new java.util.Random(7).nextBytes(mp4);
    server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "video/mp4")
        .body(new okio.Buffer().write(mp4)).build());
    List<Long> uploaded = new CopyOnWriteArrayList<>();

    VideoJob created = videos.create(VideoCreateRequest.builder().prompt("A cat playing piano").model("sora-2")
        .seconds(8).size("1280x720").inputReference(UploadFile.of(reference)).build(),
        (done, total) -> uploaded.add(done));
    VideoJob finished = videos.awaitCompletion(created.id(), FAST).get(10, TimeUnit.SECONDS);
    Path target = tempDir.resolve("out.mp4");
    long written = videos.downloadContent(created.id(), VideoVariant.VIDEO, target);

    assertEquals(TaskState.Kind.QUEUED, created.state().kind());
    assertEquals(Optional.of(1758941485L), created.createdAt());
    assertEquals(Optional.of(100), finished.progress());
    assertEquals(Optional.of(1759028000L), finished.expiresAt());
    assertEquals("x", finished.extra().get("video_url"));
    assertEquals(mp4.length, written);
    assertArrayEquals(mp4, Files.readAllBytes(target));
    assertEquals((long) png.length, uploaded.get(uploaded.size() - 1));

    RecordedRequest create = server.takeRequest();
    assertEquals("POST /v1/public/videos", create.getMethod() + " " + create.getTarget());
    assertTrue(create.getHeaders().get("Content-Type").startsWith("multipart/form-data; boundary="));
    Map<String, MediaHub.Part> parts = MediaHub.parts(create);
    assertEquals(Arrays.asList("prompt", "model", "seconds", "size", "input_reference"),
        new java.util.ArrayList<>(parts.keySet()));
    assertEquals("A cat playing piano", parts.get("prompt").text());
    assertEquals("8", parts.get("seconds").text());
    assertEquals("1280x720", parts.get("size").text());
    MediaHub.Part file = parts.get("input_reference");
    assertEquals("form-data; name=\"input_reference\"; filename=\"reference.png\"", file.disposition);
    assertEquals("image/png", file.contentType);
    assertArrayEquals(png, file.bytes);
    assertEquals("/v1/public/videos/video_68d7", server.takeRequest().getTarget());
    assertEquals("/v1/public/videos/video_68d7", server.takeRequest().getTarget());
    assertEquals("/v1/public/videos/video_68d7/content?variant=video", server.takeRequest().getTarget());
  }

  @Test
  void failedVideoJobCarriesItsError() {
    server.enqueue(json(200, "{\"id\":\"video_9\",\"status\":\"failed\",\"progress\":0,"
        + "\"error\":{\"code\":\"moderation_blocked\",\"message\":\"Blocked by moderation\"}}"));
    ExecutionException e = assertThrows(ExecutionException.class,
        () -> videos.awaitCompletion("video_9", FAST).get(10, TimeUnit.SECONDS));
    TaskFailedException failed = assertInstanceOf(TaskFailedException.class, e.getCause());
    assertEquals(Optional.of("moderation_blocked"), failed.code());
  }

  @Test
  void listDeleteAndRemixUseTheOpenAiPaths() throws Exception {
    server.enqueue(json(200, "{\"object\":\"list\",\"data\":[{\"id\":\"v1\",\"status\":\"completed\"},"
        + "{\"id\":\"v2\",\"status\":\"processing\"}],\"first_id\":\"v1\",\"last_id\":\"v2\",\"has_more\":true}"));
    server.enqueue(json(200, "{\"id\":\"v1\",\"object\":\"video.deleted\",\"deleted\":true}"));
    server.enqueue(json(200, "{\"id\":\"v3\",\"status\":\"queued\",\"remixed_from_video_id\":\"v2\"}"));

    VideoPage page = videos.list("v0", 2, "desc");
    VideoDeleted deleted = videos.delete("v1");
    VideoJob remix = videos.remix("v2", "Make it night");

    assertEquals(2, page.data().size());
    assertEquals(TaskState.Kind.RUNNING, page.data().get(1).state().kind());
    assertEquals(Optional.of("v2"), page.lastId());
    assertTrue(page.hasMore());
    assertTrue(deleted.deleted());
    assertEquals(Optional.of("v2"), remix.remixedFromVideoId());
    assertEquals("GET /v1/public/videos?after=v0&limit=2&order=desc", line(server.takeRequest()));
    assertEquals("DELETE /v1/public/videos/v1", line(server.takeRequest()));
    RecordedRequest remixRequest = server.takeRequest();
    assertEquals("POST /v1/public/videos/v2/remix", line(remixRequest));
    assertEquals("Make it night", bodyJson(remixRequest).get("prompt").asText());
  }

  @Test
  void resultDownloadFromAStorageHostCarriesNoAuthorization() throws Exception {
    server.enqueue(json(200, "{\"status\":\"COMPLETED\",\"videoUrl\":\"" + storage.url("/videos/out.mp4") + "\"}"));
    storage.enqueue(new MockResponse.Builder().body("mp4-bytes").build());
    TaskStatus status = TasksApi.of(client).get("vid_4");
    long written = videos.download(status.videoUrl().get(), tempDir.resolve("v.mp4"), TransferListener.NONE);

    assertEquals(9, written);
    assertEquals("Bearer " + MediaHub.API_KEY, server.takeRequest().getHeaders().get("Authorization"));
    assertNull(storage.takeRequest().getHeaders().get("Authorization"));
  }

  @Test
  void submissionFallsBackToTheNextVideoModelWhenTheProviderIsDown() throws Exception {
    server.enqueue(json(503, "{\"error\":{\"message\":\"sora is down\"}}"));
    server.enqueue(json(200, "{\"task_id\":\"vid_veo\",\"status\":\"GENERATING\",\"model\":\"veo-3.1-fast\"}"));
    dev.hubkit.core.FallbackResult<TaskSubmission> result = videos.submitWithFallback(goldenRetriever(),
        dev.hubkit.core.FallbackPolicy.fallbackModels("veo-3.1-fast"));
    assertEquals("vid_veo", result.value().taskId());
    assertEquals("veo-3.1-fast", result.model());
    assertEquals("sora-2", bodyJson(server.takeRequest()).get("model").asText());
    assertEquals("veo-3.1-fast", bodyJson(server.takeRequest()).get("model").asText());
    server.enqueue(json(401, "{\"error\":{\"code\":\"invalid_api_key\"}}"));
    assertThrows(dev.hubkit.core.AuthenticationException.class, () -> videos.submitWithFallback(goldenRetriever(),
        dev.hubkit.core.FallbackPolicy.fallbackModels("veo-3.1-fast")));
    assertEquals(3, server.getRequestCount());
  }

  @Test
  void blankPromptIsRejectedBeforeAnythingIsSent() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> VideoCreateRequest.builder().prompt("  ").build());
    assertTrue(e.getMessage().startsWith("prompt must not be blank"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> VideoCreateRequest.builder().prompt("p").seconds("eight").build());
    assertEquals(0, server.getRequestCount());
  }

  private static String line(RecordedRequest request) {
    return request.getMethod() + " " + request.getTarget();
  }

  private void waitForRequests(int count) throws InterruptedException {
    for (int i = 0; i < 500 && server.getRequestCount() < count; i++) {
      Thread.sleep(5);
    }
  }
}
