package dev.hubkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hubkit.core.ApiException;
import dev.hubkit.core.HubClient;
import dev.hubkit.core.PollingPolicy;
import dev.hubkit.core.RequestOptions;
import dev.hubkit.core.TaskFailedException;
import dev.hubkit.core.TaskFuture;
import dev.hubkit.media.JobButton;
import dev.hubkit.media.JobRoutes;
import dev.hubkit.media.JobsApi;
import dev.hubkit.media.TaskStatus;
import dev.hubkit.media.VideoTaskRequest;
import dev.hubkit.media.VideosApi;
import dev.hubkit.testing.Fault;
import dev.hubkit.testing.FakeHub;
import dev.hubkit.testing.RecordedHubRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every built-in job family end to end: JobsApi against FakeHub, which speaks each family at its host root. */
class JobFamiliesOnFakeHubTest {
  private static final PollingPolicy BRISK = PollingPolicy.builder().initialInterval(Duration.ofMillis(5))
      .maxInterval(Duration.ofMillis(20)).build();

  private FakeHub hub;
  private HubClient client;
  private JobsApi jobs;

  @BeforeEach
  void start() {
    hub = FakeHub.builder().estimatedTime(Duration.ofMillis(10)).start();
    client = HubClient.builder().baseUrl(hub.baseUrl()).apiKey(hub.apiKey()).build();
    jobs = JobsApi.of(client);
  }

  @AfterEach
  void stop() {
    client.close();
    hub.close();
  }

  private TaskStatus run(dev.hubkit.media.JobRoute route, Map<String, Object> body) throws Exception {
    return jobs.run(route, body, BRISK, RequestOptions.none()).get(10, TimeUnit.SECONDS);
  }

  @Test
  void midjourneyPendingJobsArePolledTogetherAndButtonsLeadOn() throws Exception {
    List<TaskFuture<TaskStatus>> grids = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      grids.add(jobs.run(JobRoutes.midjourneyImagine(), Map.of("prompt", "fox " + i), BRISK, RequestOptions.none()));
    }
    for (TaskFuture<TaskStatus> grid : grids) {
      assertEquals("SUCCESS", grid.get(10, TimeUnit.SECONDS).state().raw());
    }
    long manyIdsPolls = hub.requests().stream().filter(r -> r.path().equals("/mj/task/list-by-condition")).count();
    assertTrue(manyIdsPolls < 10 * 3, "10 jobs of 3 polls each took " + manyIdsPolls + " many-ids requests");
    assertTrue(hub.requests().stream().noneMatch(r -> r.path().endsWith("/fetch")), "no single polls");

    TaskStatus grid = grids.get(0).get();
    JobButton v2 = grid.buttons().stream().filter(b -> b.label().filter("V2"::equals).isPresent()).findFirst().get();
    TaskStatus variation = jobs.press(grid.taskId().get(), v2, BRISK).get(10, TimeUnit.SECONDS);
    assertTrue(variation.imageUrl().get().endsWith("/variation.png"), variation.toString());
    RecordedHubRequest action = hub.lastRequest("/mj/submit/action");
    assertEquals(v2.customId(), action.json().get("customId").asText());
    assertTrue(action.header("Idempotency-Key").isPresent());
  }

  @Test
  void midjourneyRefusalsAndFailuresAreTyped() throws Exception {
    ApiException noPrompt = assertThrows(ApiException.class,
        () -> jobs.submit(JobRoutes.midjourneyImagine(), Map.of("prompt", " ")));
    assertEquals(400, noPrompt.statusCode());
    assertTrue(noPrompt.getMessage().contains("prompt_is_required"), noPrompt.getMessage());

    hub.enqueueFault(Fault.taskFailed("banned", "[Banned prompt] fox"));
    TaskFuture<TaskStatus> failed = jobs.run(JobRoutes.midjourneyImagine(), Map.of("prompt", "fox"), BRISK,
        RequestOptions.none());
    ExecutionException e = assertThrows(ExecutionException.class, () -> failed.get(10, TimeUnit.SECONDS));
    assertEquals("[Banned prompt] fox", assertInstanceOf(TaskFailedException.class, e.getCause()).hubMessage().get());
  }

  @Test
  void sunoMusicEndsWithTwoClips() throws Exception {
    TaskStatus song = run(JobRoutes.sunoMusic(), Map.of("gpt_description_prompt", "a folk song about a lighthouse",
        "mv", "chirp-v3-5"));
    assertEquals(2, song.clips().size());
    assertEquals(2, song.audioUrls().size());
    assertEquals("chirp-v3-5", song.clips().get(0).get("model_name").asText());
    java.nio.file.Path mp3 = java.nio.file.Files.createTempFile("clip", ".mp3");
    try {
      assertEquals(16384L, dev.hubkit.media.TasksApi.of(client).download(song.audioUrls().get(0), mp3));
      assertEquals("ID3", new String(java.nio.file.Files.readAllBytes(mp3), 0, 3,
          java.nio.charset.StandardCharsets.US_ASCII));
    } finally {
      java.nio.file.Files.deleteIfExists(mp3);
    }
    assertTrue(hub.requests().stream().anyMatch(r -> r.path().equals("/suno/fetch") && r.method().equals("POST")));
    TaskStatus lyrics = run(JobRoutes.sunoLyrics(), Map.of("prompt", "lighthouse"));
    assertEquals("SUCCESS", lyrics.state().raw());
  }

  @Test
  void klingVideosAndImagesEndWithTheirResultUrls() throws Exception {
    TaskStatus video = run(JobRoutes.klingTextToVideo(), Map.of("model_name", "kling-v1", "prompt", "a fox"));
    assertTrue(video.videoUrl().get().endsWith("/output.mp4"), video.toString());
    TaskStatus image = run(JobRoutes.klingImages(), Map.of("model_name", "kling-v1", "prompt", "a fox"));
    assertTrue(image.imageUrl().get().endsWith("/image-0.png"), image.toString());
    assertTrue(hub.requests().stream().anyMatch(r -> r.path().startsWith("/kling/v1/videos/text2video/")));
  }

  @Test
  void newApiUnifiedVideoEndsWithItsUrl() throws Exception {
    TaskStatus video = run(JobRoutes.newApiVideo(), Map.of("model", "kling-v1", "prompt", "a fox"));
    assertEquals("completed", video.state().raw());
    assertTrue(video.videoUrl().get().endsWith("/output.mp4"));
  }

  @Test
  void aChmuVideoTaskAnnouncesTheEstimatedTimeFakeHubWasGiven() throws Exception {
    VideoTaskRequest request = VideoTaskRequest.builder().model("sora-2").prompt("a fox").build();
    assertEquals(Duration.ofMillis(10), VideosApi.of(client).submit(request).estimatedTime().get());
    TaskStatus done = VideosApi.of(client).generate(request, BRISK).get(10, TimeUnit.SECONDS);
    assertTrue(done.videoUrl().isPresent());
  }
}
