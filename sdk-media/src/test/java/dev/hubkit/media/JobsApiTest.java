package dev.hubkit.media;

import static dev.hubkit.media.MediaHub.FAST;
import static dev.hubkit.media.MediaHub.bodyJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hubkit.core.ApiException;
import dev.hubkit.core.HubClient;
import dev.hubkit.core.RateLimitException;
import dev.hubkit.core.RequestOptions;
import dev.hubkit.core.TaskFailedException;
import dev.hubkit.core.TaskFuture;
import dev.hubkit.core.internal.TaskScheduler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each built-in job family end to end against a loopback hub, with replies copied from the families' shapes. */
class JobsApiTest {
  @StartStop final MockWebServer server = new MockWebServer();
  private HubClient client;
  private JobsApi jobs;

  @BeforeEach
  void setUp() {
    client = MediaHub.client(server); // base URL http://host/v1/public: the relay families sit at the host root
    jobs = new JobsApi(client.transport(), TaskScheduler.shared());
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  static String fixture(String name) {
    try (InputStream in = JobsApiTest.class.getResourceAsStream("/jobs/" + name)) {
      assertNotNull(in, name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void reply(String fixture) {
    server.enqueue(MediaHub.json(200, fixture(fixture)));
  }

  /** A Midjourney many-ids reply ({@code list-by-condition}): a plain array of tasks. */
  private void mjList(String fixture) {
    server.enqueue(MediaHub.json(200, "[" + fixture(fixture) + "]"));
  }

  /** A Suno many-ids reply ({@code POST /suno/fetch}): the envelope with a list of tasks. */
  private void sunoList(String fixture) {
    server.enqueue(MediaHub.json(200, "{\"code\":\"success\",\"message\":\"\",\"data\":["
        + json(fixture(fixture)).get("data") + "]}"));
  }

  @Test
  void midjourneyImagineThenUpscaleRunsOnTaskFuturesFromTheHostRoot() throws Exception {
    reply("mj-submit-ok.json");
    mjList("mj-fetch-in-progress.json");
    mjList("mj-fetch-success.json");
    TaskFuture<TaskStatus> imagine = jobs.run(JobRoutes.midjourneyImagine(), Map.of("prompt", "a red fox in snow"),
        FAST, RequestOptions.none());
    assertEquals("1712205491372668", imagine.taskId());
    TaskStatus grid = imagine.get(10, TimeUnit.SECONDS);

    RecordedRequest submit = server.takeRequest();
    assertEquals("POST /mj/submit/imagine", submit.getMethod() + " " + submit.getTarget());
    assertEquals("a red fox in snow", bodyJson(submit).get("prompt").asText());
    assertNotNull(submit.getHeaders().get("Idempotency-Key"), "a paid job carries an Idempotency-Key");
    assertEquals("Bearer " + MediaHub.API_KEY, submit.getHeaders().get("Authorization"));
    RecordedRequest poll = server.takeRequest();
    assertEquals("POST /mj/task/list-by-condition", line(poll));
    assertEquals("[\"1712205491372668\"]", bodyJson(poll).get("ids").toString());
    server.takeRequest();

    assertEquals("https://cdn.discordapp.com/attachments/1/2/fox_grid.png", grid.imageUrl().get());
    List<JobButton> buttons = grid.buttons();
    assertEquals(4, buttons.size());
    assertEquals("🔄", buttons.get(2).emoji().get());
    JobButton u1 = buttons.stream().filter(b -> b.upscales(1)).findFirst().get();
    assertEquals("MJ::JOB::upsample::1::4a6c2d0e-5b8f-4f5e-9c1a-7d3b2e1f0a9c", u1.customId());

    server.enqueue(MediaHub.json(200, fixture("mj-submit-ok.json").replace("1712205491372668", "1712205600000001")));
    mjList("mj-fetch-upscale-success.json");
    TaskStatus upscaled = jobs.press(grid.taskId().get(), u1, FAST).get(10, TimeUnit.SECONDS);
    RecordedRequest action = server.takeRequest();
    assertEquals("POST /mj/submit/action", action.getMethod() + " " + action.getTarget());
    assertEquals("1712205491372668", bodyJson(action).get("taskId").asText());
    assertEquals(u1.customId(), bodyJson(action).get("customId").asText());
    assertEquals("[\"1712205600000001\"]", bodyJson(server.takeRequest()).get("ids").toString());
    assertEquals("https://cdn.discordapp.com/attachments/1/3/fox_u1.png", upscaled.imageUrl().get());
    assertEquals("Zoom Out 2x", upscaled.buttons().get(1).label().get());
  }

  @Test
  void aQueuedMidjourneySubmissionKeepsItsIdAndAFullQueueIsARateLimit() {
    reply("mj-submit-queued.json");
    assertEquals("1712205491372699", jobs.submit(JobRoutes.midjourneyImagine(), Map.of("prompt", "p")).taskId());
    reply("mj-submit-queue-full.json");
    RateLimitException full = assertThrows(RateLimitException.class,
        () -> jobs.submit(JobRoutes.midjourneyImagine(), Map.of("prompt", "p")));
    assertEquals("23", full.code().get());
    assertTrue(full.getMessage().contains("Queue is full"), full.getMessage());
    reply("mj-submit-banned.json");
    ApiException banned = assertThrows(ApiException.class,
        () -> jobs.submit(JobRoutes.midjourneyImagine(), Map.of("prompt", "p")));
    assertEquals("24", banned.code().get());
    assertEquals("banned prompt", banned.hubMessage().get());
  }

  @Test
  void aFailedMidjourneyTaskEndsWithItsFailReason() {
    reply("mj-submit-ok.json");
    mjList("mj-fetch-failure.json");
    TaskFuture<TaskStatus> task = jobs.run(JobRoutes.midjourneyImagine(), Map.of("prompt", "p"), FAST,
        RequestOptions.none());
    ExecutionException e = assertThrows(ExecutionException.class, () -> task.get(10, TimeUnit.SECONDS));
    TaskFailedException failed = assertInstanceOf(TaskFailedException.class, e.getCause());
    assertEquals("[Invalid parameter] Invalid value", failed.hubMessage().get());
  }

  @Test
  void sunoMusicInCustomModeEndsWithItsClips() throws Exception {
    reply("suno-submit.json");
    sunoList("suno-fetch-queued.json");
    sunoList("suno-fetch-success.json");
    Map<String, Object> custom = Map.of("prompt", "[Verse]\nA light on the shore", "title", "Lighthouse",
        "tags", "folk, acoustic", "mv", "chirp-v3-5");
    TaskFuture<TaskStatus> song = jobs.run(JobRoutes.sunoMusic(), custom, FAST, RequestOptions.none());
    assertEquals("736a6f88-bd29-4b1e-b110-37132a5325ac", song.taskId());
    TaskStatus done = song.get(10, TimeUnit.SECONDS);

    RecordedRequest submit = server.takeRequest();
    assertEquals("POST /suno/submit/music", line(submit));
    assertEquals("Lighthouse", bodyJson(submit).get("title").asText());
    RecordedRequest poll = server.takeRequest();
    assertEquals("POST /suno/fetch", line(poll));
    assertEquals("[\"736a6f88-bd29-4b1e-b110-37132a5325ac\"]", bodyJson(poll).get("ids").toString());
    assertEquals(List.of("https://cdn1.suno.ai/c1d1a3a4.mp3", "https://cdn1.suno.ai/c1d1a3a4-2.mp3"),
        done.audioUrls());
    assertEquals(2, done.clips().size());
    assertEquals("https://cdn1.suno.ai/c1d1a3a4.mp4", done.clips().get(0).get("video_url").asText());
    assertEquals(121.3, done.clips().get(0).at("/metadata/duration").asDouble());
    assertTrue(done.resultUrls().contains("https://cdn1.suno.ai/image_c1d1a3a4.png"));
  }

  @Test
  void klingTextToVideoPollsTheSamePathWithItsTaskId() throws Exception {
    reply("kling-submit.json");
    reply("kling-fetch-processing.json");
    reply("kling-fetch-succeed.json");
    TaskFuture<TaskStatus> video = jobs.run(JobRoutes.klingTextToVideo(),
        Map.of("model_name", "kling-v1", "prompt", "a fox running", "duration", "5"), FAST, RequestOptions.none());
    TaskStatus done = video.get(10, TimeUnit.SECONDS);
    assertEquals("POST /kling/v1/videos/text2video", line(server.takeRequest()));
    assertEquals("GET /kling/v1/videos/text2video/781455373849878530", line(server.takeRequest()));
    assertEquals("https://cdn.klingai.com/bs2/upload-kling-api/781455373849878530.mp4", done.videoUrl().get());
  }

  @Test
  void newApiUnifiedVideoReadsFlatAndWrappedPolls() throws Exception {
    reply("newapi-video-submit.json");
    reply("newapi-video-flat-in-progress.json");
    reply("newapi-video-wrapped-success.json");
    TaskStatus done = jobs.run(JobRoutes.newApiVideo(), Map.of("model", "kling-v1", "prompt", "a fox"), FAST,
        RequestOptions.none()).get(10, TimeUnit.SECONDS);
    assertEquals("POST /v1/video/generations", line(server.takeRequest()));
    assertEquals("GET /v1/video/generations/task_01J9ZK8V2W3X4Y5Z6A7B8C9D0E", line(server.takeRequest()));
    assertEquals("https://files.newapi.example/video/task_01J9ZK8V2W3X4Y5Z6A7B8C9D0E.mp4", done.videoUrl().get());
  }

  @Test
  void chmuRoutesStayBelowTheBaseUrl() throws Exception {
    server.enqueue(MediaHub.json(200, "{\"task_id\":\"vid_1\",\"status\":\"GENERATING\",\"estimated_time\":0.01}"));
    server.enqueue(MediaHub.json(200, "{\"task_id\":\"vid_1\",\"status\":\"COMPLETED\",\"videoUrl\":\"https://cdn/v.mp4\"}"));
    TaskStatus done = jobs.run(JobRoutes.chmuVideos(), Map.of("model", "sora-2", "prompt", "p"), FAST,
        RequestOptions.none()).get(10, TimeUnit.SECONDS);
    assertEquals("POST /v1/public/videos/generations", line(server.takeRequest()));
    assertEquals("GET /v1/public/tasks/vid_1", line(server.takeRequest()));
    assertEquals("https://cdn/v.mp4", done.videoUrl().get());
  }

  @Test
  void aUserDefinedRouteTakesAFewLinesAndItsOwnIdField() throws Exception {
    JobRoute acme = JobRoute.builder().name("acme render").submitPath("/acme/v2/renders")
        .pollPath("/acme/v2/renders/{id}").addIdField("render_id").build();
    server.enqueue(MediaHub.json(200, "{\"id\":\"req_9\",\"render_id\":\"r-77\",\"state\":\"waiting\"}"));
    server.enqueue(MediaHub.json(200, "{\"render_id\":\"r-77\",\"state\":\"done\",\"url\":\"https://cdn/r.png\"}"));
    TaskStatus done = jobs.runAsync(acme, Map.of("scene", "fox"), FAST, RequestOptions.none())
        .thenCompose(task -> task).get(10, TimeUnit.SECONDS);
    assertEquals("POST /acme/v2/renders", line(server.takeRequest()));
    assertEquals("GET /acme/v2/renders/r-77", line(server.takeRequest()));
    assertEquals("https://cdn/r.png", done.resultUrl().get());
  }

  @Test
  void aRouteNoHubCouldServeIsRejectedSayingWhatToFix() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> JobRoute.builder().name("x").submitPath("/x/jobs").pollPath("/x/jobs/status").build());
    assertEquals("pollPath must contain {id} where the job's id goes, was /x/jobs/status", e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> JobRoute.builder().name("x").submitPath("/x//jobs").pollPath("/x/{id}").build());
  }

  @Test
  void aButtonIsPressedOnTheRelaysOwnRouteWhenItServesMidjourneyUnderAModePrefix() throws Exception {
    JobRoute relax = JobRoutes.midjourneyAction().withSubmit("midjourney relax action", "/mj-relax/mj/submit/action");
    server.enqueue(MediaHub.json(200, fixture("mj-submit-ok.json").replace("1712205491372668", "1712205600000001")));
    mjList("mj-fetch-upscale-success.json");
    JobButton u1 = TaskStatus.of(json(fixture("mj-fetch-success.json"))).buttons().get(0);
    jobs.press(relax, "1712205491372668", u1, FAST).get(10, TimeUnit.SECONDS);
    assertEquals("POST /mj-relax/mj/submit/action", line(server.takeRequest()));
  }

  @Test
  void aJobTheManyIdsReplyLeavesOutIsPolledOnItsOwn() throws Exception {
    server.enqueue(MediaHub.json(200, "[]")); // relays drop ids they do not know (yet)
    reply("mj-fetch-success.json");
    TaskStatus done = jobs.await(JobRoutes.midjourneyImagine(), "1712205491372668", FAST).get(10, TimeUnit.SECONDS);
    assertEquals("POST /mj/task/list-by-condition", line(server.takeRequest()));
    assertEquals("GET /mj/task/1712205491372668/fetch", line(server.takeRequest()));
    assertEquals(4, done.buttons().size());
  }

  @Test
  void aWaitResumesFromASavedIdOnTheRoute() throws Exception {
    reply("kling-fetch-succeed.json");
    TaskStatus done = jobs.await(JobRoutes.klingTextToVideo(), "781455373849878530", FAST)
        .get(10, TimeUnit.SECONDS);
    assertEquals("GET /kling/v1/videos/text2video/781455373849878530", line(server.takeRequest()));
    assertFalse(done.videoUrl().isEmpty());
  }

  @Test
  void getAndSubmitHaveAsyncFormsWithOptions() throws Exception {
    reply("kling-fetch-succeed.json");
    RequestOptions options = RequestOptions.builder().header("X-Trace", "t-1").build();
    TaskStatus status = jobs.getAsync(JobRoutes.klingImages(), "781455373849878530", options)
        .get(10, TimeUnit.SECONDS);
    RecordedRequest get = server.takeRequest();
    assertEquals("GET /kling/v1/images/generations/781455373849878530", line(get));
    assertEquals("t-1", get.getHeaders().get("X-Trace"));
    assertEquals("succeed", status.state().raw());
    reply("suno-submit.json");
    assertEquals("736a6f88-bd29-4b1e-b110-37132a5325ac",
        jobs.submitAsync(JobRoutes.sunoLyrics(), Map.of("prompt", "a song"), options).get(10, TimeUnit.SECONDS)
            .taskId());
    assertEquals("POST /suno/submit/lyrics", line(server.takeRequest()));
  }

  static String line(RecordedRequest request) {
    return request.getMethod() + " " + request.getTarget();
  }

  static JsonNode json(String text) {
    try {
      return dev.hubkit.core.internal.Json.mapper().readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
