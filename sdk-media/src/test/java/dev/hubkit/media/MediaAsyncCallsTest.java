package dev.hubkit.media;

import static dev.hubkit.media.MediaHub.FAST;
import static dev.hubkit.media.MediaHub.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hubkit.core.HubClient;
import dev.hubkit.core.ModelsApi;
import dev.hubkit.core.RequestOptions;
import dev.hubkit.core.TaskFuture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every media call has an async form that takes RequestOptions, and the async submissions block no caller. */
class MediaAsyncCallsTest {
  private static final RequestOptions TRACED = RequestOptions.builder().header("X-Trace", "t-1").build();
  private static final VideoTaskRequest FOX = VideoTaskRequest.builder().model("sora-2").prompt("a fox").build();

  @StartStop final MockWebServer server = new MockWebServer();
  @TempDir Path dir;
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

  private RecordedRequest take() throws InterruptedException {
    return server.takeRequest(10, TimeUnit.SECONDS);
  }

  private static String line(RecordedRequest request) {
    return request.getMethod() + " " + request.getTarget();
  }

  @Test
  void oneVideoCallPollsATaskWhenTheHubAnswersWithATaskId() throws Exception {
    server.enqueue(json(200, "{\"task_id\":\"vid_1\",\"status\":\"GENERATING\",\"estimated_time\":0.01}"));
    server.enqueue(json(200, "{\"task_id\":\"vid_1\",\"status\":\"COMPLETED\",\"videoUrl\":\"https://cdn/v.mp4\"}"));
    TaskStatus done = videos.generateResultAsync(FOX, FAST, TRACED).get(10, TimeUnit.SECONDS);
    assertEquals("https://cdn/v.mp4", done.videoUrl().get());
    RecordedRequest submit = take();
    assertEquals("POST /v1/public/videos/generations", line(submit));
    assertNotNull(submit.getHeaders().get("Idempotency-Key"));
    assertEquals("t-1", take().getHeaders().get("X-Trace"));
  }

  @Test
  void oneVideoCallPollsTheJobWhenTheHubAnswersWithAnOpenAiVideoObject() throws Exception {
    server.enqueue(json(200, "{\"id\":\"video_9\",\"object\":\"video\",\"status\":\"queued\",\"model\":\"sora-2\"}"));
    server.enqueue(json(200, "{\"id\":\"video_9\",\"object\":\"video\",\"status\":\"completed\",\"progress\":100}"));
    TaskStatus done = videos.generateResultAsync(FOX, FAST, RequestOptions.none()).get(10, TimeUnit.SECONDS);
    assertEquals("completed", done.state().raw());
    assertEquals("video_9", done.taskId().get());
    take();
    assertEquals("GET /v1/public/videos/video_9", line(take()));
  }

  @Test
  void theAsyncSubmissionReturnsBeforeTheHubAnswers() throws Exception {
    server.enqueue(new MockResponse.Builder().headersDelay(500, TimeUnit.MILLISECONDS)
        .setHeader("Content-Type", "application/json").body("{\"task_id\":\"vid_2\",\"status\":\"GENERATING\"}")
        .build());
    server.enqueue(json(200, "{\"task_id\":\"vid_2\",\"status\":\"COMPLETED\",\"videoUrl\":\"https://cdn/2.mp4\"}"));
    CompletableFuture<TaskFuture<TaskStatus>> submitted = videos.generateAsync(FOX, FAST, TRACED);
    assertFalse(submitted.isDone(), "the caller got the future while the hub was still answering");
    TaskFuture<TaskStatus> task = submitted.get(10, TimeUnit.SECONDS);
    assertEquals("vid_2", task.taskId());
    assertEquals("https://cdn/2.mp4", task.get(10, TimeUnit.SECONDS).videoUrl().get());
  }

