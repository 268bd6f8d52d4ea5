package dev.hubkit.media;

import static dev.hubkit.media.JobsApiTest.fixture;
import static dev.hubkit.media.JobsApiTest.json;
import static dev.hubkit.media.JobsApiTest.line;
import static dev.hubkit.media.MediaHub.FAST;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hubkit.core.HubClient;
import dev.hubkit.core.HubReply;
import dev.hubkit.core.RequestOptions;
import dev.hubkit.core.TaskFuture;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The media calls that wait, save or stream into a caller's stream take {@code RequestOptions} too: the call's
 * header reaches each request the call makes, and its reply listener hears each reply.
 */
class MediaCallOptionsTest {
  @StartStop final MockWebServer server = new MockWebServer();
  @TempDir Path tempDir;
  private HubClient client;
  private final List<HubReply> replies = new CopyOnWriteArrayList<>();
  private final RequestOptions options = RequestOptions.builder().header("X-Call", "c-1").onReply(replies::add).build();

  @BeforeEach
  void setUp() {
    client = MediaHub.client(server);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static MockResponse bytes(String body) {
    return new MockResponse.Builder().setHeader("Content-Type", "application/octet-stream").body(body).build();
  }

  /** Takes the next {@code count} requests, checking that each carried the call's header. */
  private void assertEachCarriedTheCallsHeader(int count) throws InterruptedException {
    for (int i = 0; i < count; i++) {
      RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
      assertEquals("c-1", request.getHeaders().get("X-Call"), line(request));
    }
    assertEquals(count, replies.size(), replies.toString());
  }

  @Test
  void anImageGeneratedBlockingAndSavedFromItsUrlTakeTheCallsOptions() throws Exception {
    String url = server.url("/files/a.png").toString();
    server.enqueue(MediaHub.json(200, "{\"created\":1700000000,\"data\":[{\"url\":\"" + url + "\"}]}"));
    server.enqueue(bytes("png-bytes"));
    ImagesApi images = ImagesApi.of(client);

    ImagesResponse result = images.generateResult(
        ImageRequest.builder().model("gpt-image-2").prompt("a fox").build(), FAST, options);
    long written = images.save(result.data().get(0), tempDir.resolve("a.png"), options);

    assertEquals(9, written);
    assertEachCarriedTheCallsHeader(2);
  }

  @Test
  void aVideoGeneratedBlockingTakesTheCallsOptionsForItsSubmissionAndPolls() throws Exception {
    server.enqueue(MediaHub.json(200, "{\"task_id\":\"vid_1\",\"status\":\"GENERATING\",\"estimated_time\":0}"));
    server.enqueue(MediaHub.json(200, "{\"status\":\"GENERATING\",\"progress\":40}"));
    server.enqueue(MediaHub.json(200, "{\"status\":\"COMPLETED\",\"videoUrl\":\"https://cdn.example/v.mp4\"}"));

    TaskStatus done = VideosApi.of(client).generateResult(
        VideoTaskRequest.builder().model("sora-2").prompt("a fox").build(), FAST, options);

    assertEquals("https://cdn.example/v.mp4", done.videoUrl().get());
    assertEachCarriedTheCallsHeader(3);
  }

  @Test
  void videoDownloadsToAFileOrAStreamTakeTheCallsOptions() throws Exception {
    server.enqueue(bytes("mp4-one"));
    server.enqueue(bytes("mp4-two"));
    server.enqueue(bytes("mp4-three"));
    VideosApi videos = VideosApi.of(client);
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    videos.downloadContent("video_1", VideoVariant.VIDEO, tempDir.resolve("one.mp4"), TransferListener.NONE, options);
    videos.downloadContent("video_1", VideoVariant.THUMBNAIL, out, TransferListener.NONE, options);
    videos.download(server.url("/files/three.mp4").toString(), tempDir.resolve("three.mp4"), TransferListener.NONE,
        options);

    assertEquals("mp4-one", new String(Files.readAllBytes(tempDir.resolve("one.mp4")), StandardCharsets.UTF_8));
    assertEquals("mp4-two", out.toString("UTF-8"));
    assertEquals("mp4-three", new String(Files.readAllBytes(tempDir.resolve("three.mp4")), StandardCharsets.UTF_8));
    assertEachCarriedTheCallsHeader(3);
  }

  @Test
  void speechIntoAStreamTakesTheCallsOptions() throws Exception {
    server.enqueue(bytes("RIFF-wav"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    AudioApi.of(client).speech(SpeechRequest.builder().model("tts-1").input("x").voice("alloy").build(), out,
        options);

    assertArrayEquals("RIFF-wav".getBytes(StandardCharsets.UTF_8), out.toByteArray());
    assertEachCarriedTheCallsHeader(1);
  }

  @Test
  void speechAndVideoContentStreamIntoACallersStreamWithoutBlocking() throws Exception {
    server.enqueue(bytes("RIFF-wav"));
    server.enqueue(bytes("mp4-bytes"));
    ByteArrayOutputStream audio = new ByteArrayOutputStream();
    ByteArrayOutputStream video = new ByteArrayOutputStream();

    long spoken = AudioApi.of(client).speechAsync(SpeechRequest.builder().model("tts-1").input("x").voice("alloy")
        .build(), audio, options).get(10, TimeUnit.SECONDS);
    long fetched = VideosApi.of(client).downloadContentAsync("video_1", VideoVariant.VIDEO, video,
        TransferListener.NONE, options).get(10, TimeUnit.SECONDS);

    assertEquals(8, spoken);
    assertEquals("RIFF-wav", audio.toString("UTF-8"));
    assertEquals(9, fetched);
    assertEquals("mp4-bytes", video.toString("UTF-8"));
    assertEachCarriedTheCallsHeader(2);
  }

  @Test
  void aJobWaitWithOptionsPollsItsOwnJobAtTheSingleIdPathWithThem() throws Exception {
    server.enqueue(MediaHub.json(200, fixture("mj-fetch-in-progress.json")));
    server.enqueue(MediaHub.json(200, fixture("mj-fetch-success.json")));

    TaskStatus done = JobsApi.of(client).await(JobRoutes.midjourneyImagine(), "1712205491372668", FAST, options)
        .get(10, TimeUnit.SECONDS);

    assertEquals(4, done.buttons().size());
    for (int poll = 0; poll < 2; poll++) {
      RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
      assertEquals("GET /mj/task/1712205491372668/fetch", line(request), "not the batched list-by-condition");
      assertEquals("c-1", request.getHeaders().get("X-Call"));
    }
    assertEquals(2, replies.size());
  }

  @Test
  void aButtonPressedBlockingOrNotSendsTheCallsOptionsWithTheAction() throws Exception {
    JobButton u1 = TaskStatus.of(json(fixture("mj-fetch-success.json"))).buttons().get(0);
    JobsApi jobs = JobsApi.of(client);
    for (int round = 0; round < 2; round++) {
      replies.clear();
      server.enqueue(MediaHub.json(200, fixture("mj-submit-ok.json").replace("1712205491372668", "1712205600000001")));
      server.enqueue(MediaHub.json(200, "[" + fixture("mj-fetch-upscale-success.json") + "]"));

      TaskFuture<TaskStatus> upscale = round == 0
          ? jobs.press(JobRoutes.midjourneyAction(), "1712205491372668", u1, FAST, options)
          : jobs.pressAsync(JobRoutes.midjourneyAction(), "1712205491372668", u1, FAST, options)
              .get(10, TimeUnit.SECONDS);
      upscale.get(10, TimeUnit.SECONDS);

      RecordedRequest action = server.takeRequest(5, TimeUnit.SECONDS);
      assertEquals("POST /mj/submit/action", line(action));
      assertEquals("c-1", action.getHeaders().get("X-Call"));
      assertEquals(u1.customId(), MediaHub.bodyJson(action).get("customId").asText());
      assertEquals("POST /mj/task/list-by-condition", line(server.takeRequest(5, TimeUnit.SECONDS)));
      assertEquals(1, replies.size(), "the action's reply; its wait's polls are not this call's");
    }
  }

  @Test
  void aDownloadFromAnotherHostGetsNoneOfTheClientsOrCallsHeadersYetItsReplyIsHeard() throws Exception {
    MockWebServer storage = new MockWebServer();
    storage.start();
    try (HubClient withGatewayKey = client.withOptions(
        RequestOptions.builder().header("x-portkey-api-key", "pk-secret").build())) {
      storage.enqueue(bytes("mp4"));

      VideosApi.of(withGatewayKey).download(storage.url("/v/out.mp4").toString(), tempDir.resolve("out.mp4"),
          TransferListener.NONE, options);

      RecordedRequest request = storage.takeRequest(5, TimeUnit.SECONDS);
      assertEquals(null, request.getHeaders().get("X-Call"));
      assertEquals(null, request.getHeaders().get("x-portkey-api-key"));
      assertEquals(null, request.getHeaders().get("Authorization"));
      assertEquals(1, replies.size());
    } finally {
      storage.close();
    }
  }
}