  @Test
  void openAiStyleCallsHaveAsyncFormsWithOptions() throws Exception {
    server.enqueue(json(200, "{\"id\":\"video_1\",\"object\":\"video\",\"status\":\"queued\"}"));
    server.enqueue(json(200, "{\"id\":\"video_1\",\"object\":\"video\",\"status\":\"in_progress\"}"));
    server.enqueue(json(200, "{\"object\":\"list\",\"data\":[],\"has_more\":false}"));
    server.enqueue(json(200, "{\"id\":\"video_2\",\"object\":\"video\",\"status\":\"queued\"}"));
    server.enqueue(json(200, "{\"id\":\"video_1\",\"object\":\"video.deleted\",\"deleted\":true}"));
    server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "video/mp4").body("0123456789").build());
    assertEquals("video_1", videos.createAsync(VideoCreateRequest.builder().prompt("p").build(),
        TransferListener.NONE, TRACED).get(10, TimeUnit.SECONDS).id());
    assertEquals("video_1", videos.retrieveAsync("video_1", TRACED).get(10, TimeUnit.SECONDS).id());
    videos.listAsync(null, 5, null, TRACED).get(10, TimeUnit.SECONDS);
    assertEquals("video_2", videos.remixAsync("video_1", "bluer", TRACED).get(10, TimeUnit.SECONDS).id());
    assertTrue(videos.deleteAsync("video_1", TRACED).get(10, TimeUnit.SECONDS).deleted());
    Path file = dir.resolve("v.mp4");
    assertEquals(10L, videos.downloadContentAsync("video_1", VideoVariant.VIDEO, file, TransferListener.NONE,
        TRACED).get(10, TimeUnit.SECONDS));
    assertEquals("0123456789", Files.readString(file));

    RecordedRequest create = take();
    assertEquals("POST /v1/public/videos", line(create));
    assertNotNull(create.getHeaders().get("Idempotency-Key"));
    assertEquals("GET /v1/public/videos/video_1", line(take()));
    assertEquals("GET /v1/public/videos?limit=5", line(take()));
    RecordedRequest remix = take();
    assertEquals("POST /v1/public/videos/video_1/remix", line(remix));
    assertNotNull(remix.getHeaders().get("Idempotency-Key"), "a remix is a new paid job");
    RecordedRequest delete = take();
    assertEquals("DELETE /v1/public/videos/video_1", line(delete));
    assertNull(delete.getHeaders().get("Idempotency-Key"));
    RecordedRequest content = take();
    assertEquals("GET /v1/public/videos/video_1/content?variant=video", line(content));
    assertEquals("t-1", content.getHeaders().get("X-Trace"));
  }

  @Test
  void resultFilesImagesAudioAndModelsHaveAsyncFormsToo() throws Exception {
    server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "image/png").body("png-bytes").build());
    server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "audio/mpeg").body("mp3-bytes").build());
    server.enqueue(json(200, "{\"text\":\"hello\"}"));
    server.enqueue(json(200, "{\"object\":\"list\",\"data\":[{\"id\":\"m\",\"object\":\"model\"}]}"));
    Path image = dir.resolve("i.png");
    GeneratedImage remote = GeneratedImage.builder().url(server.url("/files/i.png").toString()).build();
    assertEquals(9L, ImagesApi.of(client).saveAsync(remote, image, TRACED).get(10, TimeUnit.SECONDS));
    Path speech = dir.resolve("s.mp3");
    AudioApi audio = AudioApi.of(client);
    assertEquals(9L, audio.speechAsync(SpeechRequest.builder().model("tts-1").input("hi").voice("alloy").build(),
        speech, TRACED).get(10, TimeUnit.SECONDS));
    Path wav = Files.write(dir.resolve("a.wav"), new byte[] {1, 2, 3});
    assertEquals("hello", audio.transcribeAsync(TranscriptionRequest.builder().file(UploadFile.of(wav))
        .model("whisper-1").build(), TRACED).get(10, TimeUnit.SECONDS).text());
    assertEquals(1, ModelsApi.of(client).listAsync(TRACED).get(10, TimeUnit.SECONDS).data().size());
    assertEquals("GET /files/i.png", line(take())); // a result file: no hub headers, as for a storage host
    for (int i = 0; i < 3; i++) {
      assertEquals("t-1", take().getHeaders().get("X-Trace"));
    }
  }
}
